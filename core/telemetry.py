"""Each process's own Prometheus metrics (prometheus-client), in a registry per process.

The gRPC server exposes its metrics on its metrics port (CSEMONITOR_METRICS_PORT), the gateway
at `/metrics`. Every upload is counted once: by the server when it reached the server (REST uploads
through the gateway and gRPC ones alike), by the gateway when the gateway refused it before it
could (unreadable JSON, 413, 415, 408). No header tells the server where a call came from.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, start_http_server

OUTCOME_HELP = "accepted, or the refusal's reason from the error table"


class _Telemetry:
    """A process's registry and the metrics every process has."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.in_flight = Gauge(
            "csemonitor_requests_in_flight", "Requests being handled", registry=self.registry
        )
        self.gc_pause_seconds = Histogram(
            "csemonitor_gc_pause_seconds",
            "Time of one garbage collection (every request of the process waits for it)",
            ["generation"],
            buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25),
            registry=self.registry,
        )
        self._gc_pause_by_generation = [self.gc_pause_seconds.labels(str(g)) for g in range(3)]

    def observe_gc_pause(self, generation: int, seconds: float) -> None:
        self._gc_pause_by_generation[generation].observe(seconds)


class ServerTelemetry(_Telemetry):
    """The gRPC server's metrics: uploads by outcome, store commits."""

    def __init__(self) -> None:
        super().__init__()
        self.uploads = Counter(
            "csemonitor_uploads",
            f"Uploads that reached the server, by outcome ({OUTCOME_HELP})",
            ["outcome"],
            registry=self.registry,
        )
        self.limit_refusals = Counter(
            "csemonitor_limit_refusals",
            "Uploads refused because they would create a name beyond a cardinality limit "
            "(limit: services_per_tenant, interfaces_per_service, instances_per_service)",
            ["limit", "tenant", "project"],
            registry=self.registry,
        )
        self.commit_seconds = Histogram(
            "csemonitor_store_commit_seconds",
            "Time of one store commit (a batch of uploads)",
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
            registry=self.registry,
        )
        self.batch_uploads = Histogram(
            "csemonitor_store_batch_uploads",
            "Uploads committed together (group commit)",
            buckets=(1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000),
            registry=self.registry,
        )

    def observe_commit(self, seconds: float, uploads: int) -> None:
        self.commit_seconds.observe(seconds)
        self.batch_uploads.observe(uploads)

    def serve(self, host: str, port: int) -> int:
        """Expose the metrics over HTTP on a thread of their own; returns the bound port."""
        server, _thread = start_http_server(port, addr=host, registry=self.registry)
        return server.server_port


class GatewayTelemetry(_Telemetry):
    """The REST gateway's metrics: requests by route and status, uploads it refused itself."""

    def __init__(self) -> None:
        super().__init__()
        self.refused_uploads = Counter(
            "csemonitor_gateway_refused_uploads",
            f"REST uploads the gateway refused before they reached the server ({OUTCOME_HELP})",
            ["outcome"],
            registry=self.registry,
        )
        self.http_requests = Counter(
            "csemonitor_http_requests",
            "REST requests by route and status",
            ["route", "status"],
            registry=self.registry,
        )
        self.http_seconds = Histogram(
            "csemonitor_http_request_seconds",
            "REST request time by route",
            ["route"],
            registry=self.registry,
        )
