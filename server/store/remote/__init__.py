"""The store for large fleets: a Prometheus-compatible TSDB, written with remote write and read
with PromQL. Any number of replicas share one TSDB; what a replica keeps in memory (its own
sums, fleet.py) it reads back from the TSDB when it starts.

Service views over the live window and whole-minute series read the replicas' sums (fleet.py:
a few series per interface); other reads are one union query (promql.union) over every
instance's series, whose parts the TSDB aggregates. Either way the answers are read back by
results.py into the sums SQLite's rows give too (server.store.aggregates, and core.figures for
the arithmetic). A NaN figure is not stored (TSDBs drop NaN), so the latest value of that figure
is the last number the instance sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

import aiohttp

from csemonitor.core.figures import COUNTS, PERCENTILES
from csemonitor.core.metric_names import (
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
from csemonitor.core.series import MINUTE_MS, ROLLUP, Bucket, SeriesPlan, merge_minutes, series_of
from csemonitor.core.tenant import Tenant
from csemonitor.core.upload import LatestInterface, Upload
from csemonitor.server.store.aggregates import (
    InterfaceSums,
    ServiceInstances,
    ServiceLive,
    metric_info,
    service_summaries,
)
from csemonitor.server.store.base import Store
from csemonitor.server.store.columns import metric_values
from csemonitor.server.store.group_commit import GroupCommit
from csemonitor.server.store.remote.api import PrometheusApi
from csemonitor.server.store.remote.fleet import (
    LIVE_BUCKET,
    LIVE_ESTIMATED,
    LIVE_INSTANCES,
    LIVE_LAST_REPORT,
    LIVE_NEWEST,
    LIVE_PERCENTILE,
    LIVE_PREFIX,
    LIVE_SERIES_WINDOW_MS,
    LIVE_SERVICE_NEWEST,
    MINUTE_BUCKET,
    MINUTE_ESTIMATED,
    MINUTE_PERCENTILE,
    MINUTE_PREFIX,
    REFRESH_MS,
    LiveSums,
    MinuteSeries,
    Record,
    Seen,
)
from csemonitor.server.store.remote.promql import FIGURE, duration, selector, string_literal, union
from csemonitor.server.store.remote.results import (
    Figures,
    figure_of,
    latest_record,
    snapshot_of,
    sums_of,
    whole,
)
from csemonitor.server.store.remote.writes import Learned, encode, learned, push, write_request
from csemonitor.server.store.rollups import MinuteTracker, merge_rollups, rollup_row
from csemonitor.v2 import metric_pb2

log = logging.getLogger(__name__)

MAX_BATCH_UPLOADS = 500  # one remote-write request stays a few MB at most
# A batch waits this long for more uploads before it is pushed: each push costs a request and
# its roll-ups' minute series whatever its size. Measured (gRPC, 10 interfaces, c=64, three runs
# A/B): +4 to +33 % uploads per second, p99 247-310 ms against 302-342 ms without.
BATCH_LINGER_SECONDS = 0.003


FLUSH_SECONDS = 1.0  # how often changed live sums are written
SINCE_SLACK_MS = 2000  # a read's live window within this of the servicer's reads the live sums


class Pending(NamedTuple):
    """An upload waiting for its batch: its samples and what this replica's sums learn."""

    tenant: Tenant
    service: str
    samples: bytes
    learned: Learned


def _instance_of(labels: Mapping[str, str]) -> tuple[str, str, str, str]:
    return tuple(labels.get(k, "") for k in ("tenant", "project", "service", "instance"))


