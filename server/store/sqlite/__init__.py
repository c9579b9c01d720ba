"""The embedded default store: SQLite in WAL mode, with group commit.

Uploads queue on the event loop; everything queued so far is written in one transaction (its
statements on the event loop, its COMMIT in the writer thread), then acknowledged together.
While it commits, new uploads gather for the next commit, so durability costs one fsync per
batch rather than per upload.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

from csemonitor.core.errors import INTERNAL, UNAVAILABLE, ApiError
from csemonitor.core.histogram import merge_serialized
from csemonitor.core.log_summary import LogSummary
from csemonitor.core.series import MINUTE_MS
from csemonitor.core.tenant import Tenant
from csemonitor.core.upload import Upload
from csemonitor.server.store.group_commit import BatchRefused, GroupCommit
from csemonitor.server.store.rollups import MinuteTracker, merge_rollups, rollup_row
from csemonitor.server.store.sqlite import writes
from csemonitor.server.store.sqlite.histograms import MergeAggregate
from csemonitor.server.store.sqlite.reads import SqliteReads
from csemonitor.server.store.sqlite.schema import (
    DB_FILE,
    ROLLUP_SCHEMA,
    SCHEMA,
    add_missing_columns,
)
from csemonitor.server.store.sqlite.writes import UploadRows, upload_rows
from csemonitor.v2 import metric_pb2

log = logging.getLogger(__name__)
_repeats = LogSummary(log)


def _check_pages(db: sqlite3.Connection) -> None:
    """SQLite's quick_check of every page; DatabaseError naming the first damage found."""
    found = [row[0] for row in db.execute("PRAGMA quick_check(3)")]
    if found != ["ok"]:
        lines = [line.strip() for row in found for line in row.splitlines()]
        raise sqlite3.DatabaseError("; ".join(line for line in lines if line and line[0] != "*"))


def damage_line(path: str, exc: sqlite3.Error) -> str:
    """The one line that says a store file is damaged, where, and the ways out."""
    return (
        f"the store file {path} is damaged or not a SQLite database ({exc}): restore it from a "
        "backup, or move it aside to start with an empty store (CSEMONITOR_SQLITE_ON_CORRUPT="
        "move-aside does that at start-up)"
    )


class StoreUnusable(Exception):
    """The store file cannot be used: the message names it and the way out."""


WRITER_CACHE_KIB = 32 * 1024  # keeps the tables' index pages in memory for the writer


