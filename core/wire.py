"""The wire contract both processes share: header names and defaults, the HTTP headers the
gateway passes on as gRPC metadata (an explicit allow-list, as grpc-gateway does), value checks,
and the limits that size a message."""

from __future__ import annotations

import re

from csemonitor.v2 import metric_pb2

# The gRPC service, as health checks and reflection name it.
SERVICE_NAME = metric_pb2.DESCRIPTOR.services_by_name["MetricService"].full_name
DEFAULT_DOMAIN = "default"  # a missing x-domain-name, under the compat policy
DEFAULT_PROJECT = "default"  # the project of a path without {project_id} (the legacy path)
MAX_PROJECT_ID_LENGTH = 64  # the document's rule for the path's {project_id}
# Framing and metadata around the largest accepted body, in a gRPC message.
GRPC_MESSAGE_OVERHEAD = 64 * 1024
MAX_RESPONSE_BYTES = 64 * 1024 * 1024  # the largest answer either side accepts
# Nesting of free-form values: protobuf decodes at most 100 nested messages, and each JSON level
# is up to three (Value, Struct, its map entry): 32 levels stay decodable across gRPC.
MAX_VALUE_DEPTH = 32

DOMAIN_HEADER = "x-domain-name"
PROJECT_HEADER = "x-project-id"
AUTH_TOKEN_HEADER = "x-auth-token"
AUTHORIZATION_HEADER = "authorization"
REQUEST_ID_HEADER = "x-request-id"
# Headers that tell a client family apart (server.dialects): java-chassis 2.x sends its
# environment as a header, go-chassis sends X-User-Name.
ENVIRONMENT_HEADER = "environment"
USER_NAME_HEADER = "x-user-name"
# HTTP headers gRPC reserves for itself travel under grpc-gateway's prefix.
USER_AGENT_KEY = "grpcgateway-user-agent"
CONTENT_TYPE_KEY = "grpcgateway-content-type"  # "" when the client sent no Content-Type

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def has_control_characters(text: str) -> bool:
    """Whether text holds a C0 or C1 control character (or DEL): names never do."""
    return _CONTROL.search(text) is not None


def service_names(text: str) -> list[str]:
    """The names a `?service=a,b` (or `services=`) parameter lists: split at commas, each
    stripped of blanks, each once, sorted (a service name holds no comma: server.ingest)."""
    return sorted({name.strip() for name in text.split(",") if name.strip()})


def printable(value: str) -> bool:
    """Whether gRPC metadata can carry value (printable ASCII; HTTP also allows tabs and bytes
    0x80-0xFF, which would fail the call)."""
    return all(" " <= c <= "~" for c in value)


# HTTP header -> metadata key, for every header that crosses from the gateway to the server.
FORWARDED_HEADERS = {
    DOMAIN_HEADER: DOMAIN_HEADER,
    PROJECT_HEADER: PROJECT_HEADER,
    AUTH_TOKEN_HEADER: AUTH_TOKEN_HEADER,
    AUTHORIZATION_HEADER: AUTHORIZATION_HEADER,
    ENVIRONMENT_HEADER: ENVIRONMENT_HEADER,
    USER_NAME_HEADER: USER_NAME_HEADER,
    "user-agent": USER_AGENT_KEY,
}
