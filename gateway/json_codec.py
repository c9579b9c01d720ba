"""JSON to proto, driven by the message descriptors (the way back is csemonitor.core.json_out).

Input follows the protobuf JSON mapping (JSON names and proto names both accepted; int64 as a
number or a decimal string; doubles as numbers, numeric strings, "NaN", "Infinity", "-Infinity";
`null` means "not set"; unknown keys ignored), with one deliberate difference: a boolean is not a
number, so `"qps": true` is refused where `json_format` would read 1.0. Every refusal names the
offending field (`interfaces[2].qps`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import cache
from typing import Any, NamedTuple

from google.protobuf import struct_pb2
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

from csemonitor.core.json_out import FLOAT_TYPES, VALUE
from csemonitor.core.wire import MAX_VALUE_DEPTH

_INTEGER_TEXT = re.compile(r"^-?\d+$")
_NUMBER_TEXT = re.compile(r"^-?\d+(\.\d+)?([eE][+-]?\d+)?$")
_SPECIAL_FLOATS = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}
_INT_RANGES = {
    FieldDescriptor.TYPE_INT64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_SINT64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_SFIXED64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_INT32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_SINT32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_SFIXED32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_UINT64: (0, 2**64 - 1),
    FieldDescriptor.TYPE_FIXED64: (0, 2**64 - 1),
    FieldDescriptor.TYPE_UINT32: (0, 2**32 - 1),
    FieldDescriptor.TYPE_FIXED32: (0, 2**32 - 1),
}


class DecodeError(ValueError):
    """A JSON value that cannot become the field it is meant for."""

    def __init__(self, field: str, description: str) -> None:
        super().__init__(f"{field}: {description}")
        self.field = field
        self.description = description


class _Bad(Exception):
    """A value that cannot become its field; the caller adds where it was."""


def _as_float(value: Any) -> float:
    """A JSON value as a double, by the protobuf JSON mapping (no booleans)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        if value in _SPECIAL_FLOATS:
            return _SPECIAL_FLOATS[value]
        if _NUMBER_TEXT.match(value):
            return float(value)
    raise _Bad("must be a number")


def _as_int(value: Any, field_type: int) -> int:
    """A JSON value as an integer of the field's type: a whole number or a decimal string."""
    if isinstance(value, bool):
        raise _Bad("must be an integer")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, str) and _INTEGER_TEXT.match(value):
        value = int(value)
    elif isinstance(value, str) and _NUMBER_TEXT.match(value) and float(value).is_integer():
        value = int(float(value))  # "1.0" and "1e3", as json_format reads them
    if not isinstance(value, int):
        raise _Bad("must be an integer")
    low, high = _INT_RANGES[field_type]
    if not low <= value <= high:
        raise _Bad("integer out of range")
    return value


def _exactly(kind: type, description: str) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if type(value) is kind:
            return value
        raise _Bad(description)

    return convert


def _scalar_converter(field: FieldDescriptor) -> Callable[[Any], Any]:
    """A converter with a fast path for values already of the field's JSON kind."""
    if field.type in FLOAT_TYPES:

        def convert_float(value: Any) -> float:
            kind = type(value)
            if kind is float:
                return value
            if kind is int:
                return float(value)
            return _as_float(value)

        return convert_float
    if field.type in _INT_RANGES:
        low, high = _INT_RANGES[field.type]

        def convert_int(value: Any) -> int:
            if type(value) is int and low <= value <= high:
                return value
            return _as_int(value, field.type)

        return convert_int
    if field.type == FieldDescriptor.TYPE_BOOL:
        return _exactly(bool, "must be true or false")
    if field.type == FieldDescriptor.TYPE_STRING:
        return _exactly(str, "must be a string")
    raise ValueError(f"{field.full_name}: unsupported field type")


def from_query_text(field: FieldDescriptor, text: str, name: str) -> Any:
    """A query parameter's text as the scalar field it sets (`true`/`false` for booleans)."""
    if field.type == FieldDescriptor.TYPE_BOOL and text in ("true", "false"):
        return text == "true"
    try:
        return _plan(field.containing_type)[field.name].convert(text)
    except _Bad as bad:
        raise DecodeError(name, str(bad)) from None


