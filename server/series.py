"""Time series of a service's interfaces: step choice and the point arithmetic both stores share."""

from __future__ import annotations

import math
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


def _number(value: float | None) -> float:
    return 0.0 if value is None or math.isnan(value) else value


def point(sums: BucketSums) -> metric_pb2.SeriesPoint:
    """One step's point from its sums, by the rules of QueryMetrics."""
    p = metric_pb2.SeriesPoint(time=sums.time, qps=_number(sums.qps), instance_count=sums.instances)
    for name in COUNTS:
        setattr(p, name, sums[BucketSums._fields.index(name)] or 0)
    for name in PERCENTILES:
        setattr(p, name, _number(getattr(sums, name)))
    if p.total:
        p.latency = _number(sums.latency_x_total) / p.total
    elif sums.reports:
        p.latency = _number(sums.latency_sum) / sums.reports
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
