"""Every store the contract tests run against: each must answer the same way.

The remote store runs against the session's real VictoriaMetrics. SettledStore makes it read its
own writes: before a read it waits until the TSDB shows every series written so far (a TSDB
makes new series searchable a second or two after accepting them), and it gives each store a
tenant of its own so tests sharing the TSDB never see each other's data.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import uuid
from collections.abc import AsyncIterator

from csemonitor.core.tenant import Tenant
from csemonitor.core.upload import Upload
from csemonitor.prometheus import remote_pb2
from csemonitor.server.store import RemoteStore, SqliteStore, Store
from csemonitor.server.store.remote.promql import string_literal
from csemonitor.v2 import metric_pb2

# The remote store runs against both TSDBs installable here: VictoriaMetrics and Prometheus.
STORE_KINDS = ("remote", "prometheus", "sqlite")
# Names that would break or widen a query spliced in raw: each must match only itself.
NASTY = [
    'cart"} or vector(1) #',
    "a\\b",
    "line\nbreak",
    "{{x}}",
    'q=~".*"',
    "sum(rate(x[5m]))",
    "tab\there",
    "ünïcödé ✓",
    "a|b",
    ".*",
]
_READS = ("instance_interfaces", "aggregate_interfaces", "service_summaries", "instances", "series")


def plain(service: str, metric: metric_pb2.MetricData, received_ms: int) -> Upload:
    """An upload whose figures are taken as sent (no client family recognised)."""
    return Upload(service, metric, received_ms, metric_pb2.ClientInfo(), ())


def _all_of(tenant: Tenant, count: int):
    """A settle() query: true once `count` series of the tenant are searchable."""
    labels = f"tenant={string_literal(tenant.domain)}"
    return lambda poll: f"count(last_over_time({{{labels},{poll}}}[2d])) >= {count}"


class SettledStore:
    """A RemoteStore that reads its own writes, under tenants of its own (`victoria`: the TSDB
    it writes to, VictoriaMetrics or Prometheus). It learns every series the store wrote from
    the store's on_written (uploads, minute series, live sums)."""

    def __init__(self, make_store, victoria) -> None:
        self._store: RemoteStore = make_store(on_written=self._written_request)
        self._victoria = victoria
        self._suffix = "-" + uuid.uuid4().hex[:10]
        self._written: dict[str, set[tuple]] = {}
        self._unsettled = False

    def _own(self, tenant: Tenant) -> Tenant:
        return Tenant(tenant.domain + self._suffix, tenant.project)

    def _written_request(self, payload: bytes) -> None:
        for ts in remote_pb2.WriteRequest.FromString(payload).timeseries:
            found = tuple((label.name, label.value) for label in ts.labels)
            tenant = dict(found).get("tenant", "")
            self._written.setdefault(tenant, set()).add(found)
        self._unsettled = True

    async def open(self) -> None:
        await self._store.open()

    async def close(self) -> None:
        await self._store.close()

    async def write(self, tenant: Tenant, upload: Upload) -> None:
        copy = metric_pb2.MetricData()
        copy.CopyFrom(upload.metric)  # the store consumes the upload's metric
        await self._store.write(self._own(tenant), upload._replace(metric=copy))

    async def prune(self, raw_before_ms: int, before_ms: int) -> int:
        return await self._store.prune(raw_before_ms, before_ms)

    async def _settle(self) -> None:
        await self._store.flush_live()
        if self._unsettled:
            for tenant, series in self._written.items():
                if tenant.endswith(self._suffix):
                    count = _all_of(Tenant(tenant, ""), len(series))
                    await asyncio.to_thread(self._victoria.settle, count)
            self._unsettled = False

    def __getattr__(self, name: str):
        read = getattr(self._store, name)
        if name not in _READS:
            return read

        async def settled(tenant, *args, **kwargs):
            await self._settle()
            return await read(self._own(tenant), *args, **kwargs)

        return settled


def make(kind: str, directory, victoria) -> Store:
    """A store of the given kind (not yet opened); `victoria`: the TSDB of a remote kind."""
    if kind in ("remote", "prometheus"):
        make_store = functools.partial(RemoteStore, victoria.write_url, victoria.url)
        return SettledStore(make_store, victoria)  # type: ignore[return-value]
    return SqliteStore(str(directory))


@contextlib.asynccontextmanager
async def opened(store: Store) -> AsyncIterator[Store]:
    await store.open()
    try:
        yield store
    finally:
        await store.close()
