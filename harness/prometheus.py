"""A real Prometheus (Debian's prometheus 2.42) and Alertmanager on free ports, data in a temp dir:
as a remote-write receiver for the remote store, as a scraper of the gateway's endpoint, and as
the evaluator of the repo's alert rules."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from harness.engines import Engine, Tsdb, require_binary


class Prometheus(Tsdb):
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
        super().__init__()
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
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
        command = [
            require_binary("prometheus"),
            f"--config.file={config_file}",
            f"--storage.tsdb.path={directory / 'data'}",
            f"--web.listen-address=127.0.0.1:{self.port}",
            "--web.enable-remote-write-receiver",
        ]
        self._start(command, directory / "prometheus.log", "/-/ready")


class Alertmanager(Engine):
    """One Alertmanager that keeps what it receives (its API lists the alerts)."""

    def __init__(self, directory: Path) -> None:
        super().__init__()
        directory.mkdir(parents=True, exist_ok=True)
        config = directory / "alertmanager.yml"
        routes = {"route": {"receiver": "keep"}, "receivers": [{"name": "keep"}]}
        config.write_text(json.dumps(routes))
        command = [
            require_binary("prometheus-alertmanager"),
            f"--config.file={config}",
            f"--storage.path={directory / 'data'}",
            f"--web.listen-address=127.0.0.1:{self.port}",
            "--cluster.listen-address=",  # one node, no gossip port
        ]
        self._start(command, directory / "alertmanager.log", "/-/ready")

    def alerts(self) -> list[dict]:
        response = httpx.get(self.url + "/api/v2/alerts", timeout=10)
        response.raise_for_status()
        return response.json()
