"""The settings, grouped by concern and composed per process: ServerSettings and
GatewaySettings each hold and validate only their own (core.config reads them).

Every field `foo_bar` is the key `foo_bar` of the TOML config file (`--config` or
CSEMONITOR_CONFIG), is read from `CSEMONITOR_FOO_BAR` over it, and is overridden by `--foo-bar`.
Durations accept `500ms`, `60s`, `15m`, `12h`, `7d` or a plain number of seconds; sizes accept
`1048576`, `512KiB` or `1MiB`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from csemonitor.core.wire import MAX_VALUE_DEPTH

ENV_PREFIX = "CSEMONITOR_"
CONFIG_ENV = "CSEMONITOR_CONFIG"  # the config file, when no --config names one
SHUTDOWN_GRACE_SECONDS = 10.0  # how long either process's graceful stop waits for calls
TENANT_POLICIES = ("strict", "compat")
SQLITE_SYNC_MODES = ("FULL", "NORMAL", "EXTRA")
STORES = ("sqlite", "remote")

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_DURATION_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}
_SIZE = re.compile(r"^\s*(\d+)\s*(B|KiB|MiB|GiB)?\s*$")
_SIZE_UNITS = {"B": 1, "KiB": 1024, "MiB": 1024**2, "GiB": 1024**3, None: 1}


AnySettings = TypeVar("AnySettings", "ServerSettings", "GatewaySettings")


def parse_duration(text: str) -> float:
    """Seconds in a duration such as `60s`, `7d` or `250ms`."""
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"not a duration: {text!r} (use e.g. 500ms, 60s, 15m, 12h, 7d)")
    return float(match.group(1)) * _DURATION_UNITS[match.group(2)]


def parse_size(text: str) -> int:
    """Bytes in a size such as `1048576` or `1MiB`."""
    match = _SIZE.match(text)
    if not match:
        raise ValueError(f"not a size: {text!r} (use e.g. 1048576, 512KiB, 1MiB)")
    return int(match.group(1)) * _SIZE_UNITS[match.group(2)]


def _duration(default: float, help_text: str) -> Any:
    return field(default=default, metadata={"parse": parse_duration, "help": help_text})


def _size(default: int, help_text: str) -> Any:
    return field(default=default, metadata={"parse": parse_size, "help": help_text})


def _plain(default: object, help_text: str, choices: Sequence[str] | None = None) -> Any:
    return field(default=default, metadata={"help": help_text, "choices": choices})


class _Checked:
    """Base of the settings groups: each group may define `check(self)`, run at construction."""

    def __post_init__(self) -> None:
        for cls in type(self).__mro__:
            check = cls.__dict__.get("check")
            if check is not None:
                check(self)


@dataclass(frozen=True)
class LogSettings(_Checked):
    """Logging (both processes)."""

    log_level: str = _plain("INFO", "log level")
    log_repeat_interval: float = _duration(
        30.0, "a failure or refusal that repeats: logged in full once, then counted this often"
    )


@dataclass(frozen=True)
class TlsSettings(_Checked):
    """TLS of a process's own listener (both processes)."""

    tls_cert: str = _plain("", "certificate (PEM) of the listener; turns TLS on")
    tls_key: str = _plain("", "private key (PEM) of tls_cert")


@dataclass(frozen=True)
class LimitSettings(_Checked):
    """Bounds both processes apply: body size, nesting, requests at once."""

    max_body_bytes: int = _size(1024 * 1024, "largest accepted request body / gRPC message")
    max_value_depth: int = _plain(
        MAX_VALUE_DEPTH,
        f"deepest nesting of free-form JSON (memory, customs ...), at most {MAX_VALUE_DEPTH}",
    )
    max_in_flight: int = _plain(1024, "requests handled at once per process before 429")

    def check(self) -> None:
        if not 1 <= self.max_value_depth <= MAX_VALUE_DEPTH:
            # Deeper values cannot cross gRPC: protobuf decodes at most 100 nested messages.
            raise ValueError(f"max_value_depth must be 1..{MAX_VALUE_DEPTH}")


