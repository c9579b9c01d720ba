"""Token authentication (off unless CSEMONITOR_AUTH_TOKENS names a token file).

Each token may write and read exactly one tenant. A token comes as `X-Auth-Token` (the CSE API's
header) or `Authorization: Bearer`, on HTTP and as gRPC metadata alike. Tokens are looked up by
their SHA-256 digest and compared with hmac.compare_digest, so neither the lookup nor the check
takes time that depends on the secret, and no token is ever logged.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from pathlib import Path

import grpc

from csemonitor.core.errors import UNAUTHORIZED, ApiError, to_status
from csemonitor.core.tenant import Tenant
from csemonitor.core.wire import AUTH_TOKEN_HEADER, AUTHORIZATION_HEADER

# Health answers without a token, so load balancers and orchestrators can probe it.
OPEN_METHOD_PREFIXES = ("/grpc.health.v1.Health/",)


def presented_token(metadata: Mapping[str, str]) -> str:
    """The token a call carries, or an empty string."""
    token = metadata.get(AUTH_TOKEN_HEADER, "")
    if not token:
        scheme, _, value = metadata.get(AUTHORIZATION_HEADER, "").partition(" ")
        if scheme.lower() == "bearer":
            token = value.strip()
    return token


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


class Authenticator:
    """Maps tokens to the one tenant each may use."""

    def __init__(self, tenants_by_token: Mapping[str, Tenant]) -> None:
        self._tenants = {_digest(token): tenant for token, tenant in tenants_by_token.items()}

    @classmethod
    def from_file(cls, path: str) -> Authenticator:
        """Read `{"<token>": {"domain": "...", "project": "..."}, ...}`; ValueError if malformed."""
        try:
            data = json.loads(Path(path).read_text())
        except (OSError, ValueError) as exc:
            raise ValueError(f"auth token file {path}: {exc.__class__.__name__}") from None
        if not isinstance(data, dict) or not data:
            raise ValueError(f"auth token file {path}: expected a non-empty JSON object")
        tenants = {}
        for index, (token, scope) in enumerate(data.items()):
            if not (
                isinstance(token, str)
                and token
                and isinstance(scope, dict)
                and isinstance(scope.get("domain"), str)
                and scope["domain"]
                and isinstance(scope.get("project"), str)
                and scope["project"]
            ):
                raise ValueError(
                    f"auth token file {path}: entry {index + 1} needs a token and "
                    '{"domain": "...", "project": "..."}'
                )
            tenants[token] = Tenant(scope["domain"], scope["project"])
        return cls(tenants)

    def tenant_for(self, metadata: Mapping[str, str]) -> Tenant:
        """The tenant the call's token grants; ApiError 401 when it has none or an unknown one."""
        token = presented_token(metadata)
        if not token:
            raise ApiError(UNAUTHORIZED, "no token: send X-Auth-Token or Authorization: Bearer")
        digest = _digest(token)
        for known, tenant in self._tenants.items():
            if hmac.compare_digest(known, digest):
                return tenant
        raise ApiError(UNAUTHORIZED, "unknown token")


class AuthInterceptor(grpc.aio.ServerInterceptor):
    """Refuses, with UNAUTHENTICATED, every call but health that carries no known token."""

    def __init__(self, authenticator: Authenticator) -> None:
        self._authenticator = authenticator

    async def intercept_service(self, continuation, handler_call_details):
        handler = await continuation(handler_call_details)
        if handler is None or handler_call_details.method.startswith(OPEN_METHOD_PREFIXES):
            return handler
        try:
            self._authenticator.tenant_for(dict(handler_call_details.invocation_metadata or ()))
        except ApiError as error:
            return _refusing(handler, error)
        return handler


def _refusing(handler: grpc.RpcMethodHandler, error: ApiError) -> grpc.RpcMethodHandler:
    async def refuse(_request, context: grpc.aio.ServicerContext):
        await context.abort_with_status(to_status(error))

    kind = (
        ("stream" if handler.request_streaming else "unary")
        + "_"
        + ("stream" if handler.response_streaming else "unary")
    )
    return handler._replace(**{kind: refuse})
