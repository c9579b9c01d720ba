"""The reporter in a service's own stack: an ASGI middleware (FastAPI, Starlette, any ASGI app)
and a grpc.aio server interceptor. Each call is one observation of its interface: the route
template ("GET /items/{id}", never the raw path) or the gRPC method."""

from __future__ import annotations

import asyncio
import inspect

import grpc

from csemonitor.client.reporter import Reporter

UNMATCHED = "(unmatched)"  # requests no route took: one interface, not one per path


class ReporterMiddleware:
    """ASGI middleware: times each HTTP request; a 5xx answer or an exception is a failure."""

    def __init__(self, app, reporter: Reporter) -> None:
        self.app = app
        self.reporter = reporter

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500

        async def sending(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        with self.reporter.timing(UNMATCHED) as call:
            try:
                await self.app(scope, receive, sending)
            finally:  # the route the router took, known once the app ran
                path = getattr(scope.get("route"), "path", None) or UNMATCHED
                call.name = f"{scope['method']} {path}"
                call.failed = status >= 500


class ReporterInterceptor(grpc.aio.ServerInterceptor):
    """grpc.aio server interceptor: times each unary call by its method; a status other than OK
    is a failure, DEADLINE_EXCEEDED (or the call cancelled at its deadline) a timeout."""

    def __init__(self, reporter: Reporter) -> None:
        self.reporter = reporter

    async def intercept_service(self, continuation, details):
        handler = await continuation(details)
        if handler is None or handler.unary_unary is None:
            return handler
        inner, name, timing = handler.unary_unary, details.method, self.reporter.timing

        async def timed(request, context):
            with timing(name) as call:
                try:
                    reply = inner(request, context)
                    return await reply if inspect.isawaitable(reply) else reply
                except asyncio.CancelledError:  # cancelled at its deadline
                    call.timed_out = True
                    raise
                finally:
                    code = context.code()
                    if code not in (None, grpc.StatusCode.OK, 0):
                        call.failed = True
                        call.timed_out |= code == grpc.StatusCode.DEADLINE_EXCEEDED

        return grpc.unary_unary_rpc_method_handler(
            timed,
            request_deserializer=handler.request_deserializer,
            response_serializer=handler.response_serializer,
        )
