"""The remote store's reads in PromQL: each read's union parts (promql.union), built here only.

A part named after a core.columns Part answers that part of the Sums (results.sums_of reads
them back); `percentile`, `estimated` and `bucket` answer the percentiles (by `quantile`), the
estimate groups (by `group`) and the distributions (by `le`). Per-instance series are what
writes.py writes (names: core.metric_names); live and minute series are the replicas' sums
(fleet.py). Every client string is a label value, quoted by promql.selector.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import NamedTuple

from csemonitor.core.columns import PARTS, Merge, Part, Tally
from csemonitor.core.metric_names import (
    CORRECTED_METRIC,
    ESTIMATED_METRIC,
    INSTANCE_METRICS,
    INSTANCE_REPORT_METRIC,
    INTERFACE_REPORT_METRIC,
    LATENCY_SUM_METRIC,
    METRIC_OF,
    PERCENTILE_METRIC,
    SENT_METRIC,
)
from csemonitor.server.store.remote.fleet import (
    LIVE_BUCKET,
    LIVE_ESTIMATED,
    LIVE_INSTANCES,
    LIVE_LAST_REPORT,
    LIVE_NEWEST,
    LIVE_PART_SERIES,
    LIVE_PERCENTILE,
    LIVE_PREFIX,
    LIVE_SERVICE_NEWEST,
    MINUTE_BUCKET,
    MINUTE_ESTIMATED,
    MINUTE_PART_SERIES,
    MINUTE_PERCENTILE,
)
from csemonitor.server.store.remote.promql import duration, selector, string_literal

Scope = Mapping[str, object]  # label -> value or values (promql.selector)
Parts = dict[str, str]


def instance_metric(part: Part) -> str | None:
    """The per-instance series a part is read from; None: kept only in the replicas' sums (the
    latency distributions)."""
    if part.of == ("latency", "total"):
        return LATENCY_SUM_METRIC
    return METRIC_OF.get(part.of[0]) if len(part.of) == 1 else None


def _last(metric: str, scope: Scope, window: str) -> str:
    return f"last_over_time({selector(metric, scope)}[{window}])"  # type: ignore[arg-type]


def _kind(part: Part) -> str:
    """How a part adds up an instance's samples: their sum, mean or number, or the instances."""
    if part.tally is Tally.FIGURE:
        return "mean" if part.merge is Merge.MEAN else "sum"
    return "instances" if part.tally is Tally.INSTANCE else "count"


def _per_instance_sums(read: Callable[[str, str, str], str], by: str) -> Parts:
    """Sums parts over every instance's own series, `read(metric, kind, by)` each (kind: _kind,
    or max for the percentiles' and estimate groups' maxima)."""
    parts = {p.name: read(m, _kind(p), by) for p in PARTS if (m := instance_metric(p)) is not None}
    parts["percentile"] = read(PERCENTILE_METRIC, "max", f"{by}, quantile")
    parts["estimated"] = read(ESTIMATED_METRIC, "max", f"{by}, group")
    return parts


class _ReplicaSeries(NamedTuple):
    """The series a replica writes its sums as (fleet.py): live sums or minute roll-ups."""

    parts: tuple[str, ...]  # each part's series, in PARTS order
    percentile: str
    estimated: str
    bucket: str


_LIVE = _ReplicaSeries(LIVE_PART_SERIES, LIVE_PERCENTILE, LIVE_ESTIMATED, LIVE_BUCKET)
_MINUTE = _ReplicaSeries(MINUTE_PART_SERIES, MINUTE_PERCENTILE, MINUTE_ESTIMATED, MINUTE_BUCKET)


def _replica_sums(read: Callable[[str, str, str], str], by: str, names: _ReplicaSeries) -> Parts:
    """Sums parts over the replicas' sums: `read(metric, aggregate, by)` of each series."""
    parts = {p.name: read(metric, "sum", by) for p, metric in zip(PARTS, names.parts, strict=True)}
    parts["percentile"] = read(names.percentile, "max", f"{by}, quantile")
    parts["estimated"] = read(names.estimated, "max", f"{by}, group")
    parts["bucket"] = read(names.bucket, "sum", f"{by}, le")
    return parts


