"""`make bench-store`: where the server's CPU goes for one upload, stage by stage, in-process.

Runs the server's own upload path without the gRPC framework, 64 uploads at a time on one event
loop, for a 1- and a 10-interface upload (the bench's java-chassis-like body, 500 instances):

- `parse`: the request decoded from its bytes;
- `normalize`: + validation and the client dialect's arithmetic (server.ingest);
- `rows`: + the SQLite rows built (server.store.sqlite.writes);
- `stored`: + written by SqliteStore (group commit, synchronous=FULL: the whole path, the
  baseline of the ratios);
- `stored (NORMAL)`: the same with synchronous=NORMAL, to show what the fsync costs.

Prints CPU microseconds per upload (process time: every thread, the writer's COMMIT included),
the median of --runs interleaved runs, what each stage adds, and its ratio to the whole path
(`stored`) measured in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time

from bench.fixtures import grpc_body
from csemonitor.core.config import load_settings
from csemonitor.core.runtime import tune_gc
from csemonitor.core.settings import ServerSettings
from csemonitor.core.tenant import Tenant
from csemonitor.server.ingest import Limits, normalize_upload
from csemonitor.server.store.sqlite import SqliteStore
from csemonitor.server.store.sqlite.writes import upload_rows
from csemonitor.v2 import metric_pb2

TENANT = Tenant("bench", "store")
_DEFAULTS = load_settings(ServerSettings, [], {})  # the server's defaults
LIMITS = Limits(_DEFAULTS.max_interfaces, _DEFAULTS.max_string_length, _DEFAULTS.max_value_depth)
INSTANCES, CONCURRENCY = 500, 64
STAGES = ("parse", "normalize", "rows", "stored", "stored (NORMAL)")


async def _stage(stage: str, body: bytes, uploads: int) -> float:
    """CPU microseconds per upload of one stage over `uploads` uploads."""
    with tempfile.TemporaryDirectory() as tmp:
        store = None
        if stage.startswith("stored"):
            store = SqliteStore(tmp, synchronous="NORMAL" if "NORMAL" in stage else "FULL")
            await store.open()

        async def one(i: int) -> None:
            request = metric_pb2.UploadMetricRequest.FromString(body)
            if stage == "parse":
                return
            request.metric.instance = request.metric.instance_id = f"cart-{i % INSTANCES}"
            upload = normalize_upload(request, int(time.time() * 1000), LIMITS, {})
            if stage == "rows":
                upload_rows(TENANT, upload)
            elif store is not None:
                await store.write(TENANT, upload)

        async def worker(first: int) -> None:
            for i in range(first, uploads, CONCURRENCY):
                await one(i)

        started = time.process_time()
        await asyncio.gather(*(worker(w) for w in range(CONCURRENCY)))
        cpu = time.process_time() - started
        if store is not None:
            await store.close()
        return 1e6 * cpu / uploads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uploads", type=int, default=4000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    tune_gc()  # as the server does
    for interfaces in (1, 10):
        body = grpc_body(interfaces)[5:]  # the request without its gRPC frame header
        asyncio.run(_stage("stored", body, args.uploads // 4))  # warm up (imports, caches)
        costs: dict[str, list[float]] = {stage: [] for stage in STAGES}
        for _ in range(args.runs):  # interleaved: a noisy neighbour hits every stage alike
            for stage in STAGES:
                costs[stage].append(asyncio.run(_stage(stage, body, args.uploads)))
        medians = {stage: statistics.median(costs[stage]) for stage in STAGES}
        whole, previous = medians["stored"], 0.0
        print(f"{interfaces} interface(s), {args.uploads} uploads, median of {args.runs}:")
        for stage in STAGES:
            cost = medians[stage]
            step = f"+{cost - previous:>5.0f}" if stage != "stored (NORMAL)" else " " * 6
            print(f"  {stage:<16}{cost:>6.0f} us/upload {step}  x{cost / whole:.2f} of stored")
            previous = cost


if __name__ == "__main__":
    main()
