"""Threshold breaches reach a real Alertmanager (Debian's prometheus-alertmanager): a breach
fires, recovery resolves it, a healthy service never fires. The timeline is printed."""

from __future__ import annotations

import datetime
import time

from conftest import Service
from protocols import LIST_PATH, rest_upload

from harness.prometheus import Alertmanager
from harness.waiting import wait_until

PATH = "/v3/p/csemonitor/thresholds"
TENANT = {"x-domain-name": "alerts", "x-project-id": "p"}


def _upload(service: str, failures: int) -> dict:
    op = {"name": "op", "qps": 10, "total": 100, "failure": failures, "latency": 5}
    return {"name": service, "instance": f"{service}-1", "interfaces": [op]}


def _firing(alertmanager: Alertmanager, service: str) -> list[dict]:
    now = datetime.datetime.now(datetime.UTC)
    return [
        a
        for a in alertmanager.alerts()
        if a["labels"].get("service") == service
        and datetime.datetime.fromisoformat(a["endsAt"].replace("Z", "+00:00")) > now
    ]


def test_a_breach_fires_recovery_resolves_and_a_healthy_service_never_fires(tmp_path):
    alertmanager = Alertmanager(tmp_path / "am")
    service = Service(tmp_path, alertmanager_url=alertmanager.url, threshold_interval="1s").start()
    try:
        with service.http() as http:
            for name in ("cart", "calm"):
                body = {"serviceName": name, "failureRate": 5}
                assert http.put(PATH, headers=TENANT, json=body).status_code == 200
            started = time.monotonic()
            assert rest_upload(http, _upload("cart", 20), TENANT).status_code == 200
            assert rest_upload(http, _upload("calm", 1), TENANT).status_code == 200
            listed = {
                s["service"]: s["threshold"]["state"]
                for s in http.get(LIST_PATH.format(project="p"), headers=TENANT).json()["services"]
            }
            listed_at = time.monotonic() - started
            assert listed == {"cart": "breached", "calm": "ok"}
            [alert] = wait_until(lambda: _firing(alertmanager, "cart"), 20, 0.2, "the alert")
            fired_at = time.monotonic() - started
            assert alert["labels"] == {
                "alertname": "CsemonitorThresholdBreached",
                "tenant": "alerts",
                "project": "p",
                "service": "cart",
                "figure": "failureRate",
            }
            assert (
                alert["annotations"]["value"] == "20" and alert["annotations"]["threshold"] == "5"
            )
            assert not _firing(alertmanager, "calm")
            recovered = time.monotonic()
            assert rest_upload(http, _upload("cart", 0), TENANT).status_code == 200
            wait_until(lambda: not _firing(alertmanager, "cart"), 20, 0.2, "the resolution")
            resolved_at = time.monotonic() - recovered
        assert not _firing(alertmanager, "calm")
        print(
            f"breach upload -> list breached {listed_at:.2f} s -> Alertmanager firing "
            f"{fired_at:.2f} s; recovery upload -> resolved {resolved_at:.2f} s"
        )
    finally:
        service.stop()
        alertmanager.stop()
