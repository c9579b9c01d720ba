"""The store contract beyond aggregation and series, for every store kind (SQLite and a real
VictoriaMetrics): latest records by instance key or host, instance snapshots of real clients,
service summaries, and client strings that look like PromQL matching only themselves."""

from __future__ import annotations

import asyncio
import math
import time

from conftest import load_example
from google.protobuf import json_format
from stores import NASTY, opened, plain

from csemonitor.core.figures import ESTIMATE_ERRORS
from csemonitor.core.series import RAW, ROLLUP, SeriesPlan
from csemonitor.core.tenant import Tenant
from csemonitor.core.upload import Upload, instance_snapshot
from csemonitor.server.ingest import Limits, normalize_upload
from csemonitor.v2 import metric_pb2

NOW = (int(time.time()) - 10) * 1000
TENANT = Tenant("d", "p")
LIMITS = Limits(1000, 1024, 32)


def _run(make_store, writes, read):
    """Write (service, metric, received) uploads, then return await read(store)."""

    async def run():
        async with opened(make_store()) as store:
            for write in writes:
                await store.write(TENANT, write if isinstance(write, Upload) else plain(*write))
            return await read(store)

    return asyncio.run(run())


def _metric(host, instance_id="", interfaces=(), **fields) -> metric_pb2.MetricData:
    return metric_pb2.MetricData(
        instance=host,
        instance_id=instance_id,
        interfaces=[metric_pb2.InterfaceMetric(**i) for i in interfaces],
        **fields,
    )


def _example(name: str) -> Upload:
    request = metric_pb2.UploadMetricRequest(project_id="p")
    json_format.ParseDict(load_example(name), request.metric, ignore_unknown_fields=True)
    request.service = request.metric.name
    return normalize_upload(request, NOW, LIMITS, {})


def test_latest_records_of_an_instance_by_its_key_or_its_host(make_store):
    old = {"name": "op", "qps": 1, "total": 10, "l99": 9, "desc": "old"}
    new = {"name": "op", "qps": 2, "total": 20, "failure": 1, "l99": 7, "desc": "new"}
    new.update(rate=0.95, failure_rate=0.05, circuit_breaker_open=True, count_timeout=3, time=5)
    writes = [
        ("cart", _metric("h1", "id-1", [old], app_id="app", version="1"), NOW - 5000),
        ("cart", _metric("h1", "id-1", [new, {"name": "other", "qps": 4}], version="2"), NOW),
        ("cart", _metric("h2", "id-2", [{"name": "op", "qps": 100}]), NOW),
    ]

    async def read(store):
        return [
            await store.instance_interfaces(TENANT, ["cart"], "id-1"),
            await store.instance_interfaces(TENANT, ["cart"], "h1"),
            await store.instance_interfaces(TENANT, ["cart"], "h1", "op"),
            await store.instance_interfaces(TENANT, ["cart", "other"], "nobody"),
        ]

    by_key, by_host, one, none = _run(make_store, writes, read)
    assert none == []
    assert sorted(by_key, key=lambda r: r.metric.name) == sorted(
        by_host, key=lambda r: r.metric.name
    )
    [op] = one
    assert (op.service, op.instance, op.host, op.instance_id) == ("cart", "id-1", "h1", "id-1")
    assert (op.app_id, op.version, op.received_ms) == ("", "2", NOW)
    m = op.metric
    assert (m.name, m.desc, m.qps, m.total, m.failure, m.l99) == ("op", "new", 2, 20, 1, 7)
    assert (m.rate, m.failure_rate, m.count_timeout, m.time) == (0.95, 0.05, 3, 5)
    assert m.circuit_breaker_open
    assert m.l50 == 0  # never sent: the proto's zero
    assert {r.metric.name: r.metric.qps for r in by_key} == {"op": 2, "other": 4}


def test_instance_snapshots_of_real_clients_read_back_whole(make_store):
    writes, expected = [], []
    for name in ("java_chassis.json", "go_chassis.json", "document_example.json"):
        upload = _example(name)
        expected.append(instance_snapshot(upload.service, upload.metric, NOW, upload.client))
        copy = metric_pb2.MetricData()
        copy.CopyFrom(upload.metric)
        writes.append(upload._replace(metric=copy))
    # An older report of the Java instance, written first: the newer snapshot replaces it.
    older = _example("java_chassis.json")
    older.metric.cpu.number_value, older.metric.app_id = 99.0, "older"
    writes.insert(0, older._replace(received_ms=NOW - 30_000))

    async def read(store):
        return await store.instances(TENANT)

    found = _run(make_store, writes, read)
    key = lambda i: (i.service, i.instance)  # noqa: E731
    assert sorted(found, key=key) == sorted(expected, key=key)


