"""The dashboard over a small real fleet, in Chromium, as a new user sees it: 3 services on 9
instances with 12 interfaces, errors, an open breaker and a silent service. Charts have axes, a
legend and a cursor readout; a silent service is never green and sorts with the problems;
every row is a link (href, keyboard); range and choices survive a reload; the instance view
shows its process in full. Screenshots of every view at 1400x1000 and 390 px wide go to
tests/output/."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest import Service
from protocols import rest_upload

from harness.waiting import wait_until

OUTPUT = Path(__file__).resolve().parent / "output"
TENANT = {"x-domain-name": "fleet-ui", "x-project-id": "p"}
SIZES = {"desktop": {"width": 1400, "height": 1000}, "phone": {"width": 390, "height": 844}}


def _interface(name: str, calls: int, failures: int = 0, open_breaker: bool = False) -> dict:
    return {
        "name": name,
        "qps": calls / 10,
        "total": calls,
        "failure": failures,
        "latency": 12.5,
        "l99": 80,
        "l90": 40,
        "l50": 10,
        "circuitBreakerOpen": open_breaker,
    }


def _instance(service: str, n: int, interfaces: list[dict]) -> dict:
    return {
        "name": service,
        "instance": f"{service}-host-{n}",
        "instanceId": f"{service}-{n}",
        "appId": "shop",
        "version": f"1.{n}.0",
        "environment": "production",
        "memory": {
            "heapUsed": 2**27,
            "heapMax": 2**29,
            "heapCommitted": 2**28,
            "nonHeapUsed": 2**25,
        },
        "cpu": 0.25,
        "thread": 40,
        "loadAverage": 1.5,
        "uptime": 3_600_000,
        "interfaces": interfaces,
    }


@pytest.fixture
def fleet(tmp_path):
    service = Service(tmp_path, live_window="3s").start()
    with service.http() as http:
        # "ledger" reports once, then goes silent.
        for n in range(2):
            body = _instance("ledger", n, [_interface("Provider.ledger.post", 100)])
            assert rest_upload(http, body, TENANT).status_code == 200

        def silent() -> bool:
            listed = http.get("/v3/p/csemonitor/metric/list", headers=TENANT).json()["services"]
            return all(not s.get("instanceCount") for s in listed)

        wait_until(silent, 15, 0.2, "ledger silent")
    yield service
    service.stop()


def _report(service: Service) -> None:
    with service.http() as http:
        for n in range(4):
            cart = [
                _interface(f"Provider.cart.cartEndpoint.{op}", 200, 2 * n)
                for op in ("add", "remove", "list", "checkout")
            ]
            pay = [
                _interface("Provider.pay.paymentEndpoint.status", 100, 30, open_breaker=n == 0),
                _interface("Provider.pay.paymentEndpoint.charge/{id}", 50, 1),
                _interface("Consumer.pay.bank_gateway.authorize", 80),
            ]
            for body in (_instance("cart", n, cart), _instance("pay", n, pay)):
                assert rest_upload(http, body, TENANT).status_code == 200


def _open(page, service: Service, hash_: str = "#/") -> None:
    page.goto(service.http_url + "/" + hash_)
    page.fill("#domain", TENANT["x-domain-name"])
    page.fill("#project", TENANT["x-project-id"])
    page.click("#tenant button[type=submit]")
    page.goto(service.http_url + "/" + hash_)
    page.locator("#view[data-view]").wait_for()


def test_the_fleet_on_every_view_and_size(fleet, chromium):
    stop = threading.Event()

    def keep_reporting() -> None:  # every second, as a fleet does (the live window is 3 s)
        while not stop.is_set():
            _report(fleet)
            stop.wait(1.0)

    _report(fleet)
    reporter = threading.Thread(target=keep_reporting, daemon=True)
    reporter.start()
    try:
        _check_every_view(fleet, chromium)
    finally:
        stop.set()
        reporter.join()


def _check_every_view(fleet, chromium):
    OUTPUT.mkdir(exist_ok=True)
    page = chromium.new_page(viewport=SIZES["desktop"])
    _open(page, fleet)
    rows = page.locator("#service-list tr[data-service]")
    rows.first.wait_for()
    order = [rows.nth(i).get_attribute("data-service") for i in range(rows.count())]
    # pay (an open breaker, 30 % errors) first, then the silent ledger, then the healthy cart.
    assert order == ["pay", "ledger", "cart"]
    ledger = page.locator('#service-list tr[data-service="ledger"]')
    assert "ok" not in ledger.get_attribute("class") and "silent" in ledger.get_attribute("class")
    assert "silent" in ledger.locator('[data-state="silent"]').inner_text()
    assert "2 services" not in page.locator("#view").inner_text()  # "3 services"
    # Every row a real link: an href a new tab can open, and Enter on it opens the service.
    link = page.locator('#service-list tr[data-service="cart"] a')
    assert link.get_attribute("href").startswith("#/service/cart")
    link.focus()
    page.keyboard.press("Enter")
    page.locator("#service-title").wait_for()
    assert page.url.endswith("#/service/cart")
    header = page.locator('[data-view-part="service-header"]').inner_text()
    assert "4 / 4" in header and "shop" in header
    # Charts: a time axis, a value axis with units and a legend that reads the cursor.
    card = page.locator('.card[data-interface="Provider.cart.cartEndpoint.add"]')
    for chart in card.locator(".chart").all():
        chart.locator("canvas").wait_for()
        assert chart.locator(".u-axis").count() == 2
        assert chart.locator(".u-legend .u-series").count() == 2
    box = card.locator(".chart .u-over").first.bounding_box()
    page.mouse.move(box["x"] + box["width"] - 2, box["y"] + box["height"] / 2)
    readout = card.locator(".chart .u-legend .u-series:nth-child(2) .u-value").first.inner_text()
    assert readout.endswith("/s") and readout != "–"
    # The range and the choices are in the URL: a reload restores them.
    rendered = page.locator("#view").get_attribute("data-rendered")
    page.click('#ranges button[data-range="300000"]')
    page.wait_for_function(
        f"location.hash.includes('range=300000') && document.querySelector('#view').dataset.rendered !== '{rendered}'"
    )
    page.select_option('[data-control="interfaces-sort"]', "name")
    page.wait_for_function(
        "location.hash.includes('range=300000') && location.hash.includes('sort=name')"
    )
    kept = page.url
    page.reload()
    page.locator("#service-title").wait_for()
    assert page.url == kept
    assert "active" in page.locator('#ranges button[data-range="300000"]').get_attribute("class")
    views = {
        "overview": "#/",
        "service": "#/service/pay",
        "interface": "#/service/pay/interface/Provider.pay.paymentEndpoint.status",
        "instance": "#/service/pay/instance/pay-1",
    }
    for size, viewport in SIZES.items():
        page.set_viewport_size(viewport)
        for view, hash_ in views.items():
            page.goto(fleet.http_url + "/" + hash_)
            page.locator(f'#view[data-view="{view}"]').wait_for()
            page.wait_for_function(  # every chart in view drawn
                "[...document.querySelectorAll('.chart')].every((c) => c.dataset.drawn"
                " || c.querySelector('.chart-note') || c.getBoundingClientRect().top > innerHeight)"
            )
            page.screenshot(path=str(OUTPUT / f"fleet-{view}-{size}.png"), full_page=True)
    # The instance view: its process in full, and its interfaces' history.
    page.set_viewport_size(SIZES["desktop"])
    page.goto(fleet.http_url + "/#/service/pay/instance/pay-1")
    process = page.locator('[data-view-part="process"]').inner_text()
    for expected in ("pay-host-1", "shop", "1.1.0", "production"):
        assert expected in process
    memory = page.locator('[data-view-part="memory"]').inner_text()
    for figure in ("heapUsed", "heapMax", "heapCommitted", "nonHeapUsed", "512 MiB"):
        assert figure in memory
    assert (
        page.locator('[data-total="client"]')
        .get_attribute("title")
        .startswith("the client library")
    )
    page.locator("#instance-history[data-state=loaded] .card").first.wait_for()
    assert page.locator("#instance-history .card").count() == 3
    page.goto(fleet.http_url + "/#/service/pay/interface/Provider.pay.paymentEndpoint.status")
    page.locator("#breakdown").wait_for()
    assert page.locator('#breakdown [data-field="host"]').first.inner_text().startswith("pay-host-")
    # favicon: linked, and served
    assert page.request.get(fleet.http_url + "/favicon.ico").ok
    page.close()
