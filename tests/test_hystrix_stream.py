"""GET /hystrix.stream read by a real SSE client; fields checked against the uploads."""

from __future__ import annotations

import json

import httpx
import pytest
from fleet import GO, JAVA
from httpx_sse import connect_sse
from protocols import grpc_upload, rest_upload


def _events(url: str, params: dict, count: int) -> list[dict]:
    records: list[dict] = []
    with httpx.Client(base_url=url, timeout=10) as client:
        with connect_sse(client, "GET", "/hystrix.stream", params=params) as source:
            assert source.response.headers["content-type"].startswith("text/event-stream")
            for event in source.iter_sse():
                records.append(json.loads(event.data))
                if len(records) == count:
                    break
    return records


def test_stream_carries_hystrix_command_records(service, http, tenant):
    assert rest_upload(http, JAVA, tenant).status_code == 200
    assert grpc_upload(service.stub(), GO, tenant).accepted
    params = {
        "domain": tenant["x-domain-name"],
        "project": tenant["x-project-id"],
        "service": "cart",
        "delay": 500,
    }
    records = _events(service.http_url, params, 4)  # two rounds of two interfaces
    by_name = {r["name"]: r for r in records}
    add, pay = by_name["Provider.cart.add"], by_name["Provider.cart.pay"]
    assert add["type"] == "HystrixCommand" and add["group"] == "cart"
    assert add["requestCount"] == 200 and add["errorCount"] == 5
    assert add["errorPercentage"] == 2  # 2.5 % rounded, as Hystrix sends an integer
    assert add["reportingHosts"] == 2 and add["isCircuitBreakerOpen"] is False
    assert add["latencyTotal_mean"] == 11  # (8*125 + 16*75) / 200
    assert add["latencyExecute"]["99"] == 90 and add["latencyExecute"]["99.5"] == 55
    assert add["latencyExecute"]["50"] == 4 and add["latencyExecute"]["0"] == 1
    assert (add["rollingCountTimeout"], add["rollingCountShortCircuited"]) == (2, 1)
    assert (add["rollingCountSemaphoreRejected"], add["rollingCountThreadPoolRejected"]) == (3, 4)
    assert add["rollingCountSuccess"] == 195
    assert add["propertyValue_metricsRollingStatisticalWindowInMilliseconds"] == 10000
    assert pay["isCircuitBreakerOpen"] is True and pay["reportingHosts"] == 1
    assert records[2]["currentTime"] >= records[0]["currentTime"]


def test_stream_is_tenant_scoped(service, http, tenant):
    assert rest_upload(http, JAVA, tenant).status_code == 200
    params = {"domain": tenant["x-domain-name"] + "-x", "project": "p", "service": "cart"}
    with httpx.Client(base_url=service.http_url, timeout=10) as client:
        with client.stream("GET", "/hystrix.stream", params=params) as response:
            first = next(response.iter_lines())
    assert first.startswith(": no live interfaces")


def test_stream_without_service_or_tenant_is_refused(service, strict_service):
    with httpx.Client(base_url=service.http_url, timeout=10) as client:
        missing = client.get("/hystrix.stream", params={"domain": "d", "project": "p"})
        assert missing.status_code == 400 and missing.json()["error_code"] == "SVCSTG.CSE.4001000"
    with httpx.Client(base_url=strict_service.http_url, timeout=10) as client:
        strict = client.get("/hystrix.stream", params={"service": "cart"})
        assert strict.status_code == 400


@pytest.mark.parametrize(
    "params",
    [
        {"domain": "tab\there", "project": "p"},
        {"domain": "d", "project": "p", "token": "caf\u00e9"},
    ],
)
def test_stream_parameters_grpc_cannot_carry_are_400_not_500(service, params):
    # Found in review: the stream's own tenant and token parameters skipped the header check.
    with httpx.Client(base_url=service.http_url, timeout=10) as client:
        response = client.get("/hystrix.stream", params={**params, "service": "cart"})
    assert response.status_code == 400
    assert response.json()["error_code"] == "SVCSTG.CSE.4001000"