class SqliteStore(SqliteReads):
    """SQLite in one file under data_dir; durable once `write` returns."""

    def __init__(
        self,
        data_dir: str,
        synchronous: str = "FULL",
        max_pending: int = 10000,
        on_commit: Callable[[float, int], None] | None = None,
        max_size: int = 0,
        on_corrupt: str = "refuse",
        check: str = "quick",
    ) -> None:
        super().__init__()
        self._path = os.path.join(data_dir, DB_FILE)
        self._data_dir = data_dir
        self._synchronous = synchronous
        self._max_size = max_size
        self._on_corrupt = on_corrupt
        self._check = check
        self.damaged: str | None = None  # the one line saying what is damaged, once found
        self._commits = GroupCommit(self._commit_batch, max_pending, on_commit=on_commit)
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="sqlite-writer")
        self._write_db: sqlite3.Connection | None = None
        self._minutes = MinuteTracker()
        # Everything that uses the write connection, one at a time: batches, probes, pruning.
        self._write_lock = asyncio.Lock()

    async def open(self) -> None:
        os.makedirs(self._data_dir, exist_ok=True)
        loop = asyncio.get_running_loop()
        try:
            self._write_db = await loop.run_in_executor(self._writer, self._connect, True)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) or self._on_corrupt != "move-aside":
                raise StoreUnusable(self._unusable(exc)) from None
            aside = self._move_aside()
            log.warning("%s: not a SQLite database (%s), moved to %s", self._path, exc, aside)
            self._write_db = await loop.run_in_executor(self._writer, self._connect, True)
        now_ms = int(time.time() * 1000)
        self._minutes.seed(await self._read(writes.TRACKER_SEED, (now_ms - now_ms % MINUTE_MS,)))
        self._commits.start("sqlite-group-commit")

    @property
    def _db(self) -> sqlite3.Connection:
        """The write connection (the store is open)."""
        assert self._write_db is not None
        return self._write_db

    def _connect(self, create: bool) -> sqlite3.Connection:
        db = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA busy_timeout = 10000")
        # Latency distributions merge in SQL: two of them, and a column's over a group.
        db.create_function("hist_merge", 2, merge_serialized, deterministic=True)
        db.create_aggregate("hist_merge_all", 1, MergeAggregate)  # type: ignore[arg-type]
        if create:
            db.execute("PRAGMA journal_mode = WAL")
            if self._check == "quick":
                _check_pages(db)
            db.executescript(SCHEMA + ROLLUP_SCHEMA)
            add_missing_columns(db)
            db.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
        db.execute(f"PRAGMA synchronous = {self._synchronous}")
        if create and self._max_size:
            page_size = db.execute("PRAGMA page_size").fetchone()[0]
            db.execute(f"PRAGMA max_page_count = {max(1, self._max_size // page_size)}")
        return db

    def _found_damage(self, exc: sqlite3.Error) -> bool:
        """Whether exc says the file is damaged; the first time, health goes NOT_SERVING for
        good (server.app.watch_store) and the damage line is logged once."""
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF not in (
            sqlite3.SQLITE_CORRUPT,
            sqlite3.SQLITE_NOTADB,
        ):
            return False
        if self.damaged is None:
            self.damaged = damage_line(self._path, exc)
            log.error("%s", self.damaged)
        return True

    def _unusable(self, exc: sqlite3.Error) -> str:
        if isinstance(exc, sqlite3.OperationalError):
            return f"cannot open the store file {self._path}: {exc}"
        return damage_line(self._path, exc)

    def _move_aside(self) -> str:
        """Rename the file (and its WAL and shared-memory files) out of the way; keep it."""
        aside = f"{self._path}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}"
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(self._path + suffix):
                os.replace(self._path + suffix, aside + suffix)
        return aside

    @property
    def write_failing(self) -> bool:
        return self._commits.failing

    async def check_writable(self) -> None:
        def probe() -> None:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                for sql in writes.PROBE:
                    db.execute(sql)
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise

        try:
            async with self._write_lock:
                await asyncio.get_running_loop().run_in_executor(self._writer, probe)
        except sqlite3.Error as exc:
            raise ApiError(UNAVAILABLE, f"store not writable: {exc}") from exc
        self._commits.failing = False

    async def close(self) -> None:
        await self._commits.close()
        loop = asyncio.get_running_loop()
        if self._write_db is not None:
            await loop.run_in_executor(self._writer, self._write_db.close)
        self._writer.shutdown(wait=True)
        self._close_readers()

    async def write(self, tenant: Tenant, upload: Upload) -> None:
        await self._commits.submit(upload_rows(tenant, upload))

    async def _commit_batch(self, batch: list[UploadRows]) -> None:
        """The batch's statements run here, on the event loop, and only the COMMIT (the fsync)
        in the writer thread. A statement releases and retakes the GIL once per row: from a
        thread of its own each retake waited behind the loop's Python (up to the 5 ms switch
        interval), so a batch written from the writer thread took several times its CPU."""
        async with self._write_lock:
            self._stage(batch)
            try:
                await asyncio.get_running_loop().run_in_executor(
                    self._writer, self._db.execute, "COMMIT"
                )
            except BaseException:
                self._abandon()
                raise
            self._minutes.commit()

    def _abandon(self) -> None:
        if self._db.in_transaction:  # SQLite rolls back by itself on a full disk
            self._db.execute("ROLLBACK")
        self._minutes.rollback()

    def _stage(self, batch: list[UploadRows]) -> None:
        """The batch's statements in an open transaction. A failure that is this data's (not
        the disk's or the file's) is BatchRefused: the uploads are then committed one by one,
        so one upload's failure is that upload's answer only."""
        db = self._db
        # One statement execution per kind for the whole batch; the roll-up contributions of
        # the batch's reports merge first (a fleet's instances share service, interface, minute).
        db.execute("BEGIN IMMEDIATE")
        try:
            rollups = [rollup_row(r, self._minutes) for rows in batch for r in rows.rollups]
            db.executemany(writes.INSERT_SAMPLE, [row for rows in batch for row in rows.samples])
            db.executemany(writes.UPSERT_LATEST, [row for rows in batch for row in rows.latest])
            db.executemany(writes.UPSERT_ROLLUP, merge_rollups(rollups))
            db.executemany(writes.UPSERT_INSTANCE, [rows.instance for rows in batch])
        except BaseException as exc:
            self._abandon()
            if isinstance(exc, sqlite3.Error) and self._found_damage(exc):
                raise  # the file, not this data: every upload of the batch fails alike
            if isinstance(exc, sqlite3.OperationalError):
                raise  # the disk or the file: every upload of the batch fails alike
            if isinstance(exc, (sqlite3.Error, OverflowError, ValueError, TypeError)):
                _repeats.log(logging.ERROR, f"an upload could not be stored: {exc}", exc_info=True)
                raise BatchRefused(ApiError(INTERNAL, "upload could not be stored")) from exc
            raise

    async def set_threshold(self, tenant: Tenant, threshold: metric_pb2.MetricThreshold) -> None:
        key = (threshold.service_name, threshold.app_id, threshold.environment)
        row = (tenant.domain, tenant.project, *key, threshold.SerializeToString())
        await self._write_now(writes.UPSERT_THRESHOLD, row)

    async def delete_thresholds(self, tenant: Tenant, services: Sequence[str]) -> int:
        sql = writes.DELETE_THRESHOLDS.format(", ".join("?" * len(services)))
        return await self._write_now(sql, (tenant.domain, tenant.project, *services))

    async def _write_now(self, sql: str, params: Sequence) -> int:
        """One statement in a transaction of its own, committed (the rows it changed)."""

        def run() -> int:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                changed = db.execute(sql, params).rowcount
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
            return changed

        try:
            async with self._write_lock:
                return await asyncio.get_running_loop().run_in_executor(self._writer, run)
        except sqlite3.Error as exc:
            raise ApiError(UNAVAILABLE, f"store write failed: {exc}") from exc

    async def prune(self, raw_before_ms: int, before_ms: int) -> int:
        def run() -> int:
            removed = 0
            # Raw samples are appended in receive order: the oldest are the lowest rowids, so
            # pruning walks from the start instead of keeping an index on `received`.
            removed += self._db.execute(writes.PRUNE_SAMPLES, (raw_before_ms,)).rowcount
            for sql in writes.PRUNE_BEFORE:
                removed += self._db.execute(sql, (before_ms,)).rowcount
            self._minutes.forget_before(before_ms)  # under the write lock, as every tracker use
            return removed

        async with self._write_lock:
            return await asyncio.get_running_loop().run_in_executor(self._writer, run)
