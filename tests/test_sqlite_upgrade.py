"""A store file written by an earlier release (without the columns added since) opens, gets the
new columns, keeps its rows and takes new uploads."""

from __future__ import annotations

import asyncio
import sqlite3
import time

from stores import opened, plain

from csemonitor.core.tenant import Tenant
from csemonitor.server.store.sqlite import SqliteStore
from csemonitor.server.store.sqlite.schema import ADDED_COLUMNS, DB_FILE
from csemonitor.v2 import metric_pb2

TENANT = Tenant("d", "p")


def _metric(host: str, qps: float) -> metric_pb2.MetricData:
    return metric_pb2.MetricData(
        instance=host, interfaces=[metric_pb2.InterfaceMetric(name="op", qps=qps, total=10)]
    )


def test_a_file_from_before_the_added_columns_is_upgraded_in_place(tmp_path):
    now = int(time.time() * 1000)

    async def write_then_read(host: str, qps: float):
        async with opened(SqliteStore(str(tmp_path))) as store:
            await store.write(TENANT, plain("svc", _metric(host, qps), now))
            return await store.aggregate_interfaces(TENANT, ["svc"], now - 60_000)

    asyncio.run(write_then_read("old", 1.0))
    db = sqlite3.connect(tmp_path / DB_FILE)
    for table, column, _ in ADDED_COLUMNS:  # back to the earlier release's tables
        db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        assert column not in {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
    db.commit()
    db.close()

    [info] = asyncio.run(write_then_read("new", 2.0))
    assert (info.qps, info.instance_count, list(info.estimates)) == (3.0, 2, [])
    db = sqlite3.connect(tmp_path / DB_FILE)
    for table, column, _ in ADDED_COLUMNS:
        assert column in {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
    db.close()


def test_what_was_sent_by_an_earlier_release_is_still_read(tmp_path):
    """Records written before sent_figures kept the whole message as sent in `sent`."""
    now = int(time.time() * 1000)
    as_sent_then = metric_pb2.InterfaceMetric(name="op", qps=9.0, total=96, failure=102)

    async def write():
        async with opened(SqliteStore(str(tmp_path))) as store:
            await store.write(TENANT, plain("svc", _metric("old", 9.6), now))

    asyncio.run(write())
    db = sqlite3.connect(tmp_path / DB_FILE)
    db.execute(
        "UPDATE interface_latest SET sent = ?, sent_figures = NULL",
        (as_sent_then.SerializeToString(),),
    )
    db.commit()
    db.close()

    async def read_only():
        async with opened(SqliteStore(str(tmp_path))) as store:
            return await store.instance_interfaces(TENANT, ["svc"], "old")

    [record] = asyncio.run(read_only())
    assert record.sent == as_sent_then
    assert record.metric.qps == 9.6
