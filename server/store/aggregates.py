"""Aggregate rows into the dashboard's records: the arithmetic both stores share.

A store answers with rows of plain sums, maxima and counts (SQL for SQLite, PromQL for a TSDB);
these functions turn them into records by the rules of Store.aggregate_interfaces. Descriptive
fields of the newest record arrive packed: any sort key, then app, version (and desc), joined by
PACK_SEPARATOR.
"""

from __future__ import annotations

from collections.abc import Sequence

from csemonitor.v2 import metric_pb2

from server.series import COUNTS, PERCENTILES, failure_percent

PACK_SEPARATOR = "\x1f"


def _newest(packed: str) -> list[str]:
    return packed.split(PACK_SEPARATOR)[1:]


def metric_info(row: Sequence) -> metric_pb2.MetricInfo:
    """A row of AGGREGATE_INTERFACES as the dashboard's record."""
    service, name, newest_time, packed, qps, latency_x_total, mean_latency = row[:7]
    counts = row[7 : 7 + len(COUNTS)]
    percentiles = row[7 + len(COUNTS) : 7 + len(COUNTS) + len(PERCENTILES)]
    open_count, instances = row[-2:]
    app_id, version, desc = _newest(packed)
    info = metric_pb2.MetricInfo(
        service=service,
        function_name=name,
        time=newest_time,
        app_id=app_id,
        version=version,
        desc=desc,
        qps=qps or 0.0,
        instance_count=instances,
        **dict(zip(COUNTS, counts, strict=True)),
        **{p: v if v is not None else 0.0 for p, v in zip(PERCENTILES, percentiles, strict=True)},
    )
    if info.total:
        info.latency = (latency_x_total or 0.0) / info.total
    else:
        info.latency = mean_latency or 0.0
    info.failure_rate = failure_percent(info.failure, info.total)
    info.rate = 100.0 - info.failure_rate
    info.circuit_breaker_open = info.is_circuit_breaker_open = open_count > 0
    info.breaker_rate_agg = open_count / instances
    return info


def service_summaries(
    instance_rows: Sequence[Sequence], live_rows: Sequence[Sequence]
) -> list[metric_pb2.ServiceSummary]:
    """Rows of INSTANCES_BY_SERVICE and LIVE_BY_SERVICE as one summary per service, by name."""
    summaries: dict[str, metric_pb2.ServiceSummary] = {}
    for service, known, live, last_report, packed in instance_rows:
        app_id, version = packed.split(PACK_SEPARATOR)[1:]
        summaries[service] = metric_pb2.ServiceSummary(
            service=service,
            known_instance_count=known,
            instance_count=live or 0,
            last_report_time=last_report,
            app_id=app_id,
            version=version,
        )
    for service, qps, total, failure, any_open, interfaces in live_rows:
        summary = summaries.setdefault(service, metric_pb2.ServiceSummary(service=service))
        summary.qps = qps or 0.0
        summary.failure_rate = failure_percent(failure, total)
        summary.circuit_breaker_open = bool(any_open)
        summary.interface_count = interfaces
    return [summaries[name] for name in sorted(summaries)]
