"""`GET /hystrix.stream`: the uploads as Hystrix command metrics, so a Hystrix dashboard or
Turbine can read this service. Server-Sent Events, one `HystrixCommand` record per interface
every `delay` milliseconds, built from QueryMetrics (the same aggregation, tenancy and rules)."""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import AsyncIterator

import grpc
import orjson
from fastapi import FastAPI, Request
from starlette.responses import StreamingResponse

from csemonitor.core.admission import StreamLimit
from csemonitor.core.errors import INVALID_QUERY, invalid
from csemonitor.core.wire import (
    AUTH_TOKEN_HEADER,
    AUTHORIZATION_HEADER,
    DEFAULT_PROJECT,
    DOMAIN_HEADER,
    PROJECT_HEADER,
)
from csemonitor.gateway.errors import error_from_rpc
from csemonitor.gateway.routes import call_metadata, request_id, url_tenant_values
from csemonitor.v2 import metric_pb2

# Clients report counts over 10-second windows: the dashboard divides requestCount by this.
WINDOW_MS = 10_000
DEFAULT_DELAY_MS = 2_000
MIN_DELAY_MS = 500
# Hystrix's percentile keys, and the reported percentile each one shows (never understating).
PERCENTILE_KEYS = (
    ("0", "l5"),
    ("25", "l25"),
    ("50", "l50"),
    ("75", "l75"),
    ("90", "l90"),
    ("95", "l99"),
    ("99", "l99"),
    ("99.5", "l995"),
    ("100", "l995"),
)
_PROPERTIES = {
    "propertyValue_circuitBreakerRequestVolumeThreshold": 20,
    "propertyValue_circuitBreakerSleepWindowInMilliseconds": 5000,
    "propertyValue_circuitBreakerErrorThresholdPercentage": 50,
    "propertyValue_circuitBreakerForceOpen": False,
    "propertyValue_circuitBreakerForceClosed": False,
    "propertyValue_circuitBreakerEnabled": True,
    "propertyValue_executionIsolationStrategy": "SEMAPHORE",
    "propertyValue_executionIsolationThreadTimeoutInMilliseconds": 1000,
    "propertyValue_executionTimeoutInMilliseconds": 1000,
    "propertyValue_executionIsolationThreadInterruptOnTimeout": True,
    "propertyValue_executionIsolationThreadPoolKeyOverride": None,
    "propertyValue_executionIsolationSemaphoreMaxConcurrentRequests": 10,
    "propertyValue_fallbackIsolationSemaphoreMaxConcurrentRequests": 10,
    "propertyValue_metricsRollingStatisticalWindowInMilliseconds": WINDOW_MS,
    "propertyValue_requestCacheEnabled": False,
    "propertyValue_requestLogEnabled": False,
}
_ZERO_COUNTS = (
    "rollingCountBadRequests",
    "rollingCountCollapsedRequests",
    "rollingCountEmit",
    "rollingCountExceptionsThrown",
    "rollingCountFallbackEmit",
    "rollingCountFallbackFailure",
    "rollingCountFallbackMissing",
    "rollingCountFallbackRejection",
    "rollingCountFallbackSuccess",
    "rollingCountResponsesFromCache",
    "currentConcurrentExecutionCount",
    "rollingMaxConcurrentExecutionCount",
)

log = logging.getLogger(__name__)


