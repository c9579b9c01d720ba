"""One instance's latest interface record as the dashboard reads it."""

from __future__ import annotations

from csemonitor.v2 import metric_pb2

from server.series import COUNTS, PERCENTILES
from server.store.base import LatestInterface


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
    for name in COUNTS + PERCENTILES:
        setattr(info, name, getattr(m, name))
    return info
