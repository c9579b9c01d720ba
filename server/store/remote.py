"""The store for large fleets: a Prometheus-compatible TSDB, written with remote write and read
with PromQL. It keeps no state of its own, so any number of replicas can share one TSDB.

Every read is one union query (server.store.promql.union) whose parts the TSDB aggregates; the
arithmetic that turns the sums into records is the one SQLite's rows go through
(server.store.aggregates, server.series). A NaN figure is not stored (TSDBs drop NaN), so the
latest value of that figure is the last number the instance sent.
"""

from __future__ import annotations

import logging
import math
import time
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

import aiohttp
from csemonitor.v2 import metric_pb2
from google.protobuf import json_format

from core.tenant import Tenant
from server.series import (
    COUNTS,
    ESTIMATE_GROUPS,
    MINUTE_MS,
    PERCENTILES,
    ROLLUP,
    BucketSums,
    SeriesPlan,
    count,
    series_from_sums,
)
from server.store.aggregates import (
    InterfaceSums,
    ServiceInstances,
    ServiceLive,
    metric_info,
    service_summaries,
)
from server.store.base import CORRECTABLE, LatestInterface, Store, Upload, instance_snapshot
from server.store.group_commit import GroupCommit
from server.store.prometheus_api import PrometheusApi
from server.store.promql import FIGURE, duration, selector, union
from server.store.remote_write import (
    CORRECTED_METRIC,
    ESTIMATED_METRIC,
    INSTANCE_METRICS,
    INSTANCE_REPORT_METRIC,
    INTERFACE_METRICS,
    INTERFACE_REPORT_METRIC,
    LATENCY_SUM_METRIC,
    PERCENTILE_METRIC,
    QUANTILES,
    SENT_METRIC,
    encode,
    push,
    write_request,
)

log = logging.getLogger(__name__)

METRIC_OF = {field: name for name, field in INTERFACE_METRICS.items()}
FIELD_OF_QUANTILE = {quantile: field for field, quantile in QUANTILES.items()}
MAX_BATCH_UPLOADS = 500  # one remote-write request stays a few MB at most
_DOUBLE_FIELDS = frozenset(
    f.name for f in metric_pb2.InterfaceMetric.DESCRIPTOR.fields if f.type == f.TYPE_DOUBLE
)


def _since(since_ms: int, now_ms: int) -> str:
    """The range reaching back to since_ms inclusive (a range is open at its start)."""
    return duration(now_ms - since_ms + 1)


def _count(value: float | None) -> int:
    return count(round(value)) if value is not None and math.isfinite(value) else 0


def _figure(metric: Mapping[str, str]) -> str:
    """The figure a series of a union answers: its part's name, a percentile's field, or
    `part:group` / `part:field` for the estimate groups and the values as sent."""
    figure = metric.get(FIGURE, "")
    if "quantile" in metric:
        return FIELD_OF_QUANTILE.get(metric["quantile"], figure)
    for qualifier in ("group", "field"):
        if qualifier in metric:
            return f"{figure}:{metric[qualifier]}"
    return figure


def _estimates(values: Mapping[str, float]) -> int:
    """The estimate mask from `estimated:<group>` figures."""
    return sum(
        bit for group, bit in ESTIMATE_GROUPS.items() if values.get(f"estimated:{group}", 0) > 0
    )


class _Figures:
    """A union query's answer grouped by key labels: figure -> value (see _figure)."""

    def __init__(self, result: list[dict], key: Sequence[str]) -> None:
        self.groups: dict[tuple, dict[str, float]] = defaultdict(dict)
        self.labels: dict[tuple, dict[str, dict[str, str]]] = defaultdict(dict)
        for series in result:
            metric = series["metric"]
            group = tuple(metric.get(k, "") for k in key)
            figure = _figure(metric)
            self.groups[group][figure] = float(series["value"][1])
            self.labels[group][figure] = metric


