"""Fuzzing both protocols with numbers at their edges (0, -1, 2^31, 2^53, 2^63-1, -2^63, 1e308,
NaN, +/-Infinity, "NaN" strings) in every numeric field, then every kind of read.

The invariant: no 5xx, INTERNAL or UNKNOWN; every upload answered 200 is stored (read back as
sent); another tenant, uploading and reading all along, is unaffected.

In `make test` a derandomized run (stable for CI) and a short run whose seed changes every time
(printed in the report header; a failure names it: replay with CSEMONITOR_FUZZ_SEED=<seed>).
`make fuzz` runs the fresh-seed one long (CSEMONITOR_FUZZ_EXAMPLES).
"""

from __future__ import annotations

import math
import os
import random
import uuid

import grpc
import pytest
from hypothesis import HealthCheck, given, note, seed, settings
from hypothesis import strategies as st
from protocols import read_everything, rest_upload

from csemonitor.v2 import metric_pb2

FRESH_SEED = int(os.environ.get("CSEMONITOR_FUZZ_SEED") or random.randrange(2**32))
FRESH_EXAMPLES = int(os.environ.get("CSEMONITOR_FUZZ_EXAMPLES") or 8)
EDGES = [0, -1, 1, 2**31, 2**53, 2**63 - 1, -(2**63), 1e308, -1e308, 0.5, 1e15, 1e16]
SPECIAL = ["NaN", "Infinity", "-Infinity"]
COUNTS = ("total", "failure", "shortCircuited", "semaphoreRejected", "threadPoolRejected")
COUNTS += ("countTimeout", "time")
DOUBLES = ("qps", "latency", "rate", "failureRate", "l995", "l99", "l90", "l75", "l50", "l25")
DOUBLES += ("l5",)
numbers = st.one_of(st.sampled_from(EDGES + SPECIAL), st.integers(-(2**63), 2**63 - 1))
interface = st.fixed_dictionaries(
    {"name": st.sampled_from(["op", "op", "other"])},  # repeats: two of one name in an upload
    optional={field: numbers for field in COUNTS + DOUBLES} | {"circuitBreakerOpen": st.booleans()},
)
upload = st.fixed_dictionaries(
    {
        "name": st.sampled_from(["edge", "edge-2"]),
        "instance": st.sampled_from(["a", "b", "c"]),
        "interfaces": st.lists(interface, max_size=4),
    },
    optional={
        "cpu": numbers,
        "thread": numbers,
        "loadAverage": numbers,
        "uptime": numbers,
        "memory": st.dictionaries(st.sampled_from(["heapUsed", "x"]), numbers, max_size=2),
    },
)
SENTINEL = {"name": "calm", "instance": "s", "interfaces": [{"name": "op", "qps": 3, "total": 30}]}
_FIELDS = metric_pb2.InterfaceMetric.DESCRIPTOR.fields_by_name


def _number(value) -> float | int:
    return {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}.get(value, value)


def _grpc_message(body: dict) -> metric_pb2.UploadMetricRequest:
    """The same upload as a gRPC client builds it: what proto types cannot carry is left out
    (an integer field cannot hold 1e308 or NaN), everything else set as the number itself."""
    request = metric_pb2.UploadMetricRequest(project_id="p")
    metric = request.metric
    metric.name, metric.instance = body["name"], body["instance"]
    for sent in body["interfaces"]:
        target = metric.interfaces.add(name=sent["name"])
        for key, value in sent.items():
            field = next((f for f in _FIELDS.values() if f.json_name == key), None)
            if field is None or key == "name":
                continue
            value = _number(value)
            if field.type == field.TYPE_DOUBLE:
                setattr(target, field.name, float(value))
            elif field.type == field.TYPE_BOOL:
                setattr(target, field.name, value)
            elif isinstance(value, int) and -(2**63) <= value < 2**63:
                setattr(target, field.name, value)
            elif isinstance(value, float) and value.is_integer() and abs(value) < 2**63:
                setattr(target, field.name, int(value))
    for key in ("cpu", "thread"):
        if key in body:
            getattr(metric, key).number_value = float(_number(body[key]))
    return request


def _upload_both(service, body: dict, tenant: dict) -> list[bool]:
    """Upload over REST and gRPC; whether each was accepted. No 5xx, INTERNAL or UNKNOWN."""
    with service.http() as http:
        response = rest_upload(http, body, tenant)
    assert response.status_code < 500, response.text
    accepted = [response.status_code == 200]
    try:
        service.stub().UploadMetric(_grpc_message(body), metadata=tuple(tenant.items()), timeout=15)
        accepted.append(True)
    except grpc.RpcError as error:
        assert error.code() in (
            grpc.StatusCode.INVALID_ARGUMENT,
            grpc.StatusCode.RESOURCE_EXHAUSTED,
        ), (error.code(), error.details())
        accepted.append(False)
    return accepted


def _check(service, body: dict) -> None:
    tenant = {"x-domain-name": f"fuzz-{uuid.uuid4().hex[:10]}", "x-project-id": "p"}
    sentinel = {"x-domain-name": "fuzz-sentinel", "x-project-id": "p"}
    note(f"body: {body}")
    rest_ok, grpc_ok = _upload_both(service, body, tenant)
    assert _upload_both(service, SENTINEL, sentinel) == [True, True]  # the neighbour uploads
    reads = read_everything(service, tenant, body["name"])
    if rest_ok or grpc_ok:  # stored: the instance and each interface read back
        assert [i["instance"] for i in reads["instances"]["instances"]] == [body["instance"]]
        names = {r["functionName"] for r in reads.get("per_instance", [])}
        assert names == {i["name"] for i in body["interfaces"]}
    for record in reads.get("per_instance", []) + reads["aggregate"]["metrics"]:
        assert 0 <= record["failureRate"] <= 100 and record["total"] >= 0
        assert record["failure"] >= 0
    calm = read_everything(service, sentinel, "calm")
    [record] = calm["aggregate"]["metrics"]
    assert (record["qps"], record["total"], record["failure"]) == (3, 30, 0)


STABLE = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
FRESH = settings(
    max_examples=FRESH_EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@STABLE
@given(body=upload)
def test_edge_numbers_never_break_a_read_or_a_neighbour(service, body):
    _check(service, body)


@pytest.mark.fresh_seed
@seed(FRESH_SEED)
@FRESH
@given(body=upload)
def test_edge_numbers_with_a_fresh_seed(service, body):
    note(f"fresh seed {FRESH_SEED}: replay with CSEMONITOR_FUZZ_SEED={FRESH_SEED}")
    _check(service, body)
