"""Settings come from CSEMONITOR_* variables and flags, with typed parsing and clear refusals."""

from __future__ import annotations

import pytest
from csemonitor.core.settings import (
    GatewaySettings,
    ServerSettings,
    load_settings,
    parse_duration,
    parse_size,
)


def test_defaults_match_the_readme():
    server = load_settings(ServerSettings, [], {})
    gateway = load_settings(GatewaySettings, [], {})
    assert (gateway.http_host, gateway.http_port) == ("127.0.0.1", 8080)
    assert (server.grpc_host, server.grpc_port) == ("127.0.0.1", 50051)
    assert gateway.effective_grpc_target == "127.0.0.1:50051"
    assert server.tenant_headers == "compat"
    assert server.retention == 7 * 86400 and server.live_window == 60
    assert server == ServerSettings() and gateway == GatewaySettings()


def test_each_process_holds_validates_and_lists_only_its_own_settings(capsys):
    server, gateway = ServerSettings(), GatewaySettings()
    assert not hasattr(server, "http_port") and not hasattr(server, "max_streams")
    assert not hasattr(gateway, "store") and not hasattr(gateway, "tenant_headers")
    for shared in ("max_body_bytes", "max_value_depth", "tls_cert", "log_level", "grpc_port"):
        assert hasattr(server, shared) and hasattr(gateway, shared)
    # A remote store half set up stops the server, not the gateway (which has no store).
    env = {"CSEMONITOR_STORE": "remote"}
    load_settings(GatewaySettings, [], env)
    with pytest.raises(ValueError, match="remote_write_url"):
        load_settings(ServerSettings, [], env)
    with pytest.raises(SystemExit):
        load_settings(GatewaySettings, ["--help"], {})
    listed = capsys.readouterr().out
    assert "--http-port" in listed and "--store" not in listed and "--tenant-headers" not in listed


def test_environment_then_flags():
    env = {
        "CSEMONITOR_HTTP_PORT": "9000",
        "CSEMONITOR_RETENTION": "12h",
        "CSEMONITOR_TENANT_HEADERS": "STRICT",
        "CSEMONITOR_MAX_BODY_BYTES": "2MiB",
    }
    argv = ["--http-port", "9100", "--live-window", "500ms"]
    server = load_settings(ServerSettings, argv, env)
    gateway = load_settings(GatewaySettings, argv, env)
    assert gateway.http_port == 9100 and server.retention == 43200
    assert server.tenant_headers == "strict" and server.live_window == 0.5
    assert server.max_body_bytes == gateway.max_body_bytes == 2 * 1024 * 1024


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"CSEMONITOR_TENANT_HEADERS": "loose"}, "tenant_headers"),
        ({"CSEMONITOR_RETENTION": "a week"}, "duration"),
        ({"CSEMONITOR_HTTP_PORT": "eighty"}, "invalid literal"),
    ],
)
def test_bad_values_are_refused(env, message):
    kind = GatewaySettings if "HTTP" in next(iter(env)) else ServerSettings
    with pytest.raises(ValueError, match=message):
        load_settings(kind, [], env)


def test_units():
    assert parse_duration("7d") == 604800 and parse_duration("90") == 90
    assert parse_size("512KiB") == 524288
