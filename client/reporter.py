"""Instrumenting a Python service: count calls, failures and timeouts per interface, keep each
window's latency distribution, and upload the window every `interval` seconds from a thread of
its own, so the instrumented code never waits on the network.

    reporter = Reporter("cart", domain="shop").start()
    app.add_middleware(ReporterMiddleware, reporter=reporter)        # FastAPI / Starlette
    server = grpc.aio.server(interceptors=[ReporterInterceptor(reporter)])  # grpc.aio
    @reporter.measure("price") def price(...): ...                   # any function

Memory is bounded whatever happens: at most `max_interfaces` interfaces a window (further ones
are counted in `dropped`), each a histogram of at most 320 buckets; a window the server did not
take is dropped (counted in `failed_uploads`), never kept for later.
"""

from __future__ import annotations

import functools
import inspect
import json
import logging
import os
import resource
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from typing import Literal

from google.protobuf import json_format

from csemonitor.client.api import Client, CsemonitorError
from csemonitor.core.columns import QUANTILE_OF
from csemonitor.core.histogram import DEFAULT_SCALE, Histogram
from csemonitor.v2 import metric_pb2

log = logging.getLogger(__name__)


class _Window:
    """One interface's calls in the current window."""

    __slots__ = ("calls", "failures", "timeouts", "histogram")

    def __init__(self, scale: int) -> None:
        self.calls = self.failures = self.timeouts = 0
        self.histogram = Histogram(scale)

    def interface(
        self, name: str, seconds: float, breaker_open: bool
    ) -> metric_pb2.InterfaceMetric:
        h = self.histogram
        metric = metric_pb2.InterfaceMetric(
            name=name,
            qps=self.calls / seconds if seconds > 0 else 0.0,
            latency=h.sum / self.calls if self.calls else 0.0,
            total=self.calls,
            failure=self.failures,
            count_timeout=self.timeouts,
            circuit_breaker_open=breaker_open,
            rate=(self.calls - self.failures) / self.calls if self.calls else 1.0,
            failure_rate=self.failures / self.calls if self.calls else 0.0,
        )
        for field, q in QUANTILE_OF.items():
            setattr(metric, field, h.quantile(q) if self.calls else 0.0)
        metric.latency_histogram.CopyFrom(h.to_message())
        return metric


class Call:
    """One call timed (`with reporter.timing(name) as call:`). An exception ending the block
    makes it a failure, TimeoutError a timeout; what the block learns (an HTTP status, a gRPC
    code, the route it took) it says by setting `name`, `failed` or `timed_out`. A class, not
    contextlib: a quarter of the cost per call."""

    __slots__ = ("_observe", "name", "failed", "timed_out", "_started")

    def __init__(self, observe, name: str) -> None:
        self._observe, self.name = observe, name
        self.failed = self.timed_out = False

    def __enter__(self) -> Call:
        self._started = time.perf_counter()
        return self

    def __exit__(self, kind, _error, _trace) -> Literal[False]:
        if kind is not None:
            if issubclass(kind, TimeoutError):
                self.timed_out = True
            else:
                self.failed = True
        elapsed = (time.perf_counter() - self._started) * 1000
        self._observe(self.name, elapsed, self.failed, self.timed_out)
        return False


