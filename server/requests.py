"""MetricService's handlers on the gRPC server, decoding request bytes themselves.

gRPC's own deserializer answers bytes that are not the request message (random bytes, or a
free-form value nested deeper than protobuf's 100-message limit) with UNKNOWN and an ERROR
traceback per call. Here they are refused like any invalid request: INVALID_ARGUMENT with the
error table's code, naming the field (by its JSON name, as REST does) that would not decode.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import grpc
from google.api import annotations_pb2
from google.protobuf import message_factory
from google.protobuf.descriptor import Descriptor, FieldDescriptor, ServiceDescriptor
from google.protobuf.message import DecodeError, Message

from csemonitor.core.errors import INVALID_QUERY, INVALID_UPLOAD, ApiError, to_status

log = logging.getLogger(__name__)

_VARINT, _FIXED64, _LENGTH_DELIMITED, _FIXED32 = 0, 1, 2, 5


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if at >= len(data) or shift > 63:
            raise DecodeError("truncated varint")
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, at
        shift += 7


def _fields(data: bytes):
    """(field number, payload or None) of each field on the wire."""
    at = 0
    while at < len(data):
        tag, at = _varint(data, at)
        number, wire_type = tag >> 3, tag & 7
        if wire_type == _VARINT:
            _, at = _varint(data, at)
            yield number, None
        elif wire_type in (_FIXED64, _FIXED32):
            at += 8 if wire_type == _FIXED64 else 4
            yield number, None
        elif wire_type == _LENGTH_DELIMITED:
            size, at = _varint(data, at)
            yield number, data[at : at + size]
            at += size
        else:
            raise DecodeError(f"unsupported wire type {wire_type}")
        if at > len(data):
            raise DecodeError("truncated field")


# protobuf decodes at most this many nested messages (its recursion limit).
_PROTOBUF_DEPTH = 100


def undecodable_field(
    descriptor: Descriptor, data: bytes, path: str = "", depth: int = 1, whole: bool = False
) -> str | None:
    """The JSON path of the field that keeps these bytes from decoding (None when no field
    explains it): bytes that are not fields, text that is not UTF-8, or nesting past protobuf's
    limit. A free-form value (google.protobuf.*) is named as a whole (`whole`)."""
    if depth > _PROTOBUF_DEPTH:
        return path
    try:
        fields = list(_fields(data))
    except DecodeError:
        return path
    repeated_index: dict[int, int] = {}
    for number, payload in fields:
        field = descriptor.fields_by_number.get(number)
        if field is None or payload is None:
            continue
        where = path
        if not whole:
            name = field.json_name
            if field.is_repeated:
                index = repeated_index.get(number, 0)
                repeated_index[number] = index + 1
                name = f"{name}[{index}]"
            where = f"{path}.{name}" if path else name
        if field.type == FieldDescriptor.TYPE_STRING:
            try:
                payload.decode()
            except UnicodeDecodeError:
                return where
        elif field.type == FieldDescriptor.TYPE_MESSAGE:
            inner_whole = whole or field.message_type.full_name.startswith("google.protobuf.")
            found = undecodable_field(field.message_type, payload, where, depth + 1, inner_whole)
            if found is not None:
                return found
    return None


def _request_decoder(
    request_class: type[Message], body_field: str, method: str
) -> Callable[[bytes], Message]:
    kind = INVALID_UPLOAD if body_field else INVALID_QUERY
    prefix = f"{body_field}." if body_field else ""

    def decode(data: bytes) -> Message:
        try:
            return request_class.FromString(data)
        except DecodeError:
            field = undecodable_field(request_class.DESCRIPTOR, data) or ""
            field = field.removeprefix(prefix) if field != body_field else field
            log.info("%s refused: undecodable request (field %r)", method, field)
            description = (
                "does not decode: nested deeper than protobuf allows, or not a "
                f"{request_class.DESCRIPTOR.full_name}"
            )
            raise ApiError(kind, description, field or "body") from None

    return decode


def _body_field(method) -> str:
    """The request field a REST body fills (google.api.http `body`): refusals name fields
    relative to it, as the REST gateway does."""
    options = method.GetOptions()
    if not options.HasExtension(annotations_pb2.http):
        return ""
    return options.Extensions[annotations_pb2.http].body


def method_handlers(servicer: object, service: ServiceDescriptor) -> grpc.GenericRpcHandler:
    """Every unary method of the service, taking raw bytes and decoding them itself."""
    handlers = {}
    for method in service.methods:
        request_class = message_factory.GetMessageClass(method.input_type)
        response_class = message_factory.GetMessageClass(method.output_type)
        decode = _request_decoder(request_class, _body_field(method), method.name)
        behaviour = getattr(servicer, method.name)
        handlers[method.name] = grpc.unary_unary_rpc_method_handler(
            _decoding(behaviour, decode),
            request_deserializer=None,
            response_serializer=response_class.SerializeToString,
        )
    return grpc.method_handlers_generic_handler(service.full_name, handlers)


def _decoding(behaviour, decode: Callable[[bytes], Message]):
    async def handle(data: bytes, context: grpc.aio.ServicerContext):
        try:
            request = decode(data)
        except ApiError as error:
            await context.abort_with_status(to_status(error))
        return await behaviour(request, context)

    return handle
