"""`python -m bench.reporter`: what the Python reporter costs the service it instruments.

Per call, in the same run: a bare function call (the baseline), the same function under
`@reporter.measure`, and `reporter.observe` alone; then a FastAPI app's requests (in process,
httpx's ASGI transport) without and with ReporterMiddleware. Then memory with the server away:
the reporter uploads to a closed port every 0.2 s while 2,000 interfaces are observed; the peak
of traced allocations stays bounded (max_interfaces, windows dropped).
Prints ratios to the baselines and writes bench/results/reporter.json.
"""

from __future__ import annotations

import asyncio
import json
import time
import tracemalloc
from pathlib import Path

import httpx
from fastapi import FastAPI

from csemonitor.client import Reporter, ReporterMiddleware

RESULTS = Path(__file__).resolve().parent / "results" / "reporter.json"
CALLS = 200_000


def per_call_ns(function, calls: int = CALLS) -> float:
    started = time.perf_counter()
    for i in range(calls):
        function(i)
    return (time.perf_counter() - started) * 1e9 / calls


def calls() -> dict:
    reporter = Reporter("bench", target="127.0.0.1:1", interval=3600)

    def bare(x):
        return x + 1

    measured = reporter.measure("op")(bare)

    def observe(i):
        reporter.observe("op", 1.0 + (i % 100))

    bare_ns = per_call_ns(bare)
    return {
        "bare_call_ns": round(bare_ns),
        "decorated_call_ns": round(per_call_ns(measured)),
        "observe_ns": round(per_call_ns(observe)),
        "decorator_overhead_ns": round(per_call_ns(measured) - bare_ns),
    }


def asgi(requests: int = 3000) -> dict:
    def app(instrumented: bool) -> FastAPI:
        made = FastAPI()

        @made.get("/items/{item}")
        async def item(item: int):
            return {"item": item}

        if instrumented:
            made.add_middleware(
                ReporterMiddleware, reporter=Reporter("bench", target="127.0.0.1:1", interval=3600)
            )
        return made

    async def run(instrumented: bool) -> float:
        transport = httpx.ASGITransport(app=app(instrumented))
        async with httpx.AsyncClient(transport=transport, base_url="http://app") as client:
            started = time.perf_counter()
            for i in range(requests):
                await client.get(f"/items/{i}")
            return (time.perf_counter() - started) * 1e6 / requests

    bare = asyncio.run(run(False))
    with_reporter = asyncio.run(run(True))
    return {
        "request_us": round(bare, 1),
        "instrumented_request_us": round(with_reporter, 1),
        "middleware_overhead_us": round(with_reporter - bare, 1),
        "instrumented/bare": round(with_reporter / bare, 3),
    }


def memory_with_the_server_away(seconds: float = 4.0) -> dict:
    reporter = Reporter("bench", target="127.0.0.1:1", interval=0.2, max_interfaces=1000).start()
    tracemalloc.start()
    deadline = time.monotonic() + seconds
    observed = 0
    while time.monotonic() < deadline:
        for i in range(2000):
            reporter.observe(f"op-{i}", 1.0 + i % 50)
        observed += 2000
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    reporter._stop.set()
    return {
        "observed": observed,
        "peak_traced_mib": round(peak / 2**20, 1),
        "windows_dropped": reporter.failed_uploads,
        "observations_over_max_interfaces": reporter.dropped,
    }


def main() -> None:
    result = {"calls": calls(), "asgi": asgi(), "memory": memory_with_the_server_away()}
    for name, figures in result.items():
        print(name, json.dumps(figures))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
