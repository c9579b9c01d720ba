"""The dashboard's views in real headless Chromium, with a generated fleet: the overview sorted
worst first with fleet totals, sorting and filtering asserted on the rendered order and kept in
the URL across a reload, drill-down into an interface and an instance and back, the empty and
error states, and honest charts. A screenshot per view goes to tests/output/."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from protocols import rest_upload

OUTPUT = Path(__file__).resolve().parent / "output"

# name -> (instances, error %, qps per instance, breaker open on the first instance)
SERVICES = {
    "alpha": (2, 0, 1, False),
    "bravo": (2, 5, 10, False),
    "charlie": (1, 2, 5, True),
    "delta": (3, 50, 2, False),
    "echo": (2, 0, 300, False),
}
WORST_FIRST = ["charlie", "delta", "bravo", "echo", "alpha"]
# cart: interface -> (error %, qps, latency); five instances with distinct cpu.
CART = {
    "op-slow": (0, 5, 900),
    "op-failing": (40, 2, 10),
    "op-busy": (0.5, 400, 5),
    "op-broken": (10, 1, 20),
    "op-quiet": (0, 0.5, 1),
}
CART_CPU = [0.1, 0.9, 0.5, 0.3, 0.7]


def _interface(name: str, errors: float, qps: float, latency: float = 10, open_: bool = False):
    total = max(1, round(qps * 10))
    return {
        "name": name,
        "qps": qps,
        "latency": latency,
        "total": total,
        "failure": round(total * errors / 100),
        "l99": latency * 3,
        "circuitBreakerOpen": open_,
    }


def _fleet() -> list[dict]:
    bodies = []
    for service, (count, errors, qps, broken) in SERVICES.items():
        for i in range(count):
            bodies.append(
                {
                    "name": service,
                    "instance": f"{service}-{i}",
                    "interfaces": [_interface("op", errors, qps, open_=broken and i == 0)],
                }
            )
    for i, cpu in enumerate(CART_CPU):
        interfaces = [
            _interface(name, errors, qps, latency)
            for name, (errors, qps, latency) in CART.items()
            if not (name == "op-quiet" and i > 1)  # op-quiet: on two instances only
        ]
        bodies.append(
            {"name": "cart", "instance": f"cart-{i}", "cpu": cpu, "interfaces": interfaces}
        )
    return bodies


@pytest.fixture
def fleet_tenant(service) -> dict[str, str]:
    tenant = {"x-domain-name": "fleet-" + uuid.uuid4().hex[:8], "x-project-id": "p"}
    with service.http() as client:
        for body in _fleet():
            assert rest_upload(client, body, tenant, project="p").status_code == 200
    return tenant


def _open(page, service, tenant: dict[str, str], hash_: str = "") -> None:
    page.goto(service.http_url + "/" + hash_)
    page.fill("#domain", tenant["x-domain-name"])
    page.fill("#project", tenant["x-project-id"])
    page.click("#tenant button[type=submit]")


def _view(page, name: str) -> None:
    page.locator(f'#view[data-view="{name}"]').wait_for(timeout=15000)


def _rows(page, rows: str, attribute: str) -> list[str]:
    """The attribute of each element `rows` selects, in the page's order."""
    return page.locator(rows).evaluate_all(f"rows => rows.map(r => r.getAttribute('{attribute}'))")


def _until(page, rows: str, attribute: str, expected: list[str]) -> list[str]:
    """The rows once they are as expected (a view renders after its fetches), or as they are
    after 15 s."""
    for _ in range(150):
        found = _rows(page, rows, attribute)
        if found == expected:
            return found
        page.wait_for_timeout(100)
    return _rows(page, rows, attribute)


def _shot(page, name: str) -> None:
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"dashboard-{name}.png"), full_page=True)


