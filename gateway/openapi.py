"""The OpenAPI document of the REST side, derived from the proto's descriptors and bindings."""

from __future__ import annotations

from typing import Any

from google.protobuf.descriptor import Descriptor, FieldDescriptor

from csemonitor.core.errors import ERROR_TABLE
from csemonitor.core.wire import DOMAIN_HEADER, MAX_PROJECT_ID_LENGTH, PROJECT_HEADER
from csemonitor.gateway.bindings import HttpBinding

_VALUE = "google.protobuf.Value"
_SCALARS: dict[int, dict[str, Any]] = {
    FieldDescriptor.TYPE_DOUBLE: {
        "oneOf": [
            {"type": "number"},
            {"type": "string", "description": "numeric text, NaN, Infinity"},
        ]
    },
    FieldDescriptor.TYPE_FLOAT: {"type": "number"},
    FieldDescriptor.TYPE_INT64: {
        "oneOf": [
            {"type": "integer", "format": "int64"},
            {"type": "string", "pattern": "^-?[0-9]+$"},
        ]
    },
    FieldDescriptor.TYPE_UINT64: {
        "oneOf": [
            {"type": "integer", "format": "int64", "minimum": 0},
            {"type": "string", "pattern": "^[0-9]+$"},
        ]
    },
    FieldDescriptor.TYPE_INT32: {"type": "integer", "format": "int32"},
    FieldDescriptor.TYPE_SINT32: {"type": "integer", "format": "int32"},
    FieldDescriptor.TYPE_BOOL: {"type": "boolean"},
    FieldDescriptor.TYPE_STRING: {"type": "string"},
}
_ERROR_SCHEMA = {
    "type": "object",
    "required": ["error_code", "error_message"],
    "properties": {
        "error_code": {"type": "string", "enum": sorted({k.error_code for k in ERROR_TABLE})},
        "error_message": {"type": "string"},
    },
    "additionalProperties": False,
}
TENANT_HEADERS = (DOMAIN_HEADER, PROJECT_HEADER)


def _ref(descriptor: Descriptor) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{descriptor.name}"}


# What a field means where its name does not say it (shown in the document's schemas).
_MEANINGS = {
    "csemonitor.v2.MetricThreshold.throughput": "calls per second, qps summed over the service's "
    "live instances: a ceiling (breached above it), the load the service is sized for",
    "csemonitor.v2.MetricThreshold.avg_delay": "mean latency over live instances, ms: a ceiling",
    "csemonitor.v2.MetricThreshold.failure_rate": "error percentage 0..100: a ceiling",
}


def _field_schema(field: FieldDescriptor, schemas: dict[str, Any]) -> dict[str, Any]:
    schema = _plain_field_schema(field, schemas)
    if field.full_name in _MEANINGS:
        schema = {**schema, "description": _MEANINGS[field.full_name]}
    return schema


def _plain_field_schema(field: FieldDescriptor, schemas: dict[str, Any]) -> dict[str, Any]:
    if field.type == FieldDescriptor.TYPE_MESSAGE:
        if field.message_type.full_name == _VALUE:
            schema: dict[str, Any] = {"description": "any JSON value"}
        else:
            _add_schema(field.message_type, schemas)
            schema = _ref(field.message_type)
    else:
        schema = dict(_SCALARS[field.type])
    if field.is_repeated:
        return {"type": "array", "items": schema}
    if field.type != FieldDescriptor.TYPE_MESSAGE or field.message_type.full_name != _VALUE:
        schema = {"anyOf": [schema, {"type": "null"}]}
    return schema


def _add_schema(descriptor: Descriptor, schemas: dict[str, Any]) -> None:
    if descriptor.name in schemas:
        return
    schemas[descriptor.name] = {}  # placeholder against recursion
    schemas[descriptor.name] = {
        "type": "object",
        "properties": {f.json_name: _field_schema(f, schemas) for f in descriptor.fields},
    }


def _error_responses(*statuses: int) -> dict[str, Any]:
    rows = {k.http_status: k for k in ERROR_TABLE}
    return {
        str(status): {
            "description": rows[status].error_message,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        }
        for status in statuses
    }


def _operation(binding: HttpBinding, schemas: dict[str, Any]) -> dict[str, Any]:
    method = binding.method
    parameters = [
        {
            "name": name,
            "in": "path",
            "required": True,
            "schema": {"type": "string", "minLength": 1, "maxLength": MAX_PROJECT_ID_LENGTH},
        }
        for name in binding.path_params
    ]
    for field in binding.query_fields:
        parameters.append(
            {
                "name": field.json_name,
                "in": "query",
                "required": False,
                "schema": dict(_SCALARS[field.type]),
            }
        )
    parameters += [
        {
            "name": name,
            "in": "header",
            "required": False,
            "schema": {"type": "string"},
            "description": "tenant; required under the strict tenant-header policy",
        }
        for name in TENANT_HEADERS
    ]
    ok: dict[str, Any]
    answered = method.output_type.fields_by_name.get(binding.response_body)
    if answered is not None and answered.message_type is not None:  # a repeated field: an array
        _add_schema(answered.message_type, schemas)
        array = {"type": "array", "items": _ref(answered.message_type)}
        ok = {"content": {"application/json": {"schema": array}}}
    elif binding.response_body:
        ok = {"content": {"text/plain": {"schema": {"type": "string", "enum": ["upload ok"]}}}}
    else:
        _add_schema(method.output_type, schemas)
        ok = {"content": {"application/json": {"schema": _ref(method.output_type)}}}
    operation: dict[str, Any] = {
        "operationId": f"{method.name}_{binding.verb.lower()}_{len(binding.path_params)}"
        if binding.path_params
        else f"{method.name}_legacy",
        "summary": method.name,
        "parameters": parameters,
        "responses": {"200": {"description": "OK", **ok}},
    }
    if binding.body:
        body_field = method.input_type.fields_by_name[binding.body]
        _add_schema(body_field.message_type, schemas)
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": _ref(body_field.message_type)}},
        }
        operation["responses"].update(_error_responses(400, 413, 415, 503))
    else:
        operation["responses"].update(_error_responses(400, 503))
    return operation


def openapi_document(bindings: list[HttpBinding], title: str, version: str) -> dict[str, Any]:
    """OpenAPI 3.1 for the bindings."""
    schemas: dict[str, Any] = {"Error": _ERROR_SCHEMA}
    paths: dict[str, Any] = {}
    for binding in bindings:
        paths.setdefault(binding.path, {})[binding.verb.lower()] = _operation(binding, schemas)
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": version},
        "paths": paths,
        "components": {"schemas": schemas},
    }
