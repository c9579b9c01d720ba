"""Logic with no process boundary in it, tested in one process: the servicer called directly
(with a real SQLite store), and the gateway's translation with a stub in place of the server.
End-to-end tests keep the boundaries (tests/test_contract.py, test_parity.py, ...)."""

from __future__ import annotations

import asyncio

import grpc
import pytest
from chassis import FAILURE, SUCCESS, Traffic, calls, java3
from fastapi.testclient import TestClient
from google.protobuf import json_format
from inprocess import Aborted, Context, RecordingStub
from stores import opened

from csemonitor.core.errors import TOO_LARGE, ApiError, to_status
from csemonitor.core.settings import GatewaySettings, ServerSettings
from csemonitor.gateway.app import create_app
from csemonitor.server.servicer import MetricServicer
from csemonitor.server.store.sqlite import SqliteStore
from csemonitor.v2 import metric_pb2

TENANT = {"x-domain-name": "d", "x-project-id": "p"}


def _servicer_run(tmp_path, work):
    async def run():
        async with opened(SqliteStore(str(tmp_path))) as store:
            return await work(MetricServicer(store, ServerSettings()))

    return asyncio.run(run())


def test_the_servicer_reads_a_java_3_upload_by_its_dialect(tmp_path):
    traffic = Traffic("Provider.op", calls(SUCCESS, 90, 5) + calls(FAILURE, 10, 5, "500"))
    body = java3("cart", "h", [traffic]).body_json
    request = metric_pb2.UploadMetricRequest(project_id="p", service="cart")
    json_format.ParseDict(body, request.metric, ignore_unknown_fields=True)
    metadata = {**TENANT, "grpcgateway-user-agent": "microservice-client/1.0.0"}

    async def work(servicer):
        await servicer.UploadMetric(request, Context(metadata))
        query = metric_pb2.QueryMetricsRequest(project_id="p", service="cart", instance="h")
        return await servicer.QueryMetrics(query, Context(TENANT))

    [record] = _servicer_run(tmp_path, work).metrics
    assert (record.total, record.failure, record.failure_rate) == (100, 10, 10.0)
    assert record.dialect == "servicecomb-metrics" and list(record.estimates)


def test_the_servicer_refuses_with_the_tables_status(tmp_path):
    request = metric_pb2.UploadMetricRequest(project_id="p" * 65, service="cart")

    async def work(servicer):
        with pytest.raises(Aborted) as aborted:
            await servicer.UploadMetric(request, Context(TENANT))
        return aborted.value

    aborted = _servicer_run(tmp_path, work)
    assert aborted.code == grpc.StatusCode.INVALID_ARGUMENT


@pytest.fixture
def gateway():
    app = create_app(GatewaySettings())
    with TestClient(app) as client:
        yield app, client


def test_the_gateway_translates_path_query_body_and_allow_listed_headers(gateway):
    app, client = gateway
    stub = app.state.stub = RecordingStub(metric_pb2.UploadMetricResponse(message="upload ok"))
    response = client.post(
        "/v2/proj/csemonitor/metric?service=cart",
        json={"instance": "h", "interfaces": [{"name": "op", "qps": "1.5", "total": "7"}]},
        headers={**TENANT, "environment": "prod", "x-secret": "not forwarded"},
    )
    assert (response.status_code, response.text) == (200, "upload ok")
    [(method, request, metadata)] = stub.calls
    assert method == "UploadMetric" and (request.project_id, request.service) == ("proj", "cart")
    assert request.metric.interfaces[0].qps == 1.5 and request.metric.interfaces[0].total == 7
    assert metadata["x-domain-name"] == "d" and metadata["environment"] == "prod"
    assert "x-secret" not in metadata and metadata["grpcgateway-content-type"] == "application/json"


def test_the_gateway_renders_a_servers_rich_status_as_the_documented_body(gateway):
    app, client = gateway
    status = to_status(ApiError(TOO_LARGE, "extension data too large", "customs"))
    error = grpc.aio.AioRpcError(
        status.code,
        grpc.aio.Metadata(),
        grpc.aio.Metadata(*status.trailing_metadata),
        details=status.details,
    )
    app.state.stub = RecordingStub(error=error)
    response = client.post("/v2/p/csemonitor/metric?service=cart", json={}, headers=TENANT)
    assert response.status_code == 413
    assert response.json() == {
        "error_code": "SVCSTG.CSE.4131000",
        "error_message": "request entity too large",
    }
    assert response.headers["x-error-detail"].startswith("customs:")


def test_the_gateway_refuses_what_it_cannot_translate_without_calling_the_server(gateway):
    app, client = gateway
    stub = app.state.stub = RecordingStub()
    bad_json = client.post("/v2/p/csemonitor/metric", content=b"{nope", headers=TENANT)
    wrong_type = client.post(
        "/v2/p/csemonitor/metric", content=b"{}", headers={**TENANT, "content-type": "text/xml"}
    )
    assert (bad_json.status_code, wrong_type.status_code) == (400, 415)
    assert stub.calls == []
