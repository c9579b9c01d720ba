"""Cardinality limits against the real processes: a buggy client that puts request ids in its
interface names fills its service to the interface limit and is then refused (422, the limit
named) on both protocols; names already known keep being accepted; other tenants are untouched;
the limits hold across a restart (the names are read back from the store)."""

from __future__ import annotations

import time

import httpx
import orjson
from chassis import Counters, send, spring_cloud_huawei
from conftest import Service
from prometheus_client.parser import text_string_to_metric_families
from protocols import LIST_PATH, QUERY_PATH, SERIES_PATH, grpc_upload, rest_upload

BUGGY = {"x-domain-name": "buggy", "x-project-id": "p"}
DEFAULT = {"x-domain-name": "default", "x-project-id": "default"}  # where the buggy client lands
CALM = {"x-domain-name": "calm", "x-project-id": "p"}
LIMIT_CODE = "SVCSTG.CSE.4221000"


def _orders(upload: int, per_upload: int = 100) -> dict:
    """One upload of a service whose interface names carry request ids."""
    names = [f"Provider.GET /orders/{upload * per_upload + i}" for i in range(per_upload)]
    return {
        "name": "orders",
        "instance": "orders-1",
        "interfaces": [{"name": n, "qps": 1, "total": 10} for n in names],
    }


def _refusals(service: Service) -> dict[tuple, float]:
    text = httpx.get(service.metrics_url, timeout=5).text
    return {
        tuple(sorted(s.labels.items())): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
        if s.name == "csemonitor_limit_refusals_total"
    }


def _buggy_report(upload: int, per_upload: int = 100):
    """spring-cloud-huawei as it really sends (no tenant headers, project "default"), for a
    service whose paths carry order ids: 100 new interface names a report."""
    paths = [f"GET /orders/{upload * per_upload + i}" for i in range(per_upload)]
    last, now = Counters(10, 0, 50.0, 0), Counters(20, 1, 150.0, 10_000)
    return spring_cloud_huawei("orders", "orders-1", paths, last, now)


def test_a_buggy_client_fills_its_service_to_the_limit_then_is_refused(tmp_path):
    service = Service(tmp_path).start()  # the defaults: 2,000 interfaces a service
    try:
        started = time.monotonic()
        answers = [send(service.http_url, _buggy_report(n)) for n in range(300)]  # 30,000 names
        took = time.monotonic() - started
        statuses = [status for status, _ in answers]
        assert statuses[:20] == [200] * 20 and statuses[20:] == [422] * 280, statuses
        assert orjson.loads(answers[-1][1]) == {
            "error_code": LIMIT_CODE,
            "error_message": "metric limit exceeded",
        }
        # The names it has keep being accepted; another tenant is untouched.
        assert send(service.http_url, _buggy_report(0))[0] == 200
        with service.http() as http:
            assert rest_upload(http, _orders(0), CALM).status_code == 200
            [orders] = http.get(
                LIST_PATH.format(project="default"), headers=DEFAULT, params={"limit": 10}
            ).json()["services"]
            assert orders["interfaceCount"] == 2000
            t0 = time.monotonic()
            view = http.get(
                QUERY_PATH.format(project="default"), headers=DEFAULT, params={"service": "orders"}
            )
            view_s = time.monotonic() - t0
            assert view.status_code == 200 and len(view.json()["metrics"]) == 2000
            # A series answer holds 200 interfaces at most, and says so.
            t0 = time.monotonic()
            series = http.get(
                SERIES_PATH.format(project="default"), headers=DEFAULT, params={"service": "orders"}
            )
            series_s = time.monotonic() - t0
            assert series.status_code == 200, series.text
            assert series.json()["truncated"] is True and len(series.json()["series"]) == 200
            one = http.get(
                SERIES_PATH.format(project="default"),
                headers=DEFAULT,
                params={"service": "orders", "function": "Provider.GET /orders/1999"},
            ).json()
            assert one["truncated"] is False and [s["functionName"] for s in one["series"]] == [
                "Provider.GET /orders/1999"
            ]
            print(
                f"service view {len(view.content) / 1e6:.1f} MB in {view_s:.2f} s, "
                f"series {len(series.content) / 1e6:.1f} MB in {series_s:.2f} s"
            )
        # gRPC: the same refusal, the field named.
        refusal = grpc_upload(service.stub(), _orders(400), DEFAULT)
        assert (refusal.accepted, refusal.error_code, refusal.field) == (
            False,
            LIMIT_CODE,
            "interfaces",
        )
        assert refusal.grpc_code == "RESOURCE_EXHAUSTED"
        refused_count = _refusals(service)
        key = (("limit", "interfaces_per_service"), ("project", "default"), ("tenant", "default"))
        assert refused_count[key] == 281
        log = service.log_text()
        assert log.count("UploadMetric refused: metric limit exceeded:") == 1  # then counted
        print(f"300 uploads in {took:.1f} s")
    finally:
        service.stop()


