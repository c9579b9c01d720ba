"""The one error table: every failure's HTTP status, CSE error code, message and gRPC code.

The servicer raises `ApiError`; `to_status` turns it into a `google.rpc.Status` carrying an
`ErrorInfo` (the CSE code in its metadata), a `BadRequest` naming the offending field and a
`RetryInfo` where a retry makes sense. The gateway renders such a status as the documented JSON
body with `error_body`. Nothing else invents an error body.
"""

from __future__ import annotations

from dataclasses import dataclass

import grpc
from google.protobuf import any_pb2, duration_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

ERROR_DOMAIN = "csemonitor.servicecomb.io"


@dataclass(frozen=True)
class ErrorKind:
    """One row of the error table."""

    http_status: int
    error_code: str
    error_message: str
    grpc_code: grpc.StatusCode
    reason: str


INVALID_UPLOAD = ErrorKind(
    400,
    "SVCSTG.CSE.4001000",
    "upload metric invalid",
    grpc.StatusCode.INVALID_ARGUMENT,
    "UPLOAD_METRIC_INVALID",
)
INVALID_QUERY = ErrorKind(
    400,
    "SVCSTG.CSE.4001000",
    "query metric invalid",
    grpc.StatusCode.INVALID_ARGUMENT,
    "QUERY_METRIC_INVALID",
)
INVALID_THRESHOLD = ErrorKind(
    400,
    "SVCSTG.CSE.4001000",
    "threshold invalid",
    grpc.StatusCode.INVALID_ARGUMENT,
    "THRESHOLD_INVALID",
)
UNAUTHORIZED = ErrorKind(
    401, "SVCSTG.CSE.4011000", "unauthorized", grpc.StatusCode.UNAUTHENTICATED, "UNAUTHORIZED"
)
FORBIDDEN = ErrorKind(
    403, "SVCSTG.CSE.4031000", "forbidden", grpc.StatusCode.PERMISSION_DENIED, "FORBIDDEN"
)
NOT_FOUND = ErrorKind(
    404, "SVCSTG.CSE.4041000", "not found", grpc.StatusCode.NOT_FOUND, "NOT_FOUND"
)
METHOD_NOT_ALLOWED = ErrorKind(
    405,
    "SVCSTG.CSE.4051000",
    "method not allowed",
    grpc.StatusCode.UNIMPLEMENTED,
    "METHOD_NOT_ALLOWED",
)
REQUEST_TIMEOUT = ErrorKind(
    408,
    "SVCSTG.CSE.4081000",
    "request timeout",
    grpc.StatusCode.DEADLINE_EXCEEDED,
    "REQUEST_TIMEOUT",
)
TOO_LARGE = ErrorKind(
    413,
    "SVCSTG.CSE.4131000",
    "request entity too large",
    grpc.StatusCode.RESOURCE_EXHAUSTED,
    "REQUEST_TOO_LARGE",
)
UNSUPPORTED_MEDIA_TYPE = ErrorKind(
    415,
    "SVCSTG.CSE.4151000",
    "unsupported media type",
    grpc.StatusCode.INVALID_ARGUMENT,
    "UNSUPPORTED_MEDIA_TYPE",
)
# A new service, instance or interface name beyond a cardinality limit (server.limits): the
# client's data, refused whole and for as long as the names it holds stay known; no retry.
LIMIT_EXCEEDED = ErrorKind(
    422,
    "SVCSTG.CSE.4221000",
    "metric limit exceeded",
    grpc.StatusCode.RESOURCE_EXHAUSTED,
    "METRIC_LIMIT_EXCEEDED",
)
TOO_MANY_REQUESTS = ErrorKind(
    429,
    "SVCSTG.CSE.4291000",
    "too many requests",
    grpc.StatusCode.RESOURCE_EXHAUSTED,
    "TOO_MANY_REQUESTS",
)
INTERNAL = ErrorKind(
    500, "SVCSTG.CSE.5001000", "internal error", grpc.StatusCode.INTERNAL, "INTERNAL"
)
UNAVAILABLE = ErrorKind(
    503, "SVCSTG.CSE.5031000", "service unavailable", grpc.StatusCode.UNAVAILABLE, "UNAVAILABLE"
)

ERROR_TABLE: tuple[ErrorKind, ...] = (
    INVALID_UPLOAD,
    INVALID_QUERY,
    INVALID_THRESHOLD,
    UNAUTHORIZED,
    FORBIDDEN,
    NOT_FOUND,
    METHOD_NOT_ALLOWED,
    REQUEST_TIMEOUT,
    TOO_LARGE,
    UNSUPPORTED_MEDIA_TYPE,
    LIMIT_EXCEEDED,
    TOO_MANY_REQUESTS,
    INTERNAL,
    UNAVAILABLE,
)

