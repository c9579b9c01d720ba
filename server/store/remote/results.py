"""The remote store's answers read back: union queries' series grouped by key and figure, and
made into core.figures.Sums, latest records (with what was sent) and instance snapshots."""

from __future__ import annotations

import logging
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence

from google.protobuf import json_format

from csemonitor.core.columns import DOUBLE_FIELDS, PARTS, PERCENTILES, Sums
from csemonitor.core.figures import ESTIMATE_GROUPS, count
from csemonitor.core.histogram import Histogram
from csemonitor.core.metric_names import FIELD_OF_QUANTILE, METRIC_OF, QUANTILES
from csemonitor.core.upload import LatestInterface, as_sent, instance_snapshot
from csemonitor.server.store.aggregates import (
    InterfaceSums,
    ServiceInstances,
    ServiceLive,
    metric_info,
    service_summaries,
)
from csemonitor.server.store.remote.buckets import from_cumulative
from csemonitor.server.store.remote.promql import FIGURE
from csemonitor.v2 import metric_pb2

log = logging.getLogger(__name__)


def whole(value: float | None) -> int:
    return count(round(value)) if value is not None and math.isfinite(value) else 0


def figure_of(metric: Mapping[str, str]) -> str:
    """The figure a series of a union answers: its part's name, a percentile's field, or
    `part:group` / `part:field` for the estimate groups and the values as sent."""
    figure = metric.get(FIGURE, "")
    if "quantile" in metric:
        return FIELD_OF_QUANTILE.get(metric["quantile"], figure)
    for qualifier in ("group", "field", "le"):
        if qualifier in metric:
            return f"{figure}:{metric[qualifier]}"
    return figure


def estimates_of(values: Mapping[str, float]) -> int:
    """The estimate mask from `estimated:<group>` figures."""
    return sum(
        bit for group, bit in ESTIMATE_GROUPS.items() if values.get(f"estimated:{group}", 0) > 0
    )


class Figures:
    """A union query's answer grouped by key labels: figure -> value (see _figure)."""

    def __init__(self, result: list[dict], key: Sequence[str]) -> None:
        self.groups: dict[tuple, dict[str, float]] = defaultdict(dict)
        self.labels: dict[tuple, dict[str, dict[str, str]]] = defaultdict(dict)
        for series in result:
            metric = series["metric"]
            group = tuple(metric.get(k, "") for k in key)
            figure = figure_of(metric)
            self.groups[group][figure] = float(series["value"][1])
            self.labels[group][figure] = metric


def latest_record(
    service: str, key: str, name: str, values: Mapping[str, float], report: Mapping[str, str]
) -> LatestInterface:
    """One interface's latest record of one instance: its figures, and the newest report's
    labels (who reported it, how it was read)."""
    metric = metric_pb2.InterfaceMetric(name=name, desc=report.get("desc", ""))
    for field in (*METRIC_OF, *QUANTILES):
        value = values.get(field)
        if field in DOUBLE_FIELDS:
            setattr(metric, field, math.nan if value is None else value)
        elif field == "circuit_breaker_open":
            metric.circuit_breaker_open = bool(value)
        else:
            setattr(metric, field, whole(value))
    return LatestInterface(
        service,
        key,
        report.get("host", ""),
        report.get("instance_id", ""),
        report.get("app", ""),
        report.get("version", ""),
        int(values["report"]),
        metric,
        dialect=report.get("dialect", ""),
        estimates=estimates_of(values),
        sent=sent_of(metric, whole(values.get("corrected")), values),
    )


def sums_of(values: Mapping[str, float]) -> Sums:
    """A union query's figures of one group (named after core.columns' parts) as Sums."""
    return Sums(
        *(whole(values.get(p.name)) if p.whole else values.get(p.name) for p in PARTS),
        *(values.get(p) for p in PERCENTILES),
        estimates_of(values),
        histogram_of(values),
    )


