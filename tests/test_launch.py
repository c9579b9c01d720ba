"""`make run`'s launcher: both processes start, answer, and stop together with exit code 0."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import grpc
import httpx
from protocols import grpc_instances, rest_instances, rest_query, rest_upload

from csemonitor.server.store.remote.promql import string_literal
from csemonitor.v2 import metric_pb2_grpc
from harness.service import service_env, start_printing
from harness.waiting import wait_until

LINES = 4  # gRPC address, metrics address, REST address, data directory


def _launch(tmp_path, terminal: bool = False, **settings) -> tuple[subprocess.Popen, list[str]]:
    """The launcher, as `make run` starts it; `terminal`: in a process group of its own, as a
    shell's job is, so that a Ctrl-C can be sent to the group."""
    return start_printing(
        [sys.executable, "-m", "csemonitor.server.launch"],
        service_env(tmp_path / "data", **settings),
        tmp_path / "launch.log",
        LINES,
        process_group=0 if terminal else None,
    )


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
        # The gateway reaches its server over a Unix domain socket; gRPC clients over TCP.
        server_pid, gateway_pid = (int(p) for p in _children(launcher.pid))
        environ = Path(f"/proc/{gateway_pid}/environ").read_bytes().split(b"\0")
        [target] = [e for e in environ if e.startswith(b"CSEMONITOR_GRPC_TARGET=")]
        assert target.startswith(b"CSEMONITOR_GRPC_TARGET=unix:")
        assert Path(target.split(b":", 1)[1].decode()).is_socket()
        stub = metric_pb2_grpc.MetricServiceStub(grpc.insecure_channel(lines[0].rsplit(" ", 1)[1]))
        assert grpc_instances(stub, tenant, "cart")[0].host == "h"
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


def test_ctrl_c_and_sigterm_stop_both_with_exit_0_every_time(tmp_path):
    """Ctrl-C signals the terminal's whole foreground group; SIGTERM only the launcher. Either
    way each child gets one SIGTERM and the launcher exits 0 (a second signal used to cut the
    children's graceful stop short: exit 15)."""
    children = []
    for attempt, how in enumerate(("ctrl-c", "sigterm", "ctrl-c", "sigterm")):
        (tmp_path / str(attempt)).mkdir()
        launcher, lines = _launch(tmp_path / str(attempt), terminal=True)
        try:
            url = lines[2].rsplit(" ", 1)[1]
            with httpx.Client(base_url=url, timeout=10) as client:
                assert client.get("/healthz").status_code == 200
            children = [int(p) for p in _children(launcher.pid)]
            assert len(children) == 2
            if how == "ctrl-c":
                os.killpg(launcher.pid, signal.SIGINT)
            else:
                launcher.send_signal(signal.SIGTERM)
            assert launcher.wait(timeout=30) == 0, how
            for pid in children:
                assert not os.path.exists(f"/proc/{pid}") or _zombie(pid)
        finally:
            if launcher.poll() is None:
                launcher.kill()


def _children(pid: int) -> list[str]:
    with open(f"/proc/{pid}/task/{pid}/children") as f:
        return f.read().split()


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1].startswith("Z")
    except FileNotFoundError:
        return True


def test_running_at_scale_example_from_the_readme(tmp_path, tenant, victoria):
    # docs/scaling.md: the same launcher, pointed at a TSDB by two settings.
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
            # The card comes from the replica's live sums, written within a second of an upload.
            [record] = wait_until(
                lambda: rest_query(client, tenant, service="cart"), 20, 0.3, "the card"
            )
            assert (record["functionName"], record["qps"]) == ("op", 2)
        launcher.send_signal(signal.SIGTERM)
        assert launcher.wait(timeout=30) == 0
        assert not (tmp_path / "data").exists()  # nothing kept locally
    finally:
        if launcher.poll() is None:
            launcher.kill()