@dataclass(frozen=True)
class GrpcAddressSettings(_Checked):
    """Where the gRPC server listens (the gateway's default target too)."""

    grpc_host: str = _plain("127.0.0.1", "address the gRPC server listens on")
    grpc_port: int = _plain(50051, "port of the gRPC server (0: any free port)")


@dataclass(frozen=True)
class ServerListenSettings(GrpcAddressSettings):
    """The gRPC server's listeners: gRPC (mutual TLS optional) and its own metrics."""

    grpc_client_ca: str = _plain("", "CA (PEM) the gRPC listener requires client certificates from")
    grpc_socket: str = _plain(
        "", "also listen on this Unix domain socket (plain: for a gateway on the same machine)"
    )
    metrics_host: str = _plain("127.0.0.1", "address of the gRPC server's metrics endpoint")
    metrics_port: int = _plain(9464, "port of the gRPC server's /metrics (0: any, -1: off)")


@dataclass(frozen=True)
class StoreSettings(_Checked):
    """Where uploads are stored: the embedded SQLite file or a Prometheus-compatible TSDB."""

    store: str = _plain(
        "sqlite", "sqlite (embedded) or remote (a Prometheus-compatible TSDB)", STORES
    )
    data_dir: str = _plain("./data", "directory of the embedded SQLite store")
    sqlite_synchronous: str = _plain(
        "FULL",
        "SQLite synchronous mode: FULL survives power loss, NORMAL only crashes",
        SQLITE_SYNC_MODES,
    )
    sqlite_max_size: int = _size(
        0, "largest size of the SQLite store (0: no cap); when full, uploads are 503"
    )
    sqlite_on_corrupt: str = _plain(
        "refuse",
        "a store file that is damaged or not a SQLite database: refuse to start, or move-aside "
        "and start empty",
        ("refuse", "move-aside"),
    )
    sqlite_check: str = _plain(
        "quick",
        "at start-up, check every page of the store file (quick: SQLite's quick_check, about "
        "1 s a GB cached, a disk read cold), or off",
        ("quick", "off"),
    )
    retention: float = _duration(7 * 86400, "how long metrics (one-minute roll-ups) are kept")
    raw_retention: float = _duration(6 * 3600, "how long raw samples (every upload) are kept")
    max_pending_writes: int = _plain(10000, "uploads waiting for a commit before 503")
    remote_write_url: str = _plain("", "remote store: full remote-write URL (.../api/v1/write)")
    query_url: str = _plain("", "remote store: prefix before /api/v1/query (e.g. http://vm:8428)")
    remote_authorization: str = _plain("", "remote store: Authorization header value to send")
    remote_tenant: str = _plain("", "remote store: tenant (Mimir/Cortex style), sent as below")
    remote_tenant_header: str = _plain("X-Scope-OrgID", "remote store: header carrying the tenant")
    remote_timeout: float = _duration(5, "remote store: time a write (with retries) or query has")
    remote_lookback: float = _duration(
        3600, "remote store: how far back instances are known and latest values are looked for"
    )
    remote_max_series_per_hour: int = _plain(
        5_000_000,
        "remote store: most series one tenant may write in an hour, per replica (0: no limit)",
    )
    remote_replica: str = _plain(
        "",
        "remote store: this replica's name in the TSDB, stable across restarts (default: "
        "host name:gRPC port)",
    )

    def check(self) -> None:
        if self.store == "remote" and not (self.remote_write_url and self.query_url):
            raise ValueError("store=remote needs remote_write_url and query_url")

    @property
    def remote_headers(self) -> dict[str, str]:
        """Headers sent with every remote write and query."""
        headers = {}
        if self.remote_authorization:
            headers["Authorization"] = self.remote_authorization
        if self.remote_tenant:
            headers[self.remote_tenant_header] = self.remote_tenant
        return headers


