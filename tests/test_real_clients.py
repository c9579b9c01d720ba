"""Every real client family, as it really sends (tests/chassis.py: its arithmetic, key names and
exact headers), against the default settings: accepted, stored under the tenant a
default-configured client lands in, its family recognised, and its true figures shown, equal to
the truth of the simulated calls; what it sent reads back as sent."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest
from chassis import (
    FAILURE,
    SEMAPHORE,
    SHORT,
    SUCCESS,
    THREAD_POOL,
    TIMEOUT,
    Counters,
    Traffic,
    calls,
    go2018,
    go2018_interface,
    go_collector,
    java2,
    java3,
    send,
    spring_cloud_huawei,
)
from conftest import Service, load_example
from google.protobuf import json_format
from httpx_sse import connect_sse
from protocols import grpc_instances, grpc_query, rest_instances, rest_query, rest_upload

from csemonitor.v2 import metric_pb2

# Where a default-configured client lands: java-chassis sends no tenant header and the path's
# {project_id} is its domainName ("default"); the Go collector sends X-Domain-Name: default.
LANDS_IN = {"x-domain-name": "default", "x-project-id": "default"}
ERROR_FIGURES = ["failure", "failureRate", "rate"]
CALL_FIGURES = ["total", "qps", "failureRate", "rate"]


def _service(family: str) -> str:
    return f"{family}-{uuid.uuid4().hex[:8]}"


def _accepted(service_fixture, request) -> None:
    status, body = send(service_fixture.http_url, request)
    assert (status, body) == (200, b"upload ok")


def _records(http, service: str, instance: str) -> dict[str, dict]:
    found = rest_query(http, LANDS_IN, service=service, instance=instance)
    return {r["functionName"]: r for r in found}


def _check_true_figures(record: dict, traffic: Traffic, qps: float, estimates=()) -> None:
    assert record["total"] == traffic.executed
    assert record["failure"] == traffic.errors
    assert record["failureRate"] == pytest.approx(traffic.error_percent)
    assert record["rate"] == pytest.approx(100 - traffic.error_percent)
    assert record["qps"] == pytest.approx(qps)
    assert record["estimates"] == list(estimates)


def _sent_as_sent(record: dict, sent: dict) -> None:
    for key, value in sent.items():
        if key in ("desc", "circuitBreakerOpen", "isCircuitBreakerOpen"):
            continue
        assert record["sent"][key] == value, key


# -- java-chassis 2.1.6-2.7.4 ------------------------------------------------------------------

JAVA2_TRAFFIC = [
    Traffic(
        "Consumer.payment.pay",
        calls(SUCCESS, 38, 12)
        + calls(FAILURE, 5, 30)
        + calls(TIMEOUT, 3, 1000)
        + calls(THREAD_POOL, 1, 0)
        + calls(SHORT, 2, 0),
    ),
    Traffic("Consumer.stock.reserve", calls(SUCCESS, 100, 5) + calls(SEMAPHORE, 4, 0)),
]


def test_java_chassis_2_hystrix_publisher(service, http):
    name = _service("java2")
    request = java2(name, "java2-host", JAVA2_TRAFFIC, environment="production")
    assert not any(h.lower() == "content-type" for h, _ in request.headers)
    _accepted(service, request)

    [instance] = rest_instances(http, LANDS_IN, name)
    assert instance["client"]["family"] == "java-chassis"
    assert instance["client"]["version"] == "2.1.6-2.7.4"
    assert "header environment" in instance["client"]["signals"]
    assert "no Content-Type" in instance["client"]["signals"]
    assert instance["environment"] == "production"  # from the header: the body has none
    assert instance["cpu"] == "NaN" and instance["thread"] == 64

    records = _records(http, name, "java2-host")
    for traffic, sent in zip(JAVA2_TRAFFIC, request.body_json["interfaces"], strict=True):
        record = records[traffic.name]
        _check_true_figures(record, traffic, sent["qps"])
        assert record["dialect"] == "hystrix"
        _sent_as_sent(record, sent)
    pay = records["Consumer.payment.pay"]
    # The example: 47 calls, 5 failures, 3 timeouts, 1 rejection = 19.1 %, which
    # face-value reading showed as 0 % (failure) or 500 % (failureRate).
    assert (pay["total"], pay["failure"], round(pay["failureRate"], 1)) == (47, 9, 19.1)
    assert pay["sent"]["failureRate"] == 5.0 and pay["sent"]["failure"] == 0
    [aggregate] = rest_query(http, LANDS_IN, service=name, function="Consumer.payment.pay")
    assert round(aggregate["failureRate"], 1) == 19.1 and aggregate["estimates"] == []
    # The Hystrix stream shows the same truth a Hystrix dashboard expects.
    with httpx.Client(base_url=service.http_url, timeout=10) as client:
        with connect_sse(client, "GET", "/hystrix.stream", params={"service": name}) as source:
            commands = {}
            for event in source.iter_sse():
                record = json.loads(event.data)
                commands[record["name"]] = record
                if len(commands) == 2:
                    break
    pay = commands["Consumer.payment.pay"]
    assert (pay["requestCount"], pay["errorCount"], pay["errorPercentage"]) == (47, 9, 19)
    assert pay["rollingCountSuccess"] == 38 and pay["rollingCountShortCircuited"] == 2


# -- java-chassis 2.7.5+/3.x ---------------------------------------------------------------------

JAVA3_TRAFFIC = [
    # "200" iterates before "500" in Java's HashMap: failure = total + the error group.
    Traffic(
        "Provider.cart.cartEndpoint.addItem", calls(SUCCESS, 90, 10) + calls(FAILURE, 6, 40, "500")
    ),
    # "490" iterates before "200": failure = 2 x the error group.
    Traffic(
        "Consumer.stock.stockEndpoint.take", calls(FAILURE, 4, 5, "490") + calls(SUCCESS, 36, 9)
    ),
    # A timeout group: counted right in countTimeout, and an error.
    Traffic(
        "Provider.cart.cartEndpoint.list", calls(SUCCESS, 50, 3) + calls(TIMEOUT, 5, 3000, "408")
    ),
    Traffic("Provider.cart.cartEndpoint.get", calls(SUCCESS, 20, 2)),
]


def test_java_chassis_3_metrics_provider(service, http):
    name = _service("java3")
    request = java3(name, "java3-host", JAVA3_TRAFFIC)
    _accepted(service, request)

    [instance] = rest_instances(http, LANDS_IN, name)
    assert (instance["client"]["family"], instance["client"]["version"]) == (
        "java-chassis",
        "2.7.5+/3.x",
    )
    assert "header User-Agent: microservice-client/1.0.0" in instance["client"]["signals"]
    assert instance["environment"] == "production" and instance["thread"] == 88

    records = _records(http, name, "java3-host")
    sent_by_name = {i["name"]: i for i in request.body_json["interfaces"]}
    for traffic in JAVA3_TRAFFIC:
        record, sent = records[traffic.name], sent_by_name[traffic.name]
        exact = traffic.errors == 0
        _check_true_figures(record, traffic, traffic.executed / 10, () if exact else ERROR_FIGURES)
        assert record["dialect"] == "servicecomb-metrics"
        _sent_as_sent(record, sent)
    add = records["Provider.cart.cartEndpoint.addItem"]
    assert add["sent"]["failure"] > add["sent"]["total"]  # what showed as 106 % errors
    assert add["sent"]["failureRate"] > 1
    assert records["Provider.cart.cartEndpoint.list"]["countTimeout"] == 5
    # qps: the last 2xx group's overwritten value was right here only by chance of one group.
    take = records["Consumer.stock.stockEndpoint.take"]
    assert (take["qps"], take["sent"]["qps"]) == (4.0, 3.6)
    aggregates = {r["functionName"]: r for r in rest_query(http, LANDS_IN, service=name)}
    for traffic in JAVA3_TRAFFIC:
        aggregate = aggregates[traffic.name]
        assert 0 <= aggregate["failureRate"] <= 100
        assert aggregate["failureRate"] == pytest.approx(traffic.error_percent)
        assert aggregate["estimates"] == ([] if traffic.errors == 0 else ERROR_FIGURES)


# -- spring-cloud-huawei --------------------------------------------------------------------


def test_spring_cloud_huawei_invocation_provider(service, http):
    name = _service("sch")
    last = Counters(successful=100, failed=10, total_time_ms=2200.0, at_ms=1_000_000)
    now = Counters(successful=180, failed=14, total_time_ms=4000.0, at_ms=1_010_000)
    request = spring_cloud_huawei(name, "sch-host", "/hello", last, now)
    _accepted(service, request)

    [instance] = rest_instances(http, LANDS_IN, name)
    assert instance["client"]["family"] == "spring-cloud-huawei"
    [record] = rest_query(http, LANDS_IN, service=name, instance="sch-host")
    sent = request.body_json["interfaces"][0]
    assert record["dialect"] == "spring-cloud-huawei-invocation"
    # The window had 84 calls and 4 failures (4.8 %); the client says 104 calls (2 x the 10
    # failures before the window too many), which the wire cannot undo: shown as an estimate.
    assert (sent["total"], sent["failure"]) == (104, 4)
    assert (record["total"], record["failure"]) == (104, 4)
    assert record["failureRate"] == pytest.approx(100 * 4 / 104)
    assert record["estimates"] == CALL_FIGURES
    _sent_as_sent(record, sent)


# -- Go cse-collector 2019+ ---------------------------------------------------------------------

GO_TRAFFIC = [
    Traffic("Consumer.payment.rest", calls(SUCCESS, 30, 9) + calls(FAILURE, 2, 40)),
    # An open breaker rejecting everything: nothing executed, qps 0 (not total / 12.5).
    Traffic("Consumer.stock.rest", calls(SHORT, 10, 0), breaker_open=True),
    Traffic("Consumer.user.rest", calls(SUCCESS, 50, 4) + calls(SHORT, 5, 0)),
]


def test_go_cse_collector_one_post_per_breaker(service, http):
    name = _service("go")
    requests = [go_collector(name, "go-host", traffic) for traffic in GO_TRAFFIC]
    for request in requests:  # one POST per circuit breaker, one interface each
        _accepted(service, request)

    [instance] = rest_instances(http, LANDS_IN, name)
    assert (instance["client"]["family"], instance["client"]["version"]) == (
        "go-chassis",
        "cse-collector 2019+",
    )
    assert "header X-User-Name" in instance["client"]["signals"]
    assert instance["cpu"] == 4 and instance["thread"] == 21

    records = _records(http, name, "id-go-host")
    for traffic, request in zip(GO_TRAFFIC, requests, strict=True):
        record, sent = records[traffic.name], request.body_json["interfaces"][0]
        _check_true_figures(record, traffic, traffic.executed / 10)
        assert record["dialect"] == "hystrix-go"
        assert record["l50"] == 0 and record["sent"]["l50"] == sent["l5"]  # l50 was P5
        assert record["l5"] == sent["l5"] and record["l99"] == sent["l99"]
        _sent_as_sent(record, sent)
    payment = records["Consumer.payment.rest"]
    assert (payment["qps"], payment["sent"]["qps"]) == (3.2, 2.559)  # ~20 % understated
    assert records["Consumer.stock.rest"]["circuitBreakerOpen"] is True
    aggregates = rest_query(http, LANDS_IN, service=name)
    assert {r["functionName"] for r in aggregates} == {t.name for t in GO_TRAFFIC}


def test_go_cse_collector_2018_counts_since_start_are_estimates(service, http):
    name = _service("go2018")
    interfaces = [
        go2018_interface("Consumer.payment.rest", 5000, 50, 4950),
        go2018_interface("Consumer.stock.rest", 0, 0, 0),
    ]
    request = go2018(name, "go18-host", interfaces)
    _accepted(service, request)
    [instance] = rest_instances(http, LANDS_IN, name)
    assert instance["client"]["version"] == "cse-collector 2018"
    assert "key isCircuitBreakerOpen" in instance["client"]["signals"]
    records = _records(http, name, "id-go18-host")
    payment = records["Consumer.payment.rest"]
    assert payment["dialect"] == "go-metrics" and payment["failureRate"] == 1.0
    assert payment["estimates"] == ["total", "qps", "failureRate", "rate", "failure"]
    assert payment["l50"] == 12  # the 2018 collector's percentiles are real
    assert payment["sent"]["rate"] == 0.99
    assert records["Consumer.stock.rest"]["failureRate"] == 0


# -- the document's own example, and policies ------------------------------------------------


def test_document_example_is_taken_as_sent(service, http):
    name = _service("doc")
    body = load_example("document_example.json")
    response = rest_upload(http, body, {}, service=name)
    assert response.status_code == 200
    [instance] = rest_instances(http, LANDS_IN, name)
    assert instance["client"] == {"family": "", "version": "", "signals": []}
    [record] = rest_query(http, LANDS_IN, service=name, instance="string")
    assert record["dialect"] == "" and record["estimates"] == []
    assert record["circuitBreakerOpen"] is True  # isCircuitBreakerOpen merged


@pytest.mark.parametrize(
    ("make", "missing"),
    [
        (lambda name: java3(name, "h", JAVA3_TRAFFIC[:1]), "x-domain-name"),
        (lambda name: go_collector(name, "h", GO_TRAFFIC[0]), "x-project-id"),
    ],
    ids=["java", "go"],
)
def test_strict_policy_refuses_what_real_clients_send(strict_service, make, missing):
    status, body = send(strict_service.http_url, make(_service("strict")))
    assert status == 400 and b"SVCSTG.CSE.4001000" in body


def test_a_token_tenant_applies_when_a_real_client_sends_no_tenant_header(tmp_path):
    """With tokens on, java-chassis' `Authorization: Bearer` names the tenant."""

    tokens = tmp_path / "tokens.json"
    tokens.write_text(json.dumps({"t0ken-for-acme": {"domain": "acme", "project": "shop"}}))
    running = Service(tmp_path, auth_tokens=str(tokens)).start()
    try:
        request = java3("cart", "h", JAVA3_TRAFFIC[:1])
        request.headers.append(("Authorization", "Bearer t0ken-for-acme"))
        _accepted(running, request)
        tenant = {"x-domain-name": "acme", "x-project-id": "shop", "x-auth-token": "t0ken-for-acme"}
        with running.http() as http:
            [instance] = rest_instances(http, tenant, "cart")
        assert instance["client"]["family"] == "java-chassis"
    finally:
        running.stop()