def test_every_limit_on_both_protocols_and_across_a_restart(tmp_path):
    service = Service(
        tmp_path,
        max_services_per_tenant="2",
        max_instances_per_service="2",
        max_interfaces_per_service="3",
    ).start()
    try:

        def body(name="cart", instance="i1", interfaces=("a",)):
            return {
                "name": name,
                "instance": instance,
                "interfaces": [{"name": n} for n in interfaces],
            }

        def both(upload: dict) -> list[tuple[bool, str, str]]:
            with service.http() as http:
                rest = rest_upload(http, upload, BUGGY)
            rest_outcome = (
                rest.status_code == 200,
                rest.json()["error_code"] if rest.status_code != 200 else "",
            )
            grpc_outcome = grpc_upload(service.stub(), upload, BUGGY)
            return [rest_outcome, (grpc_outcome.accepted, grpc_outcome.error_code)]

        ok, limit = (True, ""), (False, LIMIT_CODE)
        assert both(body()) == [ok, ok]
        assert both(body("pay")) == [ok, ok]
        assert both(body("ship")) == [limit, limit]  # a third service
        assert both(body(instance="i2")) == [ok, ok]
        assert both(body(instance="i3")) == [limit, limit]  # a third instance
        assert both(body(interfaces=("a", "b", "c"))) == [ok, ok]
        assert both(body(interfaces=("a", "d"))) == [limit, limit]  # a fourth interface
        assert both(body(interfaces=("c", "b"))) == [ok, ok]  # known names: fine
        # The names are read back from the store: the limits hold after a restart.
        port = service.grpc_target.rsplit(":", 1)[1]
        service.kill_server()
        service.restart_server(port)
        assert both(body("ship")) == [limit, limit]
        assert both(body(interfaces=("a", "d"))) == [limit, limit]
        assert both(body("pay", instance="i2")) == [ok, ok]
    finally:
        service.stop()


def test_the_page_shows_a_tenant_and_a_service_at_a_limit(tmp_path, chromium):
    service = Service(tmp_path, max_services_per_tenant="1", max_interfaces_per_service="2").start()
    try:
        body = {"name": "cart", "instance": "c1", "interfaces": [{"name": "a"}, {"name": "b"}]}
        with service.http() as http:
            assert rest_upload(http, body, BUGGY).status_code == 200
            listed = http.get(LIST_PATH.format(project="p"), headers=BUGGY).json()
        assert listed["servicesLimitReached"] is True
        assert listed["services"][0]["limitsReached"] == ["interfaces_per_service"]
        page = chromium.new_page()
        page.goto(service.http_url + "/")
        page.fill("#domain", BUGGY["x-domain-name"])
        page.fill("#project", BUGGY["x-project-id"])
        page.click("#tenant button[type=submit]")
        badge = page.locator('#service-list tr[data-service="cart"] .limit')
        badge.wait_for()
        assert badge.get_attribute("data-limit") == "interfaces_per_service"
        banner = page.locator('.limit.banner[data-limit="services_per_tenant"]')
        assert "services limit" in banner.inner_text()
        page.close()
    finally:
        service.stop()


def test_the_remote_store_refuses_series_beyond_its_hourly_budget(tmp_path, victoria):
    from csemonitor.server.store.remote.budget import SERIES_PER_INTERFACE

    service = Service(
        tmp_path,
        store="remote",
        remote_write_url=victoria.write_url,
        query_url=victoria.url,
        remote_max_series_per_hour=str(3 * SERIES_PER_INTERFACE),  # three interfaces' worth
    ).start()
    try:
        tenant = {"x-domain-name": f"budget-{tmp_path.name[-8:]}", "x-project-id": "p"}

        def body(*names: str) -> dict:
            return {"name": "cart", "instance": "c1", "interfaces": [{"name": n} for n in names]}

        with service.http() as http:
            assert rest_upload(http, body("a", "b", "c"), tenant).status_code == 200
            over = rest_upload(http, body("a", "d"), tenant)
            assert over.status_code == 422 and over.json()["error_code"] == LIMIT_CODE
            assert rest_upload(http, body("c", "b"), tenant).status_code == 200  # written before
        refusal = grpc_upload(service.stub(), body("e"), tenant)
        assert (refusal.accepted, refusal.error_code, refusal.field) == (
            False,
            LIMIT_CODE,
            "interfaces",
        )
        key = (
            ("limit", "series_per_tenant_hour"),
            ("project", "p"),
            ("tenant", tenant["x-domain-name"]),
        )
        assert _refusals(service)[key] == 2
    finally:
        service.stop()
