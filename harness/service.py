"""The real processes on OS-chosen ports, for the tests and the benchmarks."""

from __future__ import annotations

import os
import select
import signal
import ssl
import subprocess
import sys
import time
from pathlib import Path

import grpc
import httpx

from csemonitor.v2 import metric_pb2_grpc

REPO = Path(__file__).resolve().parent.parent
START_TIMEOUT_SECONDS = 20


def _read_ready_line(process: subprocess.Popen, log: Path) -> str:
    """The next line the process prints, read byte by byte from the unbuffered pipe (a buffered
    read could swallow a second line that select() would then never report)."""
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    line = bytearray()
    while not line.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        ready, _, _ = select.select([process.stdout], [], [], max(0.0, remaining))
        byte = os.read(process.stdout.fileno(), 1) if ready else b""
        if not byte:
            process.kill()
            raise RuntimeError(f"{process.args} did not start:\n{log.read_text()[-3000:]}")
        line += byte
    return line.decode().strip()


def start_printing(
    argv: list[str],
    env: dict[str, str],
    log: Path,
    lines: int,
    cwd: Path | None = REPO,
    **popen,
) -> tuple[subprocess.Popen, list[str]]:
    """A command that prints where it listens (the launcher, `csemonitor serve`, the image):
    started, its stderr in `log`, and the first `lines` lines it prints; killed if it fails to."""
    process = subprocess.Popen(
        argv, cwd=cwd, env=env, bufsize=0, stdout=subprocess.PIPE, stderr=log.open("w"), **popen
    )
    try:
        return process, [_read_ready_line(process, log) for _ in range(lines)]
    except BaseException:
        process.kill()
        raise


def service_env(data_dir: Path, **settings) -> dict[str, str]:
    """The environment that starts the service on ports the OS chooses, data in data_dir, with
    settings (by their names: `store="remote"` is CSEMONITOR_STORE). The code is the installed
    csemonitor (make's editable install), as a user's processes find it."""
    env = {
        **os.environ,
        "CSEMONITOR_DATA_DIR": str(data_dir),
        "CSEMONITOR_GRPC_PORT": "0",
        "CSEMONITOR_HTTP_PORT": "0",
        "CSEMONITOR_METRICS_PORT": "0",
        **{f"CSEMONITOR_{k.upper()}": str(v) for k, v in settings.items()},
    }
    return env


class Service:
    """The gRPC server and the REST gateway as two real processes, on ports the OS chose."""

    def __init__(self, workdir: Path, **settings: str) -> None:
        self.workdir = workdir
        self.data_dir = workdir / "data"
        self.env = service_env(self.data_dir, **settings)
        self.server: subprocess.Popen | None = None
        self.gateway: subprocess.Popen | None = None
        self.grpc_target = ""
        self.metrics_url = ""
        self.http_url = ""
        self._channel: grpc.Channel | None = None
        self.verify: ssl.SSLContext | bool = True

    def _spawn(self, name: str, env: dict[str, str]) -> tuple[subprocess.Popen, str]:
        """`python -m csemonitor.<name>` (server or gateway), its stderr in <name>.log."""
        log = self.workdir / f"{name}.log"
        process = subprocess.Popen(
            [sys.executable, "-m", f"csemonitor.{name}"],
            cwd=REPO,
            env=env,
            bufsize=0,
            stdout=subprocess.PIPE,
            stderr=log.open("a"),
        )
        return process, _read_ready_line(process, log)

    def start_server(self) -> None:
        self.server, line = self._spawn("server", self.env)
        self.grpc_target = line.rsplit(" ", 1)[1]
        if self.env.get("CSEMONITOR_METRICS_PORT") != "-1":
            self.metrics_url = _read_ready_line(self.server, self.workdir / "server.log").rsplit(
                " ", 1
            )[1]

    def start_gateway(self, verify: ssl.SSLContext | bool = True) -> None:
        """The gateway; its hop to the server on the Unix domain socket if the server has one
        (CSEMONITOR_GRPC_SOCKET, as `make run` sets it), else TCP."""
        socket_path = self.env.get("CSEMONITOR_GRPC_SOCKET")
        target = f"unix:{socket_path}" if socket_path else self.grpc_target
        env = {**self.env, "CSEMONITOR_GRPC_TARGET": target}
        self.gateway, line = self._spawn("gateway", env)
        self.http_url = line.rsplit(" ", 1)[1]
        self.verify = verify
        self.wait_healthy()

    def wait_healthy(self) -> None:
        """Until the gateway reports the gRPC server behind it SERVING."""
        with httpx.Client(base_url=self.http_url, verify=self.verify) as client:
            for _ in range(200):
                try:
                    if client.get("/healthz").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                select.select([], [], [], 0.05)
        raise RuntimeError("gateway never became healthy")

    def start(self) -> Service:
        self.start_server()
        self.start_gateway()
        return self

    def restart_server(self, port: str) -> None:
        """Start the gRPC server again on the same port and data (after a kill)."""
        self.env["CSEMONITOR_GRPC_PORT"] = port
        self.start_server()
        if self.gateway is not None:
            self.wait_healthy()

    def kill_server(self) -> None:
        self.server.send_signal(signal.SIGKILL)
        self.server.wait()

    def stop(self) -> None:
        if self._channel is not None:
            self._channel.close()
        for process in (self.gateway, self.server):
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()

    def http(self) -> httpx.Client:
        return httpx.Client(base_url=self.http_url, timeout=15, verify=self.verify)

    def stub(self) -> metric_pb2_grpc.MetricServiceStub:
        if self._channel is None:
            self._channel = grpc.insecure_channel(self.grpc_target)
        return metric_pb2_grpc.MetricServiceStub(self._channel)

    def log_text(self) -> str:
        return "".join(
            (self.workdir / f"{m}.log").read_text()
            for m in ("server", "gateway")
            if (self.workdir / f"{m}.log").exists()
        )