# -- the same input over gRPC ---------------------------------------------------------------

# HTTP headers as the gateway passes them on: what a gRPC client sends to be read the same way.
_METADATA_KEYS = {
    "user-agent": "grpcgateway-user-agent",
    "environment": "environment",
    "x-user-name": "x-user-name",
    "x-domain-name": "x-domain-name",
}


def _grpc_twin(stub, request, service: str) -> None:
    metadata = [
        (_METADATA_KEYS[h.lower()], v) for h, v in request.headers if h.lower() in _METADATA_KEYS
    ]
    if not any(h.lower() == "content-type" for h, _ in request.headers):
        metadata.append(("grpcgateway-content-type", ""))
    upload = metric_pb2.UploadMetricRequest(project_id="default", service=service)
    json_format.ParseDict(request.body_json, upload.metric, ignore_unknown_fields=True)
    stub.UploadMetric(upload, metadata=metadata, timeout=15)


@pytest.mark.parametrize(
    "make",
    [
        lambda name: java2(name, "twin", JAVA2_TRAFFIC, "production"),
        lambda name: java3(name, "twin", JAVA3_TRAFFIC),
        lambda name: go_collector(name, "twin", GO_TRAFFIC[0]),
    ],
    ids=["java2", "java3", "go"],
)
def test_grpc_reads_the_same_client_the_same_way(service, make):
    rest_name, grpc_name = _service("twin-rest"), _service("twin-grpc")
    _accepted(service, make(rest_name))
    _grpc_twin(service.stub(), make(grpc_name), grpc_name)
    stub = service.stub()

    def stored(name):
        [instance] = grpc_instances(stub, LANDS_IN, name)
        records = grpc_query(stub, LANDS_IN, name, instance=instance.instance)
        for record in records:
            record.service, record.time, record.sent.time = "", 0, 0
        return instance.client, sorted(records, key=lambda r: r.function_name)

    assert stored(rest_name) == stored(grpc_name)
    assert stored(rest_name)[0].family