# Lookups built once. A gRPC code that several rows share maps to the first of them.
_BY_REASON = {kind.reason: kind for kind in ERROR_TABLE}  # ErrorInfo.reason names its row
_BY_HTTP_STATUS: dict[int, ErrorKind] = {}
_BY_GRPC_CODE: dict[grpc.StatusCode, ErrorKind] = {}
for _kind in ERROR_TABLE:
    _BY_HTTP_STATUS.setdefault(_kind.http_status, _kind)
    _BY_GRPC_CODE.setdefault(_kind.grpc_code, _kind)
# A call to the gRPC server that ran out of time is the server's slowness, not the client's:
# a retryable unavailability, never a 500 and never a 408.
_BY_GRPC_CODE[grpc.StatusCode.DEADLINE_EXCEEDED] = UNAVAILABLE
_BY_GRPC_CODE.setdefault(grpc.StatusCode.CANCELLED, UNAVAILABLE)


def kind_for_http_status(status: int) -> ErrorKind:
    """The table row of an HTTP status; statuses the table lacks are internal errors."""
    return _BY_HTTP_STATUS.get(status, INTERNAL)


def kind_for_grpc_code(code: grpc.StatusCode) -> ErrorKind:
    """The table row of a gRPC status code with no ErrorInfo attached."""
    return _BY_GRPC_CODE.get(code, INTERNAL)


class ApiError(Exception):
    """A failure the client is told about: a row of the table, plus what went wrong where."""

    def __init__(
        self,
        kind: ErrorKind,
        description: str = "",
        field: str = "",
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{kind.error_message}: {field} {description}".strip())
        self.kind = kind
        self.description = description
        self.field = field
        if retry_after is None and kind.http_status in (429, 503):
            retry_after = 1.0
        self.retry_after = retry_after


class LimitRefusal(ApiError):
    """LIMIT_EXCEEDED, saying which limit (`limit`: e.g. interfaces_per_service)."""

    def __init__(self, limit: str, description: str, field: str) -> None:
        super().__init__(LIMIT_EXCEEDED, description, field)
        self.limit = limit


def invalid(field: str, description: str, kind: ErrorKind = INVALID_UPLOAD) -> ApiError:
    """The 400 error, naming the offending field."""
    return ApiError(kind, description, field)


def to_status(error: ApiError) -> grpc.Status:
    """The gRPC status of an error, with ErrorInfo, BadRequest and RetryInfo details."""
    kind = error.kind
    details = [
        error_details_pb2.ErrorInfo(
            reason=kind.reason,
            domain=ERROR_DOMAIN,
            metadata={"error_code": kind.error_code, "error_message": kind.error_message},
        )
    ]
    if error.field:
        violation = error_details_pb2.BadRequest.FieldViolation(
            field=error.field, description=error.description
        )
        details.append(error_details_pb2.BadRequest(field_violations=[violation]))
    if error.retry_after is not None:
        delay = duration_pb2.Duration()
        delay.FromNanoseconds(int(error.retry_after * 1e9))
        details.append(error_details_pb2.RetryInfo(retry_delay=delay))
    packed = []
    for detail in details:
        item = any_pb2.Any()
        item.Pack(detail)
        packed.append(item)
    message = kind.error_message
    if error.field or error.description:
        message = f"{message}: {' '.join(p for p in (error.field, error.description) if p)}"
    status = status_pb2.Status(code=_RPC_CODES[kind.grpc_code], message=message, details=packed)
    return rpc_status.to_status(status)


_RPC_CODES = {code: getattr(code_pb2, code.name) for code in grpc.StatusCode}


def from_status(status: status_pb2.Status | None, code: grpc.StatusCode) -> ApiError:
    """The error a gRPC status describes: its ErrorInfo row, else the row of its code."""
    kind = kind_for_grpc_code(code)
    field = description = ""
    retry_after = None
    for detail in status.details if status is not None else ():
        if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
            info = error_details_pb2.ErrorInfo()
            detail.Unpack(info)
            kind = _BY_REASON.get(info.reason, kind)
        elif detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
            bad = error_details_pb2.BadRequest()
            detail.Unpack(bad)
            if bad.field_violations:
                field = bad.field_violations[0].field
                description = bad.field_violations[0].description
        elif detail.Is(error_details_pb2.RetryInfo.DESCRIPTOR):
            retry = error_details_pb2.RetryInfo()
            detail.Unpack(retry)
            retry_after = retry.retry_delay.ToNanoseconds() / 1e9
    return ApiError(kind, description, field, retry_after)


def error_body(kind: ErrorKind) -> dict[str, str]:
    """The documented JSON body of an error: exactly `error_code` and `error_message`."""
    return {"error_code": kind.error_code, "error_message": kind.error_message}
