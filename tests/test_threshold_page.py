"""Thresholds on the page, in real Chromium: set from the service view's form, a breach shown
on the overview and sorted first under "worst first"."""

from __future__ import annotations

from conftest import Service
from protocols import rest_upload

TENANT = {"x-domain-name": "thr-page", "x-project-id": "p"}


def _upload(service: str, failures: int) -> dict:
    op = {"name": "op", "qps": 10, "total": 100, "failure": failures, "latency": 5}
    return {"name": service, "instance": f"{service}-1", "interfaces": [op]}


def test_set_a_threshold_on_the_page_and_see_the_breach_first(tmp_path, chromium):
    service = Service(tmp_path, threshold_interval="500ms").start()
    try:
        with service.http() as http:
            # "aaa" errs more in absolute terms but has no threshold; "cart" will be breached.
            assert rest_upload(http, _upload("aaa", 4), TENANT).status_code == 200
            assert rest_upload(http, _upload("cart", 3), TENANT).status_code == 200
        page = chromium.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(service.http_url + "/#/service/cart")
        page.fill("#domain", TENANT["x-domain-name"])
        page.fill("#project", TENANT["x-project-id"])
        page.click("#tenant button[type=submit]")
        page.goto(service.http_url + "/#/service/cart")
        page.locator("#threshold-form").wait_for()
        # The view may render once more (the tenant's submit, then the route): a form filled
        # before that render is replaced by an empty one. Fill the one that stays.
        page.wait_for_load_state("networkidle")
        page.fill('[data-threshold-field="failureRate"]', "2")
        page.click("#threshold-form button[type=submit]")
        page.locator('#thresholds [data-threshold="breached"]').wait_for(timeout=15000)
        with service.http() as http:
            [saved] = http.get("/v3/p/csemonitor/thresholds", headers=TENANT).json()
        assert saved["serviceName"] == "cart" and saved["failureRate"] == 2
        page.goto(service.http_url + "/#/")
        rows = page.locator("#service-list tr[data-service]")
        rows.first.wait_for()
        assert rows.first.get_attribute("data-service") == "cart"  # breached first
        badge = page.locator('#service-list tr[data-service="cart"] [data-threshold="breached"]')
        assert "failureRate" in badge.inner_text()
        page.close()
    finally:
        service.stop()
