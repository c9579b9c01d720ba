"""The Python client package against the real server: a FastAPI app and a grpc.aio service
instrumented by the reporter on three instances each, driven with known latency distributions;
the fleet percentiles read back are those of the union (within the bucket precision) where the
instances' maximum is far off. Failures, timeouts, the decorator, bounded memory with the
server down, the REST fallback, and retries that honour the server's RetryInfo."""

from __future__ import annotations

import asyncio
import math
import time
import uuid

import grpc
import httpx
import pytest
from conftest import Service
from fastapi import FastAPI

from csemonitor.client import (
    Client,
    CsemonitorError,
    Reporter,
    ReporterInterceptor,
    ReporterMiddleware,
)
from csemonitor.core.histogram import DEFAULT_SCALE, precision
from harness.waiting import eventually


def true_quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(1, math.ceil(q * len(ordered))) - 1]


def _tenant() -> str:
    return "py-" + uuid.uuid4().hex[:8]


def _recording_reporter(service: Service, name: str, instance: str, domain: str):
    """A reporter to the real server (uploading when flushed), and the latencies it observes:
    its own measurements are the truth its percentiles are compared with."""
    reporter = Reporter(
        name, instance=instance, target=service.grpc_target, domain=domain, interval=3600
    )
    seen: list[float] = []
    observe = reporter.observe

    def recording(interface, latency_ms, failed=False, timed_out=False):
        seen.append(latency_ms)
        observe(interface, latency_ms, failed, timed_out)

    reporter.observe = recording
    return reporter, seen


# Per instance: (calls, sleep ms) groups. Instance c has a few slow calls: 2 % of its own calls
# (its p99 is slow) but under 1 % of the fleet's (the fleet's p99 is not).
PLAN = {
    "py-a": [(140, 2), (10, 6)],
    "py-b": [(140, 3), (10, 8)],
    "py-c": [(98, 2), (2, 120)],
}


def test_a_fastapi_app_on_three_instances_shows_the_exact_fleet_p99(service: Service):
    domain = _tenant()

    async def drive():
        seen, reporters = [], []
        for instance, groups in PLAN.items():
            reporter, latencies = _recording_reporter(service, "pyshop", instance, domain)
            seen.append(latencies)
            reporters.append(reporter)
            app = FastAPI()

            @app.get("/items/{item}")
            async def item(item: int, delay: float = 0):
                await asyncio.sleep(delay / 1000)
                return {"item": item}

            app.add_middleware(ReporterMiddleware, reporter=reporter)
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://app") as http:
                delays = [ms for count, ms in groups for _ in range(count)]
                for i, delay in enumerate(delays):  # one at a time: each call's own latency
                    reply = await http.get(f"/items/{i}", params={"delay": delay})
                    assert reply.status_code == 200
                assert (await http.get("/nowhere")).status_code == 404  # one unmatched interface
        for reporter in reporters:
            assert reporter.flush()
        return seen

    seen = asyncio.run(drive())
    with Client(service.grpc_target, domain=domain) as client:
        cards = {m.function_name: m for m in client.query("pyshop")}
    card = cards["GET /items/{item}"]
    assert "GET (unmatched)" in cards
    # Every observed latency (the 404 included) came from these endpoints' calls.
    item_latencies = [v for instance in seen for v in instance[:-1]]
    assert card.instance_count == 3 and card.total == len(item_latencies) == 400
    assert card.percentiles_exact
    truth = true_quantile(item_latencies, 0.99)
    bound = max(true_quantile(instance[:-1], 0.99) for instance in seen)
    assert abs(card.l99 - truth) / truth <= precision(DEFAULT_SCALE)
    assert bound > 3 * truth  # the instances' maximum: c's slow calls
    print(
        f"FastAPI, 3 instances: true p99 {truth:.4f} ms, shown {card.l99:.4f} ms, max of p99s {bound:.2f} ms"
    )


def test_a_grpc_aio_service_counts_failures_and_timeouts(service: Service):
    domain = _tenant()

    async def handler(request: bytes, context: grpc.aio.ServicerContext) -> bytes:
        delay, outcome = request.decode().split(":")
        await asyncio.sleep(float(delay) / 1000)
        if outcome == "fail":
            await context.abort(grpc.StatusCode.INTERNAL, "failed")
        return b"ok"

    async def drive():
        seen = []
        for n, instance in enumerate(("g-0", "g-1", "g-2")):
            reporter, latencies = _recording_reporter(service, "pygrpc", instance, domain)
            seen.append(latencies)
            server = grpc.aio.server(interceptors=[ReporterInterceptor(reporter)])
            server.add_generic_rpc_handlers(
                (
                    grpc.method_handlers_generic_handler(
                        "demo.Demo", {"Call": grpc.unary_unary_rpc_method_handler(handler)}
                    ),
                )
            )
            port = server.add_insecure_port("127.0.0.1:0")
            await server.start()
            async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
                call = channel.unary_unary("/demo.Demo/Call")
                requests = [f"{1 + n + i % 5}:ok".encode() for i in range(60)] + [b"1:fail"] * 3
                for request in requests:
                    try:
                        await call(request, timeout=5)
                    except grpc.aio.AioRpcError as error:
                        assert error.code() == grpc.StatusCode.INTERNAL
                with pytest.raises(grpc.aio.AioRpcError):
                    await call(b"300:ok", timeout=0.05)  # deadline exceeded

            async def counted() -> int:
                return len(seen[-1])

            # The timed-out call ends on the server, then it is counted.
            await eventually(counted, lambda n: n == 64, timeout=5, every=0.05)
            await server.stop(None)
            assert reporter.flush()
        return seen

    seen = asyncio.run(drive())
    with Client(service.grpc_target, domain=domain) as client:
        [card] = client.query("pygrpc")
    assert card.function_name == "/demo.Demo/Call"
    assert (card.total, card.failure, card.count_timeout) == (192, 12, 3)
    assert card.percentiles_exact and card.instance_count == 3
    union = [v for instance in seen for v in instance]
    truth = true_quantile(union, 0.9)
    assert abs(card.l90 - truth) / truth <= precision(DEFAULT_SCALE)