@dataclass(frozen=True)
class IngestSettings(_Checked):
    """Who may upload what: tenancy, tokens, upload shape and rate, the live window."""

    tenant_headers: str = _plain(
        "compat",
        "compat: a missing x-domain-name is `default`, a missing x-project-id the path's "
        "project_id (real clients send neither); strict: both required",
        TENANT_POLICIES,
    )
    auth_tokens: str = _plain("", "JSON file {token: {domain, project}}; turns authentication on")
    live_window: float = _duration(60, "an instance counts as live if it reported within this")
    max_interfaces: int = _plain(1000, "most interfaces in one upload")
    max_string_length: int = _plain(1024, "longest accepted name, id or description")
    max_services_per_tenant: int = _plain(
        1000, "most services a tenant may have (a new one beyond: 422 METRIC_LIMIT_EXCEEDED)"
    )
    max_interfaces_per_service: int = _plain(
        2000, "most interfaces a service may have, known over the retention"
    )
    max_instances_per_service: int = _plain(
        5000, "most instances a service may have, known over the retention"
    )
    alertmanager_url: str = _plain(
        "", "Alertmanager to post threshold breaches to (e.g. http://alertmanager:9093; off)"
    )
    threshold_interval: float = _duration(
        10, "how often every service is evaluated against its thresholds (and alerts posted)"
    )
    tenant_rate: float = _plain(0.0, "uploads per second per tenant before 429 (0: no limit)")
    tenant_burst: float = _plain(
        0.0, "uploads a tenant may send at once (default: 2 s of its rate)"
    )


@dataclass(frozen=True)
class GatewayListenSettings(_Checked):
    """The REST gateway's listener and how long it waits for its clients."""

    http_host: str = _plain("127.0.0.1", "address the REST gateway listens on")
    http_port: int = _plain(8080, "port of the REST gateway (0: any free port)")
    header_timeout: float = _duration(10, "time a client has to send a request's headers")
    body_timeout: float = _duration(30, "time a client has to send a request's body")
    keep_alive_timeout: float = _duration(5, "idle time before a kept-alive connection is closed")
    write_timeout: float = _duration(
        10, "time a client may stop reading a response (a stream) before it is closed"
    )
    max_streams: int = _plain(100, "Hystrix streams open at once per gateway before 503")
    max_streams_per_tenant: int = _plain(10, "Hystrix streams one tenant may hold before 429")


@dataclass(frozen=True)
class UpstreamSettings(GrpcAddressSettings):
    """The gateway's channel to the gRPC server."""

    grpc_target: str = _plain(
        "", "where the gateway finds the gRPC server (default: grpc host:port)"
    )
    grpc_deadline: float = _duration(10, "deadline of each gateway-to-server call")
    grpc_target_ca: str = _plain("", "CA (PEM) the gateway verifies the gRPC server with; TLS on")
    grpc_target_cert: str = _plain("", "the gateway's client certificate (PEM) for mutual TLS")
    grpc_target_key: str = _plain("", "private key (PEM) of grpc_target_cert")
    grpc_target_name: str = _plain("", "name the gRPC server's certificate is checked against")

    @property
    def effective_grpc_target(self) -> str:
        return self.grpc_target or f"{self.grpc_host}:{self.grpc_port}"


@dataclass(frozen=True)
class ServerSettings(
    IngestSettings, StoreSettings, ServerListenSettings, LimitSettings, TlsSettings, LogSettings
):
    """Every setting of the gRPC server (`python -m csemonitor.server`)."""

    PROCESS = "server"

    def replace(self, **changes: Any) -> ServerSettings:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class GatewaySettings(
    GatewayListenSettings, UpstreamSettings, LimitSettings, TlsSettings, LogSettings
):
    """Every setting of the REST gateway (`python -m csemonitor.gateway`)."""

    PROCESS = "gateway"

    def replace(self, **changes: Any) -> GatewaySettings:
        return dataclasses.replace(self, **changes)
