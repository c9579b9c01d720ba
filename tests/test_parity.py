"""One table of inputs, sent through REST and through gRPC: same outcome, same stored data."""

from __future__ import annotations

import uuid

import pytest
from conftest import load_example
from protocols import grpc_instances, grpc_query, grpc_upload, rest_outcome, rest_upload


def _nested(depth: int) -> dict:
    value: object = 1
    for _ in range(depth):
        value = [value]
    return {"a": value}


# (name, body, service, project, drop-header): inputs a gRPC client can express as well.
CASES = [
    ("java", load_example("java_chassis.json"), "cart", "default", None),
    ("go", load_example("go_chassis.json"), "checkout", "default", None),
    ("document", load_example("document_example.json"), None, "default", None),
    ("service-from-name-only", {"name": "cart", "instance": "h"}, None, "default", None),
    ("empty-interfaces", {"name": "cart", "interfaces": []}, None, "default", None),
    ("cpu-nan-and-nulls", {"name": "cart", "cpu": "NaN", "memory": None}, None, "default", None),
    (
        "negative-counts",
        {"name": "cart", "interfaces": [{"name": "x", "total": -1}]},
        None,
        "default",
        None,
    ),
    (
        "client-time-kept",
        {"name": "cart", "interfaces": [{"name": "x", "time": 1234567}]},
        None,
        "default",
        None,
    ),
    ("no-service", {"instance": "h"}, None, "default", None),
    ("project-too-long", {"name": "cart"}, None, "p" * 65, None),
    ("no-domain-header", {"name": "cart"}, None, "default", "x-domain-name"),
    ("no-project-header", {"name": "cart"}, None, "default", "x-project-id"),
    ("cpu-object", {"name": "cart", "cpu": {"a": 1}}, None, "default", None),
    ("memory-number", {"name": "cart", "memory": 12}, None, "default", None),
    (
        "too-many-interfaces",
        {"name": "cart", "interfaces": [{"name": str(i)} for i in range(1001)]},
        None,
        "default",
        None,
    ),
    ("long-instance", {"name": "cart", "instance": "h" * 1025}, None, "default", None),
    ("deep-customs", {"name": "cart", "customs": _nested(40)}, None, "default", None),
]


def _tenant() -> dict[str, str]:
    return {"x-domain-name": f"parity-{uuid.uuid4().hex[:12]}", "x-project-id": "p"}


def _stored(stub, headers, service, project):
    """Everything stored for the service, minus receive-time stamps (which differ by call)."""
    if not service:
        return [], []
    instances = grpc_instances(stub, headers, service, project)
    metrics = []
    for instance in instances:
        instance.last_report_time = 0
        metrics += grpc_query(stub, headers, service, instance=instance.instance, project=project)
    for metric in metrics:
        metric.time = metric.time if metric.time < 10**12 else 0  # server-stamped times differ
        metric.sent.time = metric.sent.time if metric.sent.time < 10**12 else 0
    metrics.sort(key=lambda m: (m.instance, m.function_name))
    return instances, metrics


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_same_input_same_outcome_and_same_stored_data(service, case):
    name, body, service_param, project, drop = case
    rest_headers, grpc_headers = _tenant(), _tenant()
    for headers in (rest_headers, grpc_headers):
        headers.pop(drop, None)
    with service.http() as client:
        rest = rest_outcome(rest_upload(client, body, rest_headers, project, service_param))
    grpc_result = grpc_upload(service.stub(), body, grpc_headers, project, service_param)
    assert rest == grpc_result
    stored_name = service_param or body.get("name")
    if rest.accepted and drop is None:
        rest_data = _stored(service.stub(), rest_headers, stored_name, project)
        grpc_data = _stored(service.stub(), grpc_headers, stored_name, project)
        assert rest_data == grpc_data
        assert rest_data[0], "an accepted upload must be stored"
