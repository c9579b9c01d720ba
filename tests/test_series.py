"""Series: aggregation and downsampling checked against hand-computed values."""

from __future__ import annotations

import asyncio
import time

import pytest
from protocols import grpc_upload, rest_upload
from stores import opened, plain

from csemonitor.core.series import RAW, ROLLUP, SeriesPlan, plan_series
from csemonitor.core.tenant import Tenant
from csemonitor.server.store import SqliteStore
from csemonitor.v2 import metric_pb2

_NOW = int(time.time() * 1000)
T0 = _NOW - _NOW % 3_600_000 - 3_600_000  # the last hour boundary but one (recent, in the past)
TENANT = Tenant("d", "p")


def _upload(instance: str, **interface) -> metric_pb2.MetricData:
    return metric_pb2.MetricData(
        instance=instance, interfaces=[metric_pb2.InterfaceMetric(name="op", **interface)]
    )


# Two instances, three reports each in the first minute; one report of "a" in the second minute.
REPORTS = [
    ("a", 0, {"qps": 10, "total": 100, "failure": 10, "latency": 10, "l99": 50}),
    ("a", 10_000, {"qps": 20, "total": 200, "failure": 0, "latency": 20, "l99": 70}),
    (
        "a",
        20_000,
        {
            "qps": 30,
            "total": 300,
            "failure": 30,
            "latency": 30,
            "l99": 60,
            "circuit_breaker_open": True,
        },
    ),
    ("b", 5_000, {"qps": 1, "total": 10, "failure": 5, "latency": 100, "l99": 500}),
    (
        "b",
        15_000,
        {"qps": 3, "total": 30, "failure": 0, "latency": 100, "l99": 400, "count_timeout": 2},
    ),
    ("b", 25_000, {"qps": float("nan"), "total": 0, "latency": 0, "l99": 0}),
    ("a", 65_000, {"qps": 40, "total": 400, "failure": 4, "latency": 5, "l99": 10}),
]


async def _series(make_store, plan: SeriesPlan, instance=None):
    async with opened(make_store()) as store:
        for instance_name, offset, fields in REPORTS:
            await store.write(TENANT, plain("svc", _upload(instance_name, **fields), T0 + offset))
        return await store.series(TENANT, "svc", plan, instance=instance)


FIRST_MINUTE = {
    # Each instance's mean qps over the minute, summed: a 20; b 2 (its NaN report adds nothing).
    "qps": pytest.approx(22),
    "total": 640,
    "failure": 45,
    "count_timeout": 2,
    "latency": pytest.approx((10 * 100 + 20 * 200 + 30 * 300 + 100 * 10 + 100 * 30) / 640),
    "failure_rate": pytest.approx(100 * 45 / 640),
    "l99": 500,
    "circuit_breaker_open": True,
    "breaker_rate_agg": pytest.approx(1 / 6),
    "instance_count": 2,
}


def _check(point: metric_pb2.SeriesPoint, expected: dict) -> None:
    for name, value in expected.items():
        assert getattr(point, name) == value, name


@pytest.mark.parametrize("resolution", [RAW, ROLLUP])
def test_one_minute_step_from_raw_samples_and_from_rollups_agree(make_store, resolution):
    [series] = asyncio.run(_series(make_store, SeriesPlan(T0, T0 + 120_000, 60_000, resolution)))
    assert series.function_name == "op"
    first, second = series.points
    assert (first.time, second.time) == (T0, T0 + 60_000)
    _check(first, FIRST_MINUTE)
    _check(
        second,
        {
            "qps": 40,
            "total": 400,
            "latency": 5,
            "l99": 10,
            "instance_count": 1,
            "circuit_breaker_open": False,
        },
    )


def test_two_minute_rollup_step_averages_the_minutes(make_store):
    [series] = asyncio.run(_series(make_store, SeriesPlan(T0, T0 + 120_000, 120_000, ROLLUP)))
    [point] = series.points
    # Each minute's fleet qps (22, then 40), averaged over the two minutes.
    assert point.qps == pytest.approx((22 + 40) / 2)
    assert point.total == 1040 and point.l99 == 500 and point.instance_count == 2
    assert point.latency == pytest.approx((1000 + 4000 + 9000 + 1000 + 3000 + 2000) / 1040)


def test_raw_ten_second_steps_and_one_instance(make_store):
    [series] = asyncio.run(_series(make_store, SeriesPlan(T0, T0 + 30_000, 10_000, RAW), "b"))
    assert [(p.time, p.qps, p.total) for p in series.points] == [
        (T0, 1, 10),
        (T0 + 10_000, 3, 30),
        (T0 + 20_000, 0, 0),
    ]


