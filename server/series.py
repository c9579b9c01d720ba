"""Time series of a service's interfaces: step choice and the point arithmetic both stores share."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from csemonitor.v2 import metric_pb2

MINUTE_MS = 60_000
MIN_RAW_STEP_MS = 10_000  # clients report every 10 s
MAX_POINTS = 1000
DEFAULT_POINTS = 120
DEFAULT_RANGE_MS = 3_600_000
RAW_DEFAULT_MAX_SPAN_MS = 1_800_000
RAW, ROLLUP = "raw", "1m"


# Groups of figures a client's arithmetic can leave inexact (server.dialects), as bits of a mask;
# a record's `estimates` names the figures (JSON names) of every group set.
ESTIMATE_ERRORS, ESTIMATE_CALLS, ESTIMATE_COUNTS = 1, 2, 4
ESTIMATE_GROUPS = {"errors": ESTIMATE_ERRORS, "calls": ESTIMATE_CALLS, "counts": ESTIMATE_COUNTS}
_ESTIMATED_FIGURES = (
    (ESTIMATE_CALLS, ("total", "qps", "failureRate", "rate")),
    (ESTIMATE_ERRORS, ("failure", "failureRate", "rate")),
    (
        ESTIMATE_COUNTS,
        ("shortCircuited", "semaphoreRejected", "threadPoolRejected", "countTimeout"),
    ),
)


def estimated_figures(mask: int) -> list[str]:
    """The JSON names of the figures an estimate mask covers, each once."""
    names: dict[str, None] = {}
    for bit, figures in _ESTIMATED_FIGURES:
        if mask & bit:
            names.update(dict.fromkeys(figures))
    return list(names)


# Numbers at their edges, one rule for every sum (README "Numbers at their edges"): a count
# saturates at int64's bounds instead of overflowing; a double that is NaN (not reported) adds
# nothing; each double figure is at most MAX_FIGURE, so no sum of them overflows.
INT64_MAX = 2**63 - 1
MAX_FIGURE = 1e15


def count(value: float | int | None) -> int:
    """A count (or a sum of counts, maybe a float) as an int64: None and NaN are 0, anything
    beyond int64 saturates."""
    if value is None or value != value:
        return 0
    if value >= INT64_MAX:
        return INT64_MAX
    if value <= -INT64_MAX:
        return -INT64_MAX
    return int(value)


def figure(value: float | None) -> float:
    """A summed double as shown: None and NaN (nothing reported) are 0."""
    return 0.0 if value is None or value != value else value


def saturated_sum(*values: int) -> int:
    """A sum of counts that stays an int64."""
    return count(sum(values))


def failure_percent(failure: int, total: int) -> float:
    """Failure rate in percent from counts; 0 when nothing was called."""
    return 100.0 * failure / total if total else 0.0


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


class BucketSums(NamedTuple):
    """What a store adds up per (interface, step) before it becomes a point."""

    name: str
    time: int
    qps: float | None
    total: int
    failure: int
    short_circuited: int
    semaphore_rejected: int
    thread_pool_rejected: int
    count_timeout: int
    latency_x_total: float | None
    latency_sum: float | None
    reports: int
    l995: float | None
    l99: float | None
    l90: float | None
    l75: float | None
    l50: float | None
    l25: float | None
    l5: float | None
    breaker_open_reports: int
    instances: int
    estimates: int  # the estimate groups of any report in the step (bits OR-ed)


# The counts every record carries, summed wherever records are aggregated.
COUNTS = (
    "total",
    "failure",
    "short_circuited",
    "semaphore_rejected",
    "thread_pool_rejected",
    "count_timeout",
)
PERCENTILES = ("l995", "l99", "l90", "l75", "l50", "l25", "l5")


def point(sums: BucketSums) -> metric_pb2.SeriesPoint:
    """One step's point from its sums, by the rules of QueryMetrics."""
    p = metric_pb2.SeriesPoint(time=sums.time, qps=figure(sums.qps), instance_count=sums.instances)
    for name in COUNTS:
        setattr(p, name, count(getattr(sums, name)))
    for name in PERCENTILES:
        setattr(p, name, figure(getattr(sums, name)))
    if p.total:
        p.latency = figure(sums.latency_x_total) / p.total
    elif sums.reports:
        p.latency = figure(sums.latency_sum) / sums.reports
    p.failure_rate = failure_percent(p.failure, p.total)
    p.circuit_breaker_open = sums.breaker_open_reports > 0
    p.breaker_rate_agg = sums.breaker_open_reports / sums.reports if sums.reports else 0.0
    p.estimates.extend(estimated_figures(sums.estimates or 0))
    return p


def series_from_sums(rows: Sequence[BucketSums]) -> list[metric_pb2.InterfaceSeries]:
    """Rows ordered by (name, time) into one series per interface."""
    result: list[metric_pb2.InterfaceSeries] = []
    for row in rows:
        if not result or result[-1].function_name != row.name:
            result.append(metric_pb2.InterfaceSeries(function_name=row.name))
        result[-1].points.append(point(row))
    return result
