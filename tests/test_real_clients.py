"""What real clients send (REAL_CLIENTS.md) and the document's example: accepted and read back."""

from __future__ import annotations

import math

import pytest
from conftest import load_example
from protocols import rest_instances, rest_query, rest_upload


def _upload(http, tenant, body, service, **kwargs):
    response = rest_upload(http, body, tenant, service=service, **kwargs)
    assert response.status_code == 200, response.text


def test_java_chassis_upload_reads_back_intact(http, tenant):
    body = load_example("java_chassis.json")
    _upload(http, tenant, body, "cart", content_type=None)  # java-chassis 2.2-2.7 sends none
    [instance] = rest_instances(http, tenant, "cart")
    assert instance["instance"] == body["instanceId"]
    assert instance["host"] == body["instance"]
    for key in (
        "appId",
        "version",
        "serviceId",
        "environment",
        "instanceId",
        "cpu",
        "memory",
        "loadAverage",
        "uptime",
        "customs",
    ):
        assert instance[key] == body[key], key
    assert instance["thread"] == body["threadCount"]
    assert instance["memory"]["headMax"] == 2147483648  # the client's typo is kept as sent
    [record] = rest_query(http, tenant, service="cart", instance=body["instanceId"])
    sent = body["interfaces"][0]
    assert record["functionName"] == sent["name"]
    for key in (
        "qps",
        "latency",
        "total",
        "failure",
        "shortCircuited",
        "semaphoreRejected",
        "threadPoolRejected",
        "countTimeout",
        "l995",
        "l99",
        "l90",
        "l75",
        "l50",
        "l25",
        "l5",
        "circuitBreakerOpen",
    ):
        assert record[key] == sent[key], key
    assert record["failureRate"] == pytest.approx(100 * sent["failureRate"])
    assert record["rate"] == pytest.approx(100 * sent["rate"])
    assert record["host"] == body["instance"]
    assert record["appId"] == "shop" and record["version"] == "2.1.0"
    assert record["time"] > 1_600_000_000_000  # stamped with the receive time


def test_go_chassis_upload_reads_back_intact(http, tenant):
    body = load_example("go_chassis.json")
    _upload(http, tenant, body, "checkout")
    [instance] = rest_instances(http, tenant, "checkout")
    assert instance["thread"] == 21
    assert instance["cpu"] == 8
    assert instance["memory"] == body["memory"]
    assert "loadAverage" not in instance and "uptime" not in instance  # never sent, not invented
    [record] = rest_query(http, tenant, service="checkout", instance=body["instanceId"])
    sent = body["interfaces"][0]
    for key in (
        "qps",
        "latency",
        "l995",
        "l99",
        "l90",
        "l75",
        "l50",
        "l25",
        "l5",
        "total",
        "failure",
        "countTimeout",
        "desc",
    ):
        assert record[key] == sent[key], key
    assert record["circuitBreakerOpen"] is True and record["isCircuitBreakerOpen"] is True
    assert record["failureRate"] == pytest.approx(6.25)


def test_document_example_with_placeholders_reads_back(http, tenant):
    body = load_example("document_example.json")
    _upload(http, tenant, body, None)
    [instance] = rest_instances(http, tenant, "string")
    assert (instance["cpu"], instance["memory"], instance["thread"]) == (
        "string",
        "string",
        "string",
    )
    [record] = rest_query(http, tenant, service="string", instance="string")
    assert record["functionName"] == "string"
    assert record["circuitBreakerOpen"] is True  # isCircuitBreakerOpen merged
    assert record["time"] > 0  # "time": 0 means absent: stamped


@pytest.mark.parametrize(
    ("interface", "expected"),
    [
        ({"circuitBreakerOpen": True}, True),
        ({"isCircuitBreakerOpen": True}, True),
        ({"circuitBreakerOpen": False, "isCircuitBreakerOpen": True}, True),
        ({"circuitBreakerOpen": False}, False),
        ({}, False),
    ],
)
def test_breaker_aliases_merge(http, tenant, interface, expected):
    _upload(
        http,
        tenant,
        {"name": "s", "instance": "h", "interfaces": [{"name": "op", **interface}]},
        None,
    )
    [record] = rest_query(http, tenant, service="s", instance="h")
    assert record["circuitBreakerOpen"] is expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"threadCount": 88}, 88),
        ({"thread": 21}, 21),
        ({"thread": "string"}, "string"),
        ({"thread": 5, "threadCount": 9}, 5),
        ({"thread": None, "threadCount": 9}, 9),
        ({}, None),
    ],
)
def test_thread_aliases_merge(http, tenant, body, expected):
    _upload(http, tenant, {"name": "s", "instance": "h", **body}, None)
    [instance] = rest_instances(http, tenant, "s")
    assert instance["thread"] == expected


def test_nan_and_nulls_read_back(http, tenant):
    body = {
        "name": "s",
        "instance": "h",
        "cpu": "NaN",
        "memory": None,
        "appId": None,
        "interfaces": [{"name": "op", "qps": "NaN", "latency": None, "l99": "Infinity"}],
    }
    _upload(http, tenant, body, None)
    [instance] = rest_instances(http, tenant, "s")
    assert instance["cpu"] == "NaN" and instance["memory"] is None and instance["appId"] == ""
    [record] = rest_query(http, tenant, service="s", instance="h")
    assert record["qps"] == "NaN" and record["l99"] == "Infinity" and record["latency"] == 0
    [aggregate] = rest_query(http, tenant, service="s")
    assert aggregate["qps"] == 0  # a NaN is not summed into the service's figure
    assert not math.isnan(aggregate["latency"])


def test_legacy_path_stores_under_the_default_project(http, tenant):
    response = http.post(
        "/csemonitor/v1/metric?service=legacy", json={"instance": "h"}, headers=tenant
    )
    assert response.status_code == 200 and response.text == "upload ok"
    assert rest_instances(http, tenant, "legacy", project="default")[0]["host"] == "h"