def test_overview_sorts_filters_and_keeps_its_choices_in_the_url(service, chromium, fleet_tenant):
    page = chromium.new_page(viewport={"width": 1400, "height": 900})
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    _open(page, service, fleet_tenant)
    _view(page, "overview")
    everything = ["cart", *SERVICES]
    # The first render may be of the default tenant, before the tenant form's: wait for ours.
    page.wait_for_function(
        "[...document.querySelectorAll('#service-list tbody tr')].map((r) => r.dataset.service)"
        f".sort().join() === {','.join(sorted(everything))!r}"
    )
    # Worst first by default: the open breaker, then 50 % errors, then 5 %; cart (40 % on one
    # interface of many calls) sits by its own error percentage.
    order = _rows(page, "#service-list tbody tr", "data-service")
    assert sorted(order) == sorted(everything)
    assert [s for s in order if s in WORST_FIRST] == WORST_FIRST
    assert page.locator('[data-total="services"] .value').inner_text() == "6"
    assert page.locator('[data-total="open breakers"] .value').inner_text() == "1"
    assert page.locator('[data-total="instances live / known"] .value').inner_text() == "15 / 15"
    _shot(page, "overview")

    page.fill('[data-control="services-filter"]', "ar")
    page.press('[data-control="services-filter"]', "Enter")
    assert _until(page, "#service-list tbody tr", "data-service", ["charlie", "cart"]) == [
        "charlie",
        "cart",
    ]
    page.click('#service-list th[data-column="name"]')
    assert _until(page, "#service-list tbody tr", "data-service", ["cart", "charlie"]) == [
        "cart",
        "charlie",
    ]
    assert "sort=name" in page.url and "q=ar" in page.url and "dir=asc" in page.url
    page.reload()  # the URL alone brings the view back
    _view(page, "overview")
    assert _until(page, "#service-list tbody tr", "data-service", ["cart", "charlie"]) == [
        "cart",
        "charlie",
    ]
    assert page.locator('[data-control="services-filter"]').input_value() == "ar"
    page.click('#service-list th[data-column="name"]')  # again: reversed
    assert _until(page, "#service-list tbody tr", "data-service", ["charlie", "cart"]) == [
        "charlie",
        "cart",
    ]
    assert errors == []


def test_drill_down_into_a_service_an_interface_and_an_instance_and_back(
    service, chromium, fleet_tenant
):
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    _open(page, service, fleet_tenant)
    _view(page, "overview")
    page.click('#service-list tr[data-service="cart"]')
    _view(page, "service")
    cards = _rows(page, "#cards .card", "data-interface")
    assert cards[:2] == ["op-failing", "op-broken"]  # worst first: the highest error %
    page.select_option('[data-control="interfaces-sort"]', "qps")
    expected_qps = sorted(CART, key=lambda n: -CART[n][1])
    assert _until(page, "#cards .card", "data-interface", expected_qps) == expected_qps
    page.click('#instances th[data-column="cpu"]')
    by_cpu = [f"cart-{i}" for i in sorted(range(5), key=lambda i: -CART_CPU[i])]
    assert _until(page, "#instances tbody tr", "data-instance", by_cpu) == by_cpu
    assert "isort=cpu" in page.url and "sort=qps" in page.url
    _shot(page, "service")

    # The worst interface: its series and its breakdown by instance.
    page.click('.card[data-interface="op-quiet"] h4 a')
    _view(page, "interface")
    assert page.locator("#interface-title").inner_text() == "op-quiet"
    assert sorted(_rows(page, "#breakdown tbody tr", "data-instance")) == ["cart-0", "cart-1"]
    assert page.locator(".charts .chart").count() == 5
    _shot(page, "interface")
    page.go_back()
    _view(page, "service")
    assert _until(page, "#instances tbody tr", "data-instance", by_cpu) == by_cpu  # choices kept

    page.click('#instances tr[data-instance="cart-3"]')
    _view(page, "instance")
    assert page.locator("#instance-title").inner_text() == "cart-3"
    assert sorted(_rows(page, "#own tbody tr", "data-interface")) == sorted(
        set(CART) - {"op-quiet"}
    )
    assert page.locator('[data-total="cpu"] .value').inner_text() == "0.3"
    _shot(page, "instance")
    page.click('#own tr[data-interface="op-failing"]')  # an instance's interface opens too
    _view(page, "interface")
    assert page.locator("#interface-title").inner_text() == "op-failing"
    page.go_back()
    _view(page, "instance")
    page.go_back()
    _view(page, "service")
    page.go_back()
    _view(page, "overview")
    assert errors == []


