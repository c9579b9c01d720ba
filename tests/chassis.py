"""The real chassis clients, as they are: each family's publisher ported from its source (the
arithmetic that fills InterfaceInfo, the key names and order its JSON library writes, the headers
its HTTP client sends), fed with simulated calls whose true figures are known.

Sources: java-chassis `MonitorData.appendInterfaceInfo` / `HealthMonitorDataProvider` (2.x, Vert.x
publisher with an `environment` header and no Content-Type) and `MetricsMonitorDataProvider`
(2.7.5+/3.x, Apache HttpClient through DashboardClient); spring-cloud-huawei
`InvocationMonitorDataProvider`; huaweicse/cse-collector `pkg/monitoring/struct.go` (2019+) and
`monitorData.go` (2018). See REAL_CLIENTS.md of the design notes, reflected in docs/dialects.md.
"""

from __future__ import annotations

import http.client
import json
import math
from dataclasses import dataclass, field
from decimal import ROUND_HALF_DOWN, Decimal
from urllib.parse import urlsplit

SUCCESS, FAILURE, TIMEOUT, SEMAPHORE, THREAD_POOL, SHORT = (
    "success",
    "failure",
    "timeout",
    "semaphore",
    "threadpool",
    "short",
)
ERRORS = (FAILURE, TIMEOUT, SEMAPHORE, THREAD_POOL)


@dataclass(frozen=True)
class Call:
    """One call in a client's window: its outcome (and HTTP status for java 3.x) and latency."""

    outcome: str
    latency_ms: int
    status: str = "200"


@dataclass
class Traffic:
    """One interface's calls in the window, and what is true of them by the one definition."""

    name: str
    calls: list[Call]
    breaker_open: bool = False

    @property
    def executed(self) -> int:
        return sum(1 for c in self.calls if c.outcome != SHORT)

    @property
    def errors(self) -> int:
        return sum(1 for c in self.calls if c.outcome in ERRORS)

    @property
    def error_percent(self) -> float:
        return 100.0 * self.errors / self.executed if self.executed else 0.0

    def count(self, outcome: str) -> int:
        return sum(1 for c in self.calls if c.outcome == outcome)

    def latencies(self) -> list[int]:
        return sorted(c.latency_ms for c in self.calls if c.outcome != SHORT)


def calls(outcome: str, count: int, latency_ms: int, status: str = "200") -> list[Call]:
    return [Call(outcome, latency_ms + i % 7, status) for i in range(count)]


def _percentile(values: list[int], p: float) -> int:
    if not values:
        return 0
    rank = max(1, math.ceil(p / 100 * len(values)))
    return values[rank - 1]


def _mean(values: list[int]) -> int:
    return int(sum(values) / len(values)) if values else 0


@dataclass
class Request:
    """One HTTP request exactly as the client sends it."""

    path: str
    headers: list[tuple[str, str]]
    body: bytes
    body_json: dict = field(repr=False, default_factory=dict)


def send(base_url: str, request: Request) -> tuple[int, bytes]:
    """POST with exactly these headers (plus Host and Content-Length, which every client sends)."""
    parts = urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=15)
    try:
        connection.putrequest("POST", request.path, skip_accept_encoding=True)
        for name, value in request.headers:
            connection.putheader(name, value)
        connection.putheader("Content-Length", str(len(request.body)))
        connection.endheaders(request.body)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def _jackson(data: dict) -> bytes:
    # Jackson writes nulls, and non-finite doubles quoted ("NaN"): QUOTE_NON_NUMERIC_NUMBERS.
    def spell(value):
        if isinstance(value, float) and not math.isfinite(value):
            return "NaN" if value != value else ("Infinity" if value > 0 else "-Infinity")
        if isinstance(value, dict):
            return {k: spell(v) for k, v in value.items()}
        if isinstance(value, list):
            return [spell(v) for v in value]
        return value

    return json.dumps(spell(data), separators=(",", ":")).encode()


