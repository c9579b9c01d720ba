"""`make run`'s launcher: both processes start, answer, and stop together with exit code 0."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import httpx
from protocols import rest_instances, rest_query, rest_upload
from service import REPO, _read_ready_line

from server.store.promql import string_literal

LINES = 4  # gRPC address, metrics address, REST address, data directory


def _launch(tmp_path, **settings) -> tuple[subprocess.Popen, list[str]]:
    env = {
        **os.environ,
        "PYTHONPATH": f"{REPO}{os.pathsep}{REPO / 'generated'}",
        "CSEMONITOR_GRPC_PORT": "0",
        "CSEMONITOR_HTTP_PORT": "0",
        "CSEMONITOR_METRICS_PORT": "0",
        "CSEMONITOR_DATA_DIR": str(tmp_path / "data"),
        **{f"CSEMONITOR_{k.upper()}": v for k, v in settings.items()},
    }
    log = tmp_path / "launch.log"
    launcher = subprocess.Popen(
        [sys.executable, "launch.py"],
        cwd=REPO,
        env=env,
        bufsize=0,
        stdout=subprocess.PIPE,
        stderr=log.open("w"),
    )
    try:
        return launcher, [_read_ready_line(launcher, log) for _ in range(LINES)]
    except BaseException:
        launcher.kill()
        raise


def test_launcher_serves_both_protocols_and_stops_cleanly(tmp_path, tenant):
    launcher, lines = _launch(tmp_path)
    try:
        assert lines[0].startswith("csemonitor gRPC server listening on 127.0.0.1:")
        assert lines[1].startswith("csemonitor server metrics on http://127.0.0.1:")
        assert lines[2].startswith("csemonitor REST gateway listening on http://127.0.0.1:")
        assert lines[3].startswith(f"data in {tmp_path / 'data'}")
        url = lines[2].rsplit(" ", 1)[1]
        with httpx.Client(base_url=url, timeout=10) as client:
            assert rest_upload(client, {"name": "cart", "instance": "h"}, tenant).status_code == 200
            assert rest_instances(client, tenant, "cart")[0]["host"] == "h"
        launcher.send_signal(signal.SIGTERM)
        assert launcher.wait(timeout=30) == 0
        assert (tmp_path / "data" / "csemonitor.sqlite3").exists()
        with httpx.Client(base_url=url, timeout=2) as client:
            try:
                client.get("/healthz")
                raise AssertionError("the gateway still answers after the launcher stopped")
            except httpx.TransportError:
                pass
    finally:
        if launcher.poll() is None:
            launcher.kill()


def test_running_at_scale_example_from_the_readme(tmp_path, tenant, victoria):
    # README "Running at scale": the same launcher, pointed at a TSDB by two settings.
    launcher, lines = _launch(
        tmp_path,
        store="remote",
        remote_write_url=victoria.write_url,
        query_url=victoria.url,
    )
    try:
        assert lines[3].startswith("data in the time-series database")
        url = lines[2].rsplit(" ", 1)[1]
        with httpx.Client(base_url=url, timeout=10) as client:
            body = {"name": "cart", "instance": "h", "interfaces": [{"name": "op", "qps": 2}]}
            assert rest_upload(client, body, tenant).status_code == 200
            victoria.settle(
                lambda poll: (
                    "csemonitor_interface_qps{tenant="
                    f"{string_literal(tenant['x-domain-name'])},{poll}}}"
                )
            )
            assert rest_instances(client, tenant, "cart")[0]["host"] == "h"
            [record] = rest_query(client, tenant, service="cart")
            assert (record["functionName"], record["qps"]) == ("op", 2)
        launcher.send_signal(signal.SIGTERM)
        assert launcher.wait(timeout=30) == 0
        assert not (tmp_path / "data").exists()  # nothing kept locally
    finally:
        if launcher.poll() is None:
            launcher.kill()
