"""The repo's Grafana dashboard and alert rules, run by the real engines: every panel's query
against a real Prometheus scraping the gateway and against VictoriaMetrics fed by the remote
store, with the values the uploads imply; the rules by `promtool test rules`, and end to end by
Prometheus over real uploads with a real Alertmanager receiving the alert."""

from __future__ import annotations

import json
import re
import subprocess
import uuid

import pytest
from protocols import rest_upload

from harness.engines import require_binary
from harness.prometheus import Alertmanager, Prometheus
from harness.service import REPO, Service
from harness.waiting import wait_until

OBSERVABILITY = REPO / "observability"
DASHBOARD = OBSERVABILITY / "grafana" / "csemonitor.json"
RULES = OBSERVABILITY / "alerts" / "csemonitor.rules.yml"
RULE_TESTS = OBSERVABILITY / "alerts" / "csemonitor.rules.test.yml"
SCRAPE_PATH = "/v3/{project}/csemonitor/metric/prometheus"

# The fleet: two instances of cart (java-like over REST), one with an estimate.
UPLOADS = [
    {
        "name": "cart",
        "instance": "java-1",
        "interfaces": [
            {"name": "add", "qps": 12.5, "latency": 8, "total": 125, "failure": 5, "l99": 40},
            {
                "name": "pay",
                "qps": 3,
                "latency": 30,
                "total": 30,
                "failure": 30,
                "circuitBreakerOpen": True,
            },
        ],
    },
    {
        "name": "cart",
        "instance": "go-1",
        "interfaces": [
            {"name": "add", "qps": 7.5, "latency": 16, "total": 75, "l99": 90},
            # More errors than calls: shown as all calls, an estimate.
            {"name": "odd", "qps": 1, "latency": 4, "total": 10, "failure": 12},
        ],
    },
]
# What each panel must show, keyed by its legend's labels.
EXPECTED = {
    "Calls per second by service": {("cart",): 24.0},
    "Error percentage by service": {("cart",): 100 * 45 / 240},
    "Live instances by service": {("cart",): 2},
    "Open circuit breakers": {("cart", "pay"): 1},
    "Calls per second by interface": {("add",): 20, ("pay",): 3, ("odd",): 1},
    "Error percentage by interface": {("add",): 2.5, ("pay",): 100, ("odd",): 100},
    "Mean latency by interface": {("add",): 11, ("pay",): 30, ("odd",): 4},
    "Latency percentiles by interface (highest instance)": {
        **{
            (name, q): 0
            for name in ("add", "pay", "odd")
            for q in ("0.995", "0.99", "0.9", "0.75", "0.5", "0.25", "0.05")
        },
        ("add", "0.99"): 90,
    },
    "Instances with the circuit breaker open": {("add",): 0, ("pay",): 1, ("odd",): 0},
    "Seconds since each instance's last report": {("java-1",): "recent", ("go-1",): "recent"},
    "Figures that are estimates": {("odd", "errors"): 1},
}


def _dashboard() -> dict:
    return json.loads(DASHBOARD.read_text())


def _queries(tenant: dict) -> list[tuple[str, str, list[str]]]:
    """(panel title, query with the variables set, the legend's label names) per target."""
    values = {
        "$tenant": tenant["x-domain-name"],
        "$project": tenant["x-project-id"],
        "$service": "cart",
        "$interface": ".*",  # All
    }
    found = []
    for panel in _dashboard()["panels"]:
        for target in panel.get("targets", []):
            expr = target["expr"]
            for name, value in values.items():
                expr = expr.replace(name, value)
            found.append((panel["title"], expr, re.findall(r"{{(\w+)}}", target["legendFormat"])))
    return found


def _check_panels(engine, tenant: dict) -> None:
    queries = _queries(tenant)
    assert {title for title, _, _ in queries} == set(EXPECTED), "a panel without a check"
    for title, expr, legend in queries:
        got = {
            tuple(series["metric"].get(label, "") for label in legend): float(series["value"][1])
            for series in engine.query(expr)
        }
        expected = EXPECTED[title]
        assert set(got) == set(expected), (title, got)
        for key, value in expected.items():
            if value == "recent":
                assert 0 <= got[key] < 60, (title, key, got[key])
            else:
                assert got[key] == pytest.approx(value), (title, key, got[key])


def _upload(service: Service, tenant: dict) -> None:
    with service.http() as http:
        for body in UPLOADS:
            assert rest_upload(http, body, tenant).status_code == 200


