"""The figures of an interface and their arithmetic: one set of rules for every store and read.

A store adds up records (the latest of each live instance, or the reports of a series step)
into a `Sums`; `finish` turns sums into the record a client reads (an aggregate MetricInfo, a
SeriesPoint, or one instance's MetricInfo). Field lists come from the proto's descriptors.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from csemonitor.core.columns import (
    COUNTS,
    PERCENTILES,
    QUANTILE_OF,
    Sums,
    metric_values,
    record_parts,
    record_percentiles,
)
from csemonitor.core.histogram import Histogram
from csemonitor.v2 import metric_pb2

# The upload's free-form parts (google.protobuf.Value fields but the text-or-number ones).
FREE_FORM_FIELDS = tuple(
    f.name
    for f in metric_pb2.MetricData.DESCRIPTOR.fields
    if f.message_type is not None
    and f.message_type.full_name == "google.protobuf.Value"
    and f.name not in ("thread", "cpu", "memory")
)

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

# Numbers at their edges, one rule for every sum (docs/api.md "Numbers at their edges"): a count
# saturates at int64's bounds instead of overflowing; a double that is NaN (not reported) adds
# nothing; each double figure is at most MAX_FIGURE, so no sum of them overflows.
INT64_MAX = 2**63 - 1
MAX_FIGURE = 1e15


def estimated_figures(mask: int) -> list[str]:
    """The JSON names of the figures an estimate mask covers, each once."""
    names: dict[str, None] = {}
    for bit, figures in _ESTIMATED_FIGURES:
        if mask & bit:
            names.update(dict.fromkeys(figures))
    return list(names)


def estimate_mask(figures: Iterable[str]) -> int:
    """The estimate groups a record's `estimates` (JSON names) cover: the inverse of
    estimated_figures."""
    named = set(figures)
    return sum(bit for bit, names in _ESTIMATED_FIGURES if named.issuperset(names))


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


def figure(value: float | None, missing: float = 0.0) -> float:
    """A summed double as shown: None and NaN (nothing reported) are `missing`."""
    return missing if value is None or value != value else value


def saturated_sum(*values: int) -> int:
    """A sum of counts that stays an int64."""
    return count(sum(values))


def failure_percent(failure: int, total: int) -> float:
    """Errors in percent of calls; 0 when nothing was called."""
    return 100.0 * failure / total if total else 0.0


def record_sums(metric: metric_pb2.InterfaceMetric, estimates: int) -> Sums:
    """One record as sums of itself."""
    values = metric_values(metric)
    has_histogram = metric.HasField("latency_histogram")
    return Sums(
        *record_parts(values, has_histogram),
        *record_percentiles(values),
        estimates,
        Histogram.of(metric.latency_histogram) if has_histogram else None,
    )


def mean_latency(sums: Any, total: int, missing: float = 0.0) -> float:
    """Latency over records: weighted by calls (one record: its own; nothing called: the mean
    of the latencies reported). `sums` has latency_x_total, latency_sum, latency_reports and
    reports (a Sums, or a service's live interfaces summed)."""
    if sums.reports <= 1 or not total:
        return figure(sums.latency_sum, missing) / max(sums.latency_reports, 1)
    return figure(sums.latency_x_total) / total


def finish(
    sums: Sums, into: metric_pb2.MetricInfo | metric_pb2.SeriesPoint, missing: float = 0.0
) -> None:
    """Fill a record's figures from sums, by the rules of Store.aggregate_interfaces.

    Counts summed (saturating); qps summed; percentiles the maximum; latency weighted by calls
    (one record: its own; nothing called: the mean of the latencies reported); error
    percentage from the counts;
    breaker open if any record's is, breaker_rate_agg the fraction of records with it open;
    estimates any record's. A figure nobody reported is `missing` (0; NaN for one record)."""
    into.qps = figure(sums.qps, missing)
    for name in COUNTS:
        setattr(into, name, count(getattr(sums, name)))
    exact = sums.histogram is not None and 0 < sums.reports == sums.histogram_reports
    for name in PERCENTILES:
        value = sums.histogram.quantile(QUANTILE_OF[name]) if exact else getattr(sums, name)
        setattr(into, name, figure(value, missing))
    if exact:
        into.percentiles_exact = True
        into.latency_histogram.CopyFrom(sums.histogram.to_message())
    into.latency = mean_latency(sums, into.total, missing)
    into.failure_rate = failure_percent(into.failure, into.total)
    into.circuit_breaker_open = sums.breaker_open > 0
    into.breaker_rate_agg = sums.breaker_open / sums.reports if sums.reports else 0.0
    into.instance_count = sums.instances
    into.estimates.extend(estimated_figures(sums.estimates or 0))
    if isinstance(into, metric_pb2.MetricInfo):
        into.rate = 100.0 - into.failure_rate
        into.is_circuit_breaker_open = into.circuit_breaker_open
