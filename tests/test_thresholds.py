"""Thresholds (CSE's MetricThreshold) on both protocols and both stores: set over REST, read
back over gRPC and by CSE's GET route in CSE's shape (a JSON array), validated, deleted; and a
service's state against them in ListServices and QueryMetrics."""

from __future__ import annotations

import grpc
import pytest
from conftest import Service
from protocols import LIST_PATH, QUERY_PATH, grpc_error, rest_upload

from csemonitor.v2 import metric_pb2

PATH = "/v3/p/csemonitor/thresholds"
HEADERS = {"x-domain-name": "thr", "x-project-id": "p"}


def _service(tmp_path, store: str, victoria) -> Service:
    if store == "sqlite":
        return Service(tmp_path, threshold_interval="500ms").start()
    return Service(
        tmp_path,
        store="remote",
        remote_write_url=victoria.write_url,
        query_url=victoria.url,
        threshold_interval="500ms",
    ).start()


@pytest.fixture(params=["sqlite", "remote"])
def running(request, tmp_path, victoria):
    service = _service(tmp_path, request.param, victoria)
    yield service
    service.stop()


def test_set_over_rest_read_over_grpc_and_cse_route_then_delete(running):
    headers = {**HEADERS, "x-domain-name": f"thr-{id(running)}"}
    with running.http() as http:
        put = http.put(
            PATH,
            headers=headers,
            json={"serviceName": "cart", "failureRate": 5, "avgDelay": 200, "throughput": 1000},
        )
        assert put.status_code == 200, put.text
        assert put.json()["$timestamp"] > 0
        http.put(
            PATH, headers=headers, json={"serviceName": "pay", "appId": "shop", "failureRate": 1}
        )
        got = http.get(PATH, headers=headers, params={"services": "cart,pay,nothing"})
        assert got.status_code == 200
        body = got.json()
        assert isinstance(body, list) and [t["serviceName"] for t in body] == ["cart", "pay"]
        assert set(body[0]) == {
            "$timestamp",
            "appId",
            "avgDelay",
            "environment",
            "failureRate",
            "serviceName",
            "throughput",
        }
        assert (body[0]["failureRate"], body[0]["avgDelay"], body[0]["throughput"]) == (
            5,
            200,
            1000,
        )
    reply = running.stub().QueryThresholds(
        metric_pb2.QueryThresholdsRequest(project_id="p", services="cart"),
        metadata=tuple(headers.items()),
        timeout=10,
    )
    [cart] = reply.thresholds
    assert cart.failure_rate == 5 and cart.avg_delay == 200 and cart.throughput == 1000
    with running.http() as http:
        deleted = http.delete(PATH, headers=headers, params={"services": "cart"})
        assert deleted.json() == {"deleted": 1}
        assert [t["serviceName"] for t in http.get(PATH, headers=headers).json()] == ["pay"]


@pytest.mark.parametrize(
    "body, field",
    [
        ({"failureRate": 5}, "serviceName"),
        ({"serviceName": "cart"}, "avgDelay"),
        ({"serviceName": "cart", "failureRate": 101}, "failureRate"),
        ({"serviceName": "cart", "avgDelay": -1}, "avgDelay"),
        ({"serviceName": "cart", "throughput": -5}, "throughput"),
        ({"serviceName": "a,b", "failureRate": 5}, "serviceName"),  # a name reads could not name
        ({"serviceName": "cart", "appId": "x\u0001", "failureRate": 5}, "appId"),
    ],
)
def test_a_threshold_that_cannot_be_set_is_400_naming_the_field(service, body, field):
    with service.http() as http:
        response = http.put(PATH, headers=HEADERS, json=body)
    assert response.status_code == 400 and response.json() == {
        "error_code": "SVCSTG.CSE.4001000",
        "error_message": "threshold invalid",
    }
    assert response.headers["x-error-detail"].startswith(field), response.headers
    request = metric_pb2.SetThresholdRequest(project_id="p")
    from google.protobuf import json_format

    json_format.ParseDict(body, request.threshold)
    with pytest.raises(grpc.RpcError) as caught:
        service.stub().SetThreshold(request, metadata=tuple(HEADERS.items()), timeout=10)
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert grpc_error(caught.value)[1] == field


def test_a_service_past_its_threshold_is_breached_in_the_list_and_its_query(service):
    headers = {**HEADERS, "x-domain-name": "thr-state"}
    failing = {
        "name": "cart",
        "instance": "c1",
        "interfaces": [{"name": "op", "qps": 10, "total": 100, "failure": 20, "latency": 5}],
    }
    with service.http() as http:
        assert (
            http.put(
                PATH, headers=headers, json={"serviceName": "cart", "failureRate": 5}
            ).status_code
            == 200
        )
        assert rest_upload(http, failing, headers).status_code == 200
        [cart] = http.get(LIST_PATH.format(project="p"), headers=headers).json()["services"]
        assert cart["threshold"]["state"] == "breached"
        assert cart["threshold"]["breached"] == ["failureRate"] and cart["threshold"]["since"] > 0
        answer = http.get(
            QUERY_PATH.format(project="p"), headers=headers, params={"service": "cart"}
        )
        assert answer.status_code == 200
        states = answer.json()["thresholds"]
        assert states == [] or states[0]["state"] == "breached"  # evaluated every 500 ms
        healthy = {**failing, "interfaces": [{"name": "op", "qps": 10, "total": 100, "latency": 5}]}
        assert rest_upload(http, healthy, headers).status_code == 200
        [cart] = http.get(LIST_PATH.format(project="p"), headers=headers).json()["services"]
        assert cart["threshold"]["state"] == "ok" and cart["threshold"]["breached"] == []


def test_set_over_grpc_read_over_rest(service):
    headers = {**HEADERS, "x-domain-name": "thr-grpc"}
    threshold = metric_pb2.MetricThreshold(service_name="ship", throughput=50)
    request = metric_pb2.SetThresholdRequest(project_id="p", threshold=threshold)
    stored = service.stub().SetThreshold(request, metadata=tuple(headers.items()), timeout=10)
    assert stored.timestamp > 0
    with service.http() as http:
        [got] = http.get(PATH, headers=headers, params={"services": "ship"}).json()
        document = http.get("/openapi.json").json()
    assert got["throughput"] == 50 and got["$timestamp"] == stored.timestamp
    assert "failureRate" not in got  # a figure left out has no threshold
    meaning = document["components"]["schemas"]["MetricThreshold"]["properties"]["throughput"]
    assert "ceiling" in meaning["description"]