def test_empty_and_error_states_say_what_is_going_on(service, chromium):
    page = chromium.new_page(viewport={"width": 1200, "height": 700})
    nobody = {"x-domain-name": "empty-" + uuid.uuid4().hex[:8], "x-project-id": "p"}
    _open(page, service, nobody)
    page.locator('[data-state="empty"]').wait_for(timeout=15000)
    text = page.locator('[data-state="empty"]').inner_text()
    assert "curl" in text and nobody["x-domain-name"] in text
    _shot(page, "empty")

    # An API error (a domain longer than any the server takes) is a message, not a blank page.
    _open(page, service, {"x-domain-name": "x" * 2000, "x-project-id": "p"})
    page.locator('[data-state="error"]').wait_for(timeout=15000)
    message = page.locator("#error").inner_text()
    assert "Could not load this view" in message and "SVCSTG.CSE" in message
    _shot(page, "error")

    # A malformed or unknown link opens the overview.
    for link in ("#/service/%E0%A4%A", "#/nowhere/at/all", "#/service/x/y/z/w"):
        page.goto(service.http_url + "/" + link)
        page.locator("#view[data-view]").wait_for(timeout=15000)
        assert page.locator("#view").get_attribute("data-view") in ("overview", "error")


def test_a_missing_step_is_a_gap_and_a_chart_has_axes_and_a_legend(service, chromium):
    page = chromium.new_page()
    page.goto(service.http_url + "/")
    found = page.evaluate(
        """async () => {
            const { runs, columns, chart } = await import('./static/charts.js');
            const points = [{time: 0, qps: 1}, {time: 10000, qps: 2}, {time: 40000, qps: 3}];
            const lines = [{field: 'qps', color: '#000', label: 'qps'}];
            const box = chart(points, lines, {start: 0, end: 50000, step: 10000, unit: '/s'});
            document.body.append(box);
            while (!box.dataset.drawn) await new Promise(requestAnimationFrame);  // in view: drawn
            const none = chart([], lines, {start: 0, end: 50000, step: 10000});
            return {
                runs: runs(points, 10000).map(r => r.length),
                columns: columns(points, lines, 10000),
                axes: box.querySelectorAll('.u-axis').length,
                legend: [...box.querySelectorAll('.u-legend .u-series th')].map(t => t.textContent),
                ticks: box.querySelector('.u-axis:nth-of-type(2)') !== null,
                note: none.querySelector('.chart-note').textContent,
            };
        }"""
    )
    assert found["runs"] == [2, 1]
    # A gap between the runs is one null: uPlot breaks the line there.
    assert found["columns"] == [[0, 10, 35, 40], [1, 2, None, 3]]
    assert found["axes"] == 2 and found["legend"][1].strip() == "qps"
    assert found["note"] == "no reports in this range"


def test_a_card_says_whether_its_percentiles_are_exact(service, chromium):
    """Distributions from every instance: "exact"; one instance without: "bound"."""
    from google.protobuf import json_format

    from csemonitor.core.histogram import Histogram

    tenant = {"x-domain-name": "exact-" + uuid.uuid4().hex[:8], "x-project-id": "p"}
    histogram = Histogram(4)
    for value in (1.0, 2.0, 3.0):
        histogram.record(value)
    distribution = json_format.MessageToDict(histogram.to_message())
    with service.http() as client:
        for host in ("h1", "h2"):
            body = {
                "name": "dist",
                "instance": host,
                "interfaces": [
                    {"name": "with", "total": 3, "latencyHistogram": distribution},
                    {
                        "name": "mixed",
                        "total": 3,
                        **({"latencyHistogram": distribution} if host == "h1" else {}),
                    },
                ],
            }
            assert rest_upload(client, body, tenant, project="p").status_code == 200
    page = chromium.new_page(viewport={"width": 1200, "height": 900})
    _open(page, service, tenant)  # a new tenant opens on the overview
    _view(page, "overview")
    page.click('#service-list tr[data-service="dist"]')
    _view(page, "service")

    def said(name: str) -> str:
        return page.locator(
            f'.card[data-interface="{name}"] [data-field="percentiles-exact"]'
        ).inner_text()

    assert said("with") == "exact (merged distributions)"
    assert said("mixed") == "bound (max of instances)"
