"""Exact fleet percentiles from latency distributions (core/histogram.py): a histogram's
percentiles within the stated precision of the true ones, merges equal to the histogram of the
union, the SQLite store's cards and series exact when every record has one (a bound otherwise),
and a malformed distribution refused alike on both protocols."""

from __future__ import annotations

import asyncio
import math
import random
import time

import pytest
from google.protobuf import json_format
from hypothesis import given, settings
from hypothesis import strategies as st
from protocols import Outcome, grpc_upload, rest_outcome, rest_upload
from stores import opened, plain

from csemonitor.core.columns import QUANTILE_OF
from csemonitor.core.histogram import DEFAULT_SCALE, Histogram, merged, precision
from csemonitor.core.series import ROLLUP, SeriesPlan
from csemonitor.core.tenant import Tenant
from csemonitor.server.store import SqliteStore
from csemonitor.v2 import metric_pb2
from harness.waiting import eventually

NOW = (int(time.time()) - 5) * 1000
TENANT = Tenant("d", "p")


def true_quantile(values: list[float], q: float) -> float:
    """Nearest rank: the ceil(q × n)-th smallest."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(q * len(ordered))) - 1]


def latencies(seed: int, n: int, median: float, spread: float) -> list[float]:
    rng = random.Random(seed)
    return [rng.lognormvariate(math.log(median), spread) for _ in range(n)]


# Three instances: two fast, one with a slow tail (the fleet's p99 lies between theirs).
FLEET = {
    "a": latencies(1, 4000, 8, 0.4),
    "b": latencies(2, 3000, 10, 0.5),
    "c": latencies(3, 500, 40, 0.9),
}


def histogram_of(values, scale: int = DEFAULT_SCALE) -> Histogram:
    histogram = Histogram(scale)
    for value in values:
        histogram.record(value)
    return histogram


def test_percentiles_are_within_the_stated_precision():
    values = [v for vs in FLEET.values() for v in vs]
    for scale in (2, 3, DEFAULT_SCALE, 6):
        histogram = histogram_of(values, scale)  # a span over MAX_BUCKETS comes down a scale
        assert histogram.scale == (5 if scale == 6 else scale)
        for q in QUANTILE_OF.values():
            truth = true_quantile(values, q)
            assert (
                abs(histogram.quantile(q) - truth) / truth <= precision(histogram.scale) + 1e-12
            ), (
                scale,
                q,
            )
    assert precision(DEFAULT_SCALE) == pytest.approx(0.0219, abs=1e-4)


def test_a_merge_is_the_histogram_of_the_union_even_across_scales():
    union = histogram_of([v for vs in FLEET.values() for v in vs], 3)
    parts = [histogram_of(FLEET["a"], 3), histogram_of(FLEET["b"], 5), histogram_of(FLEET["c"], 3)]
    together = merged(p.to_message() for p in parts)
    assert together.scale == 3
    assert together.buckets == union.buckets and together.count == union.count
    assert together.sum == pytest.approx(union.sum)
    zero = Histogram()
    zero.record(0)
    zero.record(float("nan"))
    assert (zero.zero_count, zero.quantile(0.5)) == (2, 0.0)


def _upload(host: str, values, with_histogram: bool = True):
    p = {f: true_quantile(values, q) for f, q in QUANTILE_OF.items()}
    interface = metric_pb2.InterfaceMetric(
        name="op", total=len(values), latency=sum(values) / len(values), qps=len(values) / 10, **p
    )
    if with_histogram:
        interface.latency_histogram.CopyFrom(histogram_of(values).to_message())
    return plain("cart", metric_pb2.MetricData(instance=host, interfaces=[interface]), NOW)


def _read(tmp_path, uploads):
    async def run():
        async with opened(SqliteStore(str(tmp_path))) as store:
            for upload in uploads:
                await store.write(TENANT, upload)
            minute = NOW - NOW % 60_000
            plan = SeriesPlan(minute, minute + 60_000, 60_000, ROLLUP)
            return (
                await store.aggregate_interfaces(TENANT, ["cart"], NOW - 60_000),
                await store.series(TENANT, "cart", plan),
            )

    return asyncio.run(run())


def test_fleet_percentiles_are_exact_when_every_instance_sends_a_distribution(tmp_path):
    union = [v for vs in FLEET.values() for v in vs]
    [card], [series] = _read(tmp_path, [_upload(h, vs) for h, vs in FLEET.items()])
    assert card.percentiles_exact and series.points[0].percentiles_exact
    bound = max(true_quantile(vs, 0.99) for vs in FLEET.values())
    truth = true_quantile(union, 0.99)
    for record in (card, series.points[0]):
        assert abs(record.l99 - truth) / truth <= precision(DEFAULT_SCALE)
        assert Histogram.of(record.latency_histogram).count == len(union)
    # The maximum of the instances' p99 (what every other dashboard shows) is far off.
    assert (bound - truth) / truth > 0.3
    print(f"p99 of the union {truth:.2f} ms, shown {card.l99:.2f} ms, max of p99s {bound:.2f} ms")


def test_one_instance_without_a_distribution_makes_the_percentiles_a_bound(tmp_path):
    uploads = [_upload(h, vs, with_histogram=h != "c") for h, vs in FLEET.items()]
    [card], [series] = _read(tmp_path, uploads)
    assert not card.percentiles_exact and not series.points[0].percentiles_exact
    assert card.l99 == max(true_quantile(vs, 0.99) for vs in FLEET.values())
    assert not card.HasField("latency_histogram")


@pytest.mark.parametrize(
    "histogram, why",
    [
        ({"scale": 20, "counts": [1]}, "scale"),
        ({"scale": 3, "counts": [1] * 5000}, "buckets"),
        ({"scale": 3, "counts": [1], "sum": -5}, "sum"),
        ({"scale": -4, "offset": 1000000, "counts": [1]}, "outside"),  # 2^16000000 ms
        ({"scale": 0, "counts": [2**41]}, "calls"),
    ],
)
def test_a_malformed_distribution_is_refused_alike_on_both_protocols(
    service, http, tenant, histogram, why
):
    body = {
        "name": "hist",
        "instance": "h",
        "interfaces": [{"name": "op", "total": 1}, {"name": "op2", "latencyHistogram": histogram}],
    }
    rest = rest_outcome(rest_upload(http, body, tenant))
    grpc_side = grpc_upload(service.stub(), body, tenant)
    assert (
        rest == grpc_side == Outcome(False, "SVCSTG.CSE.4001000", "interfaces[1].latencyHistogram")
    )
    response = rest_upload(http, body, tenant)
    assert why in response.headers.get("x-error-detail", "") or why in response.text


def test_a_distribution_read_back_on_both_protocols(service, http, tenant):
    """Uploaded over REST (JSON) and gRPC, the same distribution gives the same exact card."""
    values = FLEET["a"]
    message = histogram_of(values).to_message()
    as_json = json_format.MessageToDict(message)
    for host, send in (("rest", "rest"), ("grpc", "grpc")):
        body = {
            "name": "histboth",
            "instance": host,
            "interfaces": [{"name": "op", "total": len(values), "latencyHistogram": as_json}],
        }
        if send == "rest":
            assert rest_upload(http, body, tenant).status_code == 200
        else:
            assert grpc_upload(service.stub(), body, tenant).accepted
    [card] = http.get(
        "/v3/default/csemonitor/metric", params={"service": "histboth"}, headers=tenant
    ).json()["metrics"]
    assert card["percentilesExact"] is True and card["instanceCount"] == 2
    truth = true_quantile(values, 0.99)
    assert abs(card["l99"] - truth) / truth <= precision(DEFAULT_SCALE)


def test_the_remote_store_merges_distributions_and_promql_reads_them(victoria):
    """On a TSDB: the replica's live sums and minute series carry the merged distribution as
    cumulative `le` buckets at scale 3, so the card and the series are exact (±4.4 %), and
    PromQL's histogram_quantile reads the same buckets."""
    from csemonitor.server.store import RemoteStore
    from csemonitor.server.store.remote.buckets import TSDB_SCALE
    from csemonitor.server.store.remote.promql import string_literal

    tenant = Tenant("hist-" + str(time.time_ns())[-8:], "p")
    now = int(time.time() * 1000)
    union = [v for vs in FLEET.values() for v in vs]
    truth = true_quantile(union, 0.99)

    async def run():
        async with opened(RemoteStore(victoria.write_url, victoria.url, replica="h")) as store:
            for host, values in FLEET.items():
                upload = _upload(host, values)
                await store.write(tenant, upload._replace(received_ms=now - 1000))
            await store.flush_live()

            async def read():
                since = int(time.time() * 1000) - 60_000
                minute = now - now % 60_000
                plan = SeriesPlan(minute - 60_000, minute + 60_000, 60_000, ROLLUP)
                return (
                    await store.aggregate_interfaces(tenant, ["cart"], since),
                    await store.series(tenant, "cart", plan),
                )

            return await eventually(
                read,
                lambda found: (
                    found[0]
                    and found[0][0].percentiles_exact
                    and found[1]
                    and sum(p.total for p in found[1][0].points) == len(union)
                ),
            )

    [card], [series] = asyncio.run(run())
    assert card.percentiles_exact and card.instance_count == 3
    assert abs(card.l99 - truth) / truth <= precision(TSDB_SCALE)
    [point] = [p for p in series.points if p.total]
    assert point.percentiles_exact and abs(point.l99 - truth) / truth <= precision(TSDB_SCALE)
    labels = f"tenant={string_literal(tenant.domain)}"
    [found] = victoria.query(
        "histogram_quantile(0.99, sum by (le) (last_over_time("
        f"csemonitor_live_interface_latency_bucket{{{labels}}}[30s])))"
    )
    from_promql = float(found["value"][1])
    assert abs(from_promql - truth) / truth <= 2 ** (1 / 2**TSDB_SCALE) - 1  # one bucket's width


@settings(max_examples=300, deadline=None)
@given(
    scale=st.integers(-4, 8),
    offset=st.integers(-4096, 4096),
    counts=st.lists(st.integers(0, 2**41), max_size=40),
    zero=st.integers(0, 2**41),
    total=st.floats(0, 1e300),
)
def test_any_accepted_distribution_merges_reads_and_stores(scale, offset, counts, zero, total):
    """Whatever an upload may hold, once accepted: merging, percentiles, the TSDB form and
    serialising never fail (a stored distribution can never break a read)."""
    from csemonitor.core.histogram import merge_serialized, problem
    from csemonitor.server.store.remote.buckets import cumulative, from_cumulative

    message = metric_pb2.LatencyHistogram(
        scale=scale, offset=offset, counts=counts, zero_count=zero, sum=total
    )
    if problem(message):
        return
    data = message.SerializeToString()
    merged_bytes = merge_serialized(merge_serialized(data, data), data)
    histogram = Histogram.parse(merged_bytes)
    assert histogram.count == 3 * (zero + sum(counts))
    for q in QUANTILE_OF.values():
        value = histogram.quantile(q)
        assert math.isnan(value) or (0 <= value < math.inf)
    assert from_cumulative(dict(cumulative(histogram))).count == histogram.count