JAVA_MEMORY = {
    "heapInit": 268435456,
    "headMax": 2147483648,
    "heapCommit": 536870912,
    "heapUsed": 201326592,
    "nonHeapInit": 7667712,
    "nonHeapCommit": 100663296,
    "nonHeapUsed": 94371840,
}
GO_MEMORY = {
    "heapAlloc": 5242880,
    "heapSys": 71303168,
    "heapIdle": 62914560,
    "heapInUse": 8388608,
    "heapReleased": 60817408,
    "heapObjects": 41234,
}


# -- java-chassis 2.1.6-2.7.4: Hystrix rolling counts, Vert.x publisher -------------------------


def java2_interface(traffic: Traffic, window_seconds: int = 10) -> dict:
    """MonitorData.appendInterfaceInfo (HystrixCommandMetrics), field for field."""
    success = traffic.count(SUCCESS)
    failure = traffic.count(FAILURE)
    semaphore, pool = traffic.count(SEMAPHORE), traffic.count(THREAD_POOL)
    timeout, short = traffic.count(TIMEOUT), traffic.count(SHORT)
    error_total = failure + semaphore + pool + timeout
    total = success + error_total
    rate = 1.0 if total == 0 else 1.0 - error_total / total
    latencies = traffic.latencies()
    qps = float(Decimal(total / window_seconds).quantize(Decimal("0.1"), ROUND_HALF_DOWN))
    return {
        "name": traffic.name,
        "desc": traffic.name,
        "qps": qps,
        "latency": _mean(latencies),
        "l995": _percentile(latencies, 99.5),
        "l99": _percentile(latencies, 99),
        "l90": _percentile(latencies, 90),
        "l75": _percentile(latencies, 75),
        "l50": _percentile(latencies, 50),
        "l25": _percentile(latencies, 25),
        "l5": _percentile(latencies, 5),
        "rate": rate,
        "failureRate": float(failure),  # setFailureRate(failureCount): the count, not a rate
        "total": total,
        "failure": 0,  # never set
        "shortCircuited": short,
        "semaphoreRejected": semaphore,
        "threadPoolRejected": pool,
        "countTimeout": timeout,
        "circuitBreakerOpen": traffic.breaker_open,
    }


def java2(service: str, host: str, interfaces: list[Traffic], environment: str) -> Request:
    body = {
        "appId": "shop",
        "version": "1.0.0",
        "name": service,
        "serviceId": "svc-" + service,
        "instance": host,
        "instanceId": "id-" + host,
        "threadCount": 64,
        "cpu": float("nan"),  # CPUMonitorCalc before its first sample
        "loadAverage": -1.0,
        "uptime": 120_000,
        "memory": JAVA_MEMORY,
        "interfaces": [java2_interface(t) for t in interfaces],
        "diagnosis": None,
        "customs": None,
        "providersCache": None,
    }
    # Vert.x HttpClient: the environment header, no Content-Type, no User-Agent.
    headers = [("environment", environment)]
    return Request(
        f"/v2/default/csemonitor/metric?service={service}", headers, _jackson(body), body
    )


# -- java-chassis 2.7.5+/3.x: MetricsMonitorDataProvider, DashboardClient (Apache HttpClient) ----


def java_string_hash(text: str) -> int:
    h = 0
    for char in text:
        h = (31 * h + ord(char)) & 0xFFFFFFFF
    return h


def java_hashmap_order(keys: list[str]) -> list[str]:
    """The iteration order of a java.util.HashMap of up to 12 String keys (16 buckets),
    insertion order within a bucket."""

    def bucket(key: str) -> int:
        h = java_string_hash(key)
        return (h ^ (h >> 16)) & 15

    return sorted(keys, key=bucket)  # sorted() is stable: insertion order within a bucket


