"""`GET /v3/{project_id}/csemonitor/metric/prometheus`: a tenant's fleet as a Prometheus scrape
target, in the text exposition format or OpenMetrics (by the Accept header), with the metric and
label names the remote store writes (core.metric_names), so one Grafana dashboard and one set of
alert rules work on either. Built from ExportMetrics (the same tenancy and figures as every read);
rendered by prometheus-client."""

from __future__ import annotations

import math
from collections.abc import Iterator

from csemonitor.v2 import metric_pb2
from fastapi import FastAPI, Request
from prometheus_client import CollectorRegistry
from prometheus_client import exposition as text_format
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.openmetrics import exposition as openmetrics
from starlette.responses import Response

from core.errors import INVALID_QUERY
from core.figures import ESTIMATE_GROUPS, estimate_mask
from core.metric_names import (
    ESTIMATED_METRIC,
    INSTANCE_METRICS,
    INSTANCE_REPORT_METRIC,
    INTERFACE_METRICS,
    INTERFACE_REPORT_METRIC,
    LATENCY_SUM_METRIC,
    PERCENTILE_METRIC,
    QUANTILES,
    SERVICE_METRICS,
)
from core.wire import DEFAULT_PROJECT
from gateway.json_codec import value_to_json
from gateway.routes import call_metadata, request_id, url_tenant_values

TEXT_0_0_4 = text_format.CONTENT_TYPE_PLAIN_0_0_4
SCOPE = ("tenant", "project", "service", "instance")
INTERFACE_SCOPE = (*SCOPE, "interface")
SERVICE_SCOPE = ("tenant", "project", "service", "interface")
# The client's own fractions, as the remote store writes them: what it sent.
_SENT_FIGURES = frozenset(("rate", "failure_rate"))


class _Fleet:
    """A prometheus-client collector over one ExportMetrics answer."""

    def __init__(self, reply: metric_pb2.ExportMetricsResponse, tenant: tuple[str, str]) -> None:
        self.reply = reply
        self.tenant = tenant

    def collect(self) -> Iterator[GaugeMetricFamily]:
        yield from self._interfaces()
        yield from self._instances()
        yield from self._services()

    def _interfaces(self) -> Iterator[GaugeMetricFamily]:
        records = self.reply.interfaces
        reported = {(i.service, i.instance): i.last_report_time for i in self.reply.instances}
        figures = {
            name: GaugeMetricFamily(
                name, f"{field} of the interface's latest report", labels=INTERFACE_SCOPE
            )
            for name, field in INTERFACE_METRICS.items()
        }
        latency_sum = GaugeMetricFamily(
            LATENCY_SUM_METRIC, "latency x requests of the latest report", labels=INTERFACE_SCOPE
        )
        percentiles = GaugeMetricFamily(
            PERCENTILE_METRIC, "latency percentile, ms", labels=(*INTERFACE_SCOPE, "quantile")
        )
        estimated = GaugeMetricFamily(
            ESTIMATED_METRIC,
            "1 when the group's figures are estimates",
            labels=(*INTERFACE_SCOPE, "group"),
        )
        report_labels = (
            *INTERFACE_SCOPE,
            "host",
            "instance_id",
            "app",
            "version",
            "desc",
            "dialect",
        )
        reports = GaugeMetricFamily(
            INTERFACE_REPORT_METRIC, "receive time of the latest report, ms", labels=report_labels
        )
        for record in records:
            scope = (*self.tenant, record.service, record.instance, record.function_name)
            for name, field in INTERFACE_METRICS.items():
                source = record.sent if field in _SENT_FIGURES else record
                _add(figures[name], scope, float(getattr(source, field)))
            _add(latency_sum, scope, record.latency * record.total)
            for field, quantile in QUANTILES.items():
                _add(percentiles, (*scope, quantile), getattr(record, field))
            mask = estimate_mask(record.estimates)
            for group, bit in ESTIMATE_GROUPS.items():
                estimated.add_metric((*scope, group), float(bool(mask & bit)))
            details = (record.host, record.instance_id, record.app_id, record.version)
            reports.add_metric(
                (*scope, *details, record.desc, record.dialect),
                float(reported.get((record.service, record.instance), record.time)),
            )
        yield from figures.values()
        yield from (latency_sum, percentiles, estimated, reports)

    def _instances(self) -> Iterator[GaugeMetricFamily]:
        report_labels = (
            *SCOPE,
            "host",
            "instance_id",
            "app",
            "version",
            "service_id",
            "environment",
            "client_family",
            "client_version",
        )
        reports = GaugeMetricFamily(
            INSTANCE_REPORT_METRIC,
            "receive time of the instance's latest report, ms (every known instance)",
            labels=report_labels,
        )
        numbers = {
            name: GaugeMetricFamily(name, f"the instance's {field}", labels=(*SCOPE, "part"))
            for name, field in INSTANCE_METRICS.items()
        }
        for instance in self.reply.instances:
            scope = (*self.tenant, instance.service, instance.instance)
            reports.add_metric(
                (
                    *scope,
                    instance.host,
                    instance.instance_id,
                    instance.app_id,
                    instance.version,
                    instance.service_id,
                    instance.environment,
                    instance.client.family,
                    instance.client.version,
                ),
                float(instance.last_report_time),
            )
            if not instance.live:
                continue
            for name, field in INSTANCE_METRICS.items():
                for part, value in _number_parts(instance, field):
                    _add(numbers[name], (*scope, part), value)
        yield reports
        yield from numbers.values()

    def _services(self) -> Iterator[GaugeMetricFamily]:
        families = {
            name: GaugeMetricFamily(
                name,
                f"{field} of the service's interface over its live instances",
                labels=SERVICE_SCOPE,
            )
            for name, field in SERVICE_METRICS.items()
        }
        for record in self.reply.services:
            scope = (*self.tenant, record.service, record.function_name)
            for name, field in SERVICE_METRICS.items():
                _add(families[name], scope, float(getattr(record, field)))
        yield from families.values()


