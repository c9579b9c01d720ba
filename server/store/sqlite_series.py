"""SQLite's side of the series: one-minute roll-ups kept at write time, and the bucket queries.

A roll-up row holds, per (tenant, service, interface, minute), the sums and maxima a step needs
(see server.series.BucketSums) and the number of instances that reported in that minute, so a
week-long range reads 10,080 rows per interface instead of every sample.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from csemonitor.v2 import metric_pb2

from server.series import MINUTE_MS, PERCENTILES

_SUMMED = (
    "n",
    "instances",
    "sum_qps",
    "total",
    "failure",
    "short_circuited",
    "semaphore_rejected",
    "thread_pool_rejected",
    "count_timeout",
    "latency_x_total",
    "latency_sum",
    "breaker_open",
)
_KEY = ("domain", "project", "service", "name", "minute")
ROLLUP_COLUMNS = _KEY + _SUMMED + PERCENTILES

ROLLUP_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS interface_rollup (
  domain TEXT NOT NULL, project TEXT NOT NULL, service TEXT NOT NULL, name TEXT NOT NULL,
  minute INTEGER NOT NULL, {", ".join(f"{c} NUMERIC NOT NULL" for c in _SUMMED + PERCENTILES)},
  PRIMARY KEY (domain, project, service, name, minute)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS interface_rollup_by_minute ON interface_rollup (minute);
"""

UPSERT_ROLLUP = (
    f"INSERT INTO interface_rollup ({', '.join(ROLLUP_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(ROLLUP_COLUMNS))}) "
    f"ON CONFLICT ({', '.join(_KEY)}) DO UPDATE SET "
    + ", ".join(f"{c} = {c} + excluded.{c}" for c in _SUMMED)
    + ", "
    + ", ".join(f"{c} = max({c}, excluded.{c})" for c in PERCENTILES)
)


def _finite(value: float) -> float:
    # NaN would turn a whole minute's sums into NULL: a NaN report adds nothing.
    return 0.0 if math.isnan(value) else value


class MinuteTracker:
    """Remembers the last minute each (tenant, service, interface, instance) was counted in."""

    def __init__(self) -> None:
        self._last: dict[tuple, int] = {}

    def seed(self, rows: Sequence[tuple]) -> None:
        """From (domain, project, service, name, instance, received) of the latest records."""
        for *key, received in rows:
            self._last[tuple(key)] = received - received % MINUTE_MS

    def first_in_minute(self, key: tuple, minute: int) -> bool:
        if self._last.get(key) == minute:
            return False
        self._last[key] = minute
        return True

    def forget_before(self, minute: int) -> None:
        self._last = {k: m for k, m in self._last.items() if m >= minute}


def rollup_row(
    scope: tuple[str, str, str],
    instance: str,
    m: metric_pb2.InterfaceMetric,
    received_ms: int,
    tracker: MinuteTracker,
) -> tuple:
    """The roll-up contribution of one interface report."""
    minute = received_ms - received_ms % MINUTE_MS
    new_instance = tracker.first_in_minute((*scope, m.name, instance), minute)
    latency = _finite(m.latency)
    return (
        *scope,
        m.name,
        minute,
        1,
        int(new_instance),
        _finite(m.qps),
        m.total,
        m.failure,
        m.short_circuited,
        m.semaphore_rejected,
        m.thread_pool_rejected,
        m.count_timeout,
        latency * m.total,
        latency,
        int(m.circuit_breaker_open),
        *(_finite(getattr(m, p)) for p in PERCENTILES),
    )


_PERCENTILE_MAX = ", ".join(f"MAX({p})" for p in PERCENTILES)

# Both queries return the columns of server.series.BucketSums, in order.
ROLLUP_SERIES = (
    "SELECT name, (minute / :step) * :step AS bucket, AVG(sum_qps * instances * 1.0 / n), "
    "SUM(total), SUM(failure), SUM(short_circuited), SUM(semaphore_rejected), "
    "SUM(thread_pool_rejected), SUM(count_timeout), SUM(latency_x_total), SUM(latency_sum), "
    f"SUM(n), {_PERCENTILE_MAX}, SUM(breaker_open), MAX(instances) "
    "FROM interface_rollup WHERE domain = :domain AND project = :project AND service = :service "
    "AND minute >= :start AND minute < :end {filters} GROUP BY name, bucket ORDER BY name, bucket"
)
RAW_SERIES = (
    'SELECT "name", (received / :step) * :step AS bucket, '
    "SUM(qps) * COUNT(DISTINCT instance) * 1.0 / COUNT(*), "
    "SUM(total), SUM(failure), SUM(short_circuited), SUM(semaphore_rejected), "
    "SUM(thread_pool_rejected), SUM(count_timeout), SUM(latency * total), SUM(latency), "
    f"COUNT(*), {_PERCENTILE_MAX}, SUM(circuit_breaker_open), COUNT(DISTINCT instance) "
    "FROM interface_sample WHERE domain = :domain AND project = :project AND service = :service "
    'AND received >= :start AND received < :end {filters} GROUP BY "name", bucket '
    'ORDER BY "name", bucket'
)
