"""One instance's latest interface record as the dashboard reads it."""

from __future__ import annotations

from csemonitor.v2 import metric_pb2

from server.series import COUNTS, PERCENTILES, estimated_figures, failure_percent
from server.store.base import LatestInterface


def instance_record(record: LatestInterface) -> metric_pb2.MetricInfo:
    """One instance's latest values: the true figures (the error percentage from its counts, as
    for aggregates), the estimates among them, and what the client sent."""
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
        breaker_rate_agg=1.0 if m.circuit_breaker_open else 0.0,
        circuit_breaker_open=m.circuit_breaker_open,
        is_circuit_breaker_open=m.circuit_breaker_open,
        instance_count=1,
        desc=m.desc,
        dialect=record.dialect,
        estimates=estimated_figures(record.estimates),
        sent=record.sent if record.sent is not None else m,
    )
    for name in COUNTS + PERCENTILES:
        setattr(info, name, getattr(m, name))
    info.failure_rate = failure_percent(info.failure, info.total)
    info.rate = 100.0 - info.failure_rate
    return info
