"""The REST routes, read from the proto's google.api.http annotations (no hand-kept list)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from google.api import annotations_pb2, http_pb2
from google.protobuf import message_factory
from google.protobuf.descriptor import FieldDescriptor, MethodDescriptor, ServiceDescriptor

_VERBS = ("get", "put", "post", "delete", "patch")
_PATH_PARAM = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


@dataclass(frozen=True)
class HttpBinding:
    """One REST route of an RPC."""

    method: MethodDescriptor
    verb: str
    path: str
    body: str
    response_body: str

    @functools.cached_property
    def request_class(self) -> type:
        """The generated class of the RPC's request message."""
        return message_factory.GetMessageClass(self.method.input_type)

    @functools.cached_property
    def path_params(self) -> tuple[str, ...]:
        return tuple(_PATH_PARAM.findall(self.path))

    @functools.cached_property
    def query_fields(self) -> tuple[FieldDescriptor, ...]:
        """Request fields a query parameter may set: scalars not taken by the path or body."""
        taken = set(self.path_params) | {self.body}
        return tuple(
            f
            for f in self.method.input_type.fields
            if f.name not in taken and f.type != FieldDescriptor.TYPE_MESSAGE and not f.is_repeated
        )


def _binding(method: MethodDescriptor, rule: http_pb2.HttpRule) -> HttpBinding:
    for verb in _VERBS:
        path = getattr(rule, verb)
        if path:
            if rule.body == "*":
                raise ValueError(f"{method.full_name}: body '*' is not supported by this gateway")
            return HttpBinding(method, verb.upper(), path, rule.body, rule.response_body)
    raise ValueError(f"{method.full_name}: http rule without a supported verb")


def http_bindings(service: ServiceDescriptor) -> list[HttpBinding]:
    """Every REST binding of every RPC of the service, additional bindings included."""
    bindings = []
    for method in service.methods:
        options = method.GetOptions()
        if not options.HasExtension(annotations_pb2.http):
            continue
        rule = options.Extensions[annotations_pb2.http]
        bindings.append(_binding(method, rule))
        bindings.extend(_binding(method, extra) for extra in rule.additional_bindings)
    return bindings
