"""SQLite's side of the series: one-minute roll-ups kept at write time, and the bucket queries.

A roll-up row holds, per (tenant, service, interface, minute), the sums and maxima a step needs
(see server.series.BucketSums), the number of instances that reported in that minute, and the
sum over instances of each one's mean qps in the minute (kept exact by adding, at each report,
how much that instance's running mean moved). A week-long range reads 10,080 rows per interface
instead of every sample.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from csemonitor.v2 import metric_pb2

from server.series import COUNTS, ESTIMATE_GROUPS, INT64_MAX, MINUTE_MS, PERCENTILES, count

_SUMMED = ("n", "instances", "qps", *COUNTS, "latency_x_total", "latency_sum", "breaker_open")
_KEY = ("domain", "project", "service", "name", "minute")
ROLLUP_COLUMNS = _KEY + _SUMMED + PERCENTILES + ("estimates",)

ROLLUP_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS interface_rollup (
  domain TEXT NOT NULL, project TEXT NOT NULL, service TEXT NOT NULL, name TEXT NOT NULL,
  minute INTEGER NOT NULL, {", ".join(f"{c} NUMERIC NOT NULL" for c in _SUMMED + PERCENTILES)},
  estimates INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (domain, project, service, name, minute)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS interface_rollup_by_minute ON interface_rollup (minute);
"""

UPSERT_ROLLUP = (
    f"INSERT INTO interface_rollup ({', '.join(ROLLUP_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(ROLLUP_COLUMNS))}) "
    f"ON CONFLICT ({', '.join(_KEY)}) DO UPDATE SET "
    # A sum past int64 becomes a float in SQLite: min() brings it back to int64's bound.
    + ", ".join(f"{c} = min({c} + excluded.{c}, {INT64_MAX})" for c in _SUMMED)
    + ", "
    + ", ".join(f"{c} = max({c}, excluded.{c})" for c in PERCENTILES)
    + ", estimates = estimates | excluded.estimates"
)

# The estimate groups of any row (SQLite has no bitwise-OR aggregate: one MAX per bit).
ESTIMATES_ANY = (
    "(" + " | ".join(f"MAX(estimates & {bit})" for bit in ESTIMATE_GROUPS.values()) + ")"
)


def _finite(value: float) -> float:
    # NaN would turn a whole minute's sums into NULL: a NaN report adds nothing.
    return value if math.isfinite(value) else 0.0


class MinuteTracker:
    """Each (tenant, service, interface, instance)'s reports in its latest minute: their number
    and mean qps, so a report can say whether it is the instance's first in the minute and how
    much it moves the instance's mean.

    Transactional, like the roll-ups it feeds: what `observe` learns is pending until `commit`
    (the transaction holding those roll-ups committed) and dropped by `rollback`, so a commit
    that fails leaves no trace that could skew later reports."""

    def __init__(self) -> None:
        self._state: dict[tuple, tuple[int, int, float]] = {}
        self._pending: dict[tuple, tuple[int, int, float]] = {}

    def seed(self, rows: Sequence[tuple]) -> None:
        """From (domain, project, service, name, instance, minute, qps reports, mean qps)."""
        for *key, minute, reports, mean in rows:
            finite = mean is not None and math.isfinite(mean)
            self._state[tuple(key)] = (minute, reports if finite else 0, mean if finite else 0.0)

    def observe(self, key: tuple, minute: int, qps: float) -> tuple[bool, float]:
        """(first report of the instance in this minute, change of its mean qps)."""
        last_minute, reports, mean = self._pending.get(key) or self._state.get(key, (None, 0, 0))
        first = last_minute != minute
        if first:
            reports, mean = 0, 0.0
        if not math.isfinite(qps):  # a report without a number adds nothing to the mean
            self._pending[key] = (minute, reports, mean)
            return first, 0.0
        reports += 1
        new_mean = mean + (qps - mean) / reports
        self._pending[key] = (minute, reports, new_mean)
        return first, new_mean - mean

    def commit(self) -> None:
        self._state.update(self._pending)
        self._pending.clear()

    def rollback(self) -> None:
        self._pending.clear()

    def forget_before(self, minute: int) -> None:
        self._state = {k: v for k, v in self._state.items() if v[0] >= minute}


# The tracker's state for the current minute, rebuilt from the raw samples at start-up.
TRACKER_SEED = (
    'SELECT domain, project, service, "name", instance, (received / 60000) * 60000 AS minute, '
    "COUNT(qps), AVG(qps) FROM interface_sample WHERE received >= ? "
    'GROUP BY domain, project, service, "name", instance, minute'
)


# The stored interface columns follow the proto; the breaker alias is merged before storage.
METRIC_FIELDS = tuple(
    f for f in metric_pb2.InterfaceMetric.DESCRIPTOR.fields if f.name != "is_circuit_breaker_open"
)
METRIC_COLUMNS = tuple(f.name for f in METRIC_FIELDS)


