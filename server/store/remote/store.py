"""The store for large fleets: a Prometheus-compatible TSDB, written with remote write and read
with PromQL (reads.py). Any number of replicas share one TSDB; what a replica keeps in memory
(its own sums, fleet.py) it reads back from the TSDB when it starts (seeding.py).

This module is the store's life: its session, the group-committed remote writes (each batch's
samples with its roll-ups' minute series), the loop that writes the live sums, and the check
that drops the instances another replica now receives.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import time
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

import aiohttp

from csemonitor.core.series import MINUTE_MS
from csemonitor.core.tenant import Tenant
from csemonitor.core.upload import Upload
from csemonitor.server.store.group_commit import GroupCommit
from csemonitor.server.store.remote import queries
from csemonitor.server.store.remote.api import PrometheusApi
from csemonitor.server.store.remote.budget import HourlySeries
from csemonitor.server.store.remote.fleet import REFRESH_MS, LiveSums, MinuteSeries
from csemonitor.server.store.remote.reads import RemoteReads, since
from csemonitor.server.store.remote.seeding import (
    instance_of,
    minute_rows,
    owned_instances,
    record_of,
)
from csemonitor.server.store.remote.thresholds import THRESHOLD_REWRITE_MS, sample
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
RECENT_CHANGE_MS = 60_000  # a threshold change is merged into reads until the TSDB shows it


class Pending(NamedTuple):
    """An upload waiting for its batch: its samples and what this replica's sums learn."""

    tenant: Tenant
    service: str
    samples: bytes
    learned: Learned


