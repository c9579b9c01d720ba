"""The dashboard benchmark writes the SQLite store's tables by SQL, beside the store's own code:
whatever the store's columns become, the filled file must still be one the store reads."""

from __future__ import annotations

import asyncio
import time

from bench.dashboard import DOMAIN, INSTANCES, INTERFACES, PROJECT, SERVICE, populate
from core.series import ROLLUP, SeriesPlan
from core.tenant import Tenant
from server.store import SqliteStore


def test_the_dashboard_bench_fills_a_store_the_server_reads(tmp_path):
    now = int(time.time() * 1000)
    counts = populate(tmp_path, now, raw_hours=0.01)
    assert counts["interface_latest"] == INSTANCES * INTERFACES

    async def read():
        store = SqliteStore(str(tmp_path))
        await store.open()
        try:
            tenant = Tenant(DOMAIN, PROJECT)
            minute = now - now % 60_000
            plan = SeriesPlan(minute - 3_600_000, minute, 60_000, ROLLUP)
            return (
                await store.aggregate_interfaces(tenant, [SERVICE], now - 60_000),
                await store.series(tenant, SERVICE, plan),
            )
        finally:
            await store.close()

    cards, series = asyncio.run(read())
    assert len(cards) == INTERFACES and all(c.instance_count == INSTANCES for c in cards)
    assert len(series) == INTERFACES and all(len(s.points) >= 59 for s in series)