def test_free_form_parts_and_numbers_of_any_shape_read_back(make_store):
    metric = _metric("h", cpu=None, memory=None)
    metric.cpu.string_value = "NaN"
    metric.memory.struct_value.update({"heap": {"used": 1}, "list": [1, "a", None]})
    metric.thread.number_value = 21
    metric.customs.list_value.extend([1, "x", True])
    metric.diagnosis.struct_value.update({"a": None})
    metric.providers_cache.null_value = 0
    metric.load_average, metric.uptime = 1.5, 99
    copy = metric_pb2.MetricData()
    copy.CopyFrom(metric)

    async def read(store):
        return await store.instances(TENANT, "svc")

    [found] = _run(make_store, [("svc", copy, NOW)], read)
    assert found == instance_snapshot("svc", metric, NOW)


def test_service_summaries_count_live_and_known_instances(make_store):
    live = [{"name": "op", "qps": 3, "total": 30, "failure": 3, "circuit_breaker_open": True}]
    writes = [
        ("cart", _metric("a", interfaces=live, app_id="app", version="2"), NOW),
        ("cart", _metric("b", interfaces=[{"name": "x", "qps": 50}], version="1"), NOW - 120_000),
        ("cart", _metric("c", interfaces=[{"name": "y", "qps": 1, "total": 10}]), NOW - 1000),
        ("orders", _metric("d", version="9"), NOW - 2000),
    ]

    async def read(store):
        return await store.service_summaries(TENANT, NOW - 60_000)

    cart, orders = _run(make_store, writes, read)
    assert (cart.service, cart.known_instance_count, cart.instance_count) == ("cart", 3, 2)
    assert (cart.last_report_time, cart.app_id, cart.version) == (NOW, "app", "2")
    assert cart.qps == 4 and cart.interface_count == 2 and cart.circuit_breaker_open
    assert cart.failure_rate == 100 * 3 / 40
    assert (orders.service, orders.known_instance_count, orders.instance_count) == ("orders", 1, 1)
    assert (orders.version, orders.interface_count, orders.qps) == ("9", 0, 0)


def test_names_that_look_like_promql_match_only_themselves(make_store):
    writes = [
        (name, _metric(name, interfaces=[{"name": name, "qps": i + 1, "total": 1}]), NOW)
        for i, name in enumerate(NASTY)
    ]
    writes.append(("cart", _metric("cart", interfaces=[{"name": "cart", "qps": 999}]), NOW))

    async def read(store):
        since = NOW - 60_000
        return (
            [await store.aggregate_interfaces(TENANT, [name], since, name) for name in NASTY],
            [await store.instances(TENANT, name) for name in NASTY],
            [await store.instance_interfaces(TENANT, [name], name) for name in NASTY],
            await store.aggregate_interfaces(TENANT, ["a|b", ".*", "{{x}}"], since),
        )

    aggregates, instances, latest, several = _run(make_store, writes, read)
    for i, name in enumerate(NASTY):
        [info] = aggregates[i]
        assert (info.service, info.function_name, info.qps) == (name, name, i + 1)
        [instance] = instances[i]
        assert (instance.service, instance.instance, instance.host) == (name, name, name)
        [record] = latest[i]
        assert (record.service, record.instance, record.metric.name) == (name, name, name)
    assert [i.service for i in several] == sorted(["a|b", ".*", "{{x}}"])