class RemoteStore(RemoteReads):
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
        max_series_per_hour: int = 0,
    ) -> None:
        """`replica`: this replica's name in the TSDB (stable across restarts); `live_window`:
        the servicer's; `on_written`: called with each WriteRequest the TSDB accepted (for a
        caller that must know what the TSDB will show, as the tests that wait for it)."""
        super().__init__(int(lookback * 1000), int(live_window * 1000), clock)
        self._series_budget = HourlySeries(max_series_per_hour)
        self._write_url = write_url
        self._query_url = query_url
        self._headers = dict(headers or {})
        self._timeout = timeout
        self._session: aiohttp.ClientSession | None = None
        self._commits: GroupCommit[Pending] = GroupCommit(
            self._push, max_pending, MAX_BATCH_UPLOADS, on_commit, linger=BATCH_LINGER_SECONDS
        )
        # This replica's own sums (fleet.py): the name its series carry, the minute tracker
        # and minute series of its roll-ups, its latest records and their live sums.
        self._replica = replica or socket.gethostname()
        self._minutes = MinuteTracker()
        self._minute_series = MinuteSeries(self._replica)
        self._live = LiveSums(self._replica, self._live_ms, self._lookback_ms)
        self._seeded = False  # the live sums hold what the TSDB knew at start
        self._owners_checked = 0
        self._flusher: asyncio.Task | None = None
        self._on_written = on_written
        self._flushing = asyncio.Lock()
        self._flushed_at = 0
        self._thresholds_rewritten = 0
        self._threshold_written = 0
        self._changed: dict[tuple, tuple] = {}  # this replica's latest threshold changes

    @property
    def _open_session(self) -> aiohttp.ClientSession:
        assert self._session is not None, "the store is not open"
        return self._session

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

    # -- writes

    async def write(self, tenant: Tenant, upload: Upload) -> None:
        self._series_budget.admit(tenant, upload, self._now_ms())
        samples = write_request(tenant, upload, self._replica)
        await self._commits.submit(
            Pending(tenant, upload.service, samples, learned(tenant, upload))
        )

    async def _push(self, batch: list[Pending]) -> None:
        inputs = [args for item in batch for args in item.learned.rollups]
        rows = [rollup_row(report, self._minutes) for report in inputs]
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
        await push(
            self._open_session, self._write_url, encode(payload), self._headers, self._timeout
        )
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
        others = queries.other_replicas_reports(self._replica, self._lookback_ms)
        found = await self._api.query(others, now)
        newer = {instance_of(series["metric"]): float(series["value"][1]) for series in found}
        if self._live.disown(newer):
            log.info("instances now reporting to another replica dropped from this one's sums")

    async def _seed(self, with_minutes: bool) -> None:
        """What this replica held before it (re)started (seeding.py). Until it succeeds the
        service views read per instance."""
        now = self._now_ms()
        try:
            owned = await owned_instances(self._api, self._replica, self._lookback_ms, now)
            for (domain, project, service, instance), seen in owned.items():
                self._live.saw((domain, project, service), instance, seen)
            for domain, project in {key[:2] for key in owned}:
                tenant = Tenant(domain, project)
                for latest in await self.live_interfaces(tenant, now - self._live_ms):
                    if (domain, project, latest.service, latest.instance) in owned:
                        scope = (domain, project, latest.service)
                        name = latest.metric.name
                        self._live.record(scope, latest.instance, name, record_of(latest))
                if with_minutes:
                    minute = now - now % MINUTE_MS
                    qps = queries.minute_qps(self._scope(tenant), since(minute, now))
                    figures = await self._instant(qps, ("service", "instance", "interface"))
                    self._minutes.seed(minute_rows(figures, domain, project, minute, owned))
        except Exception as exc:
            log.warning("the live sums start empty until the TSDB answers: %s", exc)
            return
        self._seeded = True

    async def _thresholds_with_time(self) -> list[tuple[Tenant, metric_pb2.MetricThreshold, float]]:
        """The TSDB's thresholds and this replica's own latest changes (a TSDB shows a new
        sample a moment after its write: a change is read back at once where it was made)."""
        latest = {
            (tenant, t.service_name, t.app_id, t.environment): (tenant, t, value)
            for tenant, t, value in await super()._thresholds_with_time()
        }
        now = self._now_ms()
        for key, (tenant, threshold, value) in list(self._changed.items()):
            if now - value > RECENT_CHANGE_MS:
                del self._changed[key]
            elif key not in latest or latest[key][2] < value:
                latest[key] = (tenant, threshold, value)
        return [entry for entry in latest.values() if entry[1] is not None]

    def _changed_now(
        self, tenant: Tenant, threshold: metric_pb2.MetricThreshold, deleted: bool
    ) -> tuple[float, int]:
        now = max(self._now_ms(), self._threshold_written + 1)  # a later change, a higher value
        self._threshold_written = now
        key = (tenant, threshold.service_name, threshold.app_id, threshold.environment)
        self._changed[key] = (tenant, None if deleted else threshold, float(now))
        return float(now), now

    async def thresholds(self) -> list[tuple[Tenant, metric_pb2.MetricThreshold]]:
        found = await self._thresholds_with_time()
        now = self._now_ms()
        if now - self._thresholds_rewritten >= THRESHOLD_REWRITE_MS:  # kept within retention
            rewrite = [sample(t, threshold, False, value, now) for t, threshold, value in found]
            await self._send(b"".join(rewrite))
            self._thresholds_rewritten = now
        return [(tenant, threshold) for tenant, threshold, _ in found]

    async def set_threshold(self, tenant: Tenant, threshold: metric_pb2.MetricThreshold) -> None:
        value, now = self._changed_now(tenant, threshold, deleted=False)
        await self._send(sample(tenant, threshold, False, value, now))

    async def delete_thresholds(self, tenant: Tenant, services: Sequence[str]) -> int:
        held = [
            threshold
            for owner, threshold, _ in await self._thresholds_with_time()
            if owner == tenant and threshold.service_name in services
        ]
        written = []
        for threshold in held:
            value, now = self._changed_now(tenant, threshold, deleted=True)
            written.append(sample(tenant, threshold, True, value, now))
        if written:
            await self._send(b"".join(written))
        return len(held)

    async def prune(self, raw_before_ms: int, before_ms: int) -> int:
        return 0  # the TSDB applies its own retention

    @property
    def write_failing(self) -> bool:
        return self._commits.failing

    async def check_writable(self) -> None:
        # An empty WriteRequest: the TSDB's answer says whether it takes writes.
        await push(self._open_session, self._write_url, encode(b""), self._headers, self._timeout)
        self._commits.failing = False
