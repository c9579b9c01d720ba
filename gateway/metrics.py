"""Counts and times every REST request by the route that served it and its status."""

from __future__ import annotations

import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from csemonitor.core.telemetry import GatewayTelemetry


class RequestMetrics:
    """ASGI middleware; the route label is the endpoint's name, so paths never make new series."""

    def __init__(self, app: ASGIApp, telemetry: GatewayTelemetry) -> None:
        self.app = app
        self.telemetry = telemetry

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def recording_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        finally:
            endpoint = scope.get("endpoint")
            route = getattr(endpoint, "__name__", "unmatched") if endpoint else "unmatched"
            self.telemetry.http_requests.labels(route, str(status)).inc()
            self.telemetry.http_seconds.labels(route).observe(time.perf_counter() - started)