def _cards(figures: Figures) -> list[metric_pb2.MetricInfo]:
    """aggregate_interfaces' records from a query's figures per (service, interface): the
    latest record of each live instance summed. A percentile below 0 is one no instance
    reported (the live sums' NO_PERCENTILE); an interface of no instance is left out."""
    records = []
    for (service, name), values in sorted(figures.groups.items()):
        instances = whole(values.get("instances"))
        if not instances:
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
            sums=sums_of(values, reports=instances),  # one record per instance
        )
        records.append(metric_info(interface))
    return records


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
        replica: str = "",
        live_window: float = 60.0,
        on_written: Callable[[bytes], None] | None = None,
    ) -> None:
        """`replica`: this replica's name in the TSDB (stable across restarts); `live_window`:
        the servicer's; `on_written`: called with each WriteRequest the TSDB accepted (for a
        caller that must know what the TSDB will show, as the tests that wait for it)."""
        self._write_url = write_url
        self._query_url = query_url
        self._headers = dict(headers or {})
        self._timeout = timeout
        self._lookback_ms = int(lookback * 1000)
        self._clock = clock
        self._session: aiohttp.ClientSession | None = None
        self._api: PrometheusApi | None = None
        self._commits: GroupCommit[Pending] = GroupCommit(
            self._push, max_pending, MAX_BATCH_UPLOADS, on_commit, linger=BATCH_LINGER_SECONDS
        )
        # This replica's own sums (fleet.py): the name its series carry, the minute tracker
        # and minute series of its roll-ups, its latest records and their live sums.
        self._replica = replica or socket.gethostname()
        self._live_ms = int(live_window * 1000)
        self._minutes = MinuteTracker()
        self._minute_series = MinuteSeries(self._replica)
        self._live = LiveSums(self._replica, self._live_ms, self._lookback_ms)
        self._seeded = False  # the live sums hold what the TSDB knew at start
        self._owners_checked = 0
        self._flusher: asyncio.Task | None = None
        self._on_written = on_written
        self._flushing = asyncio.Lock()
        self._flushed_at = 0

    async def open(self) -> None:
        self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=64))
        self._api = PrometheusApi(self._session, self._query_url, self._headers, self._timeout)
        await self._seed(with_minutes=True)
        self._commits.start("remote-write")
        self._flusher = asyncio.create_task(self._flush_loop(), name="remote-live-sums")

    async def close(self) -> None:
        await self._commits.close()
        if self._flusher is not None:
            self._flusher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._flusher
        if self._session is not None:
            await self._session.close()

    def _now_ms(self) -> int:
        return int(self._clock() * 1000)

    # -- writes

    async def write(self, tenant: Tenant, upload: Upload) -> None:
        samples = write_request(tenant, upload, self._replica)
        await self._commits.submit(
            Pending(tenant, upload.service, samples, learned(tenant, upload))
        )

    async def _push(self, batch: list[Pending]) -> None:
        inputs = [args for item in batch for args in item.learned.rollups]
        rows = [rollup_row(*args, self._minutes) for args in inputs]
        minutes = self._minute_series.encode(merge_rollups(rows), inputs)
        # Serialized WriteRequests concatenate into one (repeated fields append).
        payload = b"".join(item.samples for item in batch) + minutes
        try:
            await self._send(payload)
        except BaseException:
            self._minutes.rollback()
            raise
        self._minutes.commit()
        for item in batch:
            service = (item.tenant.domain, item.tenant.project, item.service)
            self._live.saw(service, item.learned.instance, item.learned.seen)
            for name, record in item.learned.records:
                self._live.record(service, item.learned.instance, name, record)

    # -- the live sums (fleet.py)

    async def flush_live(self, refresh: bool = False) -> None:
        """Write the live sums that changed (all of them, after an ownership check, when
        refresh). One flush at a time, each stamped after the last (a later sample wins)."""
        async with self._flushing:
            if not self._seeded:
                await self._seed(with_minutes=False)
            if refresh or self._now_ms() - self._owners_checked >= REFRESH_MS:
                await self._check_owners(self._now_ms())
            now = max(self._now_ms(), self._flushed_at + 1)
            payload = self._live.encode(now, refresh)
            self._flushed_at = now
            if payload:
                await self._send(payload)

    async def _send(self, payload: bytes) -> None:
        await push(self._session, self._write_url, encode(payload), self._headers, self._timeout)
        if self._on_written is not None:
            self._on_written(payload)

    async def _flush_loop(self) -> None:
        while True:
            await asyncio.sleep(FLUSH_SECONDS)
            try:
                await self.flush_live()
            except Exception as exc:  # the TSDB away: the next refresh writes every sum again
                log.warning("live sums not written: %s", exc)
            minute = self._now_ms() // MINUTE_MS * MINUTE_MS - MINUTE_MS
            self._minutes.forget_before(minute)
            self._minute_series.forget_before(minute)

    async def _check_owners(self, now: int) -> None:
        """Drop the instances another replica has received a newer report of."""
        self._owners_checked = now
        reports = f"{INSTANCE_REPORT_METRIC}{{replica!={string_literal(self._replica)}}}"
        found = await self._api.query(
            "max by (tenant, project, service, instance) "
            f"(last_over_time({reports}[{duration(self._lookback_ms)}]))",
            now,
        )
        newer = {_instance_of(series["metric"]): float(series["value"][1]) for series in found}
        if self._live.disown(newer):
            log.info("instances now reporting to another replica dropped from this one's sums")

    async def _seed(self, with_minutes: bool) -> None:
        """What this replica held before it (re)started, read back from the TSDB: its instances
        (known over the lookback), their latest records (live ones) and, at start, the minute
        tracker's current minute. Until it succeeds the service views read per instance."""
        now = self._now_ms()
        try:
            # A matcher never used before: VictoriaMetrics answers a filter that found nothing
            # moments ago (a replica restarted at once) from its cache for ~10 s.
            fresh = f'seed!="{uuid.uuid4().hex}"'
            reports = await self._api.query(
                "topk by (tenant, project, service, instance) (1, last_over_time("
                f"{INSTANCE_REPORT_METRIC}{{{fresh}}}[{duration(self._lookback_ms)}]))",
                now,
            )
            owned: set[tuple] = set()
            for series in reports:
                labels = series["metric"]
                if labels.get("replica", self._replica) != self._replica:
                    continue
                owner = _instance_of(labels)
                owned.add(owner)
                seen = Seen(
                    int(float(series["value"][1])), labels.get("app", ""), labels.get("version", "")
                )
                self._live.saw(owner[:3], owner[3], seen)
            for domain, project in {owner[:2] for owner in owned}:
                tenant = Tenant(domain, project)
                for latest in await self.live_interfaces(tenant, now - self._live_ms):
                    if (domain, project, latest.service, latest.instance) in owned:
                        record = Record(
                            latest.received_ms,
                            metric_values(latest.metric),
                            latest.estimates,
                            latest.app_id,
                            latest.version,
                        )
                        self._live.record(
                            (domain, project, latest.service),
                            latest.instance,
                            latest.metric.name,
                            record,
                        )
                if with_minutes:
                    self._minutes.seed(await self._minute_seed(tenant, owned, now))
        except Exception as exc:
            log.warning("the live sums start empty until the TSDB answers: %s", exc)
            return
        self._seeded = True

    async def _minute_seed(self, tenant: Tenant, owned: set[tuple], now: int) -> list[tuple]:
        """The minute tracker's rows of the current minute (MinuteTracker.seed)."""
        minute = now - now % MINUTE_MS
        qps = f"{selector(METRIC_OF['qps'], self._scope(tenant))}[{_since(minute, now)}]"
        figures = await self._instant(
            {"reports": f"count_over_time({qps})", "mean": f"avg_over_time({qps})"},
            ("service", "instance", "interface"),
        )
        return [
            (
                tenant.domain,
                tenant.project,
                service,
                name,
                key,
                minute,
                whole(v["reports"]),
                v["mean"],
            )
            for (service, key, name), v in figures.groups.items()
            if "reports" in v
            and "mean" in v
            and (tenant.domain, tenant.project, service, key) in owned
        ]

    def _answers_live(self, since_ms: int) -> bool:
        """Whether a read's live window is the one the live sums keep (the servicer's)."""
        return self._seeded and abs(since_ms - (self._now_ms() - self._live_ms)) <= SINCE_SLACK_MS

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
        if self._answers_live(since_ms):
            return await self._live_interfaces_summed(scope)
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
        return _cards(await self._instant(parts, ("service", "interface")))

    async def _live_interfaces_summed(self, scope: dict) -> list[metric_pb2.MetricInfo]:
        """aggregate_interfaces from the replicas' live sums: a few series per interface."""
        window = duration(LIVE_SERIES_WINDOW_MS)

        def last(metric: str, aggregate: str = "sum", by: str = "service, interface") -> str:
            return f"{aggregate} by ({by}) (last_over_time({selector(metric, scope)}[{window}]))"

        parts = {name: last(LIVE_PREFIX + name) for name in ("qps", *COUNTS)}
        parts.update(
            latency_x_total=last(LIVE_PREFIX + "latency_x_total"),
            latency_sum=last(LIVE_PREFIX + "latency_sum"),
            latency_reports=last(LIVE_PREFIX + "latency_reports"),
            instances=last(LIVE_PREFIX + "instances"),
            breaker=last(LIVE_PREFIX + "breaker_open"),
            time=last(LIVE_PREFIX + "client_time_ms", "max"),
            percentile=last(LIVE_PERCENTILE, "max", "service, interface, quantile"),
            estimated=last(LIVE_ESTIMATED, "max", "service, interface, group"),
            newest=f"topk by (service, interface) (1, last_over_time("
            f"{selector(LIVE_NEWEST, scope)}[{window}]))",
            histogram_reports=last(LIVE_PREFIX + "histogram_reports"),
            bucket=last(LIVE_BUCKET, "sum", "service, interface, le"),
        )
        return _cards(await self._instant(parts, ("service", "interface")))

    async def service_summaries(
        self, tenant: Tenant, since_ms: int
    ) -> list[metric_pb2.ServiceSummary]:
        scope = self._scope(tenant)
        if self._answers_live(since_ms):
            return await self._live_services_summed(scope)
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
            "latency_x_total": f"sum by (service) ({last(LATENCY_SUM_METRIC, live)})",
            "latency_sum": f"sum by (service) ({last(METRIC_OF['latency'], live)})",
            "latency_reports": f"count by (service) ({last(METRIC_OF['latency'], live)})",
            "reports": f"count by (service) ({last(METRIC_OF['total'], live)})",
            "open_breakers": "count by (service) (max by (service, interface) "
            f"({last(METRIC_OF['circuit_breaker_open'], live)}) > 0)",
        }
        return self._summaries(await self._instant(parts, ("service",)))

    async def _live_services_summed(self, scope: dict) -> list[metric_pb2.ServiceSummary]:
        """service_summaries from the replicas' live sums: a few series per interface."""
        window = duration(LIVE_SERIES_WINDOW_MS)

        def last(metric: str, aggregate: str = "sum", by: str = "service", **labels) -> str:
            matched = selector(metric, {**scope, **labels})
            return f"{aggregate} by ({by}) (last_over_time({matched}[{window}]))"

        per_interface = last(LIVE_PREFIX + "instances", by="service, interface")
        parts = {
            "known": last(LIVE_INSTANCES, state="known"),
            "live": last(LIVE_INSTANCES, state="live"),
            "last_report": last(LIVE_LAST_REPORT, "max"),
            "newest": f"topk by (service) (1, last_over_time("
            f"{selector(LIVE_SERVICE_NEWEST, scope)}[{window}]))",
            "qps": last(LIVE_PREFIX + "qps"),
            "total": last(LIVE_PREFIX + "total"),
            "failure": last(LIVE_PREFIX + "failure"),
            "breaker": last(LIVE_PREFIX + "breaker_open", "max"),
            "interfaces": f"count by (service) ({per_interface} > 0)",
            "latency_x_total": last(LIVE_PREFIX + "latency_x_total"),
            "latency_sum": last(LIVE_PREFIX + "latency_sum"),
            "latency_reports": last(LIVE_PREFIX + "latency_reports"),
            "reports": last(LIVE_PREFIX + "instances"),
            "open_breakers": "count by (service) ("
            f"{last(LIVE_PREFIX + 'breaker_open', by='service, interface')} > 0)",
        }
        return self._summaries(await self._instant(parts, ("service",)))

    def _summaries(self, figures: Figures) -> list[metric_pb2.ServiceSummary]:
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

    async def instances(
        self, tenant: Tenant, service: str | None = None
    ) -> list[metric_pb2.InstanceInfo]:
        scope = self._scope(tenant, service=service)
        now = self._now_ms()
        # The numbers of an instance reporting now lie in the last minutes: reading an hour of
        # every instance's samples was most of this read's time. Only the instances whose last
        # report is older get their numbers from the whole lookback, in a second query.
        recent_ms = self._live_ms + MINUTE_MS
        report = (
            "topk by (service, instance) (1, last_over_time("
            f"{selector(INSTANCE_REPORT_METRIC, scope)}[{duration(self._lookback_ms)}]))"
        )
        # One query per part, at once: the TSDB answers them on all its cores.
        parts = {"report": report, **self._numbers(scope, recent_ms)}
        answers = await asyncio.gather(
            *(self._api.query(union({name: part}), now) for name, part in parts.items())
        )
        result = [series for answer in answers for series in answer]
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

        take(result)
        older = {key for key, labels in reports.items() if labels["received"] < now - recent_ms}
        if older:
            keys = {instance for _, instance in older}
            found = await self._api.query(
                union(self._numbers({**scope, "instance": keys}, self._lookback_ms)), now
            )
            take(found, older)
        return [
            snapshot_of(service, labels, numbers.get((service, key), {}))
            for (service, key), labels in reports.items()
        ]

    @staticmethod
    def _numbers(scope: dict, window_ms: int) -> dict[str, str]:
        """Union parts: each instance number's latest value within the window."""
        window = duration(window_ms)
        return {
            field: f"last_over_time({selector(name, scope)}[{window}])"
            for name, field in INSTANCE_METRICS.items()
        }

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

        if plan.resolution == ROLLUP:  # the replicas' minute series: a few per interface
            parts = {c: over("sum", MINUTE_PREFIX + c) for c in COUNTS}
            parts.update(
                qps=over("sum", MINUTE_PREFIX + "qps"),  # each minute: the instances' means, summed
                latency_x_total=over("sum", MINUTE_PREFIX + "latency_x_total"),
                latency_sum=over("sum", MINUTE_PREFIX + "latency_sum"),
                latency_reports=over("sum", MINUTE_PREFIX + "latency_n"),
                reports=over("sum", MINUTE_PREFIX + "n"),
                percentile=over("max", MINUTE_PERCENTILE, "max", "interface, quantile"),
                breaker=over("sum", MINUTE_PREFIX + "breaker_open"),
                estimated=over("max", MINUTE_ESTIMATED, "max", "interface, group"),
                instances=over("sum", MINUTE_PREFIX + "instances"),
                histogram_reports=over("sum", MINUTE_PREFIX + "histogram_n"),
                bucket=over("sum", MINUTE_BUCKET, "sum", "interface, le"),
            )
        else:  # every instance's samples
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
