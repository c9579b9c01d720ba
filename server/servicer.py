"""The gRPC servicer: all ingest and query logic lives behind this boundary."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

import grpc

from csemonitor.core.admission import InFlightLimit, TenantRateLimit
from csemonitor.core.errors import (
    INTERNAL,
    INVALID_QUERY,
    INVALID_THRESHOLD,
    ApiError,
    LimitRefusal,
    invalid,
)
from csemonitor.core.series import MAX_TIME_MS, plan_series
from csemonitor.core.settings import ServerSettings
from csemonitor.core.telemetry import ServerTelemetry
from csemonitor.core.tenant import Tenant
from csemonitor.core.wire import service_names
from csemonitor.server.alerting import Alertmanager
from csemonitor.server.auth import Authenticator
from csemonitor.server.calls import metadata_of, reports_errors
from csemonitor.server.ingest import Limits, normalize_upload
from csemonitor.server.limits import Cardinality, CardinalityLimits
from csemonitor.server.records import instance_record
from csemonitor.server.store import Store
from csemonitor.server.tenancy import resolve_tenant
from csemonitor.server.thresholds import ThresholdWatch, check_services, validated
from csemonitor.v2 import metric_pb2, metric_pb2_grpc

log = logging.getLogger(__name__)
MAX_SERIES_INTERFACES = 200  # a series answer: 200 interfaces x 120 points is ~3 MB of JSON
MAX_EXPORT_INTERFACES = 50_000  # a scrape: 50,000 instance interfaces is ~60 MB of text

UPLOAD_OK = "upload ok"
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000
MAX_SERVICES_PER_QUERY = 100


class MetricServicer(metric_pb2_grpc.MetricServiceServicer):
    """Uploads and the dashboard's reads, tenant-scoped."""

    def __init__(
        self,
        store: Store,
        settings: ServerSettings,
        authenticator: Authenticator | None = None,
        clock: Callable[[], float] = time.time,
        telemetry: ServerTelemetry | None = None,
    ) -> None:
        self._store = store
        self._settings = settings
        self._authenticator = authenticator
        self._clock = clock
        self._in_flight = InFlightLimit(settings.max_in_flight)
        self._telemetry = telemetry or ServerTelemetry()
        self._telemetry.in_flight.set_function(lambda: self._in_flight.current)
        self._upload_rate = TenantRateLimit(settings.tenant_rate, settings.tenant_burst)
        self._limits = Limits(
            settings.max_interfaces, settings.max_string_length, settings.max_value_depth
        )
        self.names = Cardinality(
            CardinalityLimits(
                settings.max_services_per_tenant,
                settings.max_interfaces_per_service,
                settings.max_instances_per_service,
            )
        )

        alerts = None
        if settings.alertmanager_url:
            alerts = Alertmanager(settings.alertmanager_url, settings.threshold_interval)
        self.thresholds = ThresholdWatch(store, self._live_since, alerts, clock)

    @property
    def settings(self) -> ServerSettings:
        return self._settings

    async def load_names(self) -> None:
        """The names the cardinality limits count, from the store (at start, and now and then
        for a store other replicas write); names known longer than the retention are gone."""
        since = self._now_ms() - int(self._settings.retention * 1000)
        self.names.forget_before(since)
        self.names.seed(await self._store.known_names(since))

    def _now_ms(self) -> int:
        return int(self._clock() * 1000)

    def _tenant(
        self, context: grpc.aio.ServicerContext, project_id: str, metadata=None, **kind
    ) -> Tenant:
        if metadata is None:
            metadata = metadata_of(context)
        authorized = self._authenticator.tenant_for(metadata) if self._authenticator else None
        return resolve_tenant(
            metadata,
            project_id,
            self._settings.tenant_headers,
            self._settings.max_string_length,
            authorized=authorized,
            **kind,
        )

    def _live_since(self) -> int:
        return self._now_ms() - int(self._settings.live_window * 1000)

    @reports_errors
    async def UploadMetric(
        self, request: metric_pb2.UploadMetricRequest, context: grpc.aio.ServicerContext
    ) -> metric_pb2.UploadMetricResponse:
        outcome = "accepted"
        try:
            received_ms = self._now_ms()
            metadata = metadata_of(context)
            tenant = self._tenant(context, request.project_id, metadata)
            self._upload_rate.admit(tenant)
            upload = normalize_upload(request, received_ms, self._limits, metadata)
            try:
                self.names.admit(tenant, upload)
                await self._store.write(tenant, upload)  # a TSDB's series budget may refuse
            except LimitRefusal as refusal:
                self._telemetry.limit_refusals.labels(
                    refusal.limit, tenant.domain, tenant.project
                ).inc()
                raise
            return metric_pb2.UploadMetricResponse(message=UPLOAD_OK)
        except ApiError as error:
            outcome = error.kind.reason.lower()
            raise
        except Exception:
            outcome = INTERNAL.reason.lower()
            raise
        finally:
            self._telemetry.uploads.labels(outcome).inc()

    @reports_errors
    async def QueryMetrics(
        self, request: metric_pb2.QueryMetricsRequest, context: grpc.aio.ServicerContext
    ) -> metric_pb2.QueryMetricsResponse:
        tenant = self._tenant(context, request.project_id, kind=INVALID_QUERY)
        services = service_names(request.service)
        if not services:
            raise invalid("service", "at least one service name is required", INVALID_QUERY)
        if len(services) > MAX_SERVICES_PER_QUERY:
            raise invalid("service", f"at most {MAX_SERVICES_PER_QUERY} services", INVALID_QUERY)
        function = request.function or None
        if request.instance:
            records = await self._store.instance_interfaces(
                tenant, services, request.instance, function
            )
            metrics = [instance_record(r) for r in sorted(records, key=_record_order)]
        elif request.per_instance:
            since = self._live_since()
            records = [
                record
                for service in services
                for record in await self._store.live_interfaces(tenant, since, service)
                if function is None or record.metric.name == function
            ]
            metrics = [instance_record(r) for r in sorted(records, key=_record_order)]
        else:
            metrics = await self._store.aggregate_interfaces(
                tenant, services, self._live_since(), function
            )
        states = self.thresholds.last_states(tenant, services)
        return metric_pb2.QueryMetricsResponse(metrics=metrics, thresholds=states)

    @reports_errors
    async def ListServices(
        self, request: metric_pb2.ListServicesRequest, context: grpc.aio.ServicerContext
    ) -> metric_pb2.ListServicesResponse:
        tenant = self._tenant(context, request.project_id, kind=INVALID_QUERY)
        limit = request.limit or DEFAULT_PAGE_SIZE
        if not 1 <= limit <= MAX_PAGE_SIZE:
            raise invalid("limit", f"must be 1..{MAX_PAGE_SIZE}", INVALID_QUERY)
        if request.offset < 0:
            raise invalid("offset", "must not be negative", INVALID_QUERY)
        summaries = await self._store.service_summaries(tenant, self._live_since())
        page = summaries[request.offset : request.offset + limit]
        tenant_full, full = self.names.at_limit(tenant)
        for summary in page:
            summary.limits_reached.extend(full.get(summary.service, ()))
            if (state := self.thresholds.state(tenant, summary)) is not None:
                summary.threshold.CopyFrom(state)
        return metric_pb2.ListServicesResponse(
            services=page, total=len(summaries), services_limit_reached=tenant_full
        )

    @reports_errors
    async def QuerySeries(
        self, request: metric_pb2.QuerySeriesRequest, context: grpc.aio.ServicerContext
    ) -> metric_pb2.QuerySeriesResponse:
        tenant = self._tenant(context, request.project_id, kind=INVALID_QUERY)
        _require_service(request.service)
        for name in ("start", "end", "step"):
            if not 0 <= getattr(request, name) <= MAX_TIME_MS:
                raise invalid(name, f"must be 0..{MAX_TIME_MS} (ms)", INVALID_QUERY)
        if request.end and request.start >= request.end:
            raise invalid("start", "must be before end", INVALID_QUERY)
        now = self._now_ms()
        plan = plan_series(
            request.start,
            request.end,
            request.step,
            bool(request.instance),
            now,
            now - int(self._settings.raw_retention * 1000),
        )
        # A service's series: its first MAX_SERIES_INTERFACES interfaces by name, and the
        # answer says so (a buggy client's thousands of names would be an answer of many MB).
        function: str | list[str] | None = request.function or None
        truncated = False
        if function is None:
            names = self.names.interfaces_of(tenant, request.service)
            if len(names) > MAX_SERIES_INTERFACES:
                function, truncated = sorted(names)[:MAX_SERIES_INTERFACES], True
        series = await self._store.series(
            tenant, request.service, plan, request.instance or None, function
        )
        return metric_pb2.QuerySeriesResponse(
            service=request.service,
            start=plan.start,
            end=plan.end,
            step=plan.step,
            resolution=plan.resolution,
            series=series,
            truncated=truncated,
        )

    @reports_errors
    async def QueryThresholds(
        self, request: metric_pb2.QueryThresholdsRequest, context: grpc.aio.ServicerContext
    ) -> metric_pb2.QueryThresholdsResponse:
        tenant = self._tenant(context, request.project_id, kind=INVALID_QUERY)
        await self.thresholds.refresh()  # another replica may have changed them
        found = self.thresholds.of(tenant, check_services(request.services, required=False))
        return metric_pb2.QueryThresholdsResponse(thresholds=found)

    @reports_errors
    async def SetThreshold(
        self, request: metric_pb2.SetThresholdRequest, context: grpc.aio.ServicerContext
    ) -> metric_pb2.MetricThreshold:
        tenant = self._tenant(context, request.project_id, kind=INVALID_THRESHOLD)
        threshold = metric_pb2.MetricThreshold()
        threshold.CopyFrom(request.threshold)
        validated(threshold, self._limits)
        threshold.timestamp = self._now_ms()
        await self._store.set_threshold(tenant, threshold)
        await self.thresholds.refresh()
        return threshold

    @reports_errors
    async def DeleteThresholds(
        self, request: metric_pb2.DeleteThresholdsRequest, context: grpc.aio.ServicerContext
    ) -> metric_pb2.DeleteThresholdsResponse:
        tenant = self._tenant(context, request.project_id, kind=INVALID_QUERY)
        deleted = await self._store.delete_thresholds(
            tenant, check_services(request.services, required=True)
        )
        await self.thresholds.refresh()
        return metric_pb2.DeleteThresholdsResponse(deleted=deleted)

    @reports_errors
    async def ListInstances(
        self, request: metric_pb2.ListInstancesRequest, context: grpc.aio.ServicerContext
    ) -> metric_pb2.ListInstancesResponse:
        tenant = self._tenant(context, request.project_id, kind=INVALID_QUERY)
        _require_service(request.service)
        since = self._live_since()
        instances = sorted(
            await self._store.instances(tenant, request.service), key=lambda i: i.instance
        )
        for instance in instances:
            instance.live = instance.last_report_time >= since
        return metric_pb2.ListInstancesResponse(instances=instances)

    @reports_errors
    async def ExportMetrics(
        self, request: metric_pb2.ExportMetricsRequest, context: grpc.aio.ServicerContext
    ) -> metric_pb2.ExportMetricsResponse:
        tenant = self._tenant(context, request.project_id, kind=INVALID_QUERY)
        now = self._now_ms()
        since = self._live_since()
        service = request.service or None
        records, instances = await asyncio.gather(
            self._store.live_interfaces(tenant, since, service),
            self._store.instances(tenant, service),
        )
        services = sorted({record.service for record in records})
        sums = await self._store.aggregate_interfaces(tenant, services, since) if services else []
        for instance in instances:
            instance.live = instance.last_report_time >= since
        ordered = sorted(instances, key=_instance_order)
        records = sorted(records, key=_record_order)
        truncated = len(records) > MAX_EXPORT_INTERFACES
        return metric_pb2.ExportMetricsResponse(
            truncated=truncated,
            interfaces=[instance_record(r) for r in records[:MAX_EXPORT_INTERFACES]],
            instances=ordered,
            services=sums,
            time=now,
            domain=tenant.domain,
            project=tenant.project,
        )


def _instance_order(instance: metric_pb2.InstanceInfo) -> tuple[str, str]:
    return instance.service, instance.instance


def _require_service(service: str) -> None:
    if not service:
        raise invalid("service", "a service name is required", INVALID_QUERY)


def _record_order(record) -> tuple[str, str, str]:
    return record.service, record.instance, record.metric.name
