"""Remote write to a real VictoriaMetrics, and PromQL built from client strings: names with
quotes, braces, backslashes, newlines and PromQL operators round-trip exactly and match nothing
else; a TSDB that does not accept an upload makes it a 503, within the deadline."""

from __future__ import annotations

import asyncio
import time

import aiohttp
import cramjam
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stores import NASTY, plain

from csemonitor.core.errors import UNAVAILABLE, ApiError
from csemonitor.core.tenant import Tenant
from csemonitor.prometheus import remote_pb2
from csemonitor.server.store.remote import prompb, promql
from csemonitor.server.store.remote.writes import encode, push, write_request
from csemonitor.v2 import metric_pb2
from harness.victoriametrics import VictoriaMetrics


def _upload(service_instance: str, interface: str, qps: float) -> metric_pb2.MetricData:
    return metric_pb2.MetricData(
        instance=service_instance,
        app_id="app",
        version="1",
        interfaces=[metric_pb2.InterfaceMetric(name=interface, qps=qps, total=7)],
    )


def test_write_request_is_snappy_protobuf_with_sorted_labels():
    upload = _upload("h", "op", 2.5)
    upload.interfaces[0].l99, upload.interfaces[0].l5 = 40, 1
    upload.memory.struct_value.update({"heapUsed": 5})
    request = write_request(Tenant("d", "p"), plain("svc", upload, 1_800_000_000_000))
    decoded = remote_pb2.WriteRequest.FromString(
        bytes(cramjam.snappy.decompress_raw(encode(request)))
    )
    for series in decoded.timeseries:
        names = [label.name for label in series.labels]
        assert names[0] == "__name__" and names == sorted(set(names)), names
        assert all(label.value for label in series.labels)
        assert series.samples[0].timestamp == 1_800_000_000_000
    by_name = {}
    for series in decoded.timeseries:
        labels = {label.name: label.value for label in series.labels}
        by_name[(labels["__name__"], labels.get("quantile"), labels.get("part"))] = (
            labels,
            series.samples[0].value,
        )
    labels, value = by_name[("csemonitor_interface_qps", None, None)]
    assert (labels["interface"], labels["instance"], value) == ("op", "h", 2.5)
    assert by_name[("csemonitor_interface_latency_percentile_ms", "0.99", None)][1] == 40
    assert by_name[("csemonitor_interface_latency_percentile_ms", "0.05", None)][1] == 1
    assert by_name[("csemonitor_instance_memory", None, "heapUsed")][1] == 5
    assert by_name[("csemonitor_interface_requests", None, None)][1] == 7


@settings(max_examples=300, deadline=None)
@given(
    pairs=st.dictionaries(
        st.from_regex(r"[a-z_][a-z0-9_]{0,20}", fullmatch=True), st.text(max_size=300), max_size=8
    ),
    value=st.floats(allow_nan=False),
    timestamp=st.integers(-(2**63), 2**63 - 1),
)
def test_series_encoding_decodes_to_what_the_generated_messages_hold(pairs, value, timestamp):
    encoded = prompb.series(prompb.label("__name__", "m"), prompb.labels(pairs), value, timestamp)
    expected = remote_pb2.WriteRequest(
        timeseries=[
            remote_pb2.TimeSeries(
                labels=[remote_pb2.Label(name="__name__", value="m")]
                + [remote_pb2.Label(name=k, value=pairs[k]) for k in sorted(pairs) if pairs[k]],
                samples=[remote_pb2.Sample(value=value, timestamp=timestamp)],
            )
        ]
    )
    # Proto3 leaves zeros out where the encoder writes them: compare what each decodes to.
    assert remote_pb2.WriteRequest.FromString(encoded) == expected


