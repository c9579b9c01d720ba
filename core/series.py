"""Time series of a service's interfaces: which step and resolution answer a range, and the
points made of what a store added up per (interface, step)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from csemonitor.core.columns import Sums, merge_sums
from csemonitor.core.figures import finish
from csemonitor.v2 import metric_pb2

MINUTE_MS = 60_000
MIN_RAW_STEP_MS = 10_000  # clients report every 10 s
MAX_POINTS = 1000
DEFAULT_POINTS = 120
DEFAULT_RANGE_MS = 3_600_000
RAW_DEFAULT_MAX_SPAN_MS = 1_800_000
RAW, ROLLUP = "raw", "1m"
# The range a query's times and step may take: milliseconds up to the end of the year 9999 (what
# every date library, JavaScript's Date and both stores hold). Beyond it a step rounded to whole
# minutes, or a bucket's end, would leave int64.
MAX_TIME_MS = 253_402_300_799_999


class SeriesPlan(NamedTuple):
    start: int
    end: int
    step: int
    resolution: str


def plan_series(
    start: int, end: int, step: int, per_instance: bool, now_ms: int, raw_since_ms: int
) -> SeriesPlan:
    """The step and the resolution that answer a range.

    One-minute roll-ups answer whole-minute steps for the whole service, and any range older than
    the raw samples reach; raw samples answer finer steps and per-instance series. Without a
    requested step, ranges over 30 minutes get whole-minute steps.
    """
    end = end or now_ms
    start = start or end - DEFAULT_RANGE_MS
    span = max(end - start, 1)
    if not step:
        step = span // DEFAULT_POINTS
        if span > RAW_DEFAULT_MAX_SPAN_MS and not per_instance:
            step = max(step, MINUTE_MS)  # cheap roll-ups unless a finer step is asked for
    step = max(step, -(-span // MAX_POINTS), MIN_RAW_STEP_MS)
    if not per_instance and (step >= MINUTE_MS or start < raw_since_ms):
        step = -(-step // MINUTE_MS) * MINUTE_MS
        resolution = ROLLUP
    else:
        resolution = RAW
    return SeriesPlan(start - start % step, end, step, resolution)


class Bucket(NamedTuple):
    """What a store added up for one interface over one step [time, time + step)."""

    name: str
    time: int
    sums: Sums


def series_of(buckets: Iterable[Bucket]) -> list[metric_pb2.InterfaceSeries]:
    """Buckets ordered by (name, time) into one series per interface, a point per bucket."""
    result: list[metric_pb2.InterfaceSeries] = []
    for bucket in buckets:
        if not result or result[-1].function_name != bucket.name:
            result.append(metric_pb2.InterfaceSeries(function_name=bucket.name))
        point = result[-1].points.add(time=bucket.time)
        finish(bucket.sums, point)
    return result


def merge_minutes(minutes: Sequence[Bucket], step: int) -> list[Bucket]:
    """Minute buckets into whole-minute steps, as SQLite's roll-up query does (each part by its
    merge rule: core.columns.merge_sums)."""
    groups: dict[tuple[str, int], list[Sums]] = defaultdict(list)
    for bucket in minutes:
        groups[(bucket.name, bucket.time - bucket.time % step)].append(bucket.sums)
    return [Bucket(name, at, merge_sums(rows)) for (name, at), rows in sorted(groups.items())]