class RemoteStore(Store):
    """Uploads as remote-write requests (group-committed); reads as PromQL queries."""

    def __init__(
        self,
        write_url: str,
        query_url: str,
        headers: Mapping[str, str] | None = None,
        timeout: float = 5.0,
        lookback: float = 3600.0,
        max_pending: int = 10000,
        on_commit: Callable[[float, int], None] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._write_url = write_url
        self._query_url = query_url
        self._headers = dict(headers or {})
        self._timeout = timeout
        self._lookback_ms = int(lookback * 1000)
        self._clock = clock
        self._session: aiohttp.ClientSession | None = None
        self._api: PrometheusApi | None = None
        self._commits: GroupCommit[bytes] = GroupCommit(
            self._push, max_pending, MAX_BATCH_UPLOADS, on_commit
        )

    async def open(self) -> None:
        self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=64))
        self._api = PrometheusApi(self._session, self._query_url, self._headers, self._timeout)
        self._commits.start("remote-write")

    async def close(self) -> None:
        await self._commits.close()
        if self._session is not None:
            await self._session.close()

    def _now_ms(self) -> int:
        return int(self._clock() * 1000)

    # -- writes

    async def write(self, tenant: Tenant, upload: Upload) -> None:
        await self._commits.submit(write_request(tenant, upload))

    async def _push(self, batch: list[bytes]) -> None:
        # Serialized WriteRequests concatenate into one (repeated fields append).
        body = encode(b"".join(batch))
        await push(self._session, self._write_url, body, self._headers, self._timeout)

    async def prune(self, raw_before_ms: int, before_ms: int) -> int:
        return 0  # the TSDB applies its own retention

    @property
    def write_failing(self) -> bool:
        return self._commits.failing

    async def check_writable(self) -> None:
        # An empty WriteRequest: the TSDB's answer says whether it takes writes.
        await push(self._session, self._write_url, encode(b""), self._headers, self._timeout)
        self._commits.failing = False

    # -- reads

    def _scope(self, tenant: Tenant, **labels) -> dict:
        scope = {"tenant": tenant.domain, "project": tenant.project}
        scope.update({k: v for k, v in labels.items() if v is not None})
        return scope

    async def _instant(self, parts: Mapping[str, str], key: Sequence[str]) -> _Figures:
        return _Figures(await self._api.query(union(parts), self._now_ms()), key)

    async def _instance_keys(
        self, tenant: Tenant, services: Sequence[str], instance: str
    ) -> set[str]:
        """The instance keys an instance argument names: itself, and those reporting from a
        host of that name."""
        report = selector(
            INTERFACE_REPORT_METRIC, self._scope(tenant, service=services, host=instance)
        )
        found = await self._api.query(
            f"count by (instance) (last_over_time({report}[{duration(self._lookback_ms)}]))",
            self._now_ms(),
        )
        return {instance} | {series["metric"].get("instance", "") for series in found}

    async def instance_interfaces(
        self,
        tenant: Tenant,
        services: Sequence[str],
        instance: str,
        function: str | None = None,
    ) -> list[LatestInterface]:
        keys = await self._instance_keys(tenant, services, instance)
        scope = self._scope(tenant, service=services, instance=keys, interface=function)
        window = duration(self._lookback_ms)

        def last(metric: str) -> str:
            return f"last_over_time({selector(metric, scope)}[{window}])"

        parts = {field: last(name) for field, name in METRIC_OF.items()}
        parts["percentile"] = last(PERCENTILE_METRIC)
        parts["estimated"] = last(ESTIMATED_METRIC)
        parts["corrected"] = last(CORRECTED_METRIC)
        parts["sent"] = last(SENT_METRIC)
        # The newest report's details, should the instance's host or version have changed.
        parts["report"] = (
            f"topk by (service, instance, interface) (1, {last(INTERFACE_REPORT_METRIC)})"
        )
        figures = await self._instant(parts, ("service", "instance", "interface"))
        records = []
        for (service, key, name), values in figures.groups.items():
            report = figures.labels[(service, key, name)].get("report")
            if report is None:
                continue
            metric = metric_pb2.InterfaceMetric(name=name, desc=report.get("desc", ""))
            for field in (*METRIC_OF, *QUANTILES):
                value = values.get(field)
                if field in _DOUBLE_FIELDS:
                    setattr(metric, field, math.nan if value is None else value)
                elif field == "circuit_breaker_open":
                    metric.circuit_breaker_open = bool(value)
                else:
                    setattr(metric, field, _count(value))
            records.append(
                LatestInterface(
                    service,
                    key,
                    report.get("host", ""),
                    report.get("instance_id", ""),
                    report.get("app", ""),
                    report.get("version", ""),
                    int(values["report"]),
                    metric,
                    dialect=report.get("dialect", ""),
                    estimates=_estimates(values),
                    sent=_sent(metric, _count(values.get("corrected")), values),
                )
            )
        return records

    async def aggregate_interfaces(
        self,
        tenant: Tenant,
        services: Sequence[str],
        since_ms: int,
        function: str | None = None,
    ) -> list[metric_pb2.MetricInfo]:
        scope = self._scope(tenant, service=services, interface=function)
        window = _since(since_ms, self._now_ms())
        by = "service, interface"

        def last(metric: str) -> str:
            return f"last_over_time({selector(metric, scope)}[{window}])"

        parts = {field: f"sum by ({by}) ({last(METRIC_OF[field])})" for field in ("qps", *COUNTS)}
        parts.update(
            latency_x_total=f"sum by ({by}) ({last(LATENCY_SUM_METRIC)})",
            mean_latency=f"avg by ({by}) ({last(METRIC_OF['latency'])})",
            percentile=f"max by ({by}, quantile) ({last(PERCENTILE_METRIC)})",
            breaker=f"sum by ({by}) ({last(METRIC_OF['circuit_breaker_open'])})",
            estimated=f"max by ({by}, group) ({last(ESTIMATED_METRIC)})",
            instances=f"count by ({by}) ({last(METRIC_OF['total'])})",
            time=f"max by ({by}) ({last(METRIC_OF['time'])})",
            newest=f"topk by ({by}) (1, {last(INTERFACE_REPORT_METRIC)})",
        )
        figures = await self._instant(parts, ("service", "interface"))
        records = []
        for (service, name), values in sorted(figures.groups.items()):
            if "instances" not in values:
                continue
            newest = figures.labels[(service, name)].get("newest", {})
            sums = InterfaceSums(
                service=service,
                name=name,
                time=_count(values.get("time")),
                app_id=newest.get("app", ""),
                version=newest.get("version", ""),
                desc=newest.get("desc", ""),
                qps=values.get("qps"),
                latency_x_total=values.get("latency_x_total"),
                mean_latency=values.get("mean_latency"),
                **{c: _count(values.get(c)) for c in COUNTS},
                **{p: values.get(p) for p in PERCENTILES},
                breaker_open=_count(values.get("breaker")),
                instances=_count(values["instances"]),
                estimates=_estimates(values),
            )
            records.append(metric_info(sums))
        return records

    async def service_summaries(
        self, tenant: Tenant, since_ms: int
    ) -> list[metric_pb2.ServiceSummary]:
        scope = self._scope(tenant)
        live = _since(since_ms, self._now_ms())
        known = duration(self._lookback_ms)

        def last(metric: str, window: str) -> str:
            return f"last_over_time({selector(metric, scope)}[{window}])"

        def instances(window: str) -> str:
            per_instance = f"max by (service, instance) ({last(INSTANCE_REPORT_METRIC, window)})"
            return f"count by (service) ({per_instance})"

        parts = {
            "known": instances(known),
            "live": instances(live),
            "last_report": f"max by (service) ({last(INSTANCE_REPORT_METRIC, known)})",
            "newest": f"topk by (service) (1, {last(INSTANCE_REPORT_METRIC, known)})",
            "qps": f"sum by (service) ({last(METRIC_OF['qps'], live)})",
            "total": f"sum by (service) ({last(METRIC_OF['total'], live)})",
            "failure": f"sum by (service) ({last(METRIC_OF['failure'], live)})",
            "breaker": f"max by (service) ({last(METRIC_OF['circuit_breaker_open'], live)})",
            "interfaces": "count by (service) (count by (service, interface) "
            f"({last(METRIC_OF['total'], live)}))",
        }
        figures = await self._instant(parts, ("service",))
        instances, live = [], []
        for (service,), values in figures.groups.items():
            if "known" in values:
                newest = figures.labels[(service,)].get("newest", {})
                instances.append(
                    ServiceInstances(
                        service=service,
                        known=_count(values["known"]),
                        live=_count(values.get("live")),
                        last_report=_count(values.get("last_report")),
                        app_id=newest.get("app", ""),
                        version=newest.get("version", ""),
                    )
                )
            if "interfaces" in values:
                live.append(
                    ServiceLive(
                        service=service,
                        qps=values.get("qps"),
                        total=_count(values.get("total")),
                        failure=_count(values.get("failure")),
                        any_open=bool(values.get("breaker")),
                        interfaces=_count(values["interfaces"]),
                    )
                )
        return service_summaries(instances, live)

    async def instances(
        self, tenant: Tenant, service: str | None = None
    ) -> list[metric_pb2.InstanceInfo]:
        scope = self._scope(tenant, service=service)
        window = duration(self._lookback_ms)
        result = await self._api.query(
            union(
                {
                    "report": "topk by (service, instance) (1, last_over_time("
                    f"{selector(INSTANCE_REPORT_METRIC, scope)}[{window}]))",
                    **{
                        field: f"last_over_time({selector(name, scope)}[{window}])"
                        for name, field in INSTANCE_METRICS.items()
                    },
                }
            ),
            self._now_ms(),
        )
        reports: dict[tuple, dict] = {}
        numbers: dict[tuple, dict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))
        for series in result:
            labels = series["metric"]
            key = (labels.get("service", ""), labels.get("instance", ""))
            value = float(series["value"][1])
            if labels.get(FIGURE) == "report":
                reports[key] = {**labels, "received": value}
            else:
                numbers[key][labels.get(FIGURE, "")][labels.get("part", "")] = value
        return [
            _snapshot(service, labels, numbers.get((service, key), {}))
            for (service, key), labels in reports.items()
        ]

    async def series(
        self,
        tenant: Tenant,
        service: str,
        plan: SeriesPlan,
        instance: str | None = None,
        function: str | None = None,
    ) -> list[metric_pb2.InterfaceSeries]:
        keys = None
        if instance is not None:
            keys = await self._instance_keys(tenant, [service], instance)
        scope = self._scope(tenant, service=service, instance=keys, interface=function)
        step = MINUTE_MS if plan.resolution == ROLLUP else plan.step
        window = duration(step)

        def over(fn: str, metric: str, aggregate: str = "sum", by: str = "interface") -> str:
            return f"{aggregate} by ({by}) ({fn}_over_time({selector(metric, scope)}[{window}]))"

        parts = {c: over("sum", METRIC_OF[c]) for c in COUNTS}
        parts.update(
            qps=over("avg", METRIC_OF["qps"]),
            latency_x_total=over("sum", LATENCY_SUM_METRIC),
            latency_sum=over("sum", METRIC_OF["latency"]),
            reports=over("count", METRIC_OF["total"]),
            percentile=over("max", PERCENTILE_METRIC, "max", "interface, quantile"),
            breaker=over("sum", METRIC_OF["circuit_breaker_open"]),
            estimated=over("max", ESTIMATED_METRIC, "max", "interface, group"),
            instances=over("count", METRIC_OF["total"], "count"),
        )
        # A point at t answers the window (t - step, t]: evaluating at a bucket's last
        # millisecond gives the bucket [start, start + step) the SQLite store uses.
        last_bucket = (plan.end - 1) // step * step
        result = await self._api.query_range(
            union(parts), plan.start + step - 1, last_bucket + step - 1, step
        )
        buckets: dict[tuple[str, int], dict[str, float]] = defaultdict(dict)
        for series in result:
            labels = series["metric"]
            figure = _figure(labels)
            for at, text in series["values"]:
                bucket = round(float(at) * 1000) - step + 1
                buckets[(labels.get("interface", ""), bucket)][figure] = float(text)
        sums = [
            _bucket_sums(name, at, values)
            for (name, at), values in sorted(buckets.items())
            if "instances" in values
        ]
        if plan.resolution == ROLLUP and plan.step != MINUTE_MS:
            sums = _merge_minutes(sums, plan.step)
        return series_from_sums(sums)


