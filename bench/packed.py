"""`make bench-packed`: what packing an upload's interfaces into one row would save the writes and
cost the reads, on the SQLite store's own tables, statements and queries.

The store writes a raw sample and a latest record per interface. The alternative: one raw row
per upload and one latest row per instance, the interfaces packed as JSON (SQLite reads them back
with json_each). For 1,000 instances x 10 interfaces (the bench's java-chassis upload, its rows
built by the store's own code):

- writes: CPU microseconds per upload of the store's INSERT_SAMPLE and UPSERT_LATEST against one
  packed row each (batches of 20 uploads, synchronous=NORMAL: statement cost, not fsync);
- reads: the service view's cards (AGGREGATE_INTERFACES) and the service list's live sums
  (LIVE_BY_SERVICE), the store's own SQL, on the table against the same SQL over json_each.

Prints medians of --runs and the ratio packed / per interface, measured in the same run.
"""

from __future__ import annotations

import argparse
import functools
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable

import orjson

from bench.fixtures import grpc_body
from bench.store import LIMITS, TENANT
from csemonitor.core.histogram import merge_serialized
from csemonitor.server.ingest import normalize_upload
from csemonitor.server.store.sqlite.histograms import MergeAggregate
from csemonitor.server.store.sqlite.queries import AGGREGATE_INTERFACES, LIVE_BY_SERVICE
from csemonitor.server.store.sqlite.schema import (
    LATEST_PREFIX,
    METRIC_COLUMNS,
    READING_COLUMNS,
    SCHEMA,
)
from csemonitor.server.store.sqlite.writes import (
    INSERT_SAMPLE,
    UPSERT_LATEST,
    UploadRows,
    upload_rows,
)
from csemonitor.v2 import metric_pb2

INSTANCES, BATCH = 1000, 20
_LATEST_COLUMNS = (*LATEST_PREFIX, *METRIC_COLUMNS, *READING_COLUMNS)
_KEY = 4  # domain, project, service, instance lead every row
PACKED_SCHEMA = """
CREATE TABLE upload_sample (domain TEXT NOT NULL, project TEXT NOT NULL, service TEXT NOT NULL,
  instance TEXT NOT NULL, received INTEGER NOT NULL, interfaces TEXT NOT NULL);
CREATE INDEX upload_sample_by_service ON upload_sample (domain, project, service, received);
CREATE TABLE instance_interfaces (domain TEXT NOT NULL, project TEXT NOT NULL,
  service TEXT NOT NULL, instance TEXT NOT NULL, interfaces TEXT NOT NULL,
  PRIMARY KEY (domain, project, service, instance)) WITHOUT ROWID;
"""
INSERT_PACKED = "INSERT INTO upload_sample VALUES (?, ?, ?, ?, ?, ?)"
UPSERT_PACKED = "INSERT OR REPLACE INTO instance_interfaces VALUES (?, ?, ?, ?, ?)"
# The latest records unpacked: the columns interface_latest has, from each instance's JSON.
_UNPACKED = (
    "(SELECT domain, project, "
    + ", ".join(f'value ->> {i} AS "{c}"' for i, c in enumerate(_LATEST_COLUMNS))
    + " FROM instance_interfaces, json_each(instance_interfaces.interfaces))"
)


def _uploads(received_ms: int) -> list[UploadRows]:
    body = grpc_body(10)[5:]
    rows = []
    for i in range(INSTANCES):
        request = metric_pb2.UploadMetricRequest.FromString(body)
        request.metric.instance = request.metric.instance_id = f"cart-{i}"
        upload = normalize_upload(request, received_ms + i, LIMITS, {})
        rows.append(upload_rows(TENANT, upload))
    return rows


def _samples(rows: UploadRows) -> list[tuple]:
    return rows.samples


def _latest(rows: UploadRows) -> list[tuple]:
    return rows.latest


def _packed_sample(rows: UploadRows) -> list[tuple]:
    return [_packed_rows(rows)[0]]


def _packed_latest(rows: UploadRows) -> list[tuple]:
    return [_packed_rows(rows)[1]]


def _packed_rows(rows: UploadRows) -> tuple[tuple, tuple]:
    """One raw row and one latest row for the upload, its interfaces as JSON (the bench's
    clients send no latency distributions: no blob to encode, which orjson would refuse)."""
    sample = rows.samples[0][: _KEY + 1] + (
        orjson.dumps([s[_KEY + 1 :] for s in rows.samples]).decode(),
    )
    # A latest row: domain, project, then the columns of _LATEST_COLUMNS.
    latest = rows.latest[0][:_KEY] + (orjson.dumps([row[2:] for row in rows.latest]).decode(),)
    return sample, latest


def _write(db: sqlite3.Connection, sql: str, rows_of: Callable, uploads: list[UploadRows]) -> float:
    """CPU microseconds per upload of writing rows_of(upload) (packing, if any, included) in
    batches."""
    started = time.process_time()
    for first in range(0, len(uploads), BATCH):
        db.execute("BEGIN")
        db.executemany(
            sql, [row for rows in uploads[first : first + BATCH] for row in rows_of(rows)]
        )
        db.execute("COMMIT")
    return 1e6 * (time.process_time() - started) / len(uploads)


def _read(db: sqlite3.Connection, sql: str, params: tuple) -> float:
    started = time.perf_counter()
    db.execute(sql, params).fetchall()
    return 1e3 * (time.perf_counter() - started)


def _median(runs: int, measure: Callable[[], float]) -> float:
    return statistics.median(measure() for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    now = int(time.time() * 1000)
    uploads = _uploads(now)
    with tempfile.TemporaryDirectory() as tmp:
        db = sqlite3.connect(os.path.join(tmp, "bench.sqlite3"), isolation_level=None)
        db.create_function("hist_merge", 2, merge_serialized, deterministic=True)
        db.create_aggregate("hist_merge_all", 1, MergeAggregate)
        db.executescript("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;" + SCHEMA)
        db.executescript(PACKED_SCHEMA)
        figures = {}
        for name, table, packed in (
            ("write: raw samples", (INSERT_SAMPLE, _samples), (INSERT_PACKED, _packed_sample)),
            ("write: latest records", (UPSERT_LATEST, _latest), (UPSERT_PACKED, _packed_latest)),
        ):
            figures[name] = (
                _median(args.runs, functools.partial(_write, db, *table, uploads)),
                _median(args.runs, functools.partial(_write, db, *packed, uploads)),
                "us/upload",
            )
        cards = AGGREGATE_INTERFACES.format(filters="AND service IN (?)")
        since = now - 60_000
        for name, sql, params in (
            ("read: cards", cards, (TENANT.domain, TENANT.project, since, "cart")),
            ("read: service list", LIVE_BY_SERVICE, (TENANT.domain, TENANT.project, since)),
        ):
            unpacked = sql.replace("FROM interface_latest", f"FROM {_UNPACKED}")
            answer = db.execute(sql, params).fetchall()
            assert answer and answer == db.execute(unpacked, params).fetchall()
            figures[name] = (
                _median(args.runs, functools.partial(_read, db, sql, params)),
                _median(args.runs, functools.partial(_read, db, unpacked, params)),
                "ms",
            )
        db.close()
    print(f"{INSTANCES} instances x 10 interfaces, median of {args.runs}:")
    print(f"  {'':<24}{'per interface':>16}{'packed':>12}   packed / per interface")
    for name, (table, json, unit) in figures.items():
        print(f"  {name:<24}{table:>10.1f} {unit:<5}{json:>8.1f} {unit:<5}  x{json / table:.2f}")


if __name__ == "__main__":
    main()
