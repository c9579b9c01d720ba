"""Uploads as Prometheus remote-write requests (metric and label names in the README).

Each interface of an upload becomes one sample per figure, labelled with the tenant, project,
service, instance, host, app, version and interface; the process snapshot's numbers become
`csemonitor_instance_*` samples. Samples carry the server's receive time.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Mapping

import cramjam
import httpx
from csemonitor.v2 import metric_pb2
from prometheus import remote_pb2

from server.errors import UNAVAILABLE, ApiError
from server.store.base import instance_key
from server.tenancy import Tenant

HEADERS = {
    "Content-Encoding": "snappy",
    "Content-Type": "application/x-protobuf",
    "X-Prometheus-Remote-Write-Version": "0.1.0",
}
# metric name -> InterfaceMetric field
INTERFACE_METRICS = {
    "csemonitor_interface_qps": "qps",
    "csemonitor_interface_latency_ms": "latency",
    "csemonitor_interface_rate": "rate",
    "csemonitor_interface_failure_rate": "failure_rate",
    "csemonitor_interface_requests": "total",
    "csemonitor_interface_failures": "failure",
    "csemonitor_interface_short_circuited": "short_circuited",
    "csemonitor_interface_semaphore_rejected": "semaphore_rejected",
    "csemonitor_interface_thread_pool_rejected": "thread_pool_rejected",
    "csemonitor_interface_timeouts": "count_timeout",
    "csemonitor_interface_circuit_breaker_open": "circuit_breaker_open",
    "csemonitor_interface_client_time_ms": "time",
}
PERCENTILE_METRIC = "csemonitor_interface_latency_percentile_ms"
QUANTILES = {
    "l995": "0.995",
    "l99": "0.99",
    "l90": "0.9",
    "l75": "0.75",
    "l50": "0.5",
    "l25": "0.25",
    "l5": "0.05",
}
INSTANCE_REPORT_METRIC = "csemonitor_instance_last_report_ms"
RETRY_DELAYS = (0.1, 0.3, 0.9)


def _series(name: str, labels: Mapping[str, str], value: float, timestamp: int):
    pairs = sorted({"__name__": name, **labels}.items())
    return remote_pb2.TimeSeries(
        labels=[remote_pb2.Label(name=k, value=v) for k, v in pairs],
        samples=[remote_pb2.Sample(value=value, timestamp=timestamp)],
    )


def write_request(
    tenant: Tenant, service: str, metric: metric_pb2.MetricData, received_ms: int
) -> remote_pb2.WriteRequest:
    """The samples of one upload (NaN figures are left out: TSDBs drop them anyway)."""
    base = {
        "tenant": tenant.domain,
        "project": tenant.project,
        "service": service,
        "instance": instance_key(metric),
        "host": metric.instance,
        "app": metric.app_id,
        "version": metric.version,
    }
    request = remote_pb2.WriteRequest()
    for interface in metric.interfaces:
        labels = {**base, "interface": interface.name}
        for name, field in INTERFACE_METRICS.items():
            value = float(getattr(interface, field))
            if not math.isnan(value):
                request.timeseries.append(_series(name, labels, value, received_ms))
        for field, quantile in QUANTILES.items():
            value = getattr(interface, field)
            if not math.isnan(value):
                request.timeseries.append(
                    _series(PERCENTILE_METRIC, {**labels, "quantile": quantile}, value, received_ms)
                )
    request.timeseries.append(_series(INSTANCE_REPORT_METRIC, base, received_ms, received_ms))
    return request


def encode(request: remote_pb2.WriteRequest) -> bytes:
    """The request body: the serialized WriteRequest, snappy block-compressed."""
    return bytes(cramjam.snappy.compress_raw(request.SerializeToString()))


async def push(
    client: httpx.AsyncClient, url: str, body: bytes, headers: Mapping[str, str], deadline: float
) -> None:
    """POST one remote-write body, retrying with backoff while the deadline allows.

    Raises ApiError 503 (with Retry-After) when the TSDB did not accept it in time: the upload
    must then not be acknowledged."""
    loop = asyncio.get_running_loop()
    give_up = loop.time() + deadline
    for delay in (*RETRY_DELAYS, None):
        remaining = give_up - loop.time()
        if remaining <= 0:
            break
        try:
            response = await client.post(
                url, content=body, headers={**HEADERS, **headers}, timeout=remaining
            )
            if response.status_code < 300:
                return
            if 400 <= response.status_code < 500 and response.status_code != 429:
                break  # the TSDB refuses this body: retrying cannot help
        except httpx.HTTPError:
            pass
        if delay is None or loop.time() + delay >= give_up:
            break
        await asyncio.sleep(delay)
    raise ApiError(
        UNAVAILABLE, "the time-series database did not accept the upload", retry_after=2.0
    )
