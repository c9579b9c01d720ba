"""Poison pills: no client's numbers or names may break another's upload, a service's reads, or
its own next upload. Each case is sent over REST and gRPC, then every read runs."""

from __future__ import annotations

import math
import uuid

import grpc
import pytest
from protocols import (
    LIST_PATH,
    grpc_error,
    grpc_upload,
    read_everything,
    rest_outcome,
    rest_upload,
)

from csemonitor.server.store.remote.prompb import varint
from csemonitor.v2 import metric_pb2

INT64_MAX = 2**63 - 1


def _tenant() -> dict[str, str]:
    return {"x-domain-name": f"poison-{uuid.uuid4().hex[:12]}", "x-project-id": "p"}


def _upload_both(service, body, service_param=None):
    """The same body over REST and gRPC, each under a tenant of its own."""
    rest_tenant, grpc_tenant = _tenant(), _tenant()
    with service.http() as http:
        rest = rest_outcome(rest_upload(http, body, rest_tenant, service=service_param))
    grpc_result = grpc_upload(service.stub(), body, grpc_tenant, service=service_param)
    return (rest, rest_tenant), (grpc_result, grpc_tenant)


def test_counts_at_int64_max_from_two_instances_saturate_and_every_read_answers(service):
    body = {"name": "edge", "interfaces": [{"name": "op", "total": INT64_MAX, "failure": 1}]}
    for protocol in ("rest", "grpc"):
        tenant = _tenant()
        for host in ("a", "b"):
            one = {**body, "instance": host}
            if protocol == "rest":
                with service.http() as http:
                    assert rest_upload(http, one, tenant).status_code == 200
            else:
                assert grpc_upload(service.stub(), one, tenant).accepted
        reads = read_everything(service, tenant, "edge")
        [aggregate] = reads["aggregate"]["metrics"]
        assert aggregate["total"] == INT64_MAX and aggregate["failure"] == 2  # saturated
        [summary] = reads["list"]["services"]
        assert summary["instanceCount"] == 2
        [raw] = reads["raw"]["series"]
        assert all(p["total"] == INT64_MAX for p in raw["points"])


def test_two_interfaces_of_one_name_at_int64_max_and_another_tenants_upload_are_stored(service):
    poisoned = {
        "name": "edge",
        "instance": "h",
        "interfaces": [{"name": "op", "total": INT64_MAX}, {"name": "op", "total": INT64_MAX}],
    }
    (rest, rest_tenant), (grpc_result, grpc_tenant) = _upload_both(service, poisoned)
    assert rest.accepted and grpc_result.accepted
    for tenant in (rest_tenant, grpc_tenant):
        read_everything(service, tenant, "edge")


@pytest.mark.parametrize(
    "interface",
    [
        {"qps": "Infinity"},
        {"qps": "-Infinity"},
        {"qps": 1e308},
        {"latency": "Infinity", "total": 0},
        {"latency": "-Infinity", "total": 5},
        {"l99": "Infinity"},
        {"qps": "NaN", "latency": "NaN"},
    ],
    ids=["qps-inf", "qps-neg-inf", "qps-1e308", "latency-inf", "latency-neg-inf", "l99-inf", "nan"],
)
def test_non_finite_numbers_are_not_figures_and_do_not_poison_the_next_upload(service, interface):
    body = {"name": "edge", "instance": "h", "interfaces": [{"name": "op", **interface}]}
    valid = {"name": "edge", "instance": "h", "interfaces": [{"name": "op", "qps": 2, "total": 20}]}
    (rest, rest_tenant), (grpc_result, grpc_tenant) = _upload_both(service, body)
    assert rest.accepted and grpc_result.accepted
    for tenant in (rest_tenant, grpc_tenant):
        for _ in range(3):  # the same instance's next valid uploads are stored too
            with service.http() as http:
                assert rest_upload(http, valid, tenant).status_code == 200
            assert grpc_upload(service.stub(), valid, tenant).accepted
        reads = read_everything(service, tenant, "edge")
        [record] = reads["per_instance"]
        assert record["qps"] == 2 and record["total"] == 20
        # One point per minute the uploads spanned: every qps a number, the valid ones' > 0.
        [series] = reads["rollup"]["series"]
        assert all(math.isfinite(p["qps"]) and p["qps"] >= 0 for p in series["points"])
        assert series["points"][-1]["qps"] > 0


@pytest.mark.parametrize("depth", [33, 34, 100, 1000])
@pytest.mark.parametrize("field", ["cpu", "memory", "customs"])
def test_json_nested_too_deep_is_refused_naming_the_field_on_rest(service, field, depth):
    nested = '{"a":' * (depth - 1) + "1" + "}" * (depth - 1)  # beyond what orjson writes
    body = f'{{"name":"deep","instance":"h","{field}":{nested}}}'.encode()
    with service.http() as http:
        outcome = rest_outcome(rest_upload(http, body, _tenant()))
    assert outcome.error_code == "SVCSTG.CSE.4001000" and outcome.field == field


