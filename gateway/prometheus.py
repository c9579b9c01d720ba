"""`GET /v3/{project_id}/csemonitor/metric/prometheus`: a tenant's fleet as a Prometheus scrape
target, in the text exposition format (0.0.4) or OpenMetrics (by the Accept header), with the
metric and label names the remote store writes (core.metric_names), so one Grafana dashboard and
one set of alert rules work on either. Built from ExportMetrics (the same tenancy and figures as
every read).

Written here rather than by prometheus-client's collectors: for 1,000 instances x 10 interfaces
(~250,000 samples) those took ~5 s a scrape; each series' labels are escaped once here and reused
by every family. The tests read both formats back with prometheus-client's parsers.
"""

from __future__ import annotations

import math
from collections import defaultdict

from fastapi import FastAPI, Request
from starlette.responses import Response

from csemonitor.core.errors import INVALID_QUERY
from csemonitor.core.figures import ESTIMATE_GROUPS, estimate_mask
from csemonitor.core.json_out import value_to_json
from csemonitor.core.metric_names import (
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
from csemonitor.core.wire import DEFAULT_PROJECT
from csemonitor.gateway.routes import call_metadata, request_id, url_tenant_values
from csemonitor.v2 import metric_pb2

TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8"
OPENMETRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8"
# The client's own fractions, as the remote store writes them: what it sent.
_SENT_FIGURES = frozenset(("rate", "failure_rate"))
SCRAPE_TRUNCATED_METRIC = "csemonitor_scrape_truncated"
_HELP = {
    SCRAPE_TRUNCATED_METRIC: "1 when the tenant has more live instance interfaces than a scrape "
    "holds (50,000): scrape per service (?service=) for the rest",
    LATENCY_SUM_METRIC: "latency x requests of the latest report",
    PERCENTILE_METRIC: "latency percentile of the latest report, ms",
    ESTIMATED_METRIC: "1 when the group of the latest report's figures is an estimate",
    INTERFACE_REPORT_METRIC: "receive time of the interface's latest report, ms",
    INSTANCE_REPORT_METRIC: "receive time of the instance's latest report, ms (every known one)",
    **{
        name: f"{field} of the interface's latest report"
        for name, field in INTERFACE_METRICS.items()
    },
    **{name: f"the instance's {field}" for name, field in INSTANCE_METRICS.items()},
    **{
        name: f"{field} of the service's interface over its live instances"
        for name, field in SERVICE_METRICS.items()
    },
}


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _labels(**labels: str) -> str:
    """`a="x",b="y"` of the labels (empty values left out, as Prometheus treats them)."""
    return ",".join(f'{name}="{_escape(value)}"' for name, value in labels.items() if value)


def _number(value: float) -> str:
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    return repr(float(value))


class _Families:
    """Samples grouped by metric name, written as gauge families."""

    def __init__(self) -> None:
        self.lines: dict[str, list[str]] = defaultdict(list)

    def add(self, name: str, labels: str, value: float) -> None:
        if value == value:  # a NaN is not reported: no sample, as the remote store writes none
            self.lines[name].append(f"{name}{{{labels}}} {_number(value)}\n")

    def render(self, openmetrics: bool) -> bytes:
        out = []
        for name, lines in self.lines.items():
            out.append(f"# HELP {name} {_HELP.get(name, name)}\n# TYPE {name} gauge\n")
            out.extend(lines)
        if openmetrics:
            out.append("# EOF\n")
        return "".join(out).encode()


def fleet_exposition(reply: metric_pb2.ExportMetricsResponse, openmetrics: bool) -> bytes:
    """The answer of ExportMetrics in the text format (or OpenMetrics)."""
    families = _Families()
    tenant = {"tenant": reply.domain, "project": reply.project}
    reported = {(i.service, i.instance): i.last_report_time for i in reply.instances}
    for record in reply.interfaces:
        scope = _labels(
            **tenant,
            service=record.service,
            instance=record.instance,
            interface=record.function_name,
        )
        for name, field in INTERFACE_METRICS.items():
            source = record.sent if field in _SENT_FIGURES else record
            families.add(name, scope, float(getattr(source, field)))
        families.add(LATENCY_SUM_METRIC, scope, record.latency * record.total)
        for field, quantile in QUANTILES.items():
            families.add(
                PERCENTILE_METRIC, f'{scope},quantile="{quantile}"', getattr(record, field)
            )
        mask = estimate_mask(record.estimates)
        for group, bit in ESTIMATE_GROUPS.items():
            families.add(ESTIMATED_METRIC, f'{scope},group="{group}"', float(bool(mask & bit)))
        details = _labels(
            host=record.host,
            instance_id=record.instance_id,
            app=record.app_id,
            version=record.version,
            desc=record.desc,
            dialect=record.dialect,
        )
        received = reported.get((record.service, record.instance), record.time)
        families.add(INTERFACE_REPORT_METRIC, _join(scope, details), float(received))
    for instance in reply.instances:
        scope = _labels(**tenant, service=instance.service, instance=instance.instance)
        details = _labels(
            host=instance.host,
            instance_id=instance.instance_id,
            app=instance.app_id,
            version=instance.version,
            service_id=instance.service_id,
            environment=instance.environment,
            client_family=instance.client.family,
            client_version=instance.client.version,
        )
        families.add(
            INSTANCE_REPORT_METRIC, _join(scope, details), float(instance.last_report_time)
        )
        if instance.live:
            for name, field in INSTANCE_METRICS.items():
                for part, value in _number_parts(instance, field):
                    families.add(name, _join(scope, _labels(part=part)), value)
    for record in reply.services:
        scope = _labels(**tenant, service=record.service, interface=record.function_name)
        for name, field in SERVICE_METRICS.items():
            families.add(name, scope, float(getattr(record, field)))
    families.add(SCRAPE_TRUNCATED_METRIC, _labels(**tenant), float(reply.truncated))
    return families.render(openmetrics)


def _join(*parts: str) -> str:
    return ",".join(part for part in parts if part)


def _number_parts(instance: metric_pb2.InstanceInfo, field: str) -> list[tuple[str, float]]:
    """A process figure as (part, number) samples: a number, or an object's numeric keys."""
    if field in ("load_average", "uptime"):
        return [("", float(getattr(instance, field)))] if instance.HasField(field) else []
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
        openmetrics = "application/openmetrics-text" in request.headers.get("accept", "")
        return Response(
            fleet_exposition(reply, openmetrics),
            media_type=OPENMETRICS if openmetrics else TEXT_FORMAT,
            headers={"X-Request-Id": rid},
        )
