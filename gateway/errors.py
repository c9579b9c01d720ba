"""Renders every failure, through the one error table, as the documented JSON body."""

from __future__ import annotations

import logging
import math

import grpc
from fastapi import FastAPI, Request
from google.rpc import status_pb2
from starlette.exceptions import HTTPException
from starlette.responses import Response

from gateway.responses import json_response
from server.errors import INTERNAL, ApiError, error_body, from_status, kind_for_http_status

log = logging.getLogger(__name__)

STATUS_DETAILS_KEY = "grpc-status-details-bin"
ERROR_DETAIL_HEADER = "X-Error-Detail"


def _header_safe(text: str) -> str:
    return "".join(c if " " <= c <= "~" else "?" for c in text)[:300]


def render_error(error: ApiError, request_id: str = "") -> Response:
    """The documented body of an error, with Retry-After and a one-line detail header."""
    headers = {}
    if error.retry_after is not None:
        headers["Retry-After"] = str(max(1, math.ceil(error.retry_after)))
    if error.field or error.description:
        detail = f"{error.field}: {error.description}" if error.field else error.description
        headers[ERROR_DETAIL_HEADER] = _header_safe(detail)
    if request_id:
        headers["X-Request-Id"] = request_id
    return json_response(error_body(error.kind), error.kind.http_status, headers)


def error_from_rpc(error: grpc.aio.AioRpcError) -> ApiError:
    """The ApiError a failed call carries in its rich status, else the row of its code."""
    status = None
    for key, value in error.trailing_metadata() or ():
        if key == STATUS_DETAILS_KEY:
            status = status_pb2.Status.FromString(value)
    return from_status(status, error.code())


def _request_id(request: Request) -> str:
    return getattr(request.state, "request_id", "")


def install_error_handlers(app: FastAPI) -> None:
    """Every error the app can meet ends in render_error; no traceback reaches a client."""

    async def on_api_error(request: Request, exc: ApiError):
        return render_error(exc, _request_id(request))

    async def on_rpc_error(request: Request, exc: grpc.aio.AioRpcError):
        error = error_from_rpc(exc)
        if error.kind.http_status >= 500:
            log.warning(
                "request_id=%s servicer call failed: %s %s",
                _request_id(request),
                exc.code(),
                exc.details(),
            )
        return render_error(error, _request_id(request))

    async def on_http_error(request: Request, exc: HTTPException):
        return render_error(ApiError(kind_for_http_status(exc.status_code)), _request_id(request))

    async def on_unexpected(request: Request, exc: Exception):
        log.exception("request_id=%s unexpected gateway failure", _request_id(request))
        return render_error(ApiError(INTERNAL), _request_id(request))

    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(grpc.aio.AioRpcError, on_rpc_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(Exception, on_unexpected)
