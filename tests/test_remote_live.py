"""The remote store's service views from its replicas' own sums (server/store/remote/fleet.py),
against real TSDBs: the same answers as SQLite's for the servicer's live window, several
replicas adding up without counting an instance twice, and a restarted replica taking up its
sums from the TSDB."""

from __future__ import annotations

import asyncio
import math
import time
import uuid

import pytest
from google.protobuf import json_format
from stores import make, opened, plain

from csemonitor.core.series import ROLLUP, SeriesPlan
from csemonitor.core.tenant import Tenant
from csemonitor.server.ingest import Limits, normalize_upload
from csemonitor.server.store import RemoteStore, SqliteStore
from csemonitor.server.store.remote.promql import string_literal
from csemonitor.v2 import metric_pb2
from harness.waiting import eventually

LIVE_WINDOW_MS = 60_000
LIMITS = Limits(1000, 1024, 32)


def _now() -> int:
    return int(time.time() * 1000)


def _metric(host: str, interfaces, **fields) -> metric_pb2.MetricData:
    return metric_pb2.MetricData(
        instance=host, interfaces=[metric_pb2.InterfaceMetric(**i) for i in interfaces], **fields
    )


def _fleet(now: int) -> list:
    """Four instances of cart (one no longer live), one of orders; latencies missing, a NaN
    qps, an open breaker, percentiles from some instances only, a java-chassis 3.x upload whose
    figures are estimates."""
    java = metric_pb2.UploadMetricRequest(project_id="p", service="cart")
    java.metric.CopyFrom(
        _metric("java", [{"name": "pay", "qps": 9.0, "total": 96, "failure": 102}])
    )
    java.metric.memory.struct_value.update({"headMax": 1})
    java_upload = normalize_upload(
        java, now - 2500, LIMITS, {"grpcgateway-user-agent": "microservice-client/1.0.0"}
    )
    return [  # in the order a server receives them
        plain(  # reported before the live window: known, not live
            "cart",
            _metric("gone", [{"name": "list", "qps": 1000, "total": 9999}], version="0"),
            now - 5 * 60_000,
        ),
        plain(
            "cart",
            _metric(
                "a",
                [
                    {"name": "list", "qps": 10, "total": 100, "failure": 3, "latency": 20},
                    {"name": "pay", "qps": 2.5, "total": 25, "latency": 40, "l99": 90, "time": 7},
                ],
                app_id="shop",
                version="1",
            ),
            now - 9000,
        ),
        java_upload,
        plain(
            "cart",
            _metric(
                "b",
                [
                    {"name": "list", "qps": math.nan, "total": 40, "latency": math.nan},
                    {
                        "name": "pay",
                        "qps": 1,
                        "total": 10,
                        "failure": 10,
                        "latency": 400,
                        "l99": 700,
                        "l50": 100,
                        "circuit_breaker_open": True,
                        "count_timeout": 4,
                        "desc": "b's",
                        "time": 9,
                    },
                ],
                app_id="shop",
                version="2",
            ),
            now - 2000,
        ),
        plain("orders", _metric("o", [{"name": "create", "qps": 4, "total": 40}]), now - 1000),
    ]


def _comparable(message) -> dict:
    """A record as a dict whose floats compare approximately (sums in another order)."""

    def approx(value):
        if isinstance(value, float):
            return pytest.approx(value, rel=1e-9)
        if isinstance(value, dict):
            return {k: approx(v) for k, v in value.items()}
        if isinstance(value, list):
            return [approx(v) for v in value]
        return value

    return approx(json_format.MessageToDict(message, preserving_proto_field_name=True))


async def _views(store, tenant: Tenant, now: int):
    minute = now - now % 60_000
    plan = SeriesPlan(minute - 600_000, minute + 60_000, 60_000, ROLLUP)
    since = _now() - LIVE_WINDOW_MS
    return (
        await store.aggregate_interfaces(tenant, ["cart", "orders"], since),
        await store.aggregate_interfaces(tenant, ["cart"], since, "pay"),
        await store.service_summaries(tenant, since),
        await store.series(tenant, "cart", plan),
    )


@pytest.mark.parametrize("tsdb", ["victoria", "prometheus"])
def test_service_views_from_the_live_sums_answer_as_sqlite(request, tmp_path, tsdb):
    engine = request.getfixturevalue(tsdb)
    tenant = Tenant("d", "p")
    now = _now()

    async def answers(store):
        async with opened(store) as opened_store:
            for upload in _fleet(now):
                await opened_store.write(tenant, upload)
            if isinstance(opened_store, SqliteStore):
                return await _views(opened_store, tenant, now)
            await opened_store.instances(tenant)  # settles: every series written is searchable
            remote = opened_store._store
            assert remote._answers_live(_now() - LIVE_WINDOW_MS)  # the path under test
            return await _views(opened_store, tenant, now)

    sqlite = asyncio.run(answers(SqliteStore(str(tmp_path / "sqlite"))))
    remote = asyncio.run(answers(make("remote", tmp_path, engine)))
    for from_sqlite, from_remote in zip(sqlite, remote, strict=True):
        assert [_comparable(m) for m in from_remote] == [_comparable(m) for m in from_sqlite]
    cards, [pay], summaries, series = remote
    assert [(c.service, c.function_name, c.instance_count) for c in cards] == [
        ("cart", "list", 2),
        ("cart", "pay", 3),
        ("orders", "create", 1),
    ]
    assert (pay.total, pay.failure, pay.l99, pay.count_timeout) == (131, 16, 700, 4)
    assert pay.circuit_breaker_open and list(pay.estimates) == ["failure", "failureRate", "rate"]
    cart = summaries[0]
    assert (cart.known_instance_count, cart.instance_count, cart.version) == (4, 3, "2")
    assert series[1].function_name == "pay" and sum(p.total for p in series[1].points) == 131


