"""What a gRPC client sees: health, reflection, and the rich error status."""

from __future__ import annotations

import grpc
from google.rpc import error_details_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc
from grpc_status import rpc_status

from csemonitor.v2 import metric_pb2


def test_health_reports_serving(service):
    with grpc.insecure_channel(service.grpc_target) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        for name in ("", "csemonitor.v2.MetricService"):
            reply = stub.Check(health_pb2.HealthCheckRequest(service=name), timeout=5)
            assert reply.status == health_pb2.HealthCheckResponse.SERVING


def test_reflection_lists_the_service_and_serves_its_descriptor(service):
    with grpc.insecure_channel(service.grpc_target) as channel:
        stub = reflection_pb2_grpc.ServerReflectionStub(channel)
        requests = [
            reflection_pb2.ServerReflectionRequest(list_services=""),
            reflection_pb2.ServerReflectionRequest(
                file_containing_symbol="csemonitor.v2.MetricService"
            ),
        ]
        listing, files = list(stub.ServerReflectionInfo(iter(requests), timeout=5))
        names = {s.name for s in listing.list_services_response.service}
        assert {"csemonitor.v2.MetricService", "grpc.health.v1.Health"} <= names
        assert files.file_descriptor_response.file_descriptor_proto


def test_invalid_upload_status_carries_error_info_and_bad_request(service, tenant):
    request = metric_pb2.UploadMetricRequest(project_id="default", metric=metric_pb2.MetricData())
    try:
        service.stub().UploadMetric(request, metadata=tuple(tenant.items()), timeout=5)
    except grpc.RpcError as error:
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
        status = rpc_status.from_call(error)
    else:
        raise AssertionError("an upload without a service name was accepted")
    details = {d.TypeName(): d for d in status.details}
    info = error_details_pb2.ErrorInfo()
    details["google.rpc.ErrorInfo"].Unpack(info)
    assert info.metadata["error_code"] == "SVCSTG.CSE.4001000"
    assert info.metadata["error_message"] == "upload metric invalid"
    bad = error_details_pb2.BadRequest()
    details["google.rpc.BadRequest"].Unpack(bad)
    assert bad.field_violations[0].field == "service"


def test_grpc_upload_answers_upload_ok(service, tenant):
    request = metric_pb2.UploadMetricRequest(
        project_id="default", service="cart", metric=metric_pb2.MetricData(instance="h")
    )
    reply = service.stub().UploadMetric(request, metadata=tuple(tenant.items()), timeout=5)
    assert reply.message == "upload ok"
