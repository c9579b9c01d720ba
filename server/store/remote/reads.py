"""The remote store's reads: each a union query (queries.py) whose answer results.py reads back.

Service views over the live window and whole-minute series read the replicas' sums (fleet.py:
a few series per interface); other reads sum every instance's series, which the TSDB
aggregates. A NaN figure is not stored (TSDBs drop NaN), so the latest value of a figure is the
last number the instance sent.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from csemonitor.core.series import MINUTE_MS, ROLLUP, Bucket, SeriesPlan, merge_minutes, series_of
from csemonitor.core.tenant import Tenant
from csemonitor.core.upload import KnownName, LatestInterface
from csemonitor.server.store.base import Store
from csemonitor.server.store.remote import queries
from csemonitor.server.store.remote import thresholds as threshold_store
from csemonitor.server.store.remote.api import PrometheusApi
from csemonitor.server.store.remote.fleet import LIVE_SERIES_WINDOW_MS
from csemonitor.server.store.remote.promql import FIGURE, duration, union
from csemonitor.server.store.remote.results import (
    Figures,
    figure_of,
    interface_cards,
    latest_record,
    snapshot_of,
    summaries,
    sums_of,
)
from csemonitor.server.store.remote.thresholds import read_back
from csemonitor.v2 import metric_pb2

SINCE_SLACK_MS = 2000  # a read's live window within this of the servicer's reads the live sums


def since(since_ms: int, now_ms: int) -> str:
    """The range reaching back to since_ms inclusive (a range is open at its start)."""
    return duration(now_ms - since_ms + 1)


class RemoteReads(Store):
    """The Store reads over a TSDB's query API (RemoteStore sets `_api` when it opens)."""

    _api: PrometheusApi
    _seeded: bool  # whether the live sums hold what the TSDB knew at start

    def __init__(self, lookback_ms: int, live_ms: int, clock: Callable[[], float]) -> None:
        self._lookback_ms = lookback_ms
        self._live_ms = live_ms
        self._clock = clock

    def _now_ms(self) -> int:
        return int(self._clock() * 1000)

    def _scope(self, tenant: Tenant, **labels: object) -> dict:
        scope: dict[str, object] = {"tenant": tenant.domain, "project": tenant.project}
        scope.update({k: v for k, v in labels.items() if v is not None})
        return scope

    def _answers_live(self, since_ms: int) -> bool:
        """Whether a read's live window is the one the live sums keep (the servicer's)."""
        return self._seeded and abs(since_ms - (self._now_ms() - self._live_ms)) <= SINCE_SLACK_MS

    async def _instant(self, parts: Mapping[str, str], key: Sequence[str]) -> Figures:
        return Figures(await self._api.query(union(parts), self._now_ms()), key)

    async def _instance_keys(
        self, tenant: Tenant, services: Sequence[str], instance: str
    ) -> set[str]:
        """The instance keys an instance argument names: itself, and those reporting from a
        host of that name."""
        scope = self._scope(tenant, service=services, host=instance)
        found = await self._api.query(
            queries.instance_keys(scope, self._lookback_ms), self._now_ms()
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
        return await self._latest_records(scope, since(since_ms, self._now_ms()))

    async def _latest_records(self, scope: dict, window: str) -> list[LatestInterface]:
        """The latest record of each (service, instance, interface) in scope within window."""
        key = ("service", "instance", "interface")
        figures = await self._instant(queries.latest_records(scope, window), key)
        records = []
        for (service, instance, name), values in figures.groups.items():
            report = figures.labels[(service, instance, name)].get("report")
            if report is not None:
                records.append(latest_record(service, instance, name, values, report))
        return records

    async def aggregate_interfaces(
        self,
        tenant: Tenant,
        services: Sequence[str],
        since_ms: int,
        function: str | None = None,
    ) -> list[metric_pb2.MetricInfo]:
        scope = self._scope(tenant, service=services, interface=function)
        if self._answers_live(since_ms):
            parts = queries.live_interfaces_summed(scope, duration(LIVE_SERIES_WINDOW_MS))
        else:
            parts = queries.aggregate_interfaces(scope, since(since_ms, self._now_ms()))
        return interface_cards(await self._instant(parts, ("service", "interface")))

    async def service_summaries(
        self, tenant: Tenant, since_ms: int
    ) -> list[metric_pb2.ServiceSummary]:
        scope = self._scope(tenant)
        if self._answers_live(since_ms):
            parts = queries.live_services_summed(scope, duration(LIVE_SERIES_WINDOW_MS))
        else:
            live, known = since(since_ms, self._now_ms()), duration(self._lookback_ms)
            parts = queries.service_summaries(scope, live, known)
        return summaries(await self._instant(parts, ("service",)))

    shared = True  # replicas write one TSDB

    async def _thresholds_with_time(self) -> list[tuple[Tenant, metric_pb2.MetricThreshold, float]]:
        return read_back(await self._api.query(threshold_store.QUERY, self._now_ms()))

    async def thresholds(self) -> list[tuple[Tenant, metric_pb2.MetricThreshold]]:
        return [(tenant, threshold) for tenant, threshold, _ in await self._thresholds_with_time()]

    async def known_names(self, since_ms: int) -> list[KnownName]:
        now = self._now_ms()
        window = duration(min(now - since_ms, self._lookback_ms))
        found = await self._api.query(queries.known_names(window), now)
        key = ("tenant", "project", "service", "instance", "interface")
        names = []
        for series in found:
            domain, project, service, instance, interface = (
                series["metric"].get(k, "") for k in key
            )
            received = int(float(series["value"][1]))
            names.append(KnownName(domain, project, service, instance, interface, received))
        return names

    async def instances(
        self, tenant: Tenant, service: str | None = None
    ) -> list[metric_pb2.InstanceInfo]:
        scope = self._scope(tenant, service=service)
        now = self._now_ms()
        # The numbers of an instance reporting now lie in the last minutes: reading an hour of
        # every instance's samples was most of this read's time. Only the instances whose last
        # report is older get their numbers from the whole lookback, in a second query.
        recent_ms = self._live_ms + MINUTE_MS
        parts = {
            "report": queries.instance_report(scope, self._lookback_ms),
            **queries.instance_numbers(scope, recent_ms),
        }
        # One query per part, at once: the TSDB answers them on all its cores.
        answers = await asyncio.gather(
            *(self._api.query(union({name: part}), now) for name, part in parts.items())
        )
        reports: dict[tuple, dict] = {}
        numbers: dict[tuple, dict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))

        def take(found: list[dict], only: set[tuple] | None = None) -> None:
            for series in found:
                labels = series["metric"]
                key = (labels.get("service", ""), labels.get("instance", ""))
                value = float(series["value"][1])
                if labels.get(FIGURE) == "report":
                    reports[key] = {**labels, "received": value}
                elif only is None or key in only:
                    numbers[key][labels.get(FIGURE, "")][labels.get("part", "")] = value

        take([series for answer in answers for series in answer])
        older = {key for key, labels in reports.items() if labels["received"] < now - recent_ms}
        if older:
            scope = {**scope, "instance": {instance for _, instance in older}}
            found = await self._api.query(
                union(queries.instance_numbers(scope, self._lookback_ms)), now
            )
            take(found, older)
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
        function: str | Sequence[str] | None = None,
    ) -> list[metric_pb2.InterfaceSeries]:
        keys = None
        if instance is not None:
            keys = await self._instance_keys(tenant, [service], instance)
        scope = self._scope(tenant, service=service, instance=keys, interface=function)
        minutes = plan.resolution == ROLLUP  # the replicas' minute series: a few per interface
        step = MINUTE_MS if minutes else plan.step
        # A point at t answers the window (t - step, t]: evaluating at a bucket's last
        # millisecond gives the bucket [start, start + step) the SQLite store uses.
        last_bucket = (plan.end - 1) // step * step
        result = await self._api.query_range(
            union(queries.series_steps(scope, step, minutes)),
            plan.start + step - 1,
            last_bucket + step - 1,
            step,
        )
        buckets: dict[tuple[str, int], dict[str, float]] = defaultdict(dict)
        for series in result:
            labels = series["metric"]
            figure = figure_of(labels)
            for at, text in series["values"]:
                bucket = round(float(at) * 1000) - step + 1
                buckets[(labels.get("interface", ""), bucket)][figure] = float(text)
        steps = [
            Bucket(name, at, sums_of(values))
            for (name, at), values in sorted(buckets.items())
            if "instances" in values
        ]
        if minutes and plan.step != MINUTE_MS:
            steps = merge_minutes(steps, plan.step)
        return series_of(steps)
