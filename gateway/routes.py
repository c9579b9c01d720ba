"""One thin endpoint per HTTP binding: fill the request from path, query and body; call; render."""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Awaitable, Callable, Mapping

import orjson
from fastapi import FastAPI, Request
from google.protobuf.message import Message
from starlette.responses import PlainTextResponse, Response

from csemonitor.core.errors import (
    INVALID_QUERY,
    INVALID_THRESHOLD,
    INVALID_UPLOAD,
    UNSUPPORTED_MEDIA_TYPE,
    ApiError,
    ErrorKind,
)
from csemonitor.core.json_out import message_to_json
from csemonitor.core.settings import GatewaySettings
from csemonitor.core.wire import (
    AUTH_TOKEN_HEADER,
    AUTHORIZATION_HEADER,
    CONTENT_TYPE_KEY,
    DEFAULT_PROJECT,
    DOMAIN_HEADER,
    FORWARDED_HEADERS,
    PROJECT_HEADER,
    REQUEST_ID_HEADER,
    printable,
)
from csemonitor.gateway.bindings import HttpBinding
from csemonitor.gateway.bodies import read_body
from csemonitor.gateway.json_codec import DecodeError, from_query_text, parse_into
from csemonitor.gateway.responses import json_response

# Bodies are JSON whatever they are labelled, as long as the label is one real clients use:
# older java-chassis sends no Content-Type at all.
JSON_MEDIA_TYPES = ("application/json", "text/plain", "")
# A path with no {project_id} (the legacy upload path) belongs to this project.
DEFAULT_PATH_VALUES = {"project_id": DEFAULT_PROJECT}

Call = Callable[..., Awaitable[Message]]


# The 400 a request that cannot be read gets (one table row each; a read's is INVALID_QUERY).
_INVALID_KIND = {"UploadMetric": INVALID_UPLOAD, "SetThreshold": INVALID_THRESHOLD}


def _invalid_kind(binding: HttpBinding) -> ErrorKind:
    return _INVALID_KIND.get(binding.method.name, INVALID_QUERY)


# A new request id: 32 hex digits, this process's random half and a count (unique as a uuid4
# is, without reading the system's random source for each request).
_ID_PREFIX = uuid.uuid4().hex[:16]
_ID_COUNT = itertools.count()


def _new_id_prefix() -> None:
    global _ID_PREFIX
    _ID_PREFIX = uuid.uuid4().hex[:16]


os.register_at_fork(after_in_child=_new_id_prefix)  # a forked worker draws its own half


def request_id(request: Request) -> str:
    """The caller's request id (if usable), or a new one; both processes' logs name it."""
    rid = request.headers.get(REQUEST_ID_HEADER, "")
    if not rid or len(rid) > 128 or not printable(rid):
        rid = f"{_ID_PREFIX}{next(_ID_COUNT) & 0xFFFFFFFFFFFFFFFF:016x}"
    request.state.request_id = rid
    return rid


def call_metadata(values: Mapping[str, str], rid: str, kind: ErrorKind) -> list[tuple[str, str]]:
    """The allow-listed values (headers, or what stands in for them) as gRPC metadata; a value
    gRPC metadata cannot carry is a bad request, never a failed call."""
    pairs = []
    for header, key in FORWARDED_HEADERS.items():
        value = values.get(header)
        if value is None:
            continue
        if not printable(value):
            raise ApiError(kind, "must be printable ASCII", header)
        pairs.append((key, value))
    pairs.append((REQUEST_ID_HEADER, rid))
    return pairs


# Query parameters that stand in for headers, for clients that can only be given a URL (a
# Hystrix dashboard, a Prometheus scrape job).
URL_TENANT_PARAMETERS = ((DOMAIN_HEADER, "domain"), (PROJECT_HEADER, "project"))


