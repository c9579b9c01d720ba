"""The same operations over REST and over gRPC, with outcomes in one comparable shape."""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass

import grpc
import httpx
import orjson
from google.protobuf import json_format
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from csemonitor.v2 import metric_pb2

UPLOAD_PATH = "/v2/{project}/csemonitor/metric"
QUERY_PATH = "/v3/{project}/csemonitor/metric"
INSTANCES_PATH = "/v3/{project}/csemonitor/metric/instances"
LIST_PATH = "/v3/{project}/csemonitor/metric/list"
SERIES_PATH = "/v3/{project}/csemonitor/metric/series"


@dataclass(frozen=True)
class Outcome:
    """What a caller learns: accepted or not, and the CSE error code and field if not."""

    accepted: bool
    error_code: str = ""
    field: str = ""
    # The gRPC status code, for failures that carry no CSE code (a server that is gone).
    grpc_code: str = dataclasses.field(default="", compare=False)


def rest_upload(
    client: httpx.Client,
    body: object,
    headers: dict[str, str],
    project: str = "default",
    service: str | None = None,
    content_type: str | None = "application/json",
) -> httpx.Response:
    raw = body if isinstance(body, bytes) else orjson.dumps(body)
    all_headers = dict(headers)
    if content_type is not None:
        all_headers["content-type"] = content_type
    params = {"service": service} if service is not None else None
    return client.post(
        UPLOAD_PATH.format(project=project), content=raw, headers=all_headers, params=params
    )


def rest_outcome(response: httpx.Response) -> Outcome:
    if response.status_code == 200:
        assert response.text == "upload ok"
        return Outcome(True)
    body = response.json()
    assert set(body) == {"error_code", "error_message"}, body
    detail = response.headers.get("x-error-detail", "")
    return Outcome(False, body["error_code"], detail.split(":", 1)[0] if ":" in detail else "")


def grpc_error(error: grpc.RpcError) -> tuple[str, str]:
    """The CSE error code (from ErrorInfo) and the offending field (from BadRequest)."""
    status = rpc_status.from_call(error)
    code = field = ""
    for detail in status.details if status is not None else ():
        if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
            info = error_details_pb2.ErrorInfo()
            detail.Unpack(info)
            code = info.metadata["error_code"]
        elif detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
            bad = error_details_pb2.BadRequest()
            detail.Unpack(bad)
            field = bad.field_violations[0].field
    return code, field


def grpc_upload(
    stub,
    body: dict,
    headers: dict[str, str],
    project: str = "default",
    service: str | None = None,
) -> Outcome:
    metric = json_format.ParseDict(body, metric_pb2.MetricData(), ignore_unknown_fields=True)
    request = metric_pb2.UploadMetricRequest(
        project_id=project, service=service or "", metric=metric
    )
    try:
        reply = stub.UploadMetric(request, metadata=tuple(headers.items()), timeout=15)
    except grpc.RpcError as error:
        return Outcome(False, *grpc_error(error), grpc_code=error.code().name)
    assert reply.message == "upload ok"
    return Outcome(True)


def grpc_instances(stub, headers: dict[str, str], service: str, project: str = "default"):
    request = metric_pb2.ListInstancesRequest(project_id=project, service=service)
    return list(stub.ListInstances(request, metadata=tuple(headers.items()), timeout=15).instances)


def grpc_query(
    stub,
    headers: dict[str, str],
    service: str,
    instance: str = "",
    function: str = "",
    project: str = "default",
    per_instance: bool = False,
):
    request = metric_pb2.QueryMetricsRequest(
        project_id=project,
        service=service,
        instance=instance,
        function=function,
        per_instance=per_instance,
    )
    return list(stub.QueryMetrics(request, metadata=tuple(headers.items()), timeout=15).metrics)


def rest_query(client: httpx.Client, headers: dict[str, str], project: str = "default", **params):
    response = client.get(QUERY_PATH.format(project=project), headers=headers, params=params)
    assert response.status_code == 200, response.text
    return response.json()["metrics"]


def rest_instances(
    client: httpx.Client, headers: dict[str, str], service: str, project: str = "default"
):
    response = client.get(
        INSTANCES_PATH.format(project=project), headers=headers, params={"service": service}
    )
    assert response.status_code == 200, response.text
    return response.json()["instances"]


def read_everything(service, tenant, name: str) -> dict:
    """Every read of the service, over REST (200 asserted) and gRPC (OK asserted)."""
    now = int(time.time() * 1000)
    out = {}
    with service.http() as http:
        for key, path, params in (
            ("aggregate", "/v3/p/csemonitor/metric", {"service": name}),
            ("list", LIST_PATH.format(project="p"), {}),
            ("instances", "/v3/p/csemonitor/metric/instances", {"service": name}),
            ("raw", SERIES_PATH.format(project="p"), {"service": name, "step": 10_000}),
            (
                "rollup",
                SERIES_PATH.format(project="p"),
                {"service": name, "start": now - 3_600_000, "end": now + 60_000, "step": 60_000},
            ),
        ):
            response = http.get(path, params=params, headers=tenant)
            assert response.status_code == 200, (key, response.status_code, response.text)
            out[key] = response.json()
        for instance in out["instances"]["instances"]:
            response = http.get(
                "/v3/p/csemonitor/metric",
                params={"service": name, "instance": instance["instance"]},
                headers=tenant,
            )
            assert response.status_code == 200, response.text
            out.setdefault("per_instance", []).extend(response.json()["metrics"])
    stub = service.stub()
    metadata = tuple(tenant.items())
    for call, request in (
        (stub.QueryMetrics, metric_pb2.QueryMetricsRequest(project_id="p", service=name)),
        (stub.ListServices, metric_pb2.ListServicesRequest(project_id="p")),
        (stub.ListInstances, metric_pb2.ListInstancesRequest(project_id="p", service=name)),
        (stub.QuerySeries, metric_pb2.QuerySeriesRequest(project_id="p", service=name)),
    ):
        call(request, metadata=metadata, timeout=15)
    return out
