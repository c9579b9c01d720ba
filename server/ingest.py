"""Validation and normalisation of an upload, the same for both protocols.

What the gateway cannot translate (bad JSON, a string where a number goes) is refused there;
everything else about an upload is decided here, so a gRPC client is treated exactly as a REST one.
"""

from __future__ import annotations

import operator
from collections.abc import Mapping
from dataclasses import dataclass

from google.protobuf import struct_pb2

from csemonitor.core.errors import INVALID_UPLOAD, ErrorKind, invalid
from csemonitor.core.figures import FREE_FORM_FIELDS
from csemonitor.core.histogram import problem as histogram_problem
from csemonitor.core.upload import Upload
from csemonitor.core.wire import ENVIRONMENT_HEADER, has_control_characters
from csemonitor.server.dialects import read_interfaces, recognise
from csemonitor.v2 import metric_pb2

_FIELDS = metric_pb2.MetricData.DESCRIPTOR.fields_by_name
# (proto name, JSON name) pairs, looked up once rather than on every upload.
_IDENTITY_FIELDS = tuple(
    (name, _FIELDS[name].json_name)
    for name in (
        "name",
        "app_id",
        "version",
        "service_id",
        "instance",
        "instance_id",
        "environment",
    )
)
_FREE_FORM_FIELDS = tuple((name, _FIELDS[name].json_name) for name in FREE_FORM_FIELDS)
_identity = operator.attrgetter(*(name for name, _ in _IDENTITY_FIELDS))
_name_and_desc = operator.attrgetter("name", "desc")
_IDENTITY_JSON_NAMES = tuple(json_name for _, json_name in _IDENTITY_FIELDS)
# The JSON kinds each loosely typed field may hold (unset or null is always fine), and how a
# refusal says so.
_NUMBER_OR_TEXT = (("number_value", "string_value", "null_value"), "must be a number or text")
_OBJECT_OR_TEXT = (("struct_value", "string_value", "null_value"), "must be an object or text")
_LOOSE_FIELDS = {"cpu": _NUMBER_OR_TEXT, "thread": _NUMBER_OR_TEXT, "memory": _OBJECT_OR_TEXT}


@dataclass(frozen=True)
class Limits:
    """Bounds on what one upload may hold."""

    max_interfaces: int
    max_string_length: int
    max_value_depth: int


def normalize_upload(
    request: metric_pb2.UploadMetricRequest,
    received_ms: int,
    limits: Limits,
    metadata: Mapping[str, str],
) -> Upload:
    """The normalised upload of a valid request; raises ApiError otherwise.

    The request's own message is normalised in place (no copy). Normalising recognises the
    client family and turns its figures into true ones (server.dialects), merges the aliases
    (`threadCount` into `thread`, `isCircuitBreakerOpen` into `circuitBreakerOpen`), takes the
    environment from java-chassis 2.x's `environment` header when the body has none, and stamps
    each interface's `time` with the receive time when absent.
    """
    metric = request.metric
    service = request.service or metric.name
    if not service:
        raise invalid("service", "no service name: neither ?service= nor the body's name")
    check_service(service, limits)
    _check_texts(_IDENTITY_JSON_NAMES, _identity(metric), limits)
    for name, (kinds, refusal) in _LOOSE_FIELDS.items():
        if metric.HasField(name):
            _check_value(name, getattr(metric, name), kinds, refusal, limits)
    for name, json_name in _FREE_FORM_FIELDS:
        if metric.HasField(name):
            _check_depth(json_name, getattr(metric, name), limits.max_value_depth)
    if len(metric.interfaces) > limits.max_interfaces:
        raise invalid("interfaces", f"more than {limits.max_interfaces} interfaces")
    environment = metadata.get(ENVIRONMENT_HEADER, "")
    if environment and not metric.environment:
        check_text(ENVIRONMENT_HEADER, environment, limits)
        metric.environment = environment
    client = recognise(metadata, metric)
    interfaces = metric.interfaces
    _check_texts(
        _interface_text_fields,
        [text for interface in interfaces for text in _name_and_desc(interface)],
        limits,
    )
    for i, interface in enumerate(interfaces):
        if interface.HasField("latency_histogram"):
            why = histogram_problem(interface.latency_histogram)
            if why:
                raise invalid(f"interfaces[{i}].latencyHistogram", why)
        if interface.time == 0:
            interface.time = received_ms
        if interface.HasField("is_circuit_breaker_open"):
            interface.circuit_breaker_open |= interface.is_circuit_breaker_open
            interface.ClearField("is_circuit_breaker_open")
    if metric.HasField("thread_count"):
        if not metric.HasField("thread") or metric.thread.WhichOneof("kind") == "null_value":
            metric.thread.number_value = metric.thread_count
        metric.ClearField("thread_count")
    readings, values = read_interfaces(client, metric)
    return Upload(service, metric, received_ms, client, readings, values)


def _check_length(field: str, value: str, limits: Limits, kind: ErrorKind = INVALID_UPLOAD) -> None:
    if len(value) > limits.max_string_length:
        raise invalid(field, f"longer than {limits.max_string_length} characters", kind)


def _interface_text_fields(count: int) -> list[str]:
    return [f"interfaces[{i // 2}].{('name', 'desc')[i % 2]}" for i in range(count)]


def _check_texts(fields, values, limits: Limits) -> None:
    """Names and descriptions, checked together in a few C calls; one at a time, to name the
    field, only when something is wrong. `fields`: their names, or a function of their number
    that makes them (then only when something is wrong)."""
    if not values:
        return
    if max(map(len, values)) > limits.max_string_length or has_control_characters("".join(values)):
        names = fields(len(values)) if callable(fields) else fields
        for field, value in zip(names, values, strict=True):
            check_text(field, value, limits)


def check_text(field: str, value: str, limits: Limits, kind: ErrorKind = INVALID_UPLOAD) -> None:
    """A name or description: bounded, and readable back on every route (no control
    characters, which no client's names hold)."""
    _check_length(field, value, limits, kind)
    if has_control_characters(value):
        raise invalid(field, "must not contain control characters", kind)


def check_service(
    service: str, limits: Limits, field: str = "service", kind: ErrorKind = INVALID_UPLOAD
) -> None:
    """A service name must be one that reads can name: `?service=a,b` lists names separated by
    commas, each stripped of blanks (core.wire.service_names)."""
    check_text(field, service, limits, kind)
    if "," in service or service != service.strip():
        raise invalid(field, "must not contain commas or begin or end with blanks", kind)


def _check_value(
    field: str, value: struct_pb2.Value, kinds: tuple[str, ...], refusal: str, limits: Limits
) -> None:
    kind = value.WhichOneof("kind")
    if kind is None:
        return
    if kind not in kinds:
        raise invalid(field, refusal)
    if kind == "string_value":
        _check_length(field, value.string_value, limits)
    _check_depth(field, value, limits.max_value_depth)


def _check_depth(field: str, value: struct_pb2.Value, max_depth: int) -> None:
    """Free-form JSON may nest at most max_depth levels (bounded work, bounded storage)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > max_depth:
            raise invalid(field, f"nested deeper than {max_depth} levels")
        kind = item.WhichOneof("kind")
        if kind == "struct_value":
            stack.extend((child, depth + 1) for child in item.struct_value.fields.values())
        elif kind == "list_value":
            stack.extend((child, depth + 1) for child in item.list_value.values)
