"""A real VictoriaMetrics (Debian's victoria-metrics) on a free port, data in a temp dir."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

BINARY = "victoria-metrics"


def require_binary() -> str:
    """The binary's path; in CI its absence fails the test, elsewhere it skips it."""
    path = shutil.which(BINARY)
    if path is None:
        message = f"{BINARY} is missing: apt-get install victoria-metrics (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def fresh_matcher() -> str:
    """A label matcher that matches every series and was never asked before."""
    return f'poll!="{uuid.uuid4().hex}"'


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class VictoriaMetrics:
    """One single-node VictoriaMetrics process; restart() brings it back on the same port and
    data (for outage tests)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.restart()

    def restart(self) -> None:
        self.process = subprocess.Popen(
            [
                require_binary(),
                f"-storageDataPath={self.directory}",
                f"-httpListenAddr=127.0.0.1:{self.port}",
                # Fresh points visible to queries at once (the default hides the last 30 s).
                "-search.latencyOffset=0s",
                "-search.disableCache",
                "-retentionPeriod=1",
            ],
            stdout=subprocess.DEVNULL,
            stderr=(self.directory / "vm.log").open("a"),
        )
        for _ in range(150):
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("victoria-metrics did not start")

    def settle(self, make_query: Callable[[str], str], timeout: float = 30.0) -> None:
        """Wait until a query answers something.

        VictoriaMetrics makes new series searchable a second or two after accepting them, but a
        label filter that found nothing before then keeps finding nothing for ~10 s more (its
        filter cache). So each try passes make_query a matcher that matches everything and has
        never been seen (`poll!="<random>"`), to put beside its own."""
        deadline = time.monotonic() + timeout
        while not self.query(make_query(fresh_matcher())):
            if time.monotonic() > deadline:
                raise AssertionError(f"nothing for {make_query('')} after {timeout} s")
            time.sleep(0.2)

    def query(self, promql: str) -> list[dict]:
        response = httpx.get(self.url + "/api/v1/query", params={"query": promql}, timeout=10)
        response.raise_for_status()
        return response.json()["data"]["result"]

    @property
    def write_url(self) -> str:
        return self.url + "/api/v1/write"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=15)