def _add(family: GaugeMetricFamily, labels: tuple, value: float) -> None:
    if value == value:  # a NaN is not reported: no sample, as the remote store writes none
        family.add_metric(labels, value)


def _number_parts(instance: metric_pb2.InstanceInfo, field: str) -> list[tuple[str, float]]:
    """A process figure as (part, number) samples: a number, or an object's numeric keys."""
    if field in ("load_average", "uptime"):
        if not instance.HasField(field):
            return []
        return [("", float(getattr(instance, field)))]
    value = value_to_json(getattr(instance, field)) if instance.HasField(field) else None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return [("", float(value))] if math.isfinite(value) else []
    if isinstance(value, dict):
        return [
            (key, float(v))
            for key, v in value.items()
            if isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
        ]
    return []


def add_prometheus_route(app: FastAPI, deadline: float) -> None:
    """Register GET /v3/{project_id}/csemonitor/metric/prometheus[?domain=&project=&service=]."""

    @app.get("/v3/{project_id}/csemonitor/metric/prometheus", include_in_schema=False)
    async def prometheus(project_id: str, request: Request) -> Response:
        rid = request_id(request)
        values = url_tenant_values(request)  # a scrape job can set parameters, not headers
        metadata = call_metadata(values, rid, INVALID_QUERY)
        export = metric_pb2.ExportMetricsRequest(
            project_id=project_id or DEFAULT_PROJECT,
            service=request.query_params.get("service", ""),
        )
        reply = await request.app.state.stub.ExportMetrics(
            export, metadata=metadata, timeout=deadline
        )
        tenant = (reply.domain, reply.project)
        registry = CollectorRegistry(auto_describe=False)
        registry.register(_Fleet(reply, tenant))
        if "application/openmetrics-text" in request.headers.get("accept", ""):
            body = openmetrics.generate_latest(registry)
            media_type = openmetrics.CONTENT_TYPE_LATEST
        else:  # the text format every Prometheus reads (0.0.4)
            body, media_type = text_format.generate_latest(registry), TEXT_0_0_4
        return Response(body, media_type=media_type, headers={"X-Request-Id": rid})
