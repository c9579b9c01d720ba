"""The SQLite store's reads: each a query of queries.py on a reader connection of its own
(WAL: readers never block the writer), its rows read back into the shapes every store answers."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor

from csemonitor.core.errors import UNAVAILABLE, ApiError
from csemonitor.core.log_summary import LogSummary
from csemonitor.core.series import ROLLUP, Bucket, SeriesPlan, series_of
from csemonitor.core.tenant import Tenant
from csemonitor.core.upload import KnownName, LatestInterface
from csemonitor.server.store.aggregates import metric_info, service_summaries
from csemonitor.server.store.base import Store
from csemonitor.server.store.sqlite.queries import (
    AGGREGATE_INTERFACES,
    ALL_THRESHOLDS,
    INSTANCE_INTERFACES,
    INSTANCES,
    INSTANCES_BY_SERVICE,
    KNOWN_NAMES,
    LIVE_BY_SERVICE,
    LIVE_INTERFACES,
    RAW_OF_INSTANCE,
    RAW_SERIES,
    ROLLUP_SERIES,
    instance_of_row,
    interface_sums,
    latest_interface,
    service_instances,
    service_live,
    sums_of_row,
)
from csemonitor.v2 import metric_pb2

log = logging.getLogger(__name__)
_repeats = LogSummary(log)

READER_THREADS = 2


class SqliteReads(Store):
    """The Store reads (SqliteStore connects and writes)."""

    _connect: Callable[[bool], sqlite3.Connection]
    _found_damage: Callable[[sqlite3.Error], bool]

    def __init__(self) -> None:
        self._reader = ThreadPoolExecutor(READER_THREADS, thread_name_prefix="sqlite-reader")
        self._readers = threading.local()
        self._read_dbs: list[sqlite3.Connection] = []

    def _close_readers(self) -> None:
        self._reader.shutdown(wait=True)
        for db in self._read_dbs:
            db.close()

    async def _read(self, sql: str, params: Sequence | Mapping[str, object]) -> list[tuple]:
        def run() -> list[tuple]:
            db = getattr(self._readers, "db", None)
            if db is None:
                db = self._readers.db = self._connect(False)
                self._read_dbs.append(db)
            return db.execute(sql, params).fetchall()

        try:
            return await asyncio.get_running_loop().run_in_executor(self._reader, run)
        except sqlite3.Error as exc:
            if not self._found_damage(exc):
                _repeats.log(logging.ERROR, f"store read failed: {exc}", exc_info=True)
            raise ApiError(UNAVAILABLE, "store read failed") from exc

    async def instance_interfaces(
        self,
        tenant: Tenant,
        services: Sequence[str],
        instance: str,
        function: str | None = None,
    ) -> list[LatestInterface]:
        sql = INSTANCE_INTERFACES.format(services=", ".join("?" * len(services)))
        params: list = [tenant.domain, tenant.project, *services, instance, instance]
        if function is not None:
            sql += ' AND "name" = ?'
            params.append(function)
        return [latest_interface(row) for row in await self._read(sql, params)]

    async def live_interfaces(
        self, tenant: Tenant, since_ms: int, service: str | None = None
    ) -> list[LatestInterface]:
        sql, params = LIVE_INTERFACES, [tenant.domain, tenant.project, since_ms]
        if service is not None:
            sql += " AND service = ?"
            params.append(service)
        return [latest_interface(row) for row in await self._read(sql, params)]

    async def aggregate_interfaces(
        self,
        tenant: Tenant,
        services: Sequence[str],
        since_ms: int,
        function: str | None = None,
    ) -> list[metric_pb2.MetricInfo]:
        filters = f"AND service IN ({', '.join('?' * len(services))})"
        params: list = [tenant.domain, tenant.project, since_ms, *services]
        if function is not None:
            filters += ' AND "name" = ?'
            params.append(function)
        rows = await self._read(AGGREGATE_INTERFACES.format(filters=filters), params)
        return [metric_info(interface_sums(row)) for row in rows]

    async def service_summaries(
        self, tenant: Tenant, since_ms: int
    ) -> list[metric_pb2.ServiceSummary]:
        instance_rows, live_rows = await asyncio.gather(
            self._read(INSTANCES_BY_SERVICE, (since_ms, tenant.domain, tenant.project)),
            self._read(LIVE_BY_SERVICE, (tenant.domain, tenant.project, since_ms)),
        )
        return service_summaries(
            map(service_instances, instance_rows), map(service_live, live_rows)
        )

    async def thresholds(self) -> list[tuple[Tenant, metric_pb2.MetricThreshold]]:
        rows = await self._read(ALL_THRESHOLDS, ())
        return [
            (Tenant(domain, project), metric_pb2.MetricThreshold.FromString(blob))
            for domain, project, blob in rows
        ]

    async def known_names(self, since_ms: int) -> list[KnownName]:
        return [KnownName(*row) for row in await self._read(KNOWN_NAMES, (since_ms,))]

    async def instances(
        self, tenant: Tenant, service: str | None = None
    ) -> list[metric_pb2.InstanceInfo]:
        sql = INSTANCES
        params: list = [tenant.domain, tenant.project]
        if service is not None:
            sql += " AND service = ?"
            params.append(service)
        return [instance_of_row(row) for row in await self._read(sql, params)]

    async def series(
        self,
        tenant: Tenant,
        service: str,
        plan: SeriesPlan,
        instance: str | None = None,
        function: str | Sequence[str] | None = None,
    ) -> list[metric_pb2.InterfaceSeries]:
        params = {
            "domain": tenant.domain,
            "project": tenant.project,
            "service": service,
            "start": plan.start,
            "end": plan.end,
            "step": plan.step,
            "instance": instance,
        }
        filters = []
        names = [function] if isinstance(function, str) else list(function or ())
        params.update({f"name{i}": name for i, name in enumerate(names)})
        if names:
            filters.append(f'AND "name" IN ({", ".join(f":name{i}" for i in range(len(names)))})')
        if plan.resolution == ROLLUP:
            sql = ROLLUP_SERIES
        else:
            sql = RAW_SERIES
            if instance is not None:
                filters.append(RAW_OF_INSTANCE)
        rows = await self._read(sql.format(filters=" ".join(filters)), params)
        return series_of(Bucket(name, time, sums_of_row(sums)) for name, time, *sums in rows)
