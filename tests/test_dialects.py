"""The dialect rules in one process: what each family's wire looks like, and what is derived."""

from __future__ import annotations

import pytest
from chassis import (
    FAILURE,
    SUCCESS,
    TIMEOUT,
    Traffic,
    calls,
    go_collector,
    java2,
    java2_interface,
    java3,
)
from google.protobuf import json_format

from csemonitor.core.columns import metric_values
from csemonitor.server.dialects import dialect_of, read_interfaces, recognise
from csemonitor.server.ingest import Limits, normalize_upload
from csemonitor.v2 import metric_pb2

TRAFFIC = Traffic("op", calls(SUCCESS, 20, 3) + calls(FAILURE, 2, 3) + calls(TIMEOUT, 1, 900))


def _metadata(request) -> dict[str, str]:
    """The headers as the gateway passes them on."""
    keys = {"user-agent": "grpcgateway-user-agent", "environment": "environment"}
    keys["x-user-name"] = "x-user-name"
    metadata = {keys[h.lower()]: v for h, v in request.headers if h.lower() in keys}
    content_type = [v for h, v in request.headers if h.lower() == "content-type"]
    metadata["grpcgateway-content-type"] = content_type[0] if content_type else ""
    return metadata


def _metric(body: dict) -> metric_pb2.MetricData:
    return json_format.ParseDict(body, metric_pb2.MetricData(), ignore_unknown_fields=True)


@pytest.mark.parametrize(
    ("request_of", "family", "version"),
    [
        (lambda: java2("s", "h", [TRAFFIC], "prod"), "java-chassis", "2.1.6-2.7.4"),
        (lambda: java3("s", "h", [TRAFFIC]), "java-chassis", "2.7.5+/3.x"),
        (lambda: go_collector("s", "h", TRAFFIC), "go-chassis", "cse-collector 2019+"),
    ],
    ids=["java2", "java3", "go"],
)
def test_each_family_is_recognised_from_its_wire(request_of, family, version):
    request = request_of()
    client = recognise(_metadata(request), _metric(request.body_json))
    assert (client.family, client.version) == (family, version)


def test_key_names_alone_do_not_make_a_family():
    body = {"name": "s", "threadCount": 8, "memory": {"heapUsed": 1}, "thread": 3}
    assert recognise({"grpcgateway-user-agent": "curl/8"}, _metric(body)).family == ""


def test_a_hystrix_shaped_interface_of_a_java_3_instance_is_read_as_hystrix():
    client = recognise({"grpcgateway-user-agent": "microservice-client/1.0.0"}, _metric({}))
    hystrix = _metric({"interfaces": [java2_interface(TRAFFIC)]}).interfaces[0]
    assert dialect_of(client, metric_values(hystrix)) == "hystrix"


def test_java_2_errors_are_failures_timeouts_and_rejections():
    metric = _metric({"interfaces": [java2_interface(TRAFFIC)]})
    client = metric_pb2.ClientInfo(family="java-chassis", version="2.1.6-2.7.4")
    [reading], _ = read_interfaces(client, metric)
    assert metric.interfaces[0].failure == TRAFFIC.errors == 3
    assert reading.estimates == 0 and reading.sent_figures() == {"failure": 0}


def test_what_changed_is_marked_and_a_nan_that_stayed_nan_is_not():
    """An unrecognised client's figures are read at face value but bounded: an infinite qps
    becomes NaN (changed, sent kept), a NaN latency stays NaN (not changed), a negative count
    becomes 0 (changed)."""
    nan, inf = float("nan"), float("inf")
    metric = metric_pb2.MetricData(
        interfaces=[
            metric_pb2.InterfaceMetric(name="op", qps=inf, latency=nan, total=5, count_timeout=-2),
            metric_pb2.InterfaceMetric(name="ok", qps=1.0, latency=nan, total=5),
        ]
    )
    (changed, unchanged), _ = read_interfaces(metric_pb2.ClientInfo(), metric)
    assert changed.sent_figures() == {"qps": inf, "count_timeout": -2}
    assert metric.interfaces[0].qps != metric.interfaces[0].qps  # NaN now
    assert metric.interfaces[0].count_timeout == 0
    assert (unchanged.corrected, unchanged.sent) == (0, None)


@pytest.mark.parametrize(
    ("request_of", "corrects"),
    [
        (lambda: java2("s", "h", [TRAFFIC], "prod"), True),  # failure, from failureRate
        (lambda: java3("s", "h", [TRAFFIC]), False),  # its 2xx qps is already total / 10
        (lambda: go_collector("s", "h", TRAFFIC), True),  # total, qps, failure, l50
    ],
    ids=["java2", "java3", "go"],
)
def test_the_values_ingest_hands_the_stores_are_the_message_it_corrected(request_of, corrects):
    """Ingest corrects a list of each interface's figures and writes back only what changed: the
    stores' values and the message (which the snapshot and the reads' as-sent use) agree."""
    request = request_of()
    upload = normalize_upload(
        metric_pb2.UploadMetricRequest(service="s", metric=_metric(request.body_json)),
        1_700_000_000_000,
        Limits(100, 1024, 8),
        _metadata(request),
    )
    assert any(reading.corrected for reading in upload.readings) == corrects
    from_message = [metric_values(interface) for interface in upload.metric.interfaces]
    assert [repr(v) for v in upload.values] == [repr(v) for v in from_message]
