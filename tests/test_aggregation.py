"""Aggregation across instances (issue point 5): checked against hand-computed values."""

from __future__ import annotations

import asyncio
import math
import time

import pytest
from conftest import Service
from protocols import LIST_PATH, grpc_query, grpc_upload, rest_query, rest_upload
from stores import opened, plain

from csemonitor.core.tenant import Tenant
from csemonitor.v2 import metric_pb2
from harness.waiting import wait_until

# Recent, so a TSDB takes the samples (it refuses what lies far outside its retention).
NOW = (int(time.time()) - 10) * 1000
TENANT = Tenant("d", "p")


def _record(instance, service="cart", name="op", received=NOW, **fields):
    metric = metric_pb2.MetricData(
        instance=instance,
        app_id="app",
        version=str(received),
        interfaces=[metric_pb2.InterfaceMetric(name=name, time=received, **fields)],
    )
    return service, metric, received


def aggregate(records, make_store, since=NOW - 60_000):
    """The store's aggregate over the given uploads (the rules every store must follow)."""

    async def run():
        async with opened(make_store()) as store:
            for service, metric, received in records:
                await store.write(TENANT, plain(service, metric, received))
            services = sorted({service for service, _, _ in records})
            return await store.aggregate_interfaces(TENANT, services, since)

    return asyncio.run(run())


def test_aggregate_sums_weights_maxes_and_rates(make_store):
    records = [
        _record(
            "a",
            qps=10,
            latency=10,
            total=100,
            failure=10,
            count_timeout=1,
            l99=50,
            l50=5,
            circuit_breaker_open=True,
            short_circuited=2,
            semaphore_rejected=1,
        ),
        _record(
            "b",
            qps=30,
            latency=20,
            total=300,
            failure=0,
            count_timeout=2,
            l99=80,
            l50=4,
            thread_pool_rejected=3,
            received=NOW + 1000,
        ),
        _record("c", qps=0, latency=99, total=0, failure=0, l99=10),
    ]
    [info] = aggregate(records, make_store)
    assert info.qps == 40
    assert info.total == 400 and info.failure == 10 and info.count_timeout == 3
    assert (info.short_circuited, info.semaphore_rejected, info.thread_pool_rejected) == (2, 1, 3)
    assert info.latency == pytest.approx((10 * 100 + 20 * 300) / 400)  # weighted by total
    assert info.l99 == 80 and info.l50 == 5  # maximum over instances
    assert info.circuit_breaker_open and info.is_circuit_breaker_open
    assert info.breaker_rate_agg == pytest.approx(1 / 3)
    assert info.failure_rate == pytest.approx(2.5) and info.rate == pytest.approx(97.5)
    assert info.instance_count == 3
    assert (info.time, info.version, info.app_id) == (NOW + 1000, str(NOW + 1000), "app")


def test_aggregate_without_calls_averages_latency_and_reports_no_failures(make_store):
    [info] = aggregate([_record("a", latency=4), _record("b", latency=8)], make_store)
    assert info.latency == 6 and info.failure_rate == 0 and info.rate == 100
    assert not info.circuit_breaker_open and info.breaker_rate_agg == 0


def test_aggregate_keeps_inconsistent_client_numbers(make_store):
    [info] = aggregate([_record("a", total=5, failure=9, qps=-1)], make_store)
    assert info.failure_rate == pytest.approx(180.0) and info.qps == -1


def test_aggregate_ignores_nan_but_not_other_values(make_store):
    records = [
        _record("a", qps=math.nan, l99=math.nan, latency=math.nan),
        _record("b", qps=2, l99=7, latency=3),
    ]
    [info] = aggregate(records, make_store)
    assert info.qps == 2 and info.l99 == 7 and info.latency == 3


def test_aggregate_groups_by_service_and_interface(make_store):
    records = [
        _record("a", name="x"),
        _record("a", name="y"),
        _record("b", name="x"),
        _record("a", service="other", name="x"),
    ]
    keys = [(i.service, i.function_name, i.instance_count) for i in aggregate(records, make_store)]
    assert keys == [("cart", "x", 2), ("cart", "y", 1), ("other", "x", 1)]


