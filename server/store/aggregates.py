"""Aggregate sums into the dashboard's records: the arithmetic both stores share.

A store answers with plain sums, maxima and counts (SQL for SQLite, PromQL for a TSDB) in the
shapes below; these functions turn them into records by the rules of
Store.aggregate_interfaces and Store.service_summaries.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from csemonitor.v2 import metric_pb2

from server.series import COUNTS, PERCENTILES, count, estimated_figures, failure_percent, figure


class InterfaceSums(NamedTuple):
    """One (service, interface) over the latest record of each of its live instances."""

    service: str
    name: str
    time: int  # the newest record's client time
    app_id: str  # app, version and desc: of the newest record
    version: str
    desc: str
    qps: float | None
    latency_x_total: float | None
    mean_latency: float | None
    total: int
    failure: int
    short_circuited: int
    semaphore_rejected: int
    thread_pool_rejected: int
    count_timeout: int
    l995: float | None
    l99: float | None
    l90: float | None
    l75: float | None
    l50: float | None
    l25: float | None
    l5: float | None
    breaker_open: int  # instances with the breaker open
    instances: int
    estimates: int  # the estimate groups of any record (bits OR-ed)


class ServiceInstances(NamedTuple):
    """A service's instance snapshots: how many are known and live, the newest one's report."""

    service: str
    known: int
    live: int
    last_report: int
    app_id: str
    version: str


class ServiceLive(NamedTuple):
    """A service's live interfaces, summed."""

    service: str
    qps: float | None
    total: int
    failure: int
    any_open: bool
    interfaces: int


def metric_info(sums: InterfaceSums) -> metric_pb2.MetricInfo:
    """The dashboard's record of one interface of a service."""
    info = metric_pb2.MetricInfo(
        service=sums.service,
        function_name=sums.name,
        time=sums.time,
        app_id=sums.app_id,
        version=sums.version,
        desc=sums.desc,
        qps=figure(sums.qps),
        instance_count=sums.instances,
        **{c: count(getattr(sums, c)) for c in COUNTS},
        **{p: figure(getattr(sums, p)) for p in PERCENTILES},
    )
    if info.total:
        info.latency = figure(sums.latency_x_total) / info.total
    else:
        info.latency = figure(sums.mean_latency)
    info.failure_rate = failure_percent(info.failure, info.total)
    info.rate = 100.0 - info.failure_rate
    info.circuit_breaker_open = info.is_circuit_breaker_open = sums.breaker_open > 0
    info.breaker_rate_agg = sums.breaker_open / sums.instances
    info.estimates.extend(estimated_figures(sums.estimates or 0))
    return info


def service_summaries(
    instances: Iterable[ServiceInstances], live: Iterable[ServiceLive]
) -> list[metric_pb2.ServiceSummary]:
    """One summary per service, sorted by name."""
    summaries: dict[str, metric_pb2.ServiceSummary] = {}
    for row in instances:
        summaries[row.service] = metric_pb2.ServiceSummary(
            service=row.service,
            known_instance_count=row.known,
            instance_count=row.live or 0,
            last_report_time=row.last_report,
            app_id=row.app_id,
            version=row.version,
        )
    for row in live:
        summary = summaries.setdefault(row.service, metric_pb2.ServiceSummary(service=row.service))
        summary.qps = figure(row.qps)
        summary.failure_rate = failure_percent(count(row.failure), count(row.total))
        summary.circuit_breaker_open = bool(row.any_open)
        summary.interface_count = row.interfaces
    return [summaries[name] for name in sorted(summaries)]