def test_the_decorator_times_sync_and_async_functions():
    reporter = Reporter("deco", target="127.0.0.1:1", interval=3600)

    @reporter.measure("price")
    def price(x):
        if x < 0:
            raise ValueError("negative")
        return x * 2

    @reporter.measure()
    async def fetch(timeout: bool):
        if timeout:
            raise TimeoutError
        return 1

    assert price(2) == 4
    with pytest.raises(ValueError):
        price(-1)
    assert asyncio.run(fetch(False)) == 1
    with pytest.raises(TimeoutError):
        asyncio.run(fetch(True))
    reporter.breaker = lambda name: name == "price"  # the service's breaker, read at upload
    window = {i.name: i for i in reporter.take_window().interfaces}
    assert (window["price"].total, window["price"].failure) == (2, 1)
    assert (
        window["price"].circuit_breaker_open
        and not window[next(iter(set(window) - {"price"}))].circuit_breaker_open
    )
    name = "test_the_decorator_times_sync_and_async_functions.<locals>.fetch"
    assert (window[name].total, window[name].failure, window[name].count_timeout) == (2, 1, 1)
    assert window["price"].HasField("latency_histogram")


def test_with_the_server_down_memory_stays_bounded_and_windows_are_dropped():
    reporter = Reporter("down", target="127.0.0.1:1", interval=1.0, max_interfaces=50)
    for i in range(5000):
        reporter.observe(f"op-{i}", 1.0)
    started = time.monotonic()
    assert not reporter.flush()
    assert time.monotonic() - started < 10  # gives up (its deadline: 1 s), never hangs
    assert (reporter.dropped, reporter.failed_uploads) == (5000 - 50, 1)
    assert reporter.take_window().interfaces == []  # nothing kept for later


def test_rest_is_the_fallback_when_grpc_is_unreachable(service: Service):
    domain = _tenant()
    reporter = Reporter(
        "viarest", target="127.0.0.1:1", rest_url=service.http_url, domain=domain, interval=1.0
    )
    reporter.observe("op", 5.0)
    assert reporter.flush()
    with Client(service.grpc_target, domain=domain) as client:
        [card] = client.query("viarest")
    assert card.total == 1 and card.percentiles_exact


def test_the_client_waits_as_the_server_says_and_retries(tmp_path):
    running = Service(tmp_path, tenant_rate="1", tenant_burst="1").start()
    try:
        from csemonitor.v2 import metric_pb2

        metric = metric_pb2.MetricData(name="limited", instance="h")
        with Client(running.grpc_target, domain="limited") as client:
            assert client.upload(metric) == "upload ok"
            started = time.monotonic()
            assert client.upload(metric) == "upload ok"  # refused once, with RetryInfo
            assert time.monotonic() - started >= 0.5
        with Client(running.grpc_target, domain="limited", attempts=1) as client:
            with pytest.raises(CsemonitorError) as refused:
                client.upload(metric)
        assert refused.value.status == grpc.StatusCode.RESOURCE_EXHAUSTED
        assert refused.value.error_code.startswith("SVCSTG.CSE.429")
    finally:
        running.stop()


def test_the_rest_fallback_waits_as_retry_after_says(tmp_path):
    """Over its tenant's rate, the REST fallback is told 429 with Retry-After, waits, and
    the window is taken on the second try."""
    running = Service(tmp_path, tenant_rate="1", tenant_burst="1").start()
    try:
        reporter = Reporter(
            "limitedrest",
            target="127.0.0.1:1",
            rest_url=running.http_url,
            domain="lr",
            interval=5.0,
        )
        reporter.observe("op", 1.0)
        assert reporter.flush()
        reporter.observe("op", 1.0)
        started = time.monotonic()
        assert reporter.flush()  # refused once (429, Retry-After), then taken
        assert time.monotonic() - started >= 0.5
        assert reporter.uploads == 2 and reporter.failed_uploads == 0
    finally:
        running.stop()
