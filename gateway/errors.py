"""Renders every failure, through the one error table, as the documented JSON body."""

from __future__ import annotations

import logging
import math

import grpc
from fastapi import FastAPI, Request
from google.rpc import status_pb2
from starlette.exceptions import HTTPException
from starlette.responses import Response

from csemonitor.core.errors import INTERNAL, ApiError, error_body, from_status, kind_for_http_status
from csemonitor.gateway.responses import json_response

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


def error_response(request: Request, exc: Exception) -> Response:
    """The documented answer to any failure; no traceback or internal detail reaches a client."""
    rid = _request_id(request)
    if isinstance(exc, ApiError):
        return render_error(exc, rid)
    if isinstance(exc, grpc.aio.AioRpcError):
        error = error_from_rpc(exc)
        if error.kind.http_status >= 500:
            log.warning("request_id=%s servicer call failed: %s %s", rid, exc.code(), exc.details())
        return render_error(error, rid)
    if isinstance(exc, HTTPException):
        return render_error(ApiError(kind_for_http_status(exc.status_code)), rid)
    log.exception("request_id=%s unexpected gateway failure", rid, exc_info=exc)
    return render_error(ApiError(INTERNAL), rid)


def install_error_handlers(app: FastAPI) -> None:
    """Every error the app can meet ends in error_response."""

    async def handle(request: Request, exc: Exception) -> Response:
        return error_response(request, exc)

    for kind in (ApiError, grpc.aio.AioRpcError, HTTPException, Exception):
        app.add_exception_handler(kind, handle)