def test_how_a_client_was_read_is_kept_and_merged(make_store):
    """A java-chassis 3.x upload (true figures, estimates, what was sent) beside an unrecognised
    client's: per instance as written; aggregates and series with every estimate group of any
    instance; the client recognised on the instance snapshot."""
    java = metric_pb2.UploadMetricRequest(project_id="p", service="cart")
    java.metric.CopyFrom(
        _metric(
            "java",
            "id-j",
            [
                {"name": "op", "qps": 9.0, "total": 96, "failure": 102},
                {"name": "op2", "qps": math.inf, "total": 10},  # as sent, kept as sent
            ],
        )
    )
    java.metric.memory.struct_value.update({"headMax": 1})
    java_upload = normalize_upload(
        java, NOW, LIMITS, {"grpcgateway-user-agent": "microservice-client/1.0.0"}
    )
    plain_one = plain("cart", _metric("other", "", [{"name": "op", "qps": 1, "total": 4}]), NOW)
    minute = NOW - NOW % 60_000
    plans = [SeriesPlan(minute - 60_000, minute + 60_000, 60_000, r) for r in (RAW, ROLLUP)]

    async def read(store):
        return (
            await store.instance_interfaces(TENANT, ["cart"], "java"),
            await store.instance_interfaces(TENANT, ["cart"], "other"),
            await store.aggregate_interfaces(TENANT, ["cart"], NOW - 60_000),
            [await store.series(TENANT, "cart", plan) for plan in plans],
            {i.instance: i.client for i in await store.instances(TENANT, "cart")},
        )

    [java_record, java_op2], [other_record], [aggregate, _], series, clients = _run(
        make_store, [java_upload, plain_one], read
    )
    assert java_record.dialect == "servicecomb-metrics"
    assert (java_record.metric.total, java_record.metric.failure) == (96, 6)
    assert java_record.metric.qps == 9.6
    assert (java_record.sent.qps, java_record.sent.failure) == (9.0, 102)
    assert java_record.estimates == ESTIMATE_ERRORS
    assert (java_op2.metric.qps, java_op2.sent.qps, java_op2.sent.total) == (1.0, math.inf, 10)
    assert (other_record.dialect, other_record.estimates, other_record.sent) == ("", 0, None)
    assert (aggregate.total, aggregate.failure) == (100, 6)
    assert list(aggregate.estimates) == ["failure", "failureRate", "rate"]
    for [interface, _] in series:
        assert [list(p.estimates) for p in interface.points] == [["failure", "failureRate", "rate"]]
    assert clients["id-j"].family == "java-chassis" and clients["id-j"].version == "2.7.5+/3.x"
    assert clients["other"] == metric_pb2.ClientInfo()


def test_an_upload_sqlite_cannot_store_fails_alone_beside_another_tenants(tmp_path, monkeypatch):
    """One upload whose rows cannot be written (simulated: a value SQLite cannot bind) shares a
    group commit with many good ones from another tenant: they are stored, it is refused 500,
    and the minute tracker keeps no trace of it (the next upload's roll-up is right)."""
    from csemonitor.core.errors import INTERNAL, ApiError
    from csemonitor.server.store import sqlite as sqlite_module
    from csemonitor.server.store.sqlite import SqliteStore

    real_rows = sqlite_module.upload_rows

    def rows(tenant, upload):
        made = real_rows(tenant, upload)
        if upload.metric.instance == "poison-host":
            return made._replace(instance=(*made.instance[:-1], object()))
        return made

    monkeypatch.setattr(sqlite_module, "upload_rows", rows)
    minute = NOW - NOW % 60_000

    async def run():
        async with opened(SqliteStore(str(tmp_path))) as store:
            good = [
                store.write(
                    TENANT, plain("cart", _metric(f"h{i}", "", [{"name": "op", "qps": 2}]), NOW)
                )
                for i in range(20)
            ]
            bad = store.write(
                Tenant("poisoned", "p"),
                plain("cart", _metric("poison-host", "id-x", [{"name": "op", "qps": 1000}]), NOW),
            )
            outcomes = await asyncio.gather(bad, *good, return_exceptions=True)
            again = _metric("ok-host", "id-x", [{"name": "op", "qps": 4}])  # the same instance
            await store.write(Tenant("poisoned", "p"), plain("cart", again, NOW))
            series = await store.series(
                Tenant("poisoned", "p"), "cart", SeriesPlan(minute, minute + 60_000, 60_000, ROLLUP)
            )
            return (
                outcomes,
                await store.aggregate_interfaces(TENANT, ["cart"], NOW - 60_000),
                series,
            )

    (bad, *good), [aggregate], [series] = asyncio.run(run())
    assert isinstance(bad, ApiError) and bad.kind is INTERNAL
    assert good == [None] * 20 and aggregate.instance_count == 20 and aggregate.qps == 40
    [point] = series.points  # only the later report counts: qps 4 from one instance
    assert (point.qps, point.instance_count, point.total) == (4, 1, 0)


def test_an_instance_silent_for_minutes_keeps_its_numbers(make_store):
    """Its snapshot is the last it sent, numbers included, however long ago within the
    lookback (the remote store reads those from the whole lookback, the others' from minutes)."""
    silent = _metric("quiet", "id-q", [{"name": "op", "total": 1}])
    silent.cpu.number_value = 0.25
    silent.memory.struct_value.update({"heapUsed": 1024})
    talking = _metric("busy", "id-b", [{"name": "op", "total": 1}])
    talking.cpu.number_value = 0.75
    writes = [("svc", silent, NOW - 10 * 60_000), ("svc", talking, NOW)]

    async def read(store):
        return {i.instance: i for i in await store.instances(TENANT, "svc")}

    found = _run(make_store, writes, read)
    assert found["id-q"].cpu.number_value == 0.25
    assert found["id-q"].memory.struct_value["heapUsed"] == 1024
    assert found["id-b"].cpu.number_value == 0.75