def java3_interface(traffic: Traffic) -> dict:
    """MetricsMonitorDataProvider.extractProviderInfo for one operation and one transport."""
    groups: dict[str, list[Call]] = {}
    for call in traffic.calls:
        groups.setdefault(call.status, []).append(call)
    info = {"total": 0, "qps": 0.0, "latency": 0, "failure": 0, "countTimeout": 0}
    for status in java_hashmap_order(list(groups)):
        group = groups[status]
        requests = float(len(group))  # PerfInfo.getTotalRequests() is a double
        info["total"] = int(info["total"] + requests)
        if status.startswith("2"):
            info["qps"] = requests / 10
            info["latency"] = int(sum(c.latency_ms for c in group) / len(group))
        else:
            info["failure"] = int(info["total"] + requests)  # the bug: total, not failure
            if status == "408":
                info["countTimeout"] = int(info["countTimeout"] + requests)
    return _dashboard_interface(
        traffic.name,
        qps=info["qps"],
        latency=info["latency"],
        total=info["total"],
        failure=info["failure"],
        count_timeout=info["countTimeout"],
    )


def _dashboard_interface(
    name: str, qps: float, latency: int, total: int, failure: int, count_timeout: int = 0
) -> dict:
    """The dashboard-client InterfaceInfo as Jackson writes it, with what a provider sets; the
    rest (percentiles, rate, rejections) is never set: 0 or null."""
    return {
        "name": name,
        "desc": None,
        "qps": qps,
        "latency": latency,
        "l995": 0,
        "l99": 0,
        "l90": 0,
        "l75": 0,
        "l50": 0,
        "l25": 0,
        "l5": 0,
        "rate": 0.0,
        "failureRate": 0 if total == 0 else failure / total,
        "total": total,
        "circuitBreakerOpen": False,
        "failure": failure,
        "shortCircuited": 0,
        "semaphoreRejected": 0,
        "threadPoolRejected": 0,
        "countTimeout": count_timeout,
    }


def _dashboard_client_body(service: str, host: str, interfaces: list[dict]) -> dict:
    """The DashboardClient MonitorData (clients/dashboard-client), as Jackson writes it."""
    return {
        "appId": "shop",
        "version": "3.2.0",
        "name": service,
        "serviceId": "svc-" + service,
        "environment": "production",
        "instance": host,
        "instanceId": "id-" + host,
        "cpu": 0.42,
        "loadAverage": 1.25,
        "uptime": 8_640_000,
        "memory": JAVA_MEMORY,
        "interfaces": interfaces,
        "customs": None,
        "threadCount": 88,
    }


# What Apache HttpClient 4 sends besides Host and Content-Length.
DASHBOARD_CLIENT_HEADERS = [
    ("Content-Type", "application/json"),
    ("User-Agent", "microservice-client/1.0.0"),
    ("Connection", "Keep-Alive"),
    ("Accept-Encoding", "gzip,deflate"),
]


def java3(service: str, host: str, interfaces: list[Traffic]) -> Request:
    body = _dashboard_client_body(service, host, [java3_interface(t) for t in interfaces])
    path = f"/v2/default/csemonitor/metric?service={service}"
    return Request(path, list(DASHBOARD_CLIENT_HEADERS), _jackson(body), body)


# -- spring-cloud-huawei: InvocationMonitorDataProvider -----------------------------------------


@dataclass
class Counters:
    """Cumulative calls of one path as the invocation metrics count them."""

    successful: int
    failed: int
    total_time_ms: float
    at_ms: int


def sch_interface(path: str, last: Counters, now: Counters) -> dict:
    total = (now.successful + now.failed) - (last.successful - last.failed)  # the sign error
    failure = now.failed - last.failed
    return _dashboard_interface(
        "Provider." + path,
        qps=total * 1000 / (now.at_ms - last.at_ms),
        latency=int((now.total_time_ms - last.total_time_ms) / total if total > 0 else 0),
        total=total,
        failure=failure,
    )


