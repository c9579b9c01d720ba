"""Settings come from CSEMONITOR_* variables and flags, with typed parsing and clear refusals."""

from __future__ import annotations

from dataclasses import fields

import pytest

from csemonitor.core.config import load_settings
from csemonitor.core.settings import GatewaySettings, ServerSettings, parse_duration, parse_size


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


def test_a_config_file_under_the_environment_under_flags(tmp_path):
    config = tmp_path / "csemonitor.toml"
    config.write_text(
        'http_host = "0.0.0.0"\nhttp_port = 8000\nretention = "2d"\nlive_window = 30\n'
        'max_body_bytes = "2MiB"\nstore = "sqlite"\n'
    )
    env = {"CSEMONITOR_CONFIG": str(config), "CSEMONITOR_HTTP_PORT": "9000"}
    gateway = load_settings(GatewaySettings, [], env)
    server = load_settings(ServerSettings, ["--live-window", "5s"], env)
    assert (gateway.http_host, gateway.http_port) == ("0.0.0.0", 9000)
    assert server.retention == 2 * 86400 and server.live_window == 5
    assert server.max_body_bytes == gateway.max_body_bytes == 2 * 1024 * 1024
    # --config names the file as well, and wins over CSEMONITOR_CONFIG.
    other = tmp_path / "other.toml"
    other.write_text("http_port = 7000\n")
    assert load_settings(GatewaySettings, ["--config", str(other)], env).http_port == 9000
    assert load_settings(GatewaySettings, [f"--config={other}"], {}).http_port == 7000


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('http_port = 80\nhttp_host = \nlog_level = "INFO"', r"not valid TOML: .*line 2"),
        ("http_prot = 80", r"unknown setting 'http_prot' \(did you mean http_port\?\)"),
        ("[gateway]\nhttp_port = 80", r"\[gateway\]: settings are top-level keys"),
        ("log_level = true", "log_level must be a string or a number"),
        ('http_port = "eighty"', "http_port: invalid literal"),
        ('retention = "a week"', "retention: not a duration"),
    ],
)
def test_a_bad_config_file_is_one_clear_error_naming_it(tmp_path, text, message):
    config = tmp_path / "bad.toml"
    config.write_text(text)
    kind = ServerSettings if "retention" in text else GatewaySettings
    with pytest.raises(ValueError, match=f"config file {config}: {message}"):
        load_settings(kind, ["--config", str(config)], {})


def test_a_missing_config_file_is_named():
    with pytest.raises(ValueError, match="config file /nonexistent.toml: No such file"):
        load_settings(ServerSettings, [], {"CSEMONITOR_CONFIG": "/nonexistent.toml"})


def test_the_example_config_is_current_and_holds_every_setting_at_its_default(tmp_path):
    from csemonitor.core.config import example_config
    from harness.service import REPO

    text = example_config()
    assert (REPO / "deploy" / "csemonitor.toml").read_text() == text, "run: csemonitor config"
    active = tmp_path / "all.toml"  # every setting uncommented
    active.write_text(
        "\n".join(
            line[1:] if line.startswith("#") and " = " in line else "" for line in text.splitlines()
        )
    )
    assert load_settings(ServerSettings, ["--config", str(active)], {}) == ServerSettings()
    assert load_settings(GatewaySettings, ["--config", str(active)], {}) == GatewaySettings()
    names = {line[1:].split(" = ")[0] for line in text.splitlines() if " = " in line}
    assert names == {f.name for kind in (ServerSettings, GatewaySettings) for f in fields(kind)}
