"""Proto to JSON, as the REST gateway answers and the CLI's --json prints: every field written
(zeros included, which a dashboard needs), JSON names, int64 as JSON numbers (as the public CSE
query API does), non-finite doubles as "NaN"/"Infinity", unset optional fields omitted. It
stands on protobuf alone, so the client's CLI prints exactly what REST answers."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from google.protobuf import struct_pb2
from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message

FLOAT_TYPES = (FieldDescriptor.TYPE_DOUBLE, FieldDescriptor.TYPE_FLOAT)
VALUE = struct_pb2.Value.DESCRIPTOR.full_name


def _float_out(value: float) -> float | str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return value


def value_to_json(value: struct_pb2.Value) -> Any:
    """A google.protobuf.Value as plain JSON data."""
    kind = value.WhichOneof("kind")
    if kind == "struct_value":
        return {k: value_to_json(v) for k, v in value.struct_value.fields.items()}
    if kind == "list_value":
        return [value_to_json(v) for v in value.list_value.values]
    if kind is None or kind == "null_value":
        return None
    if kind == "number_value":
        number = value.number_value
        if number.is_integer() and abs(number) < 2**53:
            return int(number)
        return _float_out(number)
    return getattr(value, kind)


def _scalar_out(field: FieldDescriptor) -> Callable[[Any], Any]:
    return _float_out if field.type in FLOAT_TYPES else (lambda v: v)


def message_to_json(message: Message) -> dict[str, Any]:
    """A message as JSON data keyed by JSON names, with every field written."""
    out: dict[str, Any] = {}
    for field in message.DESCRIPTOR.fields:
        value = getattr(message, field.name)
        if field.is_repeated:
            if field.type == FieldDescriptor.TYPE_MESSAGE:
                out[field.json_name] = [message_to_json(item) for item in value]
            else:
                convert = _scalar_out(field)
                out[field.json_name] = [convert(item) for item in value]
        elif field.type == FieldDescriptor.TYPE_MESSAGE:
            if field.message_type.full_name == VALUE:
                out[field.json_name] = (
                    value_to_json(value) if message.HasField(field.name) else None
                )
            elif message.HasField(field.name):
                out[field.json_name] = message_to_json(value)
        elif field.has_presence and not message.HasField(field.name):
            continue
        else:
            out[field.json_name] = _scalar_out(field)(value)
    return out
