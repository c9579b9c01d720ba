"""The dashboard in real headless Chromium: the cards show what was uploaded, over both protocols."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from chassis import FAILURE, SUCCESS, TIMEOUT, Traffic, calls, java2, java3, send
from conftest import Service
from fleet import GO, JAVA
from protocols import grpc_upload, rest_instances, rest_upload

from harness.waiting import wait_until

SCREENSHOT = Path(__file__).resolve().parent / "output" / "dashboard.png"
LIVE_WINDOW_SECONDS = 3

STALE = {
    "name": "cart",
    "instance": "old-host",
    "interfaces": [{"name": "Provider.cart.add", "qps": 1000, "total": 10000}],
}
OTHER_TENANT = {
    "name": "secret-svc",
    "instance": "x",
    "interfaces": [{"name": "Provider.secret.op"}],
}


@pytest.fixture
def dashboard_service(tmp_path):
    running = Service(tmp_path, live_window=f"{LIVE_WINDOW_SECONDS}s").start()
    yield running
    running.stop()


def _keep_reporting(service: Service, tenant: dict, stop: threading.Event) -> None:
    """Fresh instances report every second, as a fleet would (REST for java, gRPC for go)."""
    with service.http() as client:
        while not stop.is_set():
            assert rest_upload(client, JAVA, tenant).status_code == 200
            assert grpc_upload(service.stub(), GO, tenant).accepted
            stop.wait(1.0)


def test_dashboard_shows_uploaded_metrics(dashboard_service, chromium, tenant):
    service = dashboard_service
    other = {
        "x-domain-name": tenant["x-domain-name"] + "-other",
        "x-project-id": tenant["x-project-id"],
    }
    with service.http() as client:
        assert rest_upload(client, STALE, tenant).status_code == 200
        assert rest_upload(client, OTHER_TENANT, other).status_code == 200
    stop = threading.Event()
    reporter = threading.Thread(target=_keep_reporting, args=(service, tenant, stop), daemon=True)
    reporter.start()
    try:
        with service.http() as client:

            def stale_left() -> bool:
                instances = rest_instances(client, tenant, "cart")
                return not any(i.get("live") for i in instances if i["instance"] == "old-host")

            wait_until(stale_left, LIVE_WINDOW_SECONDS + 10, 0.2, "old-host out of the live window")
        page = chromium.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(service.http_url + "/")
        page.fill("#domain", tenant["x-domain-name"])
        page.fill("#project", tenant["x-project-id"])
        page.click("#tenant button[type=submit]")
        page.locator('#service-list tr[data-service="secret-svc"]').wait_for(state="detached")
        page.click('#service-list tr[data-service="cart"]')
        add = page.locator('.card[data-interface="Provider.cart.add"]')
        add.wait_for(timeout=15000)

        def field(card, name: str) -> str:
            return card.locator(f'[data-field="{name}"]').inner_text()

        # Aggregated over java-1 (REST) and go-1 (gRPC); the stale old-host is left out.
        assert field(add, "qps") == "20"
        assert field(add, "errorPercentage") == "2.5"
        assert field(add, "latency") == "11"
        assert field(add, "l99") == "90" and field(add, "l995") == "55"
        assert (field(add, "total"), field(add, "failure"), field(add, "countTimeout")) == (
            "200",
            "5",
            "2",
        )
        assert (
            field(add, "shortCircuited"),
            field(add, "semaphoreRejected"),
            field(add, "threadPoolRejected"),
        ) == ("1", "3", "4")
        assert field(add, "instances") == "2"
        assert field(add, "breaker") == "Circuit closed"
        pay = page.locator('.card[data-interface="Provider.cart.pay"]')
        assert field(pay, "breaker") == "Circuit OPEN"
        assert "open" in pay.locator('[data-field="breaker"]').get_attribute("class")
        assert field(pay, "errorPercentage") == "100" and "bad" in pay.get_attribute("class")
        # qps and latency over the hour: one or two one-minute points so far, drawn by uPlot
        # with a time axis, a value axis and a legend reading the values.
        for chart in add.locator(".chart").all():
            assert int(chart.get_attribute("data-points")) in (1, 2)
            chart.locator("canvas").wait_for()
            assert chart.locator(".u-axis").count() == 2
            assert chart.locator(".u-legend .u-series").count() == 2  # time, and the line

        def status(instance: str) -> str:
            return page.locator(
                f'#instances tr[data-instance="{instance}"] [data-field="status"]'
            ).inner_text()

        assert status("java-1") == "live" and status("go-1") == "live"
        assert status("old-host") == "stale"
        java = page.locator('#instances tr[data-instance="java-1"]')
        assert (field(java, "cpu"), field(java, "thread"), field(java, "load")) == (
            "0.35",
            "88",
            "1.5",
        )
        assert field(java, "memory") == "heapUsed 192 MiB"
        assert field(java, "uptime") == "1d 2h"
        assert "secret" not in page.content()
        SCREENSHOT.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOT), full_page=True)
        print(f"screenshot: {SCREENSHOT}")
        _real_clients_show_their_true_figures(service, page, field)
    finally:
        stop.set()
        reporter.join(timeout=10)


def _real_clients_show_their_true_figures(service: Service, page, field) -> None:
    """Real clients land where the page opens (tenant default/default); java-chassis 2.x's error
    percentage is exact, 3.x's an estimate, marked so; each instance names its client."""
    exact = Traffic(
        "Consumer.pay", calls(SUCCESS, 38, 9) + calls(FAILURE, 5, 9) + calls(TIMEOUT, 4, 900)
    )
    estimated = Traffic("Provider.add", calls(SUCCESS, 90, 5) + calls(FAILURE, 10, 5, "500"))
    for request in (
        java2("shop", "java2-host", [exact], "production"),
        java3("shop", "java3-host", [estimated]),
    ):
        assert send(service.http_url, request)[0] == 200
    page.goto(service.http_url + "/")  # a fresh page, as a new user opens it
    page.evaluate("localStorage.clear()")
    page.reload()
    page.click('#service-list tr[data-service="shop"]')
    pay = page.locator('.card[data-interface="Consumer.pay"]')
    pay.wait_for(timeout=15000)
    assert (
        field(pay, "errorPercentage") == "19.1"
    )  # 9 errors in 47 calls (3 figures), not 0 or 500 %
    assert pay.locator("[data-estimated]").count() == 0
    add = page.locator('.card[data-interface="Provider.add"]')
    assert field(add, "errorPercentage") == "10"  # not 110 %
    assert add.locator('[data-field="errorPercentage"]').get_attribute("data-estimated") == "true"
    assert "failureRate" in field(add, "estimated")
    row = page.locator('#instances tr[data-instance="id-java3-host"]')
    assert field(row, "client") == "java-chassis 2.7.5+/3.x"
    row = page.locator('#instances tr[data-instance="id-java2-host"]')
    assert field(row, "client") == "java-chassis 2.1.6-2.7.4"
    page.screenshot(path=str(SCREENSHOT.with_name("dashboard-real-clients.png")), full_page=True)


def test_a_malformed_link_opens_the_service_list(service, chromium):
    with service.http() as client:
        body = {"name": "linked", "instance": "h", "interfaces": [{"name": "op", "total": 1}]}
        assert rest_upload(client, body, {}).status_code == 200  # lands in default/default
    page = chromium.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(service.http_url + "/#service=%E0%A4%A")  # not valid percent-encoding
    page.locator('#service-list tr[data-service="linked"]').wait_for(timeout=15000)
    assert errors == [] and page.locator("#error").is_hidden()