def test_plan_picks_rollups_for_whole_minutes_and_old_ranges():
    now = T0 + 86_400_000
    raw_since = now - 6 * 3_600_000
    hour = plan_series(now - 3_600_000, now, 0, False, now, raw_since)
    assert (hour.step, hour.resolution) == (60_000, ROLLUP)  # 1 h / 120 = 30 s -> whole minute
    five = plan_series(now - 300_000, now, 0, False, now, raw_since)
    assert (five.step, five.resolution) == (10_000, RAW)
    week = plan_series(now - 7 * 86_400_000, now, 0, False, now, raw_since)
    assert week.resolution == ROLLUP and week.step % 60_000 == 0
    assert (week.end - week.start) // week.step <= 1000
    one = plan_series(now - 300_000, now, 0, True, now, raw_since)
    assert one.resolution == RAW
    old = plan_series(now - 86_400_000, now - 80_000_000, 10_000, False, now, raw_since)
    assert (old.step, old.resolution) == (60_000, ROLLUP)
    assert hour.start % hour.step == 0


def test_series_over_both_protocols(service, http, tenant):
    for i in range(3):
        body = {
            "name": "cart",
            "instance": f"h{i}",
            "interfaces": [{"name": "op", "qps": 2, "total": 20}],
        }
        assert rest_upload(http, body, tenant).status_code == 200
    assert grpc_upload(
        service.stub(),
        {
            "name": "cart",
            "instance": "g",
            "interfaces": [{"name": "op", "qps": 4, "total": 40, "circuitBreakerOpen": True}],
        },
        tenant,
    ).accepted
    response = http.get(
        "/v3/default/csemonitor/metric/series",
        headers=tenant,
        params={"service": "cart", "step": 600_000},
    )
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["resolution"] == "1m" and data["step"] == 600_000
    [series] = data["series"]
    [point] = series["points"]
    assert (point["qps"], point["total"], point["instanceCount"]) == (10.0, 100, 4)
    assert point["circuitBreakerOpen"] is True and point["breakerRateAgg"] == 0.25
    request = metric_pb2.QuerySeriesRequest(project_id="default", service="cart", step=600_000)
    reply = service.stub().QuerySeries(request, metadata=tuple(tenant.items()), timeout=5)
    assert reply.series[0].points[0].qps == 10.0 and reply.step == 600_000
    bad = http.get(
        "/v3/default/csemonitor/metric/series",
        headers=tenant,
        params={"service": "cart", "start": 5, "end": 4},
    )
    assert bad.status_code == 400


def test_restart_within_a_minute_does_not_count_an_instance_twice(tmp_path):
    async def run():
        import time as clock

        if clock.time() % 60 > 55:  # keep the whole test inside one wall-clock minute
            clock.sleep(61 - clock.time() % 60)
        now = int(clock.time() * 1000)
        minute = now - now % 60_000
        plan = SeriesPlan(minute, minute + 60_000, 60_000, ROLLUP)
        for qps in (10, 20):
            store = SqliteStore(str(tmp_path))
            await store.open()
            await store.write(TENANT, plain("svc", _upload("a", qps=qps), minute + 1))
            await store.close()
        store = SqliteStore(str(tmp_path))
        await store.open()
        try:
            return await store.series(TENANT, "svc", plan)
        finally:
            await store.close()

    [series] = asyncio.run(run())
    [point] = series.points
    assert (point.instance_count, point.qps) == (1, 15)


def test_prune_drops_raw_samples_and_rollups_by_their_own_retention(tmp_path):
    async def run():
        store = SqliteStore(str(tmp_path))
        await store.open()
        try:
            for instance_name, offset, fields in REPORTS:
                await store.write(
                    TENANT, plain("svc", _upload(instance_name, **fields), T0 + offset)
                )
            raw = SeriesPlan(T0, T0 + 120_000, 60_000, RAW)
            rollup = SeriesPlan(T0, T0 + 120_000, 60_000, ROLLUP)
            # Raw samples before T0 + 60 s go; roll-ups stay until their own, longer, retention.
            removed = await store.prune(T0 + 60_000, T0)
            after_raw = await store.series(TENANT, "svc", raw)
            kept_rollups = await store.series(TENANT, "svc", rollup)
            everything = await store.prune(T0 + 10**9, T0 + 10**9)
            return (
                removed,
                after_raw,
                kept_rollups,
                everything,
                await store.series(TENANT, "svc", rollup),
            )
        finally:
            await store.close()

    removed, after_raw, kept_rollups, everything, nothing = asyncio.run(run())
    assert removed == 6  # the six raw samples of the first minute
    assert [p.time for p in after_raw[0].points] == [T0 + 60_000]
    assert len(kept_rollups[0].points) == 2
    assert (
        everything == 1 + 2 + 2 + 2 and nothing == []
    )  # last sample, 2 roll-ups, 2 latest, 2 instances