def _settle(engine, tenant: Tenant, query: str) -> None:
    domain = string_literal(tenant.domain)
    engine.settle(lambda poll: query.replace("TENANT", f"tenant={domain},{poll}"))


def test_replicas_add_up_and_an_instance_counts_once_after_it_moves(victoria):
    """Two replicas on one TSDB: each one's instances add up; an instance whose newest report
    went to the other replica is dropped by the first at its next check."""
    tenant = Tenant("moving-" + uuid.uuid4().hex[:8], "p")
    now = _now()

    def report(host: str, at: int):
        return plain("cart", _metric(host, [{"name": "op", "qps": 1, "total": 10}]), at)

    async def run():
        one = RemoteStore(victoria.write_url, victoria.url, replica="one")
        two = RemoteStore(victoria.write_url, victoria.url, replica="two")
        async with opened(one), opened(two):
            await one.write(tenant, report("a", now - 5000))
            await one.write(tenant, report("moving", now - 5000))
            await two.write(tenant, report("b", now - 4000))
            await two.write(tenant, report("moving", now - 1000))  # moved to replica two
            _settle(
                victoria,
                tenant,
                "count(last_over_time(csemonitor_instance_last_report_ms{TENANT}[1h])) >= 4",
            )
            await one.flush_live(refresh=True)  # checks whose instances are newer elsewhere
            await two.flush_live(refresh=True)

            async def views():
                since = _now() - LIVE_WINDOW_MS
                assert one._answers_live(since) and two._answers_live(since)
                return (
                    await one.aggregate_interfaces(tenant, ["cart"], since),
                    await two.service_summaries(tenant, since),
                )

            # Within the TSDB's freshness (new series searchable after a second or two).
            return await eventually(
                views,
                lambda found: (
                    len(found[0]) == len(found[1]) == 1 and found[0][0].instance_count == 3
                ),
            )

    [op], [cart] = asyncio.run(run())
    assert (op.instance_count, op.total, op.qps) == (3, 30, 3)
    assert (cart.known_instance_count, cart.instance_count) == (3, 3)


def test_a_restarted_replica_takes_its_sums_up_from_the_tsdb(victoria):
    """A replica stopped and started again (same name) answers as before without a new upload,
    and a report in a minute its instance already reported in counts that instance once."""
    tenant = Tenant("restart-" + uuid.uuid4().hex[:8], "p")
    now = _now()
    minute = now - now % 60_000
    first = now - 1000 if now - 1000 >= minute else now  # both reports in one minute

    def report(host: str, qps: float, at: int):
        return plain("cart", _metric(host, [{"name": "op", "qps": qps, "total": 10}]), at)

    def store() -> RemoteStore:
        return RemoteStore(victoria.write_url, victoria.url, replica="restarting")

    plan = SeriesPlan(minute, minute + 60_000, 60_000, ROLLUP)

    async def before():
        async with opened(store()) as running:
            await running.write(tenant, report("a", 2, first))
            await running.write(tenant, report("b", 4, first))
            await running.flush_live()
        _settle(
            victoria,
            tenant,
            "sum(last_over_time(csemonitor_live_interface_instances{TENANT}[30s])) >= 2 and "
            "count(last_over_time(csemonitor_interface_qps{TENANT}[1h])) >= 2",
        )

    async def after():
        async with opened(store()) as restarted:
            since = _now() - LIVE_WINDOW_MS
            assert restarted._answers_live(since)  # seeded at open
            cards = await restarted.aggregate_interfaces(tenant, ["cart"], since)
            await restarted.write(tenant, report("a", 6, first + 1))  # the same minute

            async def series():
                return await restarted.series(tenant, "cart", plan)

            return cards, await eventually(
                series, lambda found: found and sum(p.total for p in found[0].points) >= 30
            )

    asyncio.run(before())
    [op], [series] = asyncio.run(after())
    assert (op.instance_count, op.total, op.qps) == (2, 20, 6)
    [point] = series.points
    # a's two reports in the minute: one instance, its mean qps (2 + 6) / 2; b's 4.
    assert (point.instance_count, point.total) == (2, 30)
    assert point.qps == pytest.approx(4 + 4)
