"""A typed gRPC client for every csemonitor RPC, with deadlines, retries that honour the
server's RetryInfo, TLS and a token. The server is found as the gateway finds it:
CSEMONITOR_GRPC_TARGET, default 127.0.0.1:50051.

    client = Client(domain="shop", project="prod")
    client.upload(metric_pb2.MetricData(name="cart", instance="h1", interfaces=[...]))
    for card in client.query("cart"): ...
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable
from typing import TypeVar

import grpc
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from csemonitor.core.histogram import Histogram
from csemonitor.v2 import metric_pb2, metric_pb2_grpc

DEFAULT_TARGET = "127.0.0.1:50051"
RETRIED = (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.RESOURCE_EXHAUSTED)
Reply = TypeVar("Reply")


def percentile(record, q: float) -> float | None:
    """Any percentile (q in 0..1) of a record whose distribution came back merged
    (MetricInfo or SeriesPoint with percentiles_exact); None when it has none."""
    if not record.HasField("latency_histogram"):
        return None
    return Histogram.of(record.latency_histogram).quantile(q)


def default_target() -> str:
    return os.environ.get("CSEMONITOR_GRPC_TARGET") or DEFAULT_TARGET


class CsemonitorError(Exception):
    """A refused call: the CSE error code, the offending field, the gRPC status."""

    def __init__(
        self, status: grpc.StatusCode, message: str, error_code: str = "", field: str = ""
    ):
        super().__init__(
            f"{error_code or status.name}: {message}" + (f" ({field})" if field else "")
        )
        self.status, self.error_code, self.field = status, error_code, field


def _details(error: grpc.RpcError) -> tuple[str, str, float | None]:
    """(error code, field, retry delay in seconds) from the rich status the server sends."""
    code = field = ""
    delay = None
    status = rpc_status.from_call(error) if isinstance(error, grpc.Call) else None
    for detail in status.details if status is not None else ():
        if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
            info = error_details_pb2.ErrorInfo()
            detail.Unpack(info)
            code = info.metadata.get("error_code", "")
        elif detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
            bad = error_details_pb2.BadRequest()
            detail.Unpack(bad)
            if bad.field_violations:
                field = bad.field_violations[0].field
        elif detail.Is(error_details_pb2.RetryInfo.DESCRIPTOR):
            retry = error_details_pb2.RetryInfo()
            detail.Unpack(retry)
            delay = retry.retry_delay.seconds + retry.retry_delay.nanos / 1e9
    return code, field, delay


class Client:
    """One channel to a csemonitor server; every method is one RPC (retried when the server
    says to retry, within `deadline` seconds in all)."""

    def __init__(
        self,
        target: str | None = None,
        *,
        domain: str = "",
        project: str = "default",
        token: str = "",
        tls_ca: str = "",
        deadline: float = 10.0,
        attempts: int = 4,
    ) -> None:
        self.target = target or default_target()
        self.project = project
        self.deadline = deadline
        self.attempts = attempts
        if tls_ca:
            with open(tls_ca, "rb") as pem:
                credentials = grpc.ssl_channel_credentials(pem.read())
            self._channel = grpc.secure_channel(self.target, credentials)
        else:
            self._channel = grpc.insecure_channel(self.target)
        self._stub = metric_pb2_grpc.MetricServiceStub(self._channel)
        metadata = []
        if domain:
            metadata.append(("x-domain-name", domain))
        if project:
            metadata.append(("x-project-id", project))
        if token:
            metadata.append(("x-auth-token", token))
        self._metadata = tuple(metadata)

    def close(self) -> None:
        self._channel.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def _call(self, method: Callable[..., Reply], request) -> Reply:
        give_up = time.monotonic() + self.deadline
        for attempt in range(1, self.attempts + 1):
            remaining = give_up - time.monotonic()
            try:
                return method(request, metadata=self._metadata, timeout=max(remaining, 0.001))
            except grpc.RpcError as error:
                code, field, delay = _details(error)
                if delay is None:  # no advice: exponential backoff with jitter
                    delay = min(2.0, 0.1 * 2 ** (attempt - 1)) * (0.5 + random.random())
                last = attempt == self.attempts or time.monotonic() + delay >= give_up
                if error.code() not in RETRIED or last:
                    raise CsemonitorError(
                        error.code(), error.details() or "", code, field
                    ) from None
                time.sleep(delay)
        raise AssertionError("unreachable")

    # -- the RPCs

    def upload(self, metric: metric_pb2.MetricData, service: str = "") -> str:
        request = metric_pb2.UploadMetricRequest(
            project_id=self.project, service=service, metric=metric
        )
        return self._call(self._stub.UploadMetric, request).message

    def query(
        self, service: str, instance: str = "", function: str = "", per_instance: bool = False
    ) -> list[metric_pb2.MetricInfo]:
        request = metric_pb2.QueryMetricsRequest(
            project_id=self.project,
            service=service,
            instance=instance,
            function=function,
            per_instance=per_instance,
        )
        return list(self._call(self._stub.QueryMetrics, request).metrics)

    def services(self, offset: int = 0, limit: int = 1000) -> metric_pb2.ListServicesResponse:
        request = metric_pb2.ListServicesRequest(
            project_id=self.project, offset=offset, limit=limit
        )
        return self._call(self._stub.ListServices, request)

    def instances(self, service: str) -> list[metric_pb2.InstanceInfo]:
        request = metric_pb2.ListInstancesRequest(project_id=self.project, service=service)
        return list(self._call(self._stub.ListInstances, request).instances)

    def series(
        self,
        service: str,
        *,
        instance: str = "",
        function: str = "",
        start: int = 0,
        end: int = 0,
        step: int = 0,
    ) -> metric_pb2.QuerySeriesResponse:
        request = metric_pb2.QuerySeriesRequest(
            project_id=self.project,
            service=service,
            instance=instance,
            function=function,
            start=start,
            end=end,
            step=step,
        )
        return self._call(self._stub.QuerySeries, request)

    def export(self, service: str = "") -> metric_pb2.ExportMetricsResponse:
        """Everything a scrape shows: each live instance's records, instances, services."""
        request = metric_pb2.ExportMetricsRequest(project_id=self.project, service=service)
        return self._call(self._stub.ExportMetrics, request)

    def thresholds(self, services: str = "") -> list[metric_pb2.MetricThreshold]:
        """The thresholds of these services (comma-separated; empty: every service's)."""
        request = metric_pb2.QueryThresholdsRequest(project_id=self.project, services=services)
        return list(self._call(self._stub.QueryThresholds, request).thresholds)

    def set_threshold(self, threshold: metric_pb2.MetricThreshold) -> metric_pb2.MetricThreshold:
        request = metric_pb2.SetThresholdRequest(project_id=self.project, threshold=threshold)
        return self._call(self._stub.SetThreshold, request)

    def delete_thresholds(self, services: str) -> int:
        request = metric_pb2.DeleteThresholdsRequest(project_id=self.project, services=services)
        return self._call(self._stub.DeleteThresholds, request).deleted
