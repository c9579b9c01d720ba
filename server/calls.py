"""How an RPC is answered: admitted under the in-flight limit, its ApiError turned into the rich
status (core.errors), anything else into INTERNAL, each logged as core.log_summary logs a
repeat; and what a call's metadata says."""

from __future__ import annotations

import functools
import logging

import grpc

from csemonitor.core.errors import INTERNAL, ApiError, to_status
from csemonitor.core.log_summary import LogSummary
from csemonitor.core.wire import REQUEST_ID_HEADER

log = logging.getLogger("csemonitor.server.servicer")  # the name operators know these lines by
_repeats = LogSummary(log)  # refusals and failures, each kind in full once, then counted


def _metadata_value(context: grpc.aio.ServicerContext, name: str, default: str = "") -> str:
    for key, value in context.invocation_metadata() or ():
        if key == name:
            return value
    return default


def metadata_of(context: grpc.aio.ServicerContext) -> dict[str, str]:
    return dict(context.invocation_metadata() or ())


def _request_id(context: grpc.aio.ServicerContext) -> str:
    return _metadata_value(context, REQUEST_ID_HEADER, "-")


def reports_errors(method):
    """Admit the call, then turn ApiError into its rich status, anything else into INTERNAL."""

    @functools.wraps(method)
    async def wrapper(self, request, context: grpc.aio.ServicerContext):
        try:
            with self._in_flight.slot():
                return await method(self, request, context)
        except ApiError as error:
            key = f"{method.__name__} refused: {error.kind.error_message}"
            detail = f"{error.field} {error.description}".strip()
            _repeats.log(logging.INFO, key, detail, _request_id(context))
            await context.abort_with_status(to_status(error))
        except Exception:
            key = f"{method.__name__} failed"
            _repeats.log(logging.ERROR, key, request_id=_request_id(context), exc_info=True)
            await context.abort_with_status(to_status(ApiError(INTERNAL)))

    return wrapper
