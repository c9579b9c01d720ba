"""The dashboard's aggregate reads, as SQL over the latest record of each instance and interface.

The rules (the same for every store; see Store.aggregate_interfaces): sums of qps and counts,
latency weighted by total, percentiles as the maximum, breaker open if any instance's is, rates
in percent from the summed counts. SQLite stores NaN as NULL, which SUM, MAX and AVG skip: a
client's NaN adds nothing to a service's figure.
"""

from __future__ import annotations

from collections.abc import Sequence

from csemonitor.v2 import metric_pb2

from server.series import COUNTS, PERCENTILES, failure_percent

# The newest record's descriptive fields, by (time, received): packed into one sortable text so
# a single MAX() finds them next to the other aggregates.
_NEWEST = (
    "MAX(printf('%020d%020d', \"time\", received) || char(31) || app_id || char(31) || version "
    '|| char(31) || "desc")'
)

AGGREGATE_INTERFACES = (
    f'SELECT service, "name", MAX("time"), {_NEWEST}, SUM(qps), SUM(latency * total), '
    "AVG(latency), "
    + ", ".join(f"SUM({c})" for c in COUNTS)
    + ", "
    + ", ".join(f"MAX({p})" for p in PERCENTILES)
    + ", SUM(circuit_breaker_open), COUNT(*) FROM interface_latest "
    "WHERE domain = ? AND project = ? AND received >= ? {filters} "
    'GROUP BY service, "name" ORDER BY service, "name"'
)

LIVE_BY_SERVICE = (
    "SELECT service, SUM(qps), SUM(total), SUM(failure), MAX(circuit_breaker_open), "
    'COUNT(DISTINCT "name") '
    "FROM interface_latest WHERE domain = ? AND project = ? AND received >= ? GROUP BY service"
)

INSTANCES_BY_SERVICE = (
    "SELECT service, COUNT(*), SUM(received >= ?), MAX(received), "
    "MAX(printf('%020d', received) || char(31) || app_id || char(31) || version) "
    "FROM instance_latest WHERE domain = ? AND project = ? GROUP BY service"
)


def _newest(packed: str) -> list[str]:
    return packed.split("\x1f")[1:]


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
        app_id, version = packed.split("\x1f")[1:]
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