def hystrix_command(info: metric_pb2.MetricInfo, now_ms: int) -> dict:
    """One interface's aggregate as a HystrixCommand record (the field mapping: docs/api.md,
    "Hystrix stream")."""
    percentiles = {key: _whole(getattr(info, field)) for key, field in PERCENTILE_KEYS}
    record = {
        "type": "HystrixCommand",
        "name": info.function_name,
        "group": info.service,
        "threadPool": info.service,
        "currentTime": now_ms,
        "isCircuitBreakerOpen": info.circuit_breaker_open,
        "errorPercentage": _whole(info.failure_rate),
        "errorCount": info.failure,
        "requestCount": info.total,
        "rollingCountFailure": info.failure,
        "rollingCountSuccess": max(info.total - info.failure, 0),
        "rollingCountShortCircuited": info.short_circuited,
        "rollingCountSemaphoreRejected": info.semaphore_rejected,
        "rollingCountThreadPoolRejected": info.thread_pool_rejected,
        "rollingCountTimeout": info.count_timeout,
        "latencyExecute_mean": _whole(info.latency),
        "latencyExecute": percentiles,
        "latencyTotal_mean": _whole(info.latency),
        "latencyTotal": dict(percentiles),
        "reportingHosts": info.instance_count,
        **dict.fromkeys(_ZERO_COUNTS, 0),
        **_PROPERTIES,
    }
    return record


def _events(reply: metric_pb2.QueryMetricsResponse) -> bytes:
    now = int(time.time() * 1000)
    if not reply.metrics:
        return b": no live interfaces\n\n"
    return b"".join(
        b"data: " + orjson.dumps(hystrix_command(info, now)) + b"\n\n" for info in reply.metrics
    )


def _whole(value: float) -> int:
    """A figure rounded for Hystrix's integer fields; a non-number is 0."""
    return round(value) if math.isfinite(value) else 0


async def _closed_within(closing: asyncio.Event, seconds: float) -> bool:
    """Whether the gateway started closing within `seconds` (a stream's wait between events)."""
    try:
        await asyncio.wait_for(closing.wait(), seconds)
    except TimeoutError:
        return False
    return True


def add_hystrix_route(app: FastAPI, deadline: float, streams: StreamLimit) -> None:
    """Register GET /hystrix.stream?domain=&project=&service=&delay=&token=.

    Each open stream holds a slot of `streams` (per process, a share per tenant) until it ends;
    a reader that stops reading is cut off by the gateway's write timeout (gateway.protocol)."""

    @app.get("/hystrix.stream", include_in_schema=False)
    async def hystrix_stream(request: Request) -> StreamingResponse:
        params = request.query_params
        if not params.get("service"):
            raise invalid("service", "a service name is required", INVALID_QUERY)
        try:
            delay = max(int(params.get("delay", DEFAULT_DELAY_MS)), MIN_DELAY_MS) / 1000
        except ValueError:
            raise invalid("delay", "must be milliseconds", INVALID_QUERY) from None
        rid = request_id(request)
        # A Hystrix dashboard can only be given a URL: tenant and token may come as parameters.
        values = url_tenant_values(request)
        metadata = call_metadata(values, rid, INVALID_QUERY)
        query = metric_pb2.QueryMetricsRequest(
            project_id=params.get("project") or DEFAULT_PROJECT, service=params["service"]
        )
        stub, closing = request.app.state.stub, request.app.state.closing
        # The share is per tenant as asked for (or per token): the first query checks the rest.
        tenant = (
            values.get(AUTH_TOKEN_HEADER) or values.get(AUTHORIZATION_HEADER),
            values.get(DOMAIN_HEADER, ""),
            values.get(PROJECT_HEADER, query.project_id),
        )
        streams.acquire(tenant)
        try:
            # The first answer decides the status: a bad tenant or service is an error.
            first = await stub.QueryMetrics(query, metadata=metadata, timeout=deadline)
        except BaseException:
            streams.release(tenant)
            raise

        async def events() -> AsyncIterator[bytes]:
            try:
                yield _events(first)
                while not await _closed_within(closing, delay):
                    try:
                        reply = await stub.QueryMetrics(query, metadata=metadata, timeout=deadline)
                    except grpc.aio.AioRpcError as exc:
                        error = error_from_rpc(exc)
                        log.warning("request_id=%s hystrix stream: %s", rid, error)
                        yield f": error {error.kind.error_code}\n\n".encode()
                        continue
                    yield _events(reply)
            finally:
                streams.release(tenant)

        return StreamingResponse(
            events(),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Request-Id": rid},
        )
