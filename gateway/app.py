"""The REST gateway: routes from the proto's http annotations, each translated to a gRPC call."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import grpc
from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from grpc_health.v1 import health_pb2, health_pb2_grpc
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.responses import FileResponse, Response

from csemonitor.core.admission import InFlightLimit, StreamLimit
from csemonitor.core.errors import UNAVAILABLE, ApiError
from csemonitor.core.settings import GatewaySettings
from csemonitor.core.telemetry import GatewayTelemetry
from csemonitor.core.tls import channel_credentials
from csemonitor.core.wire import GRPC_MESSAGE_OVERHEAD, MAX_RESPONSE_BYTES, SERVICE_NAME
from csemonitor.gateway.bindings import http_bindings
from csemonitor.gateway.errors import install_error_handlers
from csemonitor.gateway.hystrix import add_hystrix_route
from csemonitor.gateway.metrics import RequestMetrics
from csemonitor.gateway.openapi import openapi_document
from csemonitor.gateway.prometheus import add_prometheus_route
from csemonitor.gateway.responses import json_response
from csemonitor.gateway.routes import add_binding_route
from csemonitor.v2 import metric_pb2, metric_pb2_grpc

TITLE = "csemonitor"
VERSION = "2"
HEALTH_TIMEOUT_SECONDS = 2.0
STATIC_DIR = Path(__file__).resolve().parent / "static"


def open_channel(settings: GatewaySettings) -> grpc.aio.Channel:
    """The one channel every request shares (TLS when grpc_target_ca is set)."""
    options: list[tuple[str, int | str]] = [
        ("grpc.max_send_message_length", settings.max_body_bytes + GRPC_MESSAGE_OVERHEAD),
        ("grpc.max_receive_message_length", MAX_RESPONSE_BYTES),
        # Find a restarted server within a second or two, not after a long backoff.
        ("grpc.initial_reconnect_backoff_ms", 200),
        ("grpc.min_reconnect_backoff_ms", 200),
        ("grpc.max_reconnect_backoff_ms", 2000),
    ]
    credentials = channel_credentials(settings)
    if credentials is None:
        return grpc.aio.insecure_channel(settings.effective_grpc_target, options=options)
    if settings.grpc_target_name:
        options.append(("grpc.ssl_target_name_override", settings.grpc_target_name))
    return grpc.aio.secure_channel(settings.effective_grpc_target, credentials, options=options)


def create_app(settings: GatewaySettings) -> FastAPI:
    """The gateway app; its lifespan opens and closes the shared gRPC channel."""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        channel = open_channel(settings)
        app.state.stub = metric_pb2_grpc.MetricServiceStub(channel)
        app.state.health = health_pb2_grpc.HealthStub(channel)
        app.state.in_flight = InFlightLimit(settings.max_in_flight)
        telemetry.in_flight.set_function(lambda: app.state.in_flight.current)
        try:
            yield
        finally:
            await channel.close()

    telemetry = GatewayTelemetry()
    # No /docs or /redoc: their pages load their scripts from a CDN, which offline machines
    # cannot reach. /openapi.json is served; any OpenAPI viewer or client generator reads it.
    # FastAPI's own OpenTelemetry hooks are off: the gateway's metrics are its own (RequestMetrics),
    # and checking for an OpenTelemetry provider on every request costs the upload path.
    app = FastAPI(
        title=TITLE,
        version=VERSION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.telemetry = telemetry
    app.state.closing = asyncio.Event()  # set when the server starts a graceful stop
    app.add_middleware(RequestMetrics, telemetry=telemetry)
    install_error_handlers(app)
    bindings = http_bindings(metric_pb2.DESCRIPTOR.services_by_name["MetricService"])
    for binding in bindings:
        add_binding_route(app, binding, settings)
    document = openapi_document(bindings, TITLE, VERSION)
    app.openapi = lambda: document  # type: ignore[method-assign]

    add_prometheus_route(app, settings.grpc_deadline)
    add_hystrix_route(
        app,
        settings.grpc_deadline,
        StreamLimit(settings.max_streams, settings.max_streams_per_tenant),
    )
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/", include_in_schema=False)
    async def dashboard() -> FileResponse:
        """The dashboard page; it reads the same REST API as any client."""
        return FileResponse(STATIC_DIR / "index.html")

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> FileResponse:
        """For browsers and tools that ask at the root whatever the page links."""
        return FileResponse(STATIC_DIR / "favicon.svg", media_type="image/svg+xml")

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        """The gateway's own Prometheus metrics."""
        return Response(generate_latest(telemetry.registry), media_type=CONTENT_TYPE_LATEST)

    @app.get("/healthz", include_in_schema=False)
    async def healthz(request: Request) -> Response:
        """SERVING when the gRPC server behind the gateway says so; 503 otherwise."""
        check = health_pb2.HealthCheckRequest(service=SERVICE_NAME)
        try:
            reply = await request.app.state.health.Check(check, timeout=HEALTH_TIMEOUT_SECONDS)
        except grpc.aio.AioRpcError:
            raise ApiError(UNAVAILABLE, "gRPC server unreachable") from None
        if reply.status != health_pb2.HealthCheckResponse.SERVING:
            raise ApiError(UNAVAILABLE, "gRPC server not serving")
        return json_response({"status": "SERVING"})

    return app