def spring_cloud_huawei(
    service: str, host: str, path: str | list[str], last: Counters, now: Counters
) -> Request:
    """One report of the paths it served (one path, or several with the same counters)."""
    paths = [path] if isinstance(path, str) else path
    body = _dashboard_client_body(service, host, [sch_interface(p, last, now) for p in paths])
    path_url = f"/v2/default/csemonitor/metric?service={service}"  # always "default"
    return Request(path_url, list(DASHBOARD_CLIENT_HEADERS), _jackson(body), body)


# -- Go cse-collector 2019+: one POST per circuit breaker ---------------------------------------


def _round3(value: float) -> float:
    return float(f"{value:.3f}")


def go_interface(traffic: Traffic) -> dict:
    """MonitorData.AppendInterfaceInfo (hystrix-go's DefaultMetricCollector), in struct order."""
    attempts = len(traffic.calls)  # hystrix-go counts every attempt, short-circuits too
    failures = traffic.count(FAILURE)
    latencies = traffic.latencies()
    failure_rate = 0.0 if attempts == 0 or failures == 0 else _round3(failures / attempts)
    return {
        "name": traffic.name,
        "desc": traffic.name,
        "qps": _round3(attempts * (1 - math.exp(-5.0 / 60.0))),
        "latency": _mean(latencies),
        "l995": _percentile(latencies, 99.5),
        "l99": _percentile(latencies, 99),
        "l90": _percentile(latencies, 90),
        "l75": _percentile(latencies, 75),
        "l50": _percentile(latencies, 5),  # runDuration.Percentile(5): the copy-paste bug
        "l25": _percentile(latencies, 25),
        "l5": _percentile(latencies, 5),
        "rate": 1,
        "total": attempts,
        "failure": failures,
        "shortCircuited": traffic.count(SHORT),
        "circuitBreakerOpen": traffic.breaker_open,
        "semaphoreRejected": 0,
        "threadPoolRejected": 0,
        "countTimeout": 0,
        "failureRate": failure_rate,
    }


# What Go's net/http and the cse-collector's headers make.
GO_HEADERS = [
    ("User-Agent", "Go-http-client/1.1"),
    ("Content-Type", "application/json"),
    ("X-Domain-Name", "default"),
    ("X-User-Name", "default"),
    ("Accept-Encoding", "gzip"),
]


def _go_body(service: str, host: str, interfaces: list[dict]) -> dict:
    return {
        "appId": "shop",
        "version": "0.3.0",
        "name": service,
        "environment": "",
        "instance": host,
        "thread": 21,
        "customs": None,
        "interfaces": interfaces,
        "cpu": 4,
        "memory": GO_MEMORY,
        "serviceId": "svc-" + service,
        "instanceId": "id-" + host,
    }


def go_collector(service: str, host: str, traffic: Traffic) -> Request:
    """One circuit breaker's POST (the collector sends one per breaker)."""
    body = _go_body(service, host, [go_interface(traffic)])
    path = f"/v2/default/csemonitor/metric?service={service}"
    return Request(path, list(GO_HEADERS), json.dumps(body, separators=(",", ":")).encode(), body)


# -- Go cse-collector 2018: go-metrics counters since start, all breakers in one POST -----------


def go2018_interface(name: str, attempts: int, failures: int, successes: int) -> dict:
    return {
        "name": name,
        "desc": name,
        "qps": 0.6,  # the timer's one-minute rate
        "latency": 12,
        "l995": 60,
        "l99": 50,
        "l90": 30,
        "l75": 20,
        "l50": 12,
        "l25": 8,
        "l5": 4,
        "rate": 100 if attempts == 0 else successes / attempts,
        "total": attempts,
        "failure": failures,
        "shortCircuited": 0,
        "isCircuitBreakerOpen": False,
        "semaphoreRejected": 0,
        "threadPoolRejected": 0,
        "countTimeout": 0,
    }


def go2018(service: str, host: str, interfaces: list[dict]) -> Request:
    body = _go_body(service, host, interfaces)
    path = f"/v2/default/csemonitor/metric?service={service}"
    return Request(path, list(GO_HEADERS), json.dumps(body, separators=(",", ":")).encode(), body)
