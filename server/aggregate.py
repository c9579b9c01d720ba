"""How the dashboard's records are computed from the latest record of each instance."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence

from csemonitor.v2 import metric_pb2

from server.series import PERCENTILES, failure_percent
from server.store.base import LatestInterface

SUMMED = (
    "total",
    "failure",
    "short_circuited",
    "semaphore_rejected",
    "thread_pool_rejected",
    "count_timeout",
)


def _finite_sum(values: Iterable[float]) -> float:
    # A client's NaN (e.g. "qps": "NaN") must not turn the whole service's figure into NaN.
    return math.fsum(v for v in values if not math.isnan(v))


def _max(values: Iterable[float]) -> float:
    kept = [v for v in values if not math.isnan(v)]
    return max(kept) if kept else math.nan


def instance_record(record: LatestInterface) -> metric_pb2.MetricInfo:
    """One instance's latest values, with the client's rates scaled from fractions to percent."""
    m = record.metric
    info = metric_pb2.MetricInfo(
        service=record.service,
        function_name=m.name,
        instance=record.instance,
        host=record.host,
        instance_id=record.instance_id,
        time=m.time,
        app_id=record.app_id,
        version=record.version,
        qps=m.qps,
        latency=m.latency,
        rate=100.0 * m.rate,
        failure_rate=100.0 * m.failure_rate,
        breaker_rate_agg=1.0 if m.circuit_breaker_open else 0.0,
        circuit_breaker_open=m.circuit_breaker_open,
        is_circuit_breaker_open=m.circuit_breaker_open,
        instance_count=1,
        desc=m.desc,
    )
    for name in SUMMED + PERCENTILES:
        setattr(info, name, getattr(m, name))
    return info


def aggregate(records: Sequence[LatestInterface]) -> list[metric_pb2.MetricInfo]:
    """One record per (service, interface) over the given per-instance records.

    Sums: qps and the counts. Latency: mean weighted by total (plain mean when no calls).
    Percentiles: the maximum over instances. Breaker: open if any instance's is open;
    breakerRateAgg is the fraction of instances with an open breaker. rate and failureRate are
    percentages computed from the summed counts, since clients' own rates are unreliable.
    """
    groups: dict[tuple[str, str], list[LatestInterface]] = defaultdict(list)
    for record in records:
        groups[(record.service, record.metric.name)].append(record)
    result = []
    for (service, name), group in sorted(groups.items()):
        metrics = [r.metric for r in group]
        newest = max(group, key=lambda r: (r.metric.time, r.received_ms))
        info = metric_pb2.MetricInfo(
            service=service,
            function_name=name,
            time=newest.metric.time,
            app_id=newest.app_id,
            version=newest.version,
            desc=newest.metric.desc,
            instance_count=len({r.instance for r in group}),
        )
        for field in SUMMED:
            setattr(info, field, sum(getattr(m, field) for m in metrics))
        info.qps = _finite_sum(m.qps for m in metrics)
        if info.total:
            info.latency = _finite_sum(m.latency * m.total for m in metrics) / info.total
        else:
            latencies = [m.latency for m in metrics if not math.isnan(m.latency)]
            info.latency = math.fsum(latencies) / len(latencies) if latencies else 0.0
        for field in PERCENTILES:
            setattr(info, field, _max(getattr(m, field) for m in metrics))
        open_count = sum(1 for m in metrics if m.circuit_breaker_open)
        info.circuit_breaker_open = info.is_circuit_breaker_open = open_count > 0
        info.breaker_rate_agg = open_count / len(metrics)
        info.failure_rate = failure_percent(info.failure, info.total)
        info.rate = 100.0 - info.failure_rate
        result.append(info)
    return result


def summarize_services(
    snapshots: Sequence[metric_pb2.InstanceInfo], live: Sequence[LatestInterface], since_ms: int
) -> list[metric_pb2.ServiceSummary]:
    """One summary per service known in the store, sorted by name."""
    summaries: dict[str, metric_pb2.ServiceSummary] = {}
    newest: dict[str, int] = {}
    for snap in snapshots:
        summary = summaries.setdefault(
            snap.service, metric_pb2.ServiceSummary(service=snap.service)
        )
        summary.known_instance_count += 1
        if snap.last_report_time >= since_ms:
            summary.instance_count += 1
        if snap.last_report_time >= newest.get(snap.service, -1):
            newest[snap.service] = snap.last_report_time
            summary.last_report_time = snap.last_report_time
            summary.app_id, summary.version = snap.app_id, snap.version
    by_service: dict[str, list[LatestInterface]] = defaultdict(list)
    for record in live:
        by_service[record.service].append(record)
    for service, records in by_service.items():
        summary = summaries.setdefault(service, metric_pb2.ServiceSummary(service=service))
        summary.qps = _finite_sum(r.metric.qps for r in records)
        total = sum(r.metric.total for r in records)
        summary.failure_rate = failure_percent(sum(r.metric.failure for r in records), total)
        summary.circuit_breaker_open = any(r.metric.circuit_breaker_open for r in records)
        summary.interface_count = len({r.metric.name for r in records})
    return [summaries[name] for name in sorted(summaries)]
