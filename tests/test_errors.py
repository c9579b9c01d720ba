"""Errors beyond the document (API.md section 4): each one rendered from the one error table."""

from __future__ import annotations

import grpc
import pytest
from conftest import Service
from protocols import UPLOAD_PATH, grpc_upload, rest_upload

from csemonitor.core import errors
from csemonitor.v2 import metric_pb2


def error_body(kind: errors.ErrorKind) -> dict[str, str]:
    return {"error_code": kind.error_code, "error_message": kind.error_message}


def test_every_table_row_follows_the_code_pattern():
    for kind in errors.ERROR_TABLE:
        assert kind.error_code == f"SVCSTG.CSE.{kind.http_status}1000"
        assert errors.error_body(kind) == error_body(kind)
    assert errors.kind_for_http_status(503) is errors.UNAVAILABLE
    assert errors.kind_for_grpc_code(grpc.StatusCode.UNAUTHENTICATED) is errors.UNAUTHORIZED
    assert errors.kind_for_grpc_code(grpc.StatusCode.DATA_LOSS) is errors.INTERNAL


@pytest.mark.parametrize("kind", errors.ERROR_TABLE, ids=lambda k: k.reason)
def test_status_round_trip_keeps_row_field_and_retry(kind):
    error = errors.ApiError(kind, "why", "interfaces[0].qps", 3.0)
    status = errors.to_status(error)
    assert status.code == kind.grpc_code
    from google.rpc import status_pb2

    decoded = status_pb2.Status.FromString(
        dict(status.trailing_metadata)["grpc-status-details-bin"]
    )
    back = errors.from_status(decoded, status.code)
    assert (back.kind, back.field, back.description, back.retry_after) == (
        kind,
        "interfaces[0].qps",
        "why",
        3.0,
    )


def test_unknown_route_is_404_with_the_documented_body(http):
    response = http.get("/v2/default/csemonitor/nothing-here")
    assert response.status_code == 404
    assert response.json() == error_body(errors.NOT_FOUND)


def test_wrong_method_is_405_with_the_documented_body(http):
    response = http.delete(UPLOAD_PATH.format(project="default"))
    assert response.status_code == 405
    assert response.json() == error_body(errors.METHOD_NOT_ALLOWED)


def test_body_over_the_limit_is_413(http, tenant):
    body = {"name": "cart", "desc": "x" * (1024 * 1024 + 10)}
    response = rest_upload(http, body, tenant)
    assert response.status_code == 413
    assert response.json() == error_body(errors.TOO_LARGE)


def test_body_over_the_limit_without_content_length_is_413(http, tenant):
    def chunks():
        for _ in range(300):
            yield b" " * 4096
        yield b"{}"

    response = http.post(
        UPLOAD_PATH.format(project="default"),
        content=chunks(),
        headers={**tenant, "content-type": "application/json"},
    )
    assert response.status_code == 413
    assert response.json() == error_body(errors.TOO_LARGE)


@pytest.mark.parametrize(
    "content_type",
    ["application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"],
)
def test_non_json_content_type_is_415(http, tenant, content_type):
    response = rest_upload(http, {"name": "cart"}, tenant, content_type=content_type)
    assert response.status_code == 415
    assert response.json() == error_body(errors.UNSUPPORTED_MEDIA_TYPE)


@pytest.mark.parametrize(
    "content_type",
    [None, "text/plain", "application/json; charset=utf-8", "application/vnd.cse+json"],
)
def test_json_under_a_label_real_clients_use_is_accepted(http, tenant, content_type):
    response = rest_upload(http, {"name": "cart"}, tenant, content_type=content_type)
    assert response.status_code == 200, response.text


def test_too_many_interfaces_is_400_on_both_protocols(service, http, tenant):
    body = {"name": "cart", "interfaces": [{"name": f"op{i}"} for i in range(1001)]}
    assert rest_upload(http, body, tenant).headers["x-error-detail"].startswith("interfaces:")
    outcome = grpc_upload(service.stub(), body, tenant)
    assert (outcome.accepted, outcome.error_code, outcome.field) == (
        False,
        "SVCSTG.CSE.4001000",
        "interfaces",
    )


@pytest.mark.parametrize(
    ("interfaces", "field"),
    [
        ([{"name": "n" * 1025}], "interfaces[0].name"),
        ([{"name": "ok"}, {"name": "ok", "desc": "d" * 1025}], "interfaces[1].desc"),
    ],
)
def test_string_over_the_limit_is_400_on_both_protocols(service, http, tenant, interfaces, field):
    body = {"name": "cart", "interfaces": interfaces}
    response = rest_upload(http, body, tenant)
    assert response.status_code == 400
    assert response.headers["x-error-detail"].startswith(f"{field}:")
    outcome = grpc_upload(service.stub(), body, tenant)
    assert outcome.field == field


def test_grpc_message_over_the_limit_is_refused(service, tenant):
    request = metric_pb2.UploadMetricRequest(
        project_id="default", metric=metric_pb2.MetricData(name="cart", environment="e" * 2_000_000)
    )
    with pytest.raises(grpc.RpcError) as raised:
        service.stub().UploadMetric(request, metadata=tuple(tenant.items()), timeout=15)
    assert raised.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED


@pytest.fixture
def lone_gateway(tmp_path):
    """A gateway whose gRPC server has been killed."""
    running = Service(tmp_path).start()
    running.kill_server()
    yield running
    running.stop()


def test_unreachable_servicer_is_503_with_retry_after(lone_gateway, tenant):
    with lone_gateway.http() as client:
        response = rest_upload(client, {"name": "cart"}, tenant)
        assert response.status_code == 503
        assert response.json() == error_body(errors.UNAVAILABLE)
        assert int(response.headers["retry-after"]) >= 1
        health = client.get("/healthz")
        assert health.status_code == 503
        assert health.json() == error_body(errors.UNAVAILABLE)


def test_openapi_is_served_and_no_page_needs_a_cdn(http):
    document = http.get("/openapi.json").json()
    assert "/v2/{project_id}/csemonitor/metric" in document["paths"]
    assert http.get("/docs").status_code == 404
    page = http.get("/").text
    assert "http://" not in page and "https://" not in page  # the dashboard loads nothing remote


def test_every_answer_names_its_request_id_the_callers_if_usable(http, tenant):
    fresh = [rest_upload(http, {"name": "cart"}, tenant).headers["x-request-id"] for _ in range(3)]
    assert all(len(rid) == 32 and int(rid, 16) >= 0 for rid in fresh)
    assert len(set(fresh)) == 3  # each request its own
    given = rest_upload(http, {"name": "cart"}, {**tenant, "x-request-id": "trace-42"})
    assert given.headers["x-request-id"] == "trace-42"
    refused = rest_upload(http, {"name": 5}, {**tenant, "x-request-id": "x" * 129})
    assert refused.status_code == 400  # an error answer carries one too, a new one here
    assert len(refused.headers["x-request-id"]) == 32
