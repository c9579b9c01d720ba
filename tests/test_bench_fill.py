"""The benchmarks that stand beside the store's own code keep up with it: the dashboard bench's
SQL fill must still make a file the store reads; the packed-layout and stage benches must still
run the store's statements and queries."""

from __future__ import annotations

import asyncio
import time

from bench import packed, store
from bench.dashboard import DOMAIN, INSTANCES, INTERFACES, PROJECT, SERVICE, populate
from csemonitor.core.series import ROLLUP, SeriesPlan
from csemonitor.core.tenant import Tenant
from csemonitor.server.store import SqliteStore


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


def test_the_packed_layout_bench_answers_as_the_store_does(capsys, monkeypatch):
    """bench.packed rebuilds the store's rows in another layout and checks that the store's own
    queries answer the same over both before it times them (a column added to the store that
    the packed layout missed would fail here)."""
    monkeypatch.setattr("sys.argv", ["bench.packed", "--runs", "1"])
    packed.main()
    out = capsys.readouterr().out
    for figure in ("write: raw samples", "write: latest records", "read: cards"):
        assert figure in out


def test_the_store_stage_bench_runs_the_upload_path(capsys, monkeypatch):
    monkeypatch.setattr("sys.argv", ["bench.store", "--uploads", "128", "--runs", "1"])
    store.main()
    lines = capsys.readouterr().out.splitlines()
    for stage in store.STAGES:  # a line each for the 1- and the 10-interface upload
        assert sum(line.split(" us/upload")[0].strip().startswith(stage) for line in lines) >= 2
    stored = [line for line in lines if line.strip().startswith("stored ") and "NORMAL" not in line]
    assert len(stored) == 2 and all("x1.00 of stored" in line for line in stored)


def test_the_paced_open_loop_sends_its_rate_over_every_connection():
    """bench.loadgen.paced (h2load, from nghttp2-client: CI installs it) against the bare
    FastAPI baseline: the requests its rate and time imply, all answered."""
    from bench.fixtures import UPLOAD_PATH
    from bench.loadgen import paced
    from bench.run import _start_baseline
    from harness.engines import require_binary

    require_binary("h2load", "nghttp2-client")
    process, port = _start_baseline("rest")
    try:
        result = paced(
            f"http://127.0.0.1:{port}{UPLOAD_PATH}",
            b'{"name": "cart"}',
            {"content-type": "application/json"},
            rate=100,
            seconds=2,
            connections=4,
            streams=1,
            h1=True,
        )
    finally:
        process.terminate()
        process.wait()
    assert result.errors == 0
    # 100/s for 2 s, each connection 25/s, less each connection's first half second: 150
    # (a loaded machine may make h2load's timer late, never early)
    assert 120 <= result.requests <= 154
    assert 0 < result.p50_ms <= result.p99_ms <= result.p999_ms
