"""Settings from a config file, environment variables and flags, grouped by concern and composed
per process: ServerSettings and GatewaySettings each hold and validate only their own.

Every field `foo_bar` is the key `foo_bar` of the TOML config file (`--config` or
CSEMONITOR_CONFIG), is read from `CSEMONITOR_FOO_BAR` over it, and is overridden by `--foo-bar`.
Durations accept `500ms`, `60s`, `15m`, `12h`, `7d` or a plain number of seconds; sizes accept
`1048576`, `512KiB` or `1MiB`.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import logging
import os
import re
import sys
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import TypeVar

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


def _duration(default: float, help_text: str):
    return field(default=default, metadata={"parse": parse_duration, "help": help_text})


def _size(default: int, help_text: str):
    return field(default=default, metadata={"parse": parse_size, "help": help_text})


def _plain(default, help_text: str, choices: Sequence[str] | None = None):
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
        "a store file that is not a SQLite database: refuse to start, or move-aside and start "
        "empty",
        ("refuse", "move-aside"),
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

    def replace(self, **changes) -> ServerSettings:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class GatewaySettings(
    GatewayListenSettings, UpstreamSettings, LimitSettings, TlsSettings, LogSettings
):
    """Every setting of the REST gateway (`python -m csemonitor.gateway`)."""

    PROCESS = "gateway"

    def replace(self, **changes) -> GatewaySettings:
        return dataclasses.replace(self, **changes)


def _convert(spec: dataclasses.Field, text: str):
    parse = spec.metadata.get("parse")
    if parse is not None:
        return parse(text)
    if spec.type in ("int", int):
        return int(text)
    if spec.type in ("float", float):
        return float(text)
    choices = spec.metadata.get("choices")
    if choices:
        value = text.upper() if choices == SQLITE_SYNC_MODES else text.lower()
        if value not in choices:
            raise ValueError(f"{spec.name} must be one of {', '.join(choices)}, not {text!r}")
        return value
    return text


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def _groups(kinds: Sequence[type]) -> list[tuple[str, list[dataclasses.Field]]]:
    """The settings groups of these kinds, each with the fields it declares itself, in the
    order the kinds list them; a group two kinds share appears once."""
    groups: dict[type, list[dataclasses.Field]] = {}
    for kind in kinds:
        for spec in fields(kind):
            owner = next(
                cls
                for cls in reversed(kind.__mro__)
                if dataclasses.is_dataclass(cls) and spec.name in cls.__dataclass_fields__
            )
            if all(spec.name != known.name for known in groups.setdefault(owner, [])):
                groups[owner].append(spec)
    return [(owner.__doc__.strip().rstrip("."), specs) for owner, specs in groups.items()]


def settings_parser(*kinds: type) -> argparse.ArgumentParser:
    """The flags of these settings kinds (their union, each once, by group), `--config` first;
    what `--help` lists."""
    both = len(kinds) > 1
    parser = argparse.ArgumentParser(
        prog="csemonitor serve" if both else f"python -m csemonitor.{kinds[0].PROCESS}",
        usage="%(prog)s [--config FILE] [--SETTING VALUE ...]",
        description="Start the gRPC server and the REST gateway; every setting of both."
        if both
        else kinds[0].__doc__,
        epilog="Precedence: flags, then CSEMONITOR_* variables, then the config file, then the "
        "defaults. Durations: 500ms, 60s, 15m, 12h, 7d; sizes: 1048576, 512KiB, 1MiB.",
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help="list every setting and exit")
    parser.add_argument(
        "--config",
        dest="config",
        default=None,
        metavar="FILE",
        help=f"TOML file of settings, keys as the names below (env {CONFIG_ENV})",
    )
    for title, specs in _groups(kinds):
        group = parser.add_argument_group(title)
        for spec in specs:
            group.add_argument(
                _flag(spec.name),
                dest=spec.name,
                default=None,
                metavar="VALUE",
                help=f"{spec.metadata['help']}; default {_shown(spec)} "
                f"(env {ENV_PREFIX}{spec.name.upper()})",
            )
    return parser


def _as_duration(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds / size:g}{unit}"
    return f"{seconds * 1000:g}ms"


def _as_size(size: int) -> str:
    for unit, bytes_ in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= bytes_ and size % bytes_ == 0:
            return f"{size // bytes_}{unit}"
    return str(size)


def _shown(spec: dataclasses.Field) -> str:
    """A setting's default as a TOML value: durations and sizes in their units."""
    parse = spec.metadata.get("parse")
    if parse is parse_duration:
        return f'"{_as_duration(spec.default)}"'
    if parse is parse_size:
        return f'"{_as_size(spec.default)}"' if spec.default else "0"
    if isinstance(spec.default, str):
        return '"' + spec.default.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{spec.default:g}" if isinstance(spec.default, float) else str(spec.default)