class Reporter:
    """Counts per interface and uploads every `interval` seconds (gRPC; REST at `rest_url` as
    a fallback). `breaker(name)` may tell whether that interface's circuit breaker is open."""

    def __init__(
        self,
        service: str,
        *,
        instance: str = "",
        instance_id: str = "",
        app_id: str = "",
        version: str = "",
        environment: str = "",
        interval: float = 10.0,
        target: str | None = None,
        domain: str = "",
        project: str = "default",
        token: str = "",
        tls_ca: str = "",
        rest_url: str = "",
        breaker: Callable[[str], bool] | None = None,
        max_interfaces: int = 1000,
        scale: int = DEFAULT_SCALE,
        client: Client | None = None,
    ) -> None:
        self.service = service
        self.instance = instance or socket.gethostname()
        self.instance_id = instance_id
        self.app_id, self.version, self.environment = app_id, version, environment
        self.interval = interval
        self.rest_url = rest_url
        self.breaker = breaker
        self.max_interfaces = max_interfaces
        self.scale = scale
        self._tenant = {"x-domain-name": domain, "x-project-id": project, "x-auth-token": token}
        self._project = project
        # Uploads give up within one interval, so a slow server never piles windows up.
        self.client = client or Client(
            target,
            domain=domain,
            project=project,
            token=token,
            tls_ca=tls_ca,
            deadline=max(1.0, interval * 0.8),
        )
        self._lock = threading.Lock()
        self._window: dict[str, _Window] = {}
        self._window_started = time.monotonic()
        self._started = time.time()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.dropped = 0  # observations of interfaces beyond max_interfaces
        self.failed_uploads = 0  # windows the server did not take (dropped)
        self.uploads = 0

    # -- what the service calls

    def observe(
        self, interface: str, latency_ms: float, failed: bool = False, timed_out: bool = False
    ) -> None:
        """One call of `interface` that took latency_ms; a timeout is a failure too."""
        with self._lock:
            window = self._window.get(interface)
            if window is None:
                if len(self._window) >= self.max_interfaces:
                    self.dropped += 1
                    return
                window = self._window[interface] = _Window(self.scale)
            window.calls += 1
            if failed or timed_out:
                window.failures += 1
            if timed_out:
                window.timeouts += 1
            window.histogram.record(latency_ms)

    def timing(self, interface: str) -> Call:
        """`with reporter.timing("name"):` times the block as one call (Call)."""
        return Call(self.observe, interface)

    def measure(self, interface: str | None = None):
        """A decorator timing each call of a function (sync or async), as timing() does."""

        def wrap(function):
            name = interface or function.__qualname__
            if inspect.iscoroutinefunction(function):

                @functools.wraps(function)
                async def timed_async(*args, **kwargs):
                    with self.timing(name):
                        return await function(*args, **kwargs)

                return timed_async

            @functools.wraps(function)
            def timed(*args, **kwargs):
                with self.timing(name):
                    return function(*args, **kwargs)

            return timed

        return wrap

    # -- the uploads

    def start(self) -> Reporter:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name="csemonitor-reporter", daemon=True
            )
            self._thread.start()
        return self

    def close(self) -> None:
        """Stop the thread and upload the last window."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=self.interval + 5)
            self._thread = None
        self.flush()
        self.client.close()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.flush()

    def take_window(self) -> metric_pb2.MetricData:
        """The window so far as an upload; a new window starts."""
        with self._lock:
            window, self._window = self._window, {}
            now = time.monotonic()
            seconds, self._window_started = now - self._window_started, now
        breaker = self.breaker
        interfaces = [
            w.interface(name, seconds, bool(breaker(name)) if breaker else False)
            for name, w in window.items()
        ]
        usage = resource.getrusage(resource.RUSAGE_SELF)
        metric = metric_pb2.MetricData(
            name=self.service,
            instance=self.instance,
            instance_id=self.instance_id,
            app_id=self.app_id,
            version=self.version,
            environment=self.environment,
            uptime=int((time.time() - self._started) * 1000),
            interfaces=interfaces,
        )
        metric.thread.number_value = threading.active_count()
        metric.memory.struct_value.update({"maxRss": usage.ru_maxrss * 1024})
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else -1.0
        metric.load_average = load
        return metric

    def flush(self) -> bool:
        """Upload the window now; False (and the window dropped) if the server did not take it."""
        metric = self.take_window()
        try:
            self.client.upload(metric, self.service)
            self.uploads += 1
            return True
        except CsemonitorError as error:
            if self.rest_url and self._upload_rest(metric):
                self.uploads += 1
                return True
            self.failed_uploads += 1
            log.warning("csemonitor: window of %s dropped: %s", self.service, error)
            return False

    def _upload_rest(self, metric: metric_pb2.MetricData) -> bool:
        body = json.dumps(json_format.MessageToDict(metric)).encode()
        query = urllib.parse.urlencode({"service": self.service})
        path = f"/v2/{urllib.parse.quote(self._project)}/csemonitor/metric?{query}"
        url = self.rest_url.rstrip("/") + path
        headers = {
            "Content-Type": "application/json",
            **{k: v for k, v in self._tenant.items() if v},
        }
        give_up = time.monotonic() + max(1.0, self.interval * 0.5)
        while True:
            request = urllib.request.Request(url, data=body, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=give_up - time.monotonic()) as reply:
                    return reply.status == 200
            except urllib.error.HTTPError as error:
                # 429 / 503 say when to come back (Retry-After): once more, if that is in time.
                wait = _seconds(error.headers.get("Retry-After"))
                if error.code not in (429, 503) or wait is None:
                    return False
                if time.monotonic() + wait >= give_up:
                    return False
                time.sleep(wait)
            except OSError:
                return False


def _seconds(retry_after: str | None) -> float | None:
    try:
        return max(0.0, float(retry_after)) if retry_after is not None else None
    except ValueError:
        return None