def _column(name: str) -> int:
    return METRIC_COLUMNS.index(name)


# Positions in a stored row's values (the InterfaceMetric columns of the SQLite store).
_NAME, _QPS, _LATENCY, _BREAKER = (
    _column(n) for n in ("name", "qps", "latency", "circuit_breaker_open")
)
_COUNT_AT = tuple(_column(n) for n in COUNTS)
_PERCENTILE_AT = tuple(_column(n) for n in PERCENTILES)


def rollup_row(
    scope: tuple[str, str, str],
    instance: str,
    values: tuple,
    received_ms: int,
    estimates: int,
    tracker: MinuteTracker,
) -> tuple:
    """The roll-up contribution of one interface report (its stored column values)."""
    minute = received_ms - received_ms % MINUTE_MS
    name = values[_NAME]
    new_instance, qps_change = tracker.observe((*scope, name, instance), minute, values[_QPS])
    latency = _finite(values[_LATENCY])
    total = values[_COUNT_AT[0]]
    return (
        *scope,
        name,
        minute,
        1,
        int(new_instance),
        qps_change,
        *(values[i] for i in _COUNT_AT),
        latency * total,
        latency,
        int(values[_BREAKER]),
        *(_finite(values[i]) for i in _PERCENTILE_AT),
        estimates,
    )


_KEY_LENGTH = len(_KEY)
_SUMMED_END = _KEY_LENGTH + len(_SUMMED)
_MAXED_END = _SUMMED_END + len(PERCENTILES)


def merge_rollups(rows: Iterable[tuple]) -> list[tuple]:
    """Roll-up rows with the same key added up (sums summed, percentiles maxed, estimate bits
    OR-ed), as the upsert would, so a batch writes each (service, interface, minute) once."""
    merged: dict[tuple, list] = {}
    for row in rows:
        key = row[:_KEY_LENGTH]
        into = merged.get(key)
        if into is None:
            merged[key] = list(row)
            continue
        for i in range(_KEY_LENGTH, _SUMMED_END):
            total = into[i] + row[i]
            into[i] = count(total) if isinstance(total, int) else total
        for i in range(_SUMMED_END, _MAXED_END):
            if row[i] > into[i]:
                into[i] = row[i]
        into[_MAXED_END] |= row[_MAXED_END]
    return [tuple(row) for row in merged.values()]


_PERCENTILE_MAX = ", ".join(f"MAX({p})" for p in PERCENTILES)

# Both queries return the columns of server.series.BucketSums, in order.
ROLLUP_SERIES = (
    "SELECT name, (minute / :step) * :step AS bucket, AVG(qps), "
    "TOTAL(total), TOTAL(failure), TOTAL(short_circuited), TOTAL(semaphore_rejected), "
    "TOTAL(thread_pool_rejected), TOTAL(count_timeout), TOTAL(latency_x_total), "
    "TOTAL(latency_sum), "
    f"SUM(n), {_PERCENTILE_MAX}, SUM(breaker_open), MAX(instances), {ESTIMATES_ANY} "
    "FROM interface_rollup WHERE domain = :domain AND project = :project AND service = :service "
    "AND minute >= :start AND minute < :end {filters} GROUP BY name, bucket ORDER BY name, bucket"
)
# Raw: each instance's mean qps over the step, then summed, like the roll-ups' minutes.
RAW_SERIES = (
    'SELECT "name", bucket, SUM(mean_qps), TOTAL(total), TOTAL(failure), '
    "TOTAL(short_circuited), TOTAL(semaphore_rejected), TOTAL(thread_pool_rejected), "
    "TOTAL(count_timeout), TOTAL(latency_x_total), TOTAL(latency_sum), SUM(n), "
    + ", ".join(f"MAX({p})" for p in PERCENTILES)
    + f", SUM(breaker_open), COUNT(*), {ESTIMATES_ANY} FROM ("
    'SELECT "name", (received / :step) * :step AS bucket, instance, AVG(qps) AS mean_qps, '
    "TOTAL(total) AS total, TOTAL(failure) AS failure, "
    "TOTAL(short_circuited) AS short_circuited, TOTAL(semaphore_rejected) AS semaphore_rejected, "
    "TOTAL(thread_pool_rejected) AS thread_pool_rejected, "
    "TOTAL(count_timeout) AS count_timeout, "
    "TOTAL(latency * total) AS latency_x_total, TOTAL(latency) AS latency_sum, COUNT(*) AS n, "
    + ", ".join(f"MAX({p}) AS {p}" for p in PERCENTILES)
    + f", SUM(circuit_breaker_open) AS breaker_open, {ESTIMATES_ANY} AS estimates "
    "FROM interface_sample WHERE domain = :domain AND project = :project AND service = :service "
    "AND received >= :start AND received < :end {filters} "
    'GROUP BY "name", bucket, instance) GROUP BY "name", bucket ORDER BY "name", bucket'
)