# A kind of part (_kind) over the latest sample of each instance, and over a step's samples
# (the _over_time function, then the aggregate across instances).
_LATEST_AGGREGATE = {
    "sum": "sum",
    "mean": "sum",
    "count": "count",
    "instances": "count",
    "max": "max",
}
_STEP_OVER = {
    "sum": ("sum", "sum"),
    "mean": ("avg", "sum"),
    "count": ("count", "sum"),
    "instances": ("count", "count"),
    "max": ("max", "max"),
}


def latest_records(scope: Scope, window: str) -> Parts:
    """Each (service, instance, interface)'s latest figures within window, and the newest
    report's details (should the instance's host or version have changed)."""
    parts = {field: _last(name, scope, window) for field, name in METRIC_OF.items()}
    parts["percentile"] = _last(PERCENTILE_METRIC, scope, window)
    parts["estimated"] = _last(ESTIMATED_METRIC, scope, window)
    parts["corrected"] = _last(CORRECTED_METRIC, scope, window)
    parts["sent"] = _last(SENT_METRIC, scope, window)
    report = _last(INTERFACE_REPORT_METRIC, scope, window)
    parts["report"] = f"topk by (service, instance, interface) (1, {report})"
    return parts


def aggregate_interfaces(scope: Scope, window: str) -> Parts:
    """Sums per (service, interface) over the latest record of each instance within window."""
    by = "service, interface"

    def read(metric: str, kind: str, by: str) -> str:
        aggregate = _LATEST_AGGREGATE[kind]
        return f"{aggregate} by ({by}) ({_last(metric, scope, window)})"

    parts = _per_instance_sums(read, by)
    parts["time"] = f"max by ({by}) ({_last(METRIC_OF['time'], scope, window)})"
    parts["newest"] = f"topk by ({by}) (1, {_last(INTERFACE_REPORT_METRIC, scope, window)})"
    return parts


def live_interfaces_summed(scope: Scope, window: str) -> Parts:
    """aggregate_interfaces from the replicas' live sums: a few series per interface."""

    def read(metric: str, aggregate: str, by: str) -> str:
        return f"{aggregate} by ({by}) ({_last(metric, scope, window)})"

    by = "service, interface"
    parts = _replica_sums(read, by, _LIVE)
    parts["time"] = read(LIVE_PREFIX + "client_time_ms", "max", by)
    parts["newest"] = f"topk by ({by}) (1, {_last(LIVE_NEWEST, scope, window)})"
    return parts


def series_steps(scope: Scope, step_ms: int, minutes: bool) -> Parts:
    """Sums per (interface, step): over the replicas' minute series (minutes), or over every
    instance's samples (a step: each instance's mean qps, summed)."""
    window = duration(step_ms)

    def over(fn: str, aggregate: str, metric: str, by: str = "interface") -> str:
        return f"{aggregate} by ({by}) ({fn}_over_time({selector(metric, scope)}[{window}]))"  # type: ignore[arg-type]

    if minutes:
        return _replica_sums(
            lambda metric, aggregate, by: over(aggregate, aggregate, metric, by),
            "interface",
            _MINUTE,
        )

    def read(metric: str, kind: str, by: str) -> str:
        return over(*_STEP_OVER[kind], by=by, metric=metric)

    return _per_instance_sums(read, "interface")


def instance_keys(scope: Scope, lookback_ms: int) -> str:
    """The instance keys reporting from the scope's hosts."""
    report = _last(INTERFACE_REPORT_METRIC, scope, duration(lookback_ms))
    return f"count by (instance) ({report})"


def service_summaries(scope: Scope, live: str, known: str) -> Parts:
    """Per service: its instances known and live, the newest report, and its live interfaces
    summed over the latest record of each instance."""

    def last(metric: str, window: str = live) -> str:
        return _last(metric, scope, window)

    def instances(window: str) -> str:
        per_instance = f"max by (service, instance) ({last(INSTANCE_REPORT_METRIC, window)})"
        return f"count by (service) ({per_instance})"

    return {
        "known": instances(known),
        "live": instances(live),
        "last_report": f"max by (service) ({last(INSTANCE_REPORT_METRIC, known)})",
        "newest": f"topk by (service) (1, {last(INSTANCE_REPORT_METRIC, known)})",
        "qps": f"sum by (service) ({last(METRIC_OF['qps'])})",
        "total": f"sum by (service) ({last(METRIC_OF['total'])})",
        "failure": f"sum by (service) ({last(METRIC_OF['failure'])})",
        "breaker": f"max by (service) ({last(METRIC_OF['circuit_breaker_open'])})",
        "interfaces": "count by (service) (count by (service, interface) "
        f"({last(METRIC_OF['total'])}))",
        "latency_x_total": f"sum by (service) ({last(LATENCY_SUM_METRIC)})",
        "latency_sum": f"sum by (service) ({last(METRIC_OF['latency'])})",
        "latency_reports": f"count by (service) ({last(METRIC_OF['latency'])})",
        "reports": f"count by (service) ({last(METRIC_OF['total'])})",
        "open_breakers": "count by (service) (max by (service, interface) "
        f"({last(METRIC_OF['circuit_breaker_open'])}) > 0)",
    }