def test_aggregate_leaves_out_what_was_received_before_the_live_window(make_store):
    records = [_record("old", qps=100, received=NOW - 120_000), _record("new", qps=1)]
    [info] = aggregate(records, make_store)
    assert (info.qps, info.instance_count) == (1, 1)


def test_go_style_one_upload_per_breaker_keeps_the_other_interfaces(service, http, tenant):
    for name, qps in (("Consumer.a", 1.0), ("Consumer.b", 2.0), ("Consumer.c", 3.0)):
        body = {"name": "checkout", "instance": "go-1", "interfaces": [{"name": name, "qps": qps}]}
        assert rest_upload(http, body, tenant).status_code == 200
    assert grpc_upload(
        service.stub(),
        {"name": "checkout", "instance": "go-2", "interfaces": [{"name": "Consumer.a", "qps": 10}]},
        tenant,
    ).accepted
    records = {r["functionName"]: r for r in rest_query(http, tenant, service="checkout")}
    assert {k: (v["qps"], v["instanceCount"]) for k, v in records.items()} == {
        "Consumer.a": (11.0, 2),
        "Consumer.b": (2.0, 1),
        "Consumer.c": (3.0, 1),
    }
    one = rest_query(http, tenant, service="checkout", instance="go-1", function="Consumer.b")
    assert [(r["functionName"], r["qps"], r["instance"]) for r in one] == [
        ("Consumer.b", 2.0, "go-1")
    ]


def test_query_takes_several_services_and_an_interface_filter(http, tenant):
    for svc in ("a", "b", "c"):
        body = {"name": svc, "instance": "h", "interfaces": [{"name": "op1"}, {"name": "op2"}]}
        assert rest_upload(http, body, tenant).status_code == 200
    rows = rest_query(http, tenant, service="a,b", function="op2")
    assert [(r["service"], r["functionName"]) for r in rows] == [("a", "op2"), ("b", "op2")]
    missing = http.get("/v3/default/csemonitor/metric", headers=tenant)
    assert missing.status_code == 400


def test_latest_record_per_pair_replaces_the_previous_one(http, tenant):
    for total in (5, 9):
        body = {"name": "cart", "instance": "h", "interfaces": [{"name": "op", "total": total}]}
        assert rest_upload(http, body, tenant).status_code == 200
    [record] = rest_query(http, tenant, service="cart")
    assert record["total"] == 9


def test_stale_instances_leave_the_aggregate_but_stay_readable(tmp_path, tenant):
    service = Service(tmp_path, live_window="2s").start()
    try:
        with service.http() as client:
            body = {"name": "cart", "instance": "old", "interfaces": [{"name": "op", "qps": 5}]}
            assert rest_upload(client, body, tenant).status_code == 200
            # Until "old" is out of the 2 s live window: the service has no live instance.
            wait_until(lambda: not rest_query(client, tenant, service="cart"), 10, 0.1, "stale")
            body = {"name": "cart", "instance": "new", "interfaces": [{"name": "op", "qps": 7}]}
            assert rest_upload(client, body, tenant).status_code == 200
            [record] = rest_query(client, tenant, service="cart")
            assert (record["qps"], record["instanceCount"]) == (7.0, 1)
            assert rest_query(client, tenant, service="cart", instance="old")[0]["qps"] == 5.0
            instances = {
                i["host"]: i["live"]
                for i in client.get(
                    "/v3/default/csemonitor/metric/instances",
                    params={"service": "cart"},
                    headers=tenant,
                ).json()["instances"]
            }
            assert instances == {"old": False, "new": True}
            [summary] = client.get(LIST_PATH.format(project="default"), headers=tenant).json()[
                "services"
            ]
            assert (summary["instanceCount"], summary["knownInstanceCount"], summary["qps"]) == (
                1,
                2,
                7.0,
            )
    finally:
        service.stop()


