"""Builds and runs the gRPC server: servicer, health, reflection, retention."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import time
from dataclasses import dataclass

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from csemonitor.core.log_summary import LogSummary, flush_all
from csemonitor.core.runtime import tune_gc
from csemonitor.core.settings import SHUTDOWN_GRACE_SECONDS, ServerSettings
from csemonitor.core.telemetry import ServerTelemetry
from csemonitor.core.tls import server_credentials
from csemonitor.core.wire import GRPC_MESSAGE_OVERHEAD, MAX_RESPONSE_BYTES, SERVICE_NAME
from csemonitor.server.auth import Authenticator, AuthInterceptor
from csemonitor.server.limits import REFRESH_SECONDS as NAMES_REFRESH_SECONDS
from csemonitor.server.requests import method_handlers
from csemonitor.server.servicer import MetricServicer
from csemonitor.server.store import Store, configured_store
from csemonitor.server.thresholds import ThresholdWatch
from csemonitor.v2 import metric_pb2

log = logging.getLogger(__name__)
_repeats = LogSummary(log)


@dataclass
class RunningServer:
    """A started server, the port it bound, and what must be closed with it."""

    server: grpc.aio.Server
    port: int
    store: Store
    health: health.aio.HealthServicer
    tasks: tuple[asyncio.Task, ...]  # background work: retention, the store watch
    telemetry: ServerTelemetry

    async def stop(self, grace: float = SHUTDOWN_GRACE_SECONDS) -> None:
        """Graceful stop: NOT_SERVING first, finish in-flight calls, then flush the store."""
        await self.health.enter_graceful_shutdown()
        await self.server.stop(grace)
        for task in self.tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self.store.close()


def add_health(server: grpc.aio.Server) -> health.aio.HealthServicer:
    """The standard grpc.health.v1 service, SERVING for the server and MetricService."""
    servicer = health.aio.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(servicer, server)
    return servicer


def add_reflection(server: grpc.aio.Server) -> None:
    """Server reflection, so grpcurl works without the proto file."""
    names = (
        SERVICE_NAME,
        health_pb2.DESCRIPTOR.services_by_name["Health"].full_name,
        reflection.SERVICE_NAME,
    )
    reflection.enable_server_reflection(names, server)


async def retention_loop(store: Store, settings: ServerSettings, interval: float) -> None:
    """Prune what is older than the retention periods, now and then."""
    while True:
        try:
            now = time.time()
            removed = await store.prune(
                int((now - settings.raw_retention) * 1000), int((now - settings.retention) * 1000)
            )
            if removed:
                log.info("retention: pruned %d records", removed)
        except Exception:
            log.exception("retention pass failed")
        await asyncio.sleep(interval)


async def names_loop(servicer: MetricServicer, shared: bool) -> None:
    """Keep the cardinality limits' names current: forget what the retention dropped, and on
    a store other replicas write, learn the names they created."""
    while True:
        await asyncio.sleep(NAMES_REFRESH_SECONDS)
        try:
            if shared:
                await servicer.load_names()
            else:
                retention_ms = int(servicer.settings.retention * 1000)
                servicer.names.forget_before(int(time.time() * 1000) - retention_ms)
        except Exception as exc:
            _repeats.log(logging.WARNING, f"cardinality names not refreshed: {exc}")


async def threshold_loop(watch: ThresholdWatch, interval: float) -> None:
    """Evaluate every service with thresholds, and post its alerts, every interval."""
    while True:
        await asyncio.sleep(interval)
        try:
            await watch.evaluate()
        except Exception as exc:
            _repeats.log(logging.WARNING, f"thresholds not evaluated: {exc}")


STORE_CHECK_SECONDS = 1.0


async def watch_store(store: Store, health_servicer: health.aio.HealthServicer) -> None:
    """Health follows whether uploads can be stored: NOT_SERVING while the store's commits fail
    (a full disk, an unreachable TSDB), SERVING again once a probe write succeeds (no upload
    may come to prove it while load balancers keep traffic away)."""
    serving = True
    while True:
        await asyncio.sleep(STORE_CHECK_SECONDS)
        flush_all()  # the counted summaries of what repeated (core.log_summary)
        if store.damaged is not None:
            if serving:  # for good: the damage line is logged where it was found
                await _set_health(health_servicer, health_pb2.HealthCheckResponse.NOT_SERVING)
                serving = False
            continue
        if not store.write_failing:
            continue
        if serving:
            log.warning("uploads cannot be stored: health NOT_SERVING until the store recovers")
            await _set_health(health_servicer, health_pb2.HealthCheckResponse.NOT_SERVING)
            serving = False
        try:
            await store.check_writable()
        except Exception as exc:
            _repeats.log(logging.INFO, f"store still not writable: {exc}")
            continue
        log.warning("the store takes writes again: health SERVING")
        await _set_health(health_servicer, health_pb2.HealthCheckResponse.SERVING)
        serving = True


async def _set_health(health_servicer: health.aio.HealthServicer, status) -> None:
    for name in ("", SERVICE_NAME):
        await health_servicer.set(name, status)


async def create_server(settings: ServerSettings, store: Store | None = None) -> RunningServer:
    """A started gRPC server on settings.grpc_host:grpc_port (port 0: any free port)."""
    telemetry = ServerTelemetry()
    if store is None:
        store = configured_store(settings, telemetry.observe_commit)
    authenticator = Authenticator.from_file(settings.auth_tokens) if settings.auth_tokens else None
    credentials = server_credentials(settings)
    await store.open()
    max_message = settings.max_body_bytes + GRPC_MESSAGE_OVERHEAD
    server = grpc.aio.server(
        interceptors=[AuthInterceptor(authenticator)] if authenticator else None,
        options=[
            ("grpc.max_receive_message_length", max_message),
            ("grpc.max_send_message_length", MAX_RESPONSE_BYTES),
        ],
    )
    servicer = MetricServicer(store, settings, authenticator, telemetry=telemetry)
    try:
        await servicer.load_names()
    except Exception as exc:  # a TSDB away at start: the limits count from what comes
        log.warning("the names the cardinality limits count start empty: %s", exc)
    server.add_generic_rpc_handlers(
        (method_handlers(servicer, metric_pb2.DESCRIPTOR.services_by_name["MetricService"]),)
    )
    health_servicer = add_health(server)
    add_reflection(server)
    address = f"{settings.grpc_host}:{settings.grpc_port}"
    try:
        if credentials is None:
            port = server.add_insecure_port(address)
        else:
            port = server.add_secure_port(address, credentials)
        if settings.grpc_socket:  # the local gateway's hop: a Unix domain socket, no TCP stack
            with contextlib.suppress(FileNotFoundError):
                os.unlink(settings.grpc_socket)  # a socket file left by a killed server
            server.add_insecure_port(f"unix:{settings.grpc_socket}")
    except RuntimeError:
        await store.close()
        raise ValueError(f"cannot listen on {address} (in use?)") from None
    await server.start()
    await _set_health(health_servicer, health_pb2.HealthCheckResponse.SERVING)
    interval = min(300.0, max(1.0, min(settings.retention, settings.raw_retention) / 10))
    tasks = (
        asyncio.create_task(retention_loop(store, settings, interval)),
        asyncio.create_task(watch_store(store, health_servicer)),
        asyncio.create_task(names_loop(servicer, store.shared)),
        asyncio.create_task(threshold_loop(servicer.thresholds, settings.threshold_interval)),
    )
    return RunningServer(server, port, store, health_servicer, tasks, telemetry)


async def serve(settings: ServerSettings) -> None:
    """Run until SIGTERM or SIGINT, then stop gracefully."""
    running = await create_server(settings)
    if settings.metrics_port >= 0:
        try:
            metrics_port = running.telemetry.serve(settings.metrics_host, settings.metrics_port)
        except OSError as exc:
            await running.stop(0)
            raise ValueError(
                f"cannot serve metrics on {settings.metrics_host}:{settings.metrics_port}: "
                f"{exc.strerror} (CSEMONITOR_METRICS_PORT=-1 turns them off)"
            ) from None
    tune_gc(running.telemetry.observe_gc_pause)  # start-up is done: store open, server started
    print(f"csemonitor gRPC server listening on {settings.grpc_host}:{running.port}", flush=True)
    if settings.metrics_port >= 0:
        print(
            f"csemonitor server metrics on http://{settings.metrics_host}:{metrics_port}/metrics",
            flush=True,
        )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    log.info("stopping: finishing in-flight calls")
    await running.stop()