def live_services_summed(scope: Scope, window: str) -> Parts:
    """service_summaries from the replicas' live sums: a few series per interface."""

    def last(metric: str, aggregate: str = "sum", by: str = "service", **labels: str) -> str:
        return f"{aggregate} by ({by}) ({_last(metric, {**scope, **labels}, window)})"

    return {
        "known": last(LIVE_INSTANCES, state="known"),
        "live": last(LIVE_INSTANCES, state="live"),
        "last_report": last(LIVE_LAST_REPORT, "max"),
        "newest": f"topk by (service) (1, {_last(LIVE_SERVICE_NEWEST, scope, window)})",
        "qps": last(LIVE_PREFIX + "qps"),
        "total": last(LIVE_PREFIX + "total"),
        "failure": last(LIVE_PREFIX + "failure"),
        "breaker": last(LIVE_PREFIX + "breaker_open", "max"),
        "interfaces": "count by (service) "
        f"({last(LIVE_PREFIX + 'instances', by='service, interface')} > 0)",
        "latency_x_total": last(LIVE_PREFIX + "latency_x_total"),
        "latency_sum": last(LIVE_PREFIX + "latency_sum"),
        "latency_reports": last(LIVE_PREFIX + "latency_reports"),
        "reports": last(LIVE_PREFIX + "instances"),
        "open_breakers": "count by (service) ("
        f"{last(LIVE_PREFIX + 'breaker_open', by='service, interface')} > 0)",
    }


def known_names(window: str) -> str:
    """Each (service, instance, interface)'s latest report within window, of every tenant."""
    report = f"last_over_time({INTERFACE_REPORT_METRIC}[{window}])"
    return f"max by (tenant, project, service, instance, interface) ({report})"


def instance_report(scope: Scope, lookback_ms: int) -> str:
    """Each instance's newest snapshot report (its labels describe it)."""
    report = _last(INSTANCE_REPORT_METRIC, scope, duration(lookback_ms))
    return f"topk by (service, instance) (1, {report})"


def instance_numbers(scope: Scope, window_ms: int) -> Parts:
    """Each instance number's latest value within the window, labelled with only what tells
    them apart within a scope's tenant (a number series has no other label that does): 1,000
    instances' memory are 7,000 series, and their other labels were 40 % of the answer."""
    window = duration(window_ms)
    return {
        field: f"max by (service, instance, part) ({_last(name, scope, window)})"
        for name, field in INSTANCE_METRICS.items()
    }


def other_replicas_reports(replica: str, lookback_ms: int) -> str:
    """Each instance's newest report to another replica than this one."""
    reports = f"{INSTANCE_REPORT_METRIC}{{replica!={string_literal(replica)}}}"
    return (
        "max by (tenant, project, service, instance) "
        f"(last_over_time({reports}[{duration(lookback_ms)}]))"
    )


def newest_reports(matcher: str, lookback_ms: int) -> str:
    """Each instance's newest report (a seeding replica's view)."""
    return (
        "topk by (tenant, project, service, instance) (1, last_over_time("
        f"{INSTANCE_REPORT_METRIC}{{{matcher}}}[{duration(lookback_ms)}]))"
    )


def minute_qps(scope: Scope, window: str) -> Parts:
    """Each instance's qps reports in the current minute and their mean (MinuteTracker.seed)."""
    qps = f"{selector(METRIC_OF['qps'], scope)}[{window}]"  # type: ignore[arg-type]
    return {"reports": f"count_over_time({qps})", "mean": f"avg_over_time({qps})"}