def _delimited(tag: int, payload: bytes) -> bytes:
    return bytes((tag,)) + varint(len(payload)) + payload


def _deep_value(depth: int) -> bytes:
    """A google.protobuf.Value nested `depth` structs deep, written on the wire directly
    (protobuf cannot even build such a message in Python)."""
    value = b"\x11" + b"\x00" * 7 + b"\x3f"  # Value.number_value = 1.0 (field 2, fixed64)
    for _ in range(depth - 1):
        entry = _delimited(0x0A, b"a") + _delimited(0x12, value)  # FieldsEntry{key, value}
        struct = _delimited(0x0A, entry)  # Struct.fields = 1
        value = _delimited(0x2A, struct)  # Value.struct_value = 5
    return value


def _raw_upload(service, payload: bytes, tenant) -> grpc.RpcError | None:
    channel = grpc.insecure_channel(service.grpc_target)
    call = channel.unary_unary(
        "/csemonitor.v2.MetricService/UploadMetric",
        request_serializer=None,
        response_deserializer=metric_pb2.UploadMetricResponse.FromString,
    )
    try:
        call(payload, metadata=tuple(tenant.items()), timeout=15)
    except grpc.RpcError as error:
        return error
    finally:
        channel.close()
    return None


@pytest.mark.parametrize("depth", [33, 34, 100, 1000])
def test_a_value_nested_too_deep_is_invalid_argument_naming_the_field_on_grpc(service, depth):
    metric = (
        _delimited(0x0A, b"deep")  # MetricData.name = 1
        + _delimited(0x2A, b"h")  # instance = 5
        + _delimited(0x52, _deep_value(depth))  # cpu = 10
    )
    request = _delimited(0x0A, b"p") + _delimited(0x1A, metric)  # project_id = 1, metric = 3
    error = _raw_upload(service, request, _tenant())
    assert error is not None and error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert grpc_error(error) == ("SVCSTG.CSE.4001000", "cpu")


@pytest.mark.parametrize("seed", range(5))
def test_undecodable_grpc_messages_are_invalid_argument_without_a_traceback(service, seed):
    import random

    payload = random.Random(seed).randbytes(64)
    error = _raw_upload(service, b"\xff\xff\xff" + payload, _tenant())
    assert error is not None and error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert grpc_error(error)[0] == "SVCSTG.CSE.4001000"
    assert "Traceback" not in service.log_text()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "shop", "appId": "a\x1fb"}, "appId"),
        ({"name": "shop", "version": "1\x00"}, "version"),
        ({"name": "shop", "instance": "h\n2"}, "instance"),
        ({"name": "shop", "interfaces": [{"name": "op\x7f"}]}, "interfaces[0].name"),
        ({"name": "shop", "interfaces": [{"name": "op", "desc": "\x85"}]}, "interfaces[0].desc"),
        ({"name": "pay,ments"}, "service"),
        ({"name": " padded "}, "service"),
        ({"name": "  "}, "service"),
        ({"name": "tab\tname"}, "service"),
    ],
    ids=[
        "appid-x1f",
        "version-nul",
        "instance-newline",
        "name-del",
        "desc-c1",
        "comma",
        "padded",
        "blank",
        "tab",
    ],
)
def test_names_that_could_not_be_read_back_are_refused_alike(service, body, field):
    (rest, rest_tenant), (grpc_result, _) = _upload_both(service, body)
    assert not rest.accepted and rest.error_code == "SVCSTG.CSE.4001000" and rest.field == field
    assert rest == grpc_result
    with service.http() as http:  # and the tenant's service list still answers
        response = http.get(LIST_PATH.format(project="p"), headers=rest_tenant)
    assert response.status_code == 200 and response.json()["total"] == 0


def test_every_name_that_is_stored_reads_back_on_every_route(service):
    names = ["svc.with-dots_and~", "ünïcödé ✓", 'q"uote', "a|b", ".*", "{x}", "sp ace"]
    tenant = _tenant()
    with service.http() as http:
        for name in names:
            body = {"name": name, "instance": name, "interfaces": [{"name": name, "total": 1}]}
            assert rest_upload(http, body, tenant).status_code == 200
    for name in names:
        reads = read_everything(service, tenant, name)
        assert [m["functionName"] for m in reads["aggregate"]["metrics"]] == [name]
        assert [i["instance"] for i in reads["instances"]["instances"]] == [name]
        assert [s["functionName"] for s in reads["raw"]["series"]] == [name]
    with service.http() as http:
        listed = http.get(LIST_PATH.format(project="p"), headers=tenant).json()
    assert sorted(s["service"] for s in listed["services"]) == sorted(names)
