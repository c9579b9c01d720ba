"""Shapes of uploads every client may send: aliases merged, NaN and nulls, the legacy path."""

from __future__ import annotations

import math

import pytest
from protocols import rest_instances, rest_query, rest_upload


def _upload(http, tenant, body, service):
    response = rest_upload(http, body, tenant, service=service)
    assert response.status_code == 200, response.text


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
    assert record["qps"] == "NaN" and record["latency"] == 0
    # An infinity is not a figure (docs/api.md "Numbers at their edges"): shown as not reported.
    assert record["l99"] == "NaN" and record["sent"]["l99"] == "Infinity"
    [aggregate] = rest_query(http, tenant, service="s")
    assert aggregate["qps"] == 0  # a NaN is not summed into the service's figure
    assert not math.isnan(aggregate["latency"])


def test_legacy_path_stores_under_the_default_project(http, tenant):
    response = http.post(
        "/csemonitor/v1/metric?service=legacy", json={"instance": "h"}, headers=tenant
    )
    assert response.status_code == 200 and response.text == "upload ok"
    assert rest_instances(http, tenant, "legacy", project="default")[0]["host"] == "h"