def _bucket_sums(name: str, at: int, values: Mapping[str, float]) -> BucketSums:
    return BucketSums(
        name=name,
        time=at,
        qps=values.get("qps"),
        **{c: _count(values.get(c)) for c in COUNTS},
        latency_x_total=values.get("latency_x_total"),
        latency_sum=values.get("latency_sum"),
        reports=_count(values.get("reports")),
        **{p: values.get(p) for p in PERCENTILES},
        breaker_open_reports=_count(values.get("breaker")),
        instances=_count(values.get("instances")),
        estimates=_estimates(values),
    )


def _sent(
    metric: metric_pb2.InterfaceMetric, corrected: int, values: Mapping[str, float]
) -> metric_pb2.InterfaceMetric | None:
    """What the client sent: the stored figures with the changed ones as sent."""
    if not corrected:
        return None
    sent = metric_pb2.InterfaceMetric()
    sent.CopyFrom(metric)
    for bit, field in enumerate(CORRECTABLE):
        if corrected & (1 << bit):
            value = values.get(f"sent:{field}", math.nan)
            setattr(sent, field, value if field in _DOUBLE_FIELDS else _count(value))
    return sent


def _merge_minutes(minutes: Sequence[BucketSums], step: int) -> list[BucketSums]:
    """Minute sums into whole-minute steps, as SQLite's roll-up query does: qps the mean of the
    minutes, instances the most in any minute, sums summed, percentiles maxed."""
    groups: dict[tuple[str, int], list[BucketSums]] = defaultdict(list)
    for row in minutes:
        groups[(row.name, row.time - row.time % step)].append(row)
    merged = []
    for (name, at), rows in sorted(groups.items()):
        qps = [r.qps for r in rows if r.qps is not None]

        def total(field: str, rows=rows) -> float | None:
            values = [getattr(r, field) for r in rows if getattr(r, field) is not None]
            return sum(values) if values else None

        def highest(field: str, rows=rows) -> float | None:
            values = [getattr(r, field) for r in rows if getattr(r, field) is not None]
            return max(values) if values else None

        merged.append(
            BucketSums(
                name=name,
                time=at,
                qps=sum(qps) / len(qps) if qps else None,
                **{c: total(c) for c in COUNTS},
                latency_x_total=total("latency_x_total"),
                latency_sum=total("latency_sum"),
                reports=total("reports"),
                **{p: highest(p) for p in PERCENTILES},
                breaker_open_reports=total("breaker_open_reports"),
                instances=max(r.instances for r in rows),
                estimates=_any_bits(r.estimates for r in rows),
            )
        )
    return merged


def _any_bits(masks) -> int:
    result = 0
    for mask in masks:
        result |= mask
    return result


def _snapshot(
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
            else:
                target.struct_value.update(parts)
    client = metric_pb2.ClientInfo(
        family=labels.get("client_family", ""),
        version=labels.get("client_version", ""),
        signals=[s for s in labels.get("client_signals", "").split("; ") if s],
    )
    return instance_snapshot(service, metric, int(labels["received"]), client)