def example_config() -> str:
    """A config file with every setting of both processes at its default, commented out:
    what `csemonitor config` prints and deploy/csemonitor.toml holds."""
    lines = [
        "# csemonitor settings (TOML): every setting of both processes, at its default.",
        "# Uncomment a line to change it. CSEMONITOR_<NAME> variables and --<name> flags",
        "# override this file; select it with --config FILE or CSEMONITOR_CONFIG=FILE.",
        "# Durations: 500ms, 60s, 15m, 12h, 7d or seconds; sizes: 1048576, 512KiB, 1MiB.",
    ]
    for title, specs in _groups((ServerSettings, GatewaySettings)):
        lines += ["", f"## {title}"]
        for spec in specs:
            lines += [f"# {spec.metadata['help']}", f"#{spec.name} = {_shown(spec)}"]
    return "\n".join(lines) + "\n"


def read_config(path: str) -> dict[str, object]:
    """The settings a TOML file holds, top-level keys named as the settings (`http_port =
    8080`); raises ValueError naming the file and what is wrong."""
    try:
        with open(path, "rb") as source:
            data = tomllib.load(source)
    except OSError as exc:
        raise ValueError(f"config file {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"config file {path}: not valid TOML: {exc}") from None
    known = {spec.name for kind in (ServerSettings, GatewaySettings) for spec in fields(kind)}
    for key, value in data.items():
        if isinstance(value, dict):
            raise ValueError(f"config file {path}: [{key}]: settings are top-level keys, no tables")
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise ValueError(f"config file {path}: unknown setting {key!r}{hint}")
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise ValueError(f"config file {path}: {key} must be a string or a number")
    return data


def _convert_from(where: str, spec: dataclasses.Field, text: str):
    try:
        return _convert(spec, text)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None


def load_settings(
    kind: type[AnySettings],
    argv: Sequence[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> AnySettings:
    """A process's settings (ServerSettings, GatewaySettings): the defaults, then the config
    file (`--config` or CSEMONITOR_CONFIG), then the environment, then command-line flags;
    raises ValueError naming where a bad value came from. Settings of the other process are
    ignored (`make run` passes every flag and the one file to both)."""
    environ = os.environ if environ is None else environ
    args, _unknown = settings_parser(kind).parse_known_args(argv if argv is not None else [])
    path = args.config or environ.get(CONFIG_ENV, "")
    from_file = read_config(path) if path else {}
    values = {}
    for spec in fields(kind):
        env_name = ENV_PREFIX + spec.name.upper()
        if spec.name in from_file:
            where = f"config file {path}: {spec.name}"
            values[spec.name] = _convert_from(where, spec, str(from_file[spec.name]))
        text = environ.get(env_name)
        if text is not None and text != "":
            values[spec.name] = _convert_from(env_name, spec, text)
        text = getattr(args, spec.name)
        if text is not None:
            values[spec.name] = _convert_from(_flag(spec.name), spec, text)
    return kind(**values)


def settings_for_process(kind: type[AnySettings], argv: Sequence[str]) -> AnySettings:
    """A process's settings from environment and flags, logging set up; exits on a bad value."""
    try:
        settings = load_settings(kind, argv)
    except ValueError as exc:
        sys.exit(f"csemonitor: {exc}")
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    return settings
