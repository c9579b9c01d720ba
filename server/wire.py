"""The wire contract both processes share: header names, and the HTTP headers the gateway passes
on as gRPC metadata (an explicit allow-list, as grpc-gateway does)."""

from __future__ import annotations

DOMAIN_HEADER = "x-domain-name"
PROJECT_HEADER = "x-project-id"
AUTH_TOKEN_HEADER = "x-auth-token"
AUTHORIZATION_HEADER = "authorization"
REQUEST_ID_HEADER = "x-request-id"
PROTOCOL_HEADER = "x-csemonitor-protocol"  # set by the gateway on the calls it forwards
# Headers that tell a client family apart (server.dialects): java-chassis 2.x sends its
# environment as a header, go-chassis sends X-User-Name.
ENVIRONMENT_HEADER = "environment"
USER_NAME_HEADER = "x-user-name"
# HTTP headers gRPC reserves for itself travel under grpc-gateway's prefix.
USER_AGENT_KEY = "grpcgateway-user-agent"
CONTENT_TYPE_KEY = "grpcgateway-content-type"  # "" when the client sent no Content-Type

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