@settings(max_examples=200, deadline=None)
@given(
    pairs=st.dictionaries(
        st.from_regex(r"[a-z_][a-z0-9_]{0,20}", fullmatch=True), st.text(max_size=30), max_size=8
    ),
    extra=st.from_regex(r"[a-z_][a-z0-9_]{0,20}", fullmatch=True),
    values=st.lists(st.floats(allow_nan=False), min_size=1, max_size=4),
    timestamp=st.integers(0, 2**62),
)
def test_a_label_set_and_a_family_encode_as_each_series_alone(pairs, extra, values, timestamp):
    pairs.pop(extra, None)
    encoded = prompb.LabelSet(pairs)
    assert encoded.whole == prompb.labels(pairs)
    head, tail = encoded.around(extra)
    name = prompb.label("__name__", "m")
    family = [(name, head + prompb.label(extra, str(n)) + tail, v) for n, v in enumerate(values)]
    one_by_one = [
        prompb.series(name, prompb.labels({**pairs, extra: str(n)}), v, timestamp)
        for n, v in enumerate(values)
    ]
    assert prompb.encode_series(family, timestamp) == b"".join(one_by_one)


@pytest.mark.parametrize("length", [4_090, 5_000, 20_000])  # past the table; 2- and 3-byte
def test_a_series_of_long_labels_has_its_length_in_full(length):
    pairs = {"desc": "x" * length}
    encoded = prompb.series(prompb.label("__name__", "m"), prompb.labels(pairs), 1.0, 5)
    decoded = remote_pb2.WriteRequest.FromString(encoded)
    assert [label.value for label in decoded.timeseries[0].labels] == ["m", "x" * length]
    assert decoded.timeseries[0].samples[0].value == 1.0


@pytest.mark.parametrize("value", NASTY)
def test_string_literal_escapes_so_the_value_cannot_break_out(value):
    literal = promql.string_literal(value)
    assert literal.startswith('"') and literal.endswith('"')
    inner = literal[1:-1]
    assert "\n" not in inner and '"' not in inner.replace('\\"', "")


def test_selector_refuses_names_it_did_not_make():
    with pytest.raises(ValueError):
        promql.selector("csemonitor_interface_qps", {"bad-name": "x"})


@pytest.fixture
def victoria(tmp_path):
    vm = VictoriaMetrics(tmp_path)
    yield vm
    vm.stop()


def test_nasty_names_round_trip_exactly_and_match_nothing_else(victoria):
    tenant = Tenant("acme", "shop")
    now = int(time.time() * 1000)

    async def write_all():
        async with aiohttp.ClientSession() as client:
            for index, name in enumerate(NASTY):
                body = encode(
                    write_request(tenant, plain(name, _upload(name, name, index + 1), now))
                )
                await push(client, victoria.url + "/api/v1/write", body, {}, deadline=5)
            # A decoy whose names differ only in what an unescaped query would have ignored.
            decoy = encode(write_request(tenant, plain("cart", _upload("cart", "cart", 999), now)))
            await push(client, victoria.url + "/api/v1/write", decoy, {}, deadline=5)

    asyncio.run(write_all())
    # Every write searchable: the nasty names and the decoy.
    victoria.settle(
        lambda poll: (
            f"count(last_over_time(csemonitor_interface_qps{{{poll}}}[5m])) >= {len(NASTY) + 1}"
        )
    )
    for index, name in enumerate(NASTY):
        exact = {"tenant": "acme", "project": "shop", "service": name, "interface": name}
        selector = promql.selector("csemonitor_interface_qps", exact)
        result = victoria.query(f"last_over_time({selector}[5m])")
        assert len(result) == 1, (name, result)
        labels = result[0]["metric"]
        assert (labels["service"], labels["interface"], labels["instance"]) == (name, name, name)
        assert float(result[0]["value"][1]) == index + 1


def test_a_tsdb_that_does_not_answer_makes_the_upload_a_503_within_the_deadline(tmp_path):
    vm = VictoriaMetrics(tmp_path)
    url = vm.url + "/api/v1/write"
    vm.stop()
    body = encode(write_request(Tenant("d", "p"), plain("svc", _upload("h", "op", 1), 1)))

    async def attempt():
        async with aiohttp.ClientSession() as client:
            await push(client, url, body, {}, deadline=1.5)

    started = time.monotonic()
    with pytest.raises(ApiError) as raised:
        asyncio.run(attempt())
    assert raised.value.kind is UNAVAILABLE and raised.value.retry_after >= 1
    assert time.monotonic() - started < 2.5
