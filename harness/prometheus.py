"""A real Prometheus (Debian's prometheus 2.42) and Alertmanager on free ports, data in a temp dir:
as a remote-write receiver for the remote store, as a scraper of the gateway's endpoint, and as
the evaluator of the repo's alert rules."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import httpx


def require_binary(name: str) -> str:
    """The binary's path; in CI its absence fails the test, elsewhere it skips it."""
    import pytest

    path = shutil.which(name)
    if path is None:
        package = "prometheus-alertmanager" if "alertmanager" in name else "prometheus"
        message = f"{name} is missing: apt-get install {package} (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_ready(url: str, process: subprocess.Popen, log: Path) -> None:
    for _ in range(300):
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited:\n{log.read_text()[-2000:]}")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{process.args[0]} did not become ready:\n{log.read_text()[-2000:]}")


class Prometheus:
    """One Prometheus: remote-write receiver (out-of-order samples accepted within a day),
    optional scrape jobs, rule files and Alertmanager."""

    def __init__(
        self,
        directory: Path,
        scrape_jobs: list[dict] | None = None,
        rule_files: list[Path] | None = None,
        alertmanager: str | None = None,
        interval: str = "1s",
    ) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = {
            "global": {"scrape_interval": interval, "evaluation_interval": interval},
            "scrape_configs": scrape_jobs or [],
            "rule_files": [str(path) for path in rule_files or []],
            "storage": {"tsdb": {"out_of_order_time_window": "1d"}},
        }
        if alertmanager:
            target = alertmanager.removeprefix("http://")
            config["alerting"] = {"alertmanagers": [{"static_configs": [{"targets": [target]}]}]}
        config_file = directory / "prometheus.yml"
        config_file.write_text(json.dumps(config))  # JSON is YAML
        log = directory / "prometheus.log"
        self.process = subprocess.Popen(
            [
                require_binary("prometheus"),
                f"--config.file={config_file}",
                f"--storage.tsdb.path={directory / 'data'}",
                f"--web.listen-address=127.0.0.1:{self.port}",
                "--web.enable-remote-write-receiver",
            ],
            stdout=subprocess.DEVNULL,
            stderr=log.open("a"),
        )
        _wait_ready(self.url + "/-/ready", self.process, log)

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

    def settle(self, make_query, timeout: float = 30.0) -> None:
        """Wait until a query answers something (Prometheus shows samples once ingested)."""
        deadline = time.monotonic() + timeout
        while not self.query(make_query('poll!="-"')):
            if time.monotonic() > deadline:
                raise AssertionError(f"nothing for {make_query('')} after {timeout} s")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=15)


class Alertmanager:
    """One Alertmanager that keeps what it receives (its API lists the alerts)."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = directory / "alertmanager.yml"
        routes = {"route": {"receiver": "keep"}, "receivers": [{"name": "keep"}]}
        config.write_text(json.dumps(routes))
        log = directory / "alertmanager.log"
        self.process = subprocess.Popen(
            [
                require_binary("prometheus-alertmanager"),
                f"--config.file={config}",
                f"--storage.path={directory / 'data'}",
                f"--web.listen-address=127.0.0.1:{self.port}",
                "--cluster.listen-address=",  # one node, no gossip port
            ],
            stdout=subprocess.DEVNULL,
            stderr=log.open("a"),
        )
        _wait_ready(self.url + "/-/ready", self.process, log)

    def alerts(self) -> list[dict]:
        response = httpx.get(self.url + "/api/v2/alerts", timeout=10)
        response.raise_for_status()
        return response.json()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=15)