def test_service_list_rolls_up_and_pages(http, tenant):
    for index, svc in enumerate(("alpha", "beta", "gamma")):
        body = {
            "name": svc,
            "instance": "h",
            "appId": "shop",
            "interfaces": [
                {
                    "name": "op",
                    "qps": index + 1,
                    "total": 10,
                    "failure": index,
                    "circuitBreakerOpen": index == 2,
                },
            ],
        }
        assert rest_upload(http, body, tenant).status_code == 200
    page = http.get(
        LIST_PATH.format(project="default"), headers=tenant, params={"limit": 2, "offset": 1}
    ).json()
    assert page["total"] == 3
    assert [
        (s["service"], s["qps"], s["failureRate"], s["circuitBreakerOpen"])
        for s in page["services"]
    ] == [
        ("beta", 2.0, 10.0, False),
        ("gamma", 3.0, 20.0, True),
    ]
    assert page["services"][0]["appId"] == "shop" and page["services"][0]["instanceCount"] == 1
    bad = http.get(LIST_PATH.format(project="default"), headers=tenant, params={"limit": "many"})
    assert bad.status_code == 400
    too_big = http.get(LIST_PATH.format(project="default"), headers=tenant, params={"limit": 5000})
    assert too_big.status_code == 400


def test_service_summary_weights_latency_and_counts_open_breakers(make_store):
    """A service's live interfaces: latency weighted by calls over every live record, and the
    interfaces with a breaker open on any instance (here one of two)."""
    records = [
        _record("a", name="op", latency=10, total=100, circuit_breaker_open=True),
        _record("b", name="op", latency=40, total=300),
        _record("a", name="other", received=NOW - 1, latency=100, total=100),
        _record(
            "old",
            name="gone",
            received=NOW - 120_000,
            latency=9999,
            total=9999,
            circuit_breaker_open=True,
        ),
    ]

    async def run():
        async with opened(make_store()) as store:
            for service, metric, received in records:
                await store.write(TENANT, plain(service, metric, received))
            return await store.service_summaries(TENANT, NOW - 60_000)

    [cart] = asyncio.run(run())
    assert cart.latency == pytest.approx((10 * 100 + 40 * 300 + 100 * 100) / 500)
    assert (cart.open_breaker_count, cart.circuit_breaker_open, cart.interface_count) == (
        1,
        True,
        2,
    )


def test_one_interface_by_instance_and_the_service_roll_up_on_both_protocols(service, http, tenant):
    """per_instance=true with a function: that interface's latest record on each live instance;
    the service list's latency and open breakers; the same over REST and gRPC."""
    bodies = [
        {
            "name": "byinst",
            "instance": "h1",
            "interfaces": [
                {"name": "op", "qps": 1, "total": 10, "failure": 1, "latency": 10},
                {"name": "other", "total": 5, "latency": 1},
            ],
        },
        {
            "name": "byinst",
            "instance": "h2",
            "interfaces": [
                {"name": "op", "qps": 3, "total": 30, "latency": 30, "isCircuitBreakerOpen": True}
            ],
        },
    ]
    for body in bodies:
        assert rest_upload(http, body, tenant).status_code == 200
    rest = rest_query(http, tenant, service="byinst", function="op", per_instance="true")
    grpc_side = grpc_query(service.stub(), tenant, "byinst", function="op", per_instance=True)
    assert [(m["instance"], m["total"], m["failureRate"]) for m in rest] == [
        ("h1", 10, 10.0),
        ("h2", 30, 0.0),
    ]
    assert [(m.instance, m.total, m.failure_rate) for m in grpc_side] == [
        ("h1", 10, 10.0),
        ("h2", 30, 0.0),
    ]
    assert grpc_side[1].circuit_breaker_open and rest[1]["circuitBreakerOpen"]
    listed = http.get(LIST_PATH.format(project="default"), headers=tenant).json()["services"]
    [summary] = [s for s in listed if s["service"] == "byinst"]
    request = metric_pb2.ListServicesRequest(project_id="default")
    [grpc_summary] = [
        s
        for s in service.stub().ListServices(request, metadata=tuple(tenant.items())).services
        if s.service == "byinst"
    ]
    expected_latency = (10 * 10 + 5 * 1 + 30 * 30) / 45
    assert summary["latency"] == pytest.approx(expected_latency)
    assert grpc_summary.latency == pytest.approx(expected_latency)
    assert summary["openBreakerCount"] == grpc_summary.open_breaker_count == 1
    assert (summary["total"], summary["failure"]) == (45, 1)
    assert (grpc_summary.total, grpc_summary.failure) == (45, 1)
