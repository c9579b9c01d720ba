"""A store's aggregate answers into the dashboard's records: the shapes both stores fill.

A store answers with plain sums, maxima and counts (SQL for SQLite, PromQL for a TSDB) in the
shapes below; these functions turn them into records by the rules of
Store.aggregate_interfaces and Store.service_summaries (the arithmetic: core.figures).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from csemonitor.core.columns import Sums
from csemonitor.core.figures import count, failure_percent, figure, finish, mean_latency
from csemonitor.v2 import metric_pb2


class InterfaceSums(NamedTuple):
    """One (service, interface) over the latest record of each of its live instances."""

    service: str
    name: str
    time: int  # the newest record's client time
    app_id: str  # app, version and desc: of the newest record
    version: str
    desc: str
    sums: Sums


class ServiceInstances(NamedTuple):
    """A service's instance snapshots: how many are known and live, the newest one's report."""

    service: str
    known: int
    live: int
    last_report: int
    app_id: str
    version: str


class ServiceLive(NamedTuple):
    """A service's live interfaces, summed (over the latest record of each live instance)."""

    service: str
    qps: float | None
    total: int
    failure: int
    any_open: bool
    interfaces: int
    latency_x_total: float | None
    latency_sum: float | None
    latency_reports: int
    reports: int
    open_breakers: int  # interfaces with a breaker open on any live instance


def metric_info(interface: InterfaceSums) -> metric_pb2.MetricInfo:
    """The dashboard's record of one interface of a service."""
    info = metric_pb2.MetricInfo(
        service=interface.service,
        function_name=interface.name,
        time=interface.time,
        app_id=interface.app_id,
        version=interface.version,
        desc=interface.desc,
    )
    finish(interface.sums, info)
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
    for one in live:
        summary = summaries.setdefault(one.service, metric_pb2.ServiceSummary(service=one.service))
        summary.qps = figure(one.qps)
        summary.total, summary.failure = count(one.total), count(one.failure)
        summary.failure_rate = failure_percent(summary.failure, summary.total)
        summary.circuit_breaker_open = bool(one.any_open)
        summary.interface_count = one.interfaces
        summary.latency = mean_latency(one, count(one.total))
        summary.open_breaker_count = one.open_breakers
    return [summaries[name] for name in sorted(summaries)]
