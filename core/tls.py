"""TLS credentials for the gRPC listener and for the gateway's channel to it, from settings."""

from __future__ import annotations

from pathlib import Path

import grpc

from csemonitor.core.settings import GatewaySettings, ServerSettings


def _read(path: str, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ValueError(f"{what} {path}: {exc.strerror}") from None


def server_credentials(settings: ServerSettings) -> grpc.ServerCredentials | None:
    """TLS for the gRPC listener when tls_cert is set; client certificates required when
    grpc_client_ca is set (mutual TLS)."""
    if not settings.tls_cert:
        if settings.grpc_client_ca:
            raise ValueError("grpc_client_ca needs tls_cert and tls_key")
        return None
    pair = (_read(settings.tls_key, "tls_key"), _read(settings.tls_cert, "tls_cert"))
    client_ca = (
        _read(settings.grpc_client_ca, "grpc_client_ca") if settings.grpc_client_ca else None
    )
    return grpc.ssl_server_credentials(
        [pair], root_certificates=client_ca, require_client_auth=client_ca is not None
    )


def channel_credentials(settings: GatewaySettings) -> grpc.ChannelCredentials | None:
    """TLS for the gateway's channel when grpc_target_ca is set, with the gateway's own
    certificate when grpc_target_cert is set (mutual TLS)."""
    if not settings.grpc_target_ca:
        return None
    cert = key = None
    if settings.grpc_target_cert:
        cert = _read(settings.grpc_target_cert, "grpc_target_cert")
        key = _read(settings.grpc_target_key, "grpc_target_key")
    return grpc.ssl_channel_credentials(
        root_certificates=_read(settings.grpc_target_ca, "grpc_target_ca"),
        private_key=key,
        certificate_chain=cert,
    )
