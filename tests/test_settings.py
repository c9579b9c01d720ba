"""Settings come from CSEMONITOR_* variables and flags, with typed parsing and clear refusals."""

from __future__ import annotations

import pytest

from server.settings import Settings, load_settings, parse_duration, parse_size


def test_defaults_match_the_readme():
    settings = load_settings([], {})
    assert (settings.http_host, settings.http_port) == ("127.0.0.1", 8080)
    assert (settings.grpc_host, settings.grpc_port) == ("127.0.0.1", 50051)
    assert settings.effective_grpc_target == "127.0.0.1:50051"
    assert settings.tenant_headers == "compat"
    assert settings.retention == 7 * 86400 and settings.live_window == 60
    assert settings == Settings()


def test_environment_then_flags():
    env = {
        "CSEMONITOR_HTTP_PORT": "9000",
        "CSEMONITOR_RETENTION": "12h",
        "CSEMONITOR_TENANT_HEADERS": "STRICT",
        "CSEMONITOR_MAX_BODY_BYTES": "2MiB",
    }
    settings = load_settings(["--http-port", "9100", "--live-window", "500ms"], env)
    assert settings.http_port == 9100 and settings.retention == 43200
    assert settings.tenant_headers == "strict" and settings.live_window == 0.5
    assert settings.max_body_bytes == 2 * 1024 * 1024


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"CSEMONITOR_TENANT_HEADERS": "loose"}, "tenant_headers"),
        ({"CSEMONITOR_RETENTION": "a week"}, "duration"),
        ({"CSEMONITOR_HTTP_PORT": "eighty"}, "invalid literal"),
    ],
)
def test_bad_values_are_refused(env, message):
    with pytest.raises(ValueError, match=message):
        load_settings([], env)


def test_units():
    assert parse_duration("7d") == 604800 and parse_duration("90") == 90
    assert parse_size("512KiB") == 524288