def interface_cards(figures: Figures) -> list[metric_pb2.MetricInfo]:
    """aggregate_interfaces' records from a query's figures per (service, interface): the
    latest record of each live instance summed. A percentile below 0 is one no instance
    reported (the live sums' NO_PERCENTILE); an interface of no instance is left out."""
    records = []
    for (service, name), values in sorted(figures.groups.items()):
        if not whole(values.get("instances")):
            continue
        for field in PERCENTILES:
            if values.get(field, 0.0) < 0:
                del values[field]
        newest = figures.labels[(service, name)].get("newest", {})
        interface = InterfaceSums(
            service=service,
            name=name,
            time=whole(values.get("time")),
            app_id=newest.get("app", ""),
            version=newest.get("version", ""),
            desc=newest.get("desc", ""),
            sums=sums_of(values),
        )
        records.append(metric_info(interface))
    return records


def summaries(figures: Figures) -> list[metric_pb2.ServiceSummary]:
    """service_summaries' records from a query's figures per service."""
    instances, live = [], []
    for (service,), values in figures.groups.items():
        if whole(values.get("known")):
            newest = figures.labels[(service,)].get("newest", {})
            instances.append(
                ServiceInstances(
                    service=service,
                    known=whole(values["known"]),
                    live=whole(values.get("live")),
                    last_report=whole(values.get("last_report")),
                    app_id=newest.get("app", ""),
                    version=newest.get("version", ""),
                )
            )
        if "interfaces" in values:
            live.append(
                ServiceLive(
                    service=service,
                    qps=values.get("qps"),
                    total=whole(values.get("total")),
                    failure=whole(values.get("failure")),
                    any_open=bool(values.get("breaker")),
                    interfaces=whole(values["interfaces"]),
                    latency_x_total=values.get("latency_x_total"),
                    latency_sum=values.get("latency_sum"),
                    latency_reports=whole(values.get("latency_reports")),
                    reports=whole(values.get("reports")),
                    open_breakers=whole(values.get("open_breakers")),
                )
            )
    return service_summaries(instances, live)


def histogram_of(values: Mapping[str, float]) -> Histogram | None:
    """The distribution from `bucket:<le>` figures (cumulative counts), if any."""
    buckets = {k.removeprefix("bucket:"): v for k, v in values.items() if k.startswith("bucket:")}
    return from_cumulative(buckets) if buckets else None


def sent_of(
    metric: metric_pb2.InterfaceMetric, corrected: int, values: Mapping[str, float]
) -> metric_pb2.InterfaceMetric | None:
    """What the client sent: the stored figures with the changed ones as sent."""
    sent = {k.removeprefix("sent:"): v for k, v in values.items() if k.startswith("sent:")}
    return as_sent(metric, sent, corrected)


def snapshot_of(
    service: str, labels: Mapping, numbers: Mapping[str, Mapping[str, float]]
) -> metric_pb2.InstanceInfo:
    """An instance's snapshot from its report's labels and its latest numbers."""
    metric = metric_pb2.MetricData(
        instance=labels.get("host", ""),
        instance_id=labels.get("instance_id", ""),
        app_id=labels.get("app", ""),
        version=labels.get("version", ""),
        service_id=labels.get("service_id", ""),
        environment=labels.get("environment", ""),
    )
    if labels.get("extension"):
        try:
            json_format.Parse(labels["extension"], metric, ignore_unknown_fields=True)
        except json_format.ParseError:
            log.warning("unreadable extension label of %s/%s", service, labels.get("instance"))
    for field, parts in numbers.items():
        if field in ("load_average", "uptime"):
            setattr(metric, field, type(getattr(metric, field))(parts.get("", 0)))
        elif not metric.HasField(field):
            target = getattr(metric, field)
            if set(parts) == {""}:
                target.number_value = parts[""]
            else:  # numbers only: Struct.update's type dispatch per value was half the cost
                fields = target.struct_value.fields
                for part, value in parts.items():
                    fields[part].number_value = value
    client = metric_pb2.ClientInfo(
        family=labels.get("client_family", ""),
        version=labels.get("client_version", ""),
        signals=[s for s in labels.get("client_signals", "").split("; ") if s],
    )
    return instance_snapshot(service, metric, int(labels["received"]), client)
