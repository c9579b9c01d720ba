"""The `csemonitor` command as a user runs it: the installed console script in a subprocess,
against the real server (its own `serve` too)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid

import pytest
from conftest import Service

from harness.service import service_env, start_printing

# The console script installed beside this Python (make installs it into .venv/bin).
COMMAND = os.path.join(os.path.dirname(sys.executable), "csemonitor")


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [COMMAND, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def domain() -> str:
    return "cli-" + uuid.uuid4().hex[:8]


def test_upload_services_query_and_tail(service: Service, tmp_path, domain):
    body = {
        "name": "clishop",
        "instance": "h1",
        "interfaces": [
            {"name": "checkout", "qps": 2.5, "total": 25, "failure": 1, "latency": 12, "l99": 40}
        ],
    }
    upload = tmp_path / "upload.json"
    upload.write_text(json.dumps(body))
    common = ["--domain", domain]
    # The server found as the gateway finds it: CSEMONITOR_GRPC_TARGET.
    env = {"CSEMONITOR_GRPC_TARGET": service.grpc_target}
    sent = run(*common, "upload", str(upload), env=env)
    assert sent.returncode == 0 and sent.stdout.strip() == "upload ok", sent.stderr

    listed = run("--target", service.grpc_target, *common, "services")
    assert listed.returncode == 0
    header, row = listed.stdout.splitlines()[:2]
    assert header.split()[:2] == ["service", "live/known"]
    assert row.split()[:4] == ["clishop", "1/1", "1", "2.50"]

    asked = run("--target", service.grpc_target, *common, "query", "clishop")
    assert asked.returncode == 0
    lines = asked.stdout.splitlines()
    assert lines[1].split()[:5] == ["checkout", "2.50", "4.00", "12.0", "40.0*"]
    assert "a bound" in asked.stdout  # no distribution was sent: the percentiles are a bound

    as_json = run("--target", service.grpc_target, *common, "query", "clishop", "--json")
    [card] = json.loads(as_json.stdout)
    assert card["functionName"] == "checkout" and card["total"] == 25  # a number, as REST has it
    # Exactly what REST answers for the same query.
    with service.http() as http:
        answer = http.get(
            "/v3/default/csemonitor/metric",
            params={"service": "clishop"},
            headers={"x-domain-name": domain, "x-project-id": "default"},
        )
    assert [card] == answer.json()["metrics"]

    one = run("--target", service.grpc_target, *common, "query", "clishop", "--instance", "h1")
    assert one.returncode == 0 and one.stdout.splitlines()[1].split()[5] == "40.0"
    assert "a bound" not in one.stdout  # one instance's own report is not a bound

    followed = run(
        "--target",
        service.grpc_target,
        *common,
        "tail",
        "clishop",
        "--count",
        "2",
        "--every",
        "0.2",
    )
    assert followed.returncode == 0
    assert followed.stdout.count("clishop  ") == 2 and followed.stdout.count("checkout") == 2


def test_errors_are_one_line_and_a_non_zero_exit(service: Service, tmp_path, domain):
    gone = run("--target", "127.0.0.1:1", "services")
    assert gone.returncode == 1 and gone.stderr.startswith("csemonitor: UNAVAILABLE")
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({"name": "x", "interfaces": [{"name": "op", "latencyHistogram": {"scale": 99}}]})
    )
    refused = run("--target", service.grpc_target, "--domain", domain, "upload", str(bad))
    assert refused.returncode == 1
    assert (
        "SVCSTG.CSE.4001000" in refused.stderr
        and "interfaces[0].latencyHistogram" in refused.stderr
    )
    missing = run("upload", str(tmp_path / "nope.json"))
    assert missing.returncode == 1 and "No such file" in missing.stderr
    for text in ("{not json", '{"interfaces": "x"}'):  # bad JSON, a field of the wrong type
        broken = tmp_path / "broken.json"
        broken.write_text(text)
        refused = run("--target", service.grpc_target, "upload", str(broken))
        assert refused.returncode == 1 and refused.stderr.startswith("csemonitor: ")
        assert "Traceback" not in refused.stderr


def test_an_unknown_service_is_an_error_and_an_absent_percentile_a_dash(
    service: Service, tmp_path, domain
):
    common = ["--target", service.grpc_target, "--domain", domain]
    for argv in (["query", "nosuch"], ["query", "serve", "--json"]):  # `serve` is a service here
        asked = run(*common, *argv)
        assert asked.returncode == 1, argv
        assert asked.stdout == "" and "no service" in asked.stderr, asked.stderr
    body = {"name": "nop99", "instance": "h1", "interfaces": [{"name": "op", "total": 3}]}
    upload = tmp_path / "nop99.json"
    upload.write_text(json.dumps(body))
    assert run(*common, "upload", str(upload)).returncode == 0
    asked = run(*common, "query", "nop99", "--instance", "h9")
    assert asked.returncode == 1 and "no instance 'h9' of nop99" in asked.stderr
    asked = run(*common, "query", "nop99")
    assert asked.returncode == 0 and asked.stdout.splitlines()[1].split()[4:6] == ["–", "–"]
    assert "0.0*" not in asked.stdout and "a bound" not in asked.stdout


def test_tail_stops_cleanly_on_ctrl_c_and_when_its_reader_goes(service: Service, domain):
    argv = [COMMAND, "--target", service.grpc_target, "--domain", domain, "tail", "x"]
    argv += ["--every", "0.1"]
    followed = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ
    )
    assert followed.stdout.readline().startswith("x  ")  # it runs: now Ctrl-C
    followed.send_signal(signal.SIGINT)
    _, stderr = followed.communicate(timeout=30)
    assert followed.returncode == 130 and "Traceback" not in stderr, stderr
    # `csemonitor tail x | head -1`: the reader closes the pipe after one line.
    piped = subprocess.run(
        f"{' '.join(argv)} | head -1; exit ${{PIPESTATUS[0]}}",
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert piped.stdout.startswith("x  ") and piped.returncode == 141
    assert piped.stderr == "", piped.stderr


def test_serve_help_lists_every_setting_of_both_processes():
    listed = run("serve", "--help")
    assert listed.returncode == 0
    for flag in ("--config", "--http-host", "--http-port", "--grpc-port", "--store", "--data-dir"):
        assert flag in listed.stdout, flag
    mistyped = run("serve", "--htp-port", "1")
    assert mistyped.returncode == 2 and "--htp-port" in mistyped.stderr


def test_serve_starts_what_make_run_starts(tmp_path):
    env = service_env(tmp_path / "data")
    # As `make run`: the gRPC address, the metrics address, the REST address, the data.
    served, (grpc_line, _, rest_line, data_line) = start_printing(
        [COMMAND, "serve"], env, tmp_path / "serve.log", 4
    )
    try:
        assert rest_line.startswith("csemonitor REST gateway listening on http://127.0.0.1:")
        assert data_line.startswith(f"data in {tmp_path / 'data'}")
        assert grpc_line.startswith("csemonitor gRPC server listening on 127.0.0.1:")
        target = grpc_line.rsplit(" ", 1)[1]
        listed = run("--target", target, "services")
        assert listed.returncode == 0 and listed.stdout.strip() == "no services yet"
    finally:
        served.send_signal(signal.SIGTERM)
        assert served.wait(timeout=30) == 0


def test_query_reads_any_percentile_of_merged_distributions(service: Service, tmp_path, domain):
    from csemonitor.core.histogram import Histogram

    for host, values in (("h1", range(1, 101)), ("h2", range(101, 201))):
        histogram = Histogram(4)
        for value in values:
            histogram.record(float(value))
        from google.protobuf import json_format

        body = {
            "name": "quantiles",
            "instance": host,
            "interfaces": [
                {
                    "name": "op",
                    "total": 100,
                    "latencyHistogram": json_format.MessageToDict(histogram.to_message()),
                }
            ],
        }
        path = tmp_path / f"{host}.json"
        path.write_text(json.dumps(body))
        assert (
            run("--target", service.grpc_target, "--domain", domain, "upload", str(path)).returncode
            == 0
        )
    asked = run(
        "--target",
        service.grpc_target,
        "--domain",
        domain,
        "query",
        "quantiles",
        "--quantile",
        "0.5",
        "--quantile",
        "0.999",
    )
    header, row = asked.stdout.splitlines()[:2]
    assert header.split()[-2:] == ["q0.5", "q0.999"]
    # The union is 1..200: its median 100 and its 99.9th percentile 200, within ±2.2 %.
    median, top = (float(v) for v in row.split()[-2:])
    assert abs(median - 100) / 100 <= 0.022 and abs(top - 200) / 200 <= 0.022
    assert "a bound" not in asked.stdout and "*" not in row


def test_serve_takes_its_settings_from_a_config_file(tmp_path):
    data = tmp_path / "from-config"
    config = tmp_path / "csemonitor.toml"
    config.write_text(
        f'grpc_port = 0\nhttp_port = 0\nmetrics_port = -1\ndata_dir = "{data}"\n'
        'log_level = "WARNING"\n'
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("CSEMONITOR_")}
    served, (grpc_line, rest_line, data_line) = start_printing(
        [COMMAND, "serve", "--config", str(config)], env, tmp_path / "serve.log", 3
    )
    try:
        # Both processes read it: the gRPC server's port and store, the gateway's port.
        assert not grpc_line.endswith(":50051") and not rest_line.endswith(":8080")
        assert data_line.startswith(f"data in {data}")
    finally:
        served.send_signal(signal.SIGTERM)
        assert served.wait(timeout=30) == 0
    config.write_text("http_port = 80\nhttp_prot = 81\n")
    refused = run("serve", "--config", str(config))
    assert refused.returncode == 1
    assert refused.stderr.strip().splitlines() == [
        f"csemonitor: config file {config}: unknown setting 'http_prot' (did you mean http_port?)"
    ]


def test_thresholds_set_get_and_delete(service: Service, domain):
    common = ["--target", service.grpc_target, "--domain", domain]
    made = run(*common, "thresholds", "set", "cart", "--failure-rate", "5", "--avg-delay", "200")
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines()[1].split() == ["cart", "-", "-", "200", "5", "-"]
    got = run(*common, "thresholds", "get", "--json")
    assert got.returncode == 0 and json.loads(got.stdout)[0]["failureRate"] == 5
    bad = run(*common, "thresholds", "set", "cart", "--failure-rate", "150")
    assert bad.returncode == 1 and "failureRate" in bad.stderr and "Traceback" not in bad.stderr
    gone = run(*common, "thresholds", "delete", "cart")
    assert gone.returncode == 0 and gone.stdout.strip() == "deleted 1"
    assert run(*common, "thresholds", "get").stdout.strip() == "no thresholds"
