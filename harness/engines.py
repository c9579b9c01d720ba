"""What every external engine the tests start shares (VictoriaMetrics, Prometheus,
Alertmanager): its binary (CI fails without it, elsewhere the test skips), a free port, the
wait until it answers, the stop; and a TSDB's queries."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx

from harness.waiting import wait_until

READY_SECONDS = 30


def require_binary(name: str, package: str | None = None) -> str:
    """The binary's path; in CI its absence fails the test, elsewhere it skips it."""
    import pytest

    path = shutil.which(name)
    if path is None:
        message = f"{name} is missing: apt-get install {package or name} (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fresh_matcher() -> str:
    """A label matcher that matches every series and was never asked before."""
    return f'poll!="{uuid.uuid4().hex}"'


class Engine:
    """One engine process listening on 127.0.0.1 at a free port."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def _start(self, command: list[str], log: Path, ready_path: str) -> None:
        """Run command (its errors to log) and wait until ready_path answers 200."""
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log.open("a"))
        process = self.process

        def ready() -> bool:
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} exited:\n{log.read_text()[-2000:]}")
            try:
                return httpx.get(self.url + ready_path, timeout=1).status_code == 200
            except httpx.TransportError:
                return False

        try:
            wait_until(ready, READY_SECONDS, 0.1, f"{command[0]} ready")
        except AssertionError:
            self.stop()
            raise RuntimeError(
                f"{command[0]} did not become ready:\n{log.read_text()[-2000:]}"
            ) from None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=15)


class Tsdb(Engine):
    """An engine that takes remote writes and answers PromQL."""

    @property
    def write_url(self) -> str:
        return self.url + "/api/v1/write"

    def query(self, promql: str, at: float | None = None) -> list[dict]:
        params = {"query": promql}
        if at is not None:
            params["time"] = str(at)
        response = httpx.get(self.url + "/api/v1/query", params=params, timeout=10)
        response.raise_for_status()
        return response.json()["data"]["result"]

    def settle(self, make_query: Callable[[str], str], timeout: float = 30.0) -> None:
        """Wait until a query answers something.

        A new series is searchable a second or two after it is accepted, and VictoriaMetrics
        keeps finding nothing for ~10 s more for a label filter that found nothing before (its
        filter cache). So each try passes make_query a matcher that matches everything and has
        never been seen (`poll!="<random>"`), to put beside its own."""
        wait_until(lambda: self.query(make_query(fresh_matcher())), timeout, what=make_query(""))