def _tenant() -> dict[str, str]:
    return {"x-domain-name": f"obs-{uuid.uuid4().hex[:8]}", "x-project-id": "shop"}


def _scrape_job(service: Service, tenant: dict) -> dict:
    """docs/observability.md's scrape job, aimed at this gateway and tenant."""
    return {
        "job_name": "csemonitor-fleet",
        "scrape_interval": "1s",
        "metrics_path": SCRAPE_PATH.format(project=tenant["x-project-id"]),
        "params": {"domain": [tenant["x-domain-name"]], "project": [tenant["x-project-id"]]},
        "honor_labels": True,
        "static_configs": [{"targets": [service.http_url.removeprefix("http://")]}],
    }


def test_every_dashboard_panel_shows_the_uploads_on_a_prometheus_scraping_the_gateway(
    service, tmp_path
):
    tenant = _tenant()
    _upload(service, tenant)
    prometheus = Prometheus(tmp_path / "prom", scrape_jobs=[_scrape_job(service, tenant)])
    try:
        selector = f'csemonitor_interface_qps{{tenant="{tenant["x-domain-name"]}"}}'
        wait_until(lambda: len(prometheus.query(selector)) == 4, 30, 0.2)
        _check_panels(prometheus, tenant)
    finally:
        prometheus.stop()


def test_every_dashboard_panel_shows_the_uploads_on_victoriametrics_fed_by_the_remote_store(
    victoria, tmp_path
):
    tenant = _tenant()
    remote = Service(
        tmp_path, store="remote", remote_write_url=victoria.write_url, query_url=victoria.url
    ).start()
    try:
        _upload(remote, tenant)
        selector = f'csemonitor_interface_qps{{tenant="{tenant["x-domain-name"]}"}}'
        victoria.settle(lambda poll: f"count({selector[:-1]},{poll}}}) == 4")
        _check_panels(victoria, tenant)
    finally:
        remote.stop()


def test_the_dashboard_has_its_variables_and_a_provisioning_file():
    dashboard = _dashboard()
    names = [v["name"] for v in dashboard["templating"]["list"]]
    assert names == ["datasource", "tenant", "project", "service", "interface"]
    provisioning = (OBSERVABILITY / "grafana" / "provisioning" / "dashboards.yml").read_text()
    assert "type: file" in provisioning and "apiVersion: 1" in provisioning


def test_the_alert_rules_pass_their_promtool_unit_tests():
    promtool = require_binary("promtool", "prometheus")
    checked = subprocess.run(
        [promtool, "check", "rules", str(RULES)], capture_output=True, text=True
    )
    assert checked.returncode == 0 and "SUCCESS: 6 rules found" in checked.stdout, checked
    tested = subprocess.run(
        [promtool, "test", "rules", RULE_TESTS.name],
        cwd=RULE_TESTS.parent,
        capture_output=True,
        text=True,
    )
    assert tested.returncode == 0 and "SUCCESS" in tested.stdout, tested.stdout + tested.stderr


def test_prometheus_evaluates_the_rules_over_real_uploads_and_alertmanager_receives_them(
    service, tmp_path
):
    """The repo's rules as they are, but for `for:` (0s here, so the test does not wait minutes):
    an open breaker and 100 % errors on `pay` reach a real Alertmanager."""
    tenant = _tenant()
    _upload(service, tenant)
    rules = tmp_path / "rules.yml"
    rules.write_text(re.sub(r"for: \w+", "for: 0s", RULES.read_text()))
    alertmanager = Alertmanager(tmp_path / "am")
    prometheus = Prometheus(
        tmp_path / "prom",
        scrape_jobs=[_scrape_job(service, tenant)],
        rule_files=[rules],
        alertmanager=alertmanager.url,
    )
    try:

        def received() -> set[tuple[str, str]]:
            return {
                (alert["labels"]["alertname"], alert["labels"].get("interface", ""))
                for alert in alertmanager.alerts()
                if alert["labels"].get("tenant") == tenant["x-domain-name"]
            }

        expected = {
            ("CsemonitorCircuitBreakerOpen", "pay"),
            ("CsemonitorHighErrorPercentage", "pay"),
            ("CsemonitorHighErrorPercentage", "odd"),
        }
        wait_until(lambda: expected <= received(), 60, 0.2)
        assert ("CsemonitorCircuitBreakerOpen", "add") not in received()
        assert ("CsemonitorHighErrorPercentage", "add") not in received()  # 2.5 %
    finally:
        prometheus.stop()
        alertmanager.stop()
