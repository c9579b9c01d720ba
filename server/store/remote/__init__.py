"""The store for large fleets: a Prometheus-compatible TSDB, written with remote write and read
with PromQL. It keeps no state of its own, so any number of replicas can share one TSDB.

Every read is one union query (promql.union) whose parts the TSDB aggregates; the answers are
read back by results.py into the sums SQLite's rows give too (server.store.aggregates, and
core.figures for the arithmetic). A NaN figure is not stored (TSDBs drop NaN), so the
latest value of that figure is the last number the instance sent.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

import aiohttp
from csemonitor.v2 import metric_pb2

from core.figures import COUNTS
from core.metric_names import (
    CORRECTED_METRIC,
    ESTIMATED_METRIC,
    INSTANCE_METRICS,
    INSTANCE_REPORT_METRIC,
    INTERFACE_REPORT_METRIC,
    LATENCY_SUM_METRIC,
    METRIC_OF,
    PERCENTILE_METRIC,
    SENT_METRIC,
)
from core.series import MINUTE_MS, ROLLUP, Bucket, SeriesPlan, merge_minutes, series_of
from core.tenant import Tenant
from server.store.aggregates import (
    InterfaceSums,
    ServiceInstances,
    ServiceLive,
    metric_info,
    service_summaries,
)
from server.store.base import LatestInterface, Store, Upload
from server.store.group_commit import GroupCommit
from server.store.remote.api import PrometheusApi
from server.store.remote.promql import FIGURE, duration, selector, union
from server.store.remote.results import (
    Figures,
    figure_of,
    latest_record,
    snapshot_of,
    sums_of,
    whole,
)
from server.store.remote.writes import encode, push, write_request

log = logging.getLogger(__name__)

MAX_BATCH_UPLOADS = 500  # one remote-write request stays a few MB at most


def _since(since_ms: int, now_ms: int) -> str:
    """The range reaching back to since_ms inclusive (a range is open at its start)."""
    return duration(now_ms - since_ms + 1)


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

    async def _instant(self, parts: Mapping[str, str], key: Sequence[str]) -> Figures:
        return Figures(await self._api.query(union(parts), self._now_ms()), key)

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
        return await self._latest_records(scope, duration(self._lookback_ms))

    async def live_interfaces(
        self, tenant: Tenant, since_ms: int, service: str | None = None
    ) -> list[LatestInterface]:
        scope = self._scope(tenant, service=service)
        return await self._latest_records(scope, _since(since_ms, self._now_ms()))

    async def _latest_records(self, scope: dict, window: str) -> list[LatestInterface]:
        """The latest record of each (service, instance, interface) in scope within window."""

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
            if report is not None:
                records.append(latest_record(service, key, name, values, report))
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
            latency_sum=f"sum by ({by}) ({last(METRIC_OF['latency'])})",
            latency_reports=f"count by ({by}) ({last(METRIC_OF['latency'])})",
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
            interface = InterfaceSums(
                service=service,
                name=name,
                time=whole(values.get("time")),
                app_id=newest.get("app", ""),
                version=newest.get("version", ""),
                desc=newest.get("desc", ""),
                sums=sums_of(values, reports=whole(values["instances"])),  # one per instance
            )
            records.append(metric_info(interface))
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
            snapshot_of(service, labels, numbers.get((service, key), {}))
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
            latency_reports=over("count", METRIC_OF["latency"]),
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
            figure = figure_of(labels)
            for at, text in series["values"]:
                bucket = round(float(at) * 1000) - step + 1
                buckets[(labels.get("interface", ""), bucket)][figure] = float(text)
        steps = [
            Bucket(name, at, sums_of(values, reports=whole(values.get("reports"))))
            for (name, at), values in sorted(buckets.items())
            if "instances" in values
        ]
        if plan.resolution == ROLLUP and plan.step != MINUTE_MS:
            steps = merge_minutes(steps, plan.step)
        return series_of(steps)