def url_tenant_values(request: Request) -> dict[str, str]:
    """The forwarded headers, with `domain`, `project` and `token` query parameters standing in
    for x-domain-name, x-project-id and the token."""
    params = request.query_params
    values = {name: request.headers[name] for name in FORWARDED_HEADERS if name in request.headers}
    for header, name in URL_TENANT_PARAMETERS:
        if params.get(name):
            values[header] = params[name]
    if params.get("token"):
        values[AUTH_TOKEN_HEADER] = params["token"]
        values.pop(AUTHORIZATION_HEADER, None)
    return values


def check_media_type(request: Request) -> None:
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type not in JSON_MEDIA_TYPES and not media_type.endswith("+json"):
        raise ApiError(UNSUPPORTED_MEDIA_TYPE, f"send JSON, not {media_type}"[:100])


async def build_request(
    request: Request, binding: HttpBinding, settings: GatewaySettings
) -> Message:
    """The RPC's request message from the HTTP request; ApiError for what cannot translate."""
    message = binding.request_class()
    kind = _invalid_kind(binding)
    values = {**DEFAULT_PATH_VALUES, **request.path_params}
    for name in binding.path_params or DEFAULT_PATH_VALUES:
        if name in message.DESCRIPTOR.fields_by_name:
            setattr(message, name, values[name])
    # (a request without a query string skips the fields a query may set: most uploads)
    for field in binding.query_fields if request.scope["query_string"] else ():
        for key in (field.json_name, field.name):
            if key in request.query_params:
                try:
                    setattr(
                        message, field.name, from_query_text(field, request.query_params[key], key)
                    )
                except DecodeError as exc:
                    raise ApiError(kind, exc.description, exc.field) from None
                break
    if binding.body:
        check_media_type(request)
        raw = await read_body(request, settings.max_body_bytes, settings.body_timeout, kind)
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError:
            raise ApiError(kind, "body is not valid JSON", "body") from None
        try:
            parse_into(getattr(message, binding.body), data, max_depth=settings.max_value_depth)
        except DecodeError as exc:
            raise ApiError(kind, exc.description, exc.field) from None
    return message


def render(response: Message, binding: HttpBinding, rid: str) -> Response:
    headers = {"X-Request-Id": rid}
    if binding.response_body:
        value = getattr(response, binding.response_body)
        if isinstance(value, str):
            return PlainTextResponse(value, headers=headers)
        if isinstance(value, Message):
            return json_response(message_to_json(value), headers=headers)
        return json_response([message_to_json(item) for item in value], headers=headers)
    return json_response(message_to_json(response), headers=headers)


def add_binding_route(app: FastAPI, binding: HttpBinding, settings: GatewaySettings) -> None:
    """Register the endpoint of one binding; the call goes through app.state.stub."""
    method_name = binding.method.name

    async def endpoint(request: Request) -> Response:
        rid = request_id(request)
        with request.app.state.in_flight.slot():
            try:
                message = await build_request(request, binding, settings)
                metadata = call_metadata(request.headers, rid, _invalid_kind(binding))
                if binding.body:  # whether a Content-Type came tells a client family apart
                    content_type = request.headers.get("content-type", "")
                    metadata.append(
                        (CONTENT_TYPE_KEY, content_type if printable(content_type) else "")
                    )
            except ApiError as error:
                if method_name == "UploadMetric":  # refused before it could reach the server
                    refused = request.app.state.telemetry.refused_uploads
                    refused.labels(error.kind.reason.lower()).inc()
                raise
            call: Call = getattr(request.app.state.stub, method_name)
            response = await call(message, metadata=metadata, timeout=settings.grpc_deadline)
        return render(response, binding, rid)

    endpoint.__name__ = f"{method_name}_{binding.verb.lower()}"
    # A plain Starlette route: the endpoint takes the Request itself, so FastAPI's dependency
    # machinery has nothing to do on the hot path.
    app.add_route(
        binding.path,
        endpoint,
        methods=[binding.verb],
        include_in_schema=False,
        name=f"{method_name}:{binding.path}",
    )