def json_depth(value: Any) -> int:
    """How deeply a JSON value nests: 1 for a scalar or an empty container (iterative: any
    depth the JSON parser accepted is measured without recursion)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return deepest


def fill_value(target: struct_pb2.Value, value: Any) -> None:
    """Any JSON value into a google.protobuf.Value."""
    if value is None:
        target.null_value = struct_pb2.NULL_VALUE
    elif isinstance(value, bool):
        target.bool_value = value
    elif isinstance(value, (int, float)):
        target.number_value = value
    elif isinstance(value, str):
        target.string_value = value
    elif isinstance(value, dict):
        target.struct_value.SetInParent()  # so that {} is kept as an empty object, not unset
        target.struct_value.update(value)
    else:
        target.list_value.SetInParent()
        target.list_value.extend(value)


_SCALAR, _VALUE_FIELD, _MESSAGE, _REPEATED_SCALAR, _REPEATED_MESSAGE = range(5)


def _not_scalar(value: Any) -> Any:
    raise AssertionError("a message field has no scalar converter")


class _Entry(NamedTuple):
    name: str
    json_name: str
    kind: int
    convert: Callable[[Any], Any]  # a scalar's (a message field's: _not_scalar)
    message_type: Descriptor | None


@cache
def _plan(descriptor: Descriptor) -> dict[str, _Entry]:
    """How each key of a JSON object fills the message (JSON names and proto names both)."""
    plan = {}
    for field in descriptor.fields:
        is_message = field.type == FieldDescriptor.TYPE_MESSAGE
        if field.is_repeated:
            kind = _REPEATED_MESSAGE if is_message else _REPEATED_SCALAR
        elif is_message:
            kind = _VALUE_FIELD if field.message_type.full_name == VALUE else _MESSAGE
        else:
            kind = _SCALAR
        entry = _Entry(
            field.name,
            field.json_name,
            kind,
            _not_scalar if is_message else _scalar_converter(field),
            field.message_type if is_message else None,
        )
        plan[field.name] = plan[field.json_name] = entry
    return plan


def _where(path: str, entry: _Entry) -> str:
    return f"{path}.{entry.json_name}" if path else entry.json_name


def _scalar_kwargs(plan: dict[str, _Entry], data: dict, path: str) -> tuple[dict, dict]:
    """An object's scalar fields converted, as constructor arguments, and its other known keys
    (for parse_into)."""
    kwargs, rest = {}, {}
    for key, value in data.items():
        entry = plan.get(key)
        if entry is None:
            continue
        if entry.kind != _SCALAR:
            rest[key] = value
        elif value is not None:
            try:
                kwargs[entry.name] = entry.convert(value)
            except _Bad as bad:
                raise DecodeError(_where(path, entry), str(bad)) from None
    return kwargs, rest


def parse_into(
    message: Message, data: Any, path: str = "", max_depth: int = MAX_VALUE_DEPTH
) -> None:
    """Fill message from a decoded JSON object; raises DecodeError naming the field.

    Free-form values (google.protobuf.Value) may nest at most max_depth levels: checked before
    they become messages, since protobuf cannot decode a message nested much deeper."""
    if type(data) is not dict:
        raise DecodeError(path or "body", "must be a JSON object")
    plan = _plan(message.DESCRIPTOR)
    for key, value in data.items():
        entry = plan.get(key)
        if entry is None or (value is None and entry.kind != _VALUE_FIELD):
            continue
        kind = entry.kind
        if kind == _SCALAR:
            try:
                setattr(message, entry.name, entry.convert(value))
            except _Bad as bad:
                raise DecodeError(_where(path, entry), str(bad)) from None
        elif kind == _VALUE_FIELD:
            if isinstance(value, (dict, list)) and json_depth(value) > max_depth:
                raise DecodeError(_where(path, entry), f"nested deeper than {max_depth} levels")
            fill_value(getattr(message, entry.name), value)
        elif kind == _MESSAGE:
            parse_into(getattr(message, entry.name), value, _where(path, entry), max_depth)
        else:
            _parse_repeated(
                getattr(message, entry.name), entry, value, _where(path, entry), max_depth
            )


def _parse_repeated(container, entry: _Entry, value: Any, path: str, max_depth: int) -> None:
    if type(value) is not list:
        raise DecodeError(path, "must be a JSON array")
    if entry.kind == _REPEATED_SCALAR:
        for index, item in enumerate(value):
            try:
                if item is None:
                    raise _Bad("null is not allowed in an array")
                container.append(entry.convert(item))
            except _Bad as bad:
                raise DecodeError(f"{path}[{index}]", str(bad)) from None
        return
    item_plan = _plan(entry.message_type)
    for index, item in enumerate(value):
        where = f"{path}[{index}]"
        if type(item) is not dict:
            message = "null is not allowed in an array" if item is None else "must be a JSON object"
            raise DecodeError(where, message)
        # The scalars in one constructor call (the hot path of every upload: an interface's
        # figures), then the few other fields one by one.
        kwargs, rest = _scalar_kwargs(item_plan, item, where)
        added = container.add(**kwargs)
        if rest:
            parse_into(added, rest, where, max_depth)
