"""One-minute roll-ups, kept at write time by every store: a row per (tenant, service, interface,
minute) holding the sums and maxima a step needs (core.figures.Sums), the number of instances
that reported in that minute, and the sum over instances of each one's mean qps in the minute
(kept exact by adding, at each report, how much that instance's running mean moved). SQLite
upserts the rows; the remote store writes each batch's rows as samples a step adds up. A
week-long range reads 10,080 rows per interface instead of every sample.
"""

from __future__ import annotations

import functools
import math
import operator
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from csemonitor.core.columns import (
    METRIC_COLUMNS,
    PART_NAMES,
    PERCENTILES,
    ROLLUP_SUMMED,
    record_parts,
    record_percentiles,
)
from csemonitor.core.figures import count
from csemonitor.core.histogram import merge_serialized
from csemonitor.core.series import MINUTE_MS


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
        last_minute, reports, mean = self._pending.get(key) or self._state.get(key, (-1, 0, 0.0))
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


# A roll-up row: its key, then the summed parts (core.columns.PARTS), the percentiles' maxima,
# the estimate groups of any report (bits OR-ed), and the reports' distributions merged.
ROLLUP_KEY = ("domain", "project", "service", "name", "minute")
ROLLUP_COLUMNS = ROLLUP_KEY + ROLLUP_SUMMED + PERCENTILES + ("estimates", "histogram")

_NAME, _QPS = METRIC_COLUMNS.index("name"), METRIC_COLUMNS.index("qps")
_QPS_PART, _INSTANCES_PART = PART_NAMES.index("qps"), PART_NAMES.index("instances")


def _finite_all(values: Sequence[float]) -> Sequence[float]:
    if math.isfinite(sum(values)):  # the usual case, decided in two C calls
        return values
    return [_finite(v) for v in values]


class RollupInput(NamedTuple):
    """One interface report as its roll-up row is made of it (inside the commit, where the
    minute tracker is transactional)."""

    scope: tuple[str, str, str]  # domain, project, service
    instance: str  # the instance key
    values: tuple  # the stored column values (METRIC_COLUMNS)
    received_ms: int
    estimates: int
    histogram: bytes | None  # the serialized latency distribution, if it sent one


def rollup_row(report: RollupInput, tracker: MinuteTracker) -> tuple:
    """The roll-up contribution of one interface report: what it adds to each part, but that
    instances counts the instance once a minute and qps adds how far the instance's mean qps in
    the minute moved."""
    scope, instance, values, received_ms, estimates, histogram = report
    minute = received_ms - received_ms % MINUTE_MS
    name = values[_NAME]
    new_instance, qps_change = tracker.observe((*scope, name, instance), minute, values[_QPS])
    parts = record_parts(values, histogram is not None)
    parts[_QPS_PART] = qps_change
    parts[_INSTANCES_PART] = int(new_instance)
    return (
        *scope,
        name,
        minute,
        *_finite_all(parts),
        *_finite_all(record_percentiles(values)),
        estimates,
        histogram,
    )


_KEY_LENGTH = len(ROLLUP_KEY)
_SUMMED_END = _KEY_LENGTH + len(ROLLUP_SUMMED)
_MAXED_END = _SUMMED_END + len(PERCENTILES)


def merge_rollups(rows: Iterable[tuple]) -> list[tuple]:
    """Roll-up rows with the same key added up (sums summed, percentiles maxed, estimate bits
    OR-ed, distributions merged), as the upsert would, so a batch writes each (service,
    interface, minute) once."""
    groups: dict[tuple, list[tuple]] = {}
    for row in rows:
        key = row[:_KEY_LENGTH]
        group = groups.get(key)
        if group is None:
            groups[key] = [row]
        else:
            group.append(row)
    return [group[0] if len(group) == 1 else _merged(group) for group in groups.values()]


def _merged(group: list[tuple]) -> tuple:
    """One row of a group's rows, column by column (the columns transposed and reduced in C). A
    sum of counts saturates at int64's bound once, at the end: the counts are never negative,
    so that is where adding them one by one would have saturated too."""
    columns = tuple(zip(*group, strict=True))
    sums = [sum(columns[i]) for i in range(_KEY_LENGTH, _SUMMED_END)]
    return (
        *group[0][:_KEY_LENGTH],
        *[count(s) if isinstance(s, int) else s for s in sums],
        *[max(columns[i]) for i in range(_SUMMED_END, _MAXED_END)],
        functools.reduce(operator.or_, columns[_MAXED_END]),
        functools.reduce(merge_serialized, columns[_MAXED_END + 1]),
    )
