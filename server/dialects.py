"""Client dialects: which client family sent an upload, and the true figures its arithmetic hides.

The chassis clients fill the same JSON keys by different arithmetic (docs/dialects.md).
Every rule about that lives here: how a family is recognised from the wire (headers, key names,
shapes), and how each interface's figures become true ones by the one definition all the
families descend from (Hystrix's):

- calls: the calls that executed in the window (short-circuited calls are counted on their own);
- errors: the executed calls that did not succeed (failures, timeouts, rejections), kept in
  `failure`; the error percentage is 100 x errors / calls;
- qps: calls per second over the window.

A figure that cannot be recovered exactly is flagged as an estimate (a group of figures, see
core.figures._ESTIMATED_FIGURES); what the client sent is kept beside the true figures.
"""

from __future__ import annotations

import itertools
import math
import operator
from collections.abc import Callable, Mapping

from csemonitor.core.columns import PERCENTILES
from csemonitor.core.figures import (
    ESTIMATE_CALLS,
    ESTIMATE_COUNTS,
    ESTIMATE_ERRORS,
    MAX_FIGURE,
    count,
    saturated_sum,
)
from csemonitor.core.upload import AS_SENT, CORRECTABLE, InterfaceReading
from csemonitor.core.wire import (
    CONTENT_TYPE_KEY,
    ENVIRONMENT_HEADER,
    USER_AGENT_KEY,
    USER_NAME_HEADER,
)
from csemonitor.v2 import metric_pb2

JAVA, SPRING_CLOUD_HUAWEI, GO = "java-chassis", "spring-cloud-huawei", "go-chassis"
JAVA_VERTX, JAVA_DASHBOARD_CLIENT = "2.1.6-2.7.4", "2.7.5+/3.x"
GO_2019, GO_2018 = "cse-collector 2019+", "cse-collector 2018"

# The arithmetic of one interface's figures.
HYSTRIX = "hystrix"  # java-chassis 2.x: Hystrix rolling counts (bizkeeper)
SERVICECOMB_METRICS = "servicecomb-metrics"  # java-chassis 2.7.5+/3.x MetricsMonitorDataProvider
SCH_INVOCATION = "spring-cloud-huawei-invocation"  # InvocationMonitorDataProvider
HYSTRIX_GO = "hystrix-go"  # cse-collector 2019+
GO_METRICS = "go-metrics"  # cse-collector 2018: go-metrics counters since start
FACE_VALUE = ""  # an unrecognised client: its figures are taken as sent

WINDOW_SECONDS = 10  # java-chassis 3.x and hystrix-go count over 10 s windows
_SIDE_COUNTS = ("short_circuited", "semaphore_rejected", "thread_pool_rejected", "count_timeout")
_JAVA_MEMORY_TYPO = "headMax"  # heap max, as java-chassis and spring-cloud-huawei spell it
_GO_MEMORY_KEYS = frozenset(
    ("heapAlloc", "heapSys", "heapIdle", "heapInUse", "heapReleased", "heapObjects")
)
# Keys only the java-chassis 2.x (Vert.x) publisher's MonitorData has.
_OLD_JAVA_KEYS = (("diagnosis", "diagnosis"), ("providers_cache", "providersCache"))
_LATENCIES = ("latency", *PERCENTILES)
# One C call each for the figures a check or a correction looks at.
_correctable = operator.attrgetter(*CORRECTABLE)
_FIGURES = operator.attrgetter("qps", *_LATENCIES)
_SIDE_COUNT_VALUES = operator.attrgetter(*_SIDE_COUNTS)
_PERCENTILE_VALUES = operator.attrgetter(*PERCENTILES)
_ABOVE_ZERO = (0.0).__lt__  # v > 0 in C, for counts and figures (False for NaN)
# Families whose arithmetic may differ from one interface to the next of an upload.
_PER_INTERFACE = frozenset((JAVA, SPRING_CLOUD_HUAWEI))
_SCH_INVOCATION_PREFIX = "Provider./"  # "Provider." + the request path


def recognise(metadata: Mapping[str, str], metric: metric_pb2.MetricData) -> metric_pb2.ClientInfo:
    """The client family and release of an upload, from its headers and key names.

    A family needs a fingerprint: a header only its client sends, or a memory object of exactly
    its runtime's keys (Java's includes the publisher's `headMax` typo). Key names such as
    `threadCount` are listed as signals but are not enough on their own: hand-written uploads
    use them too. Call before normalisation merges the aliases."""
    user_agent = metadata.get(USER_AGENT_KEY, "")
    content_type = metadata.get(CONTENT_TYPE_KEY)  # "" when a REST client sent none
    memory = _memory_keys(metric)
    go, java = [], []
    if user_agent.startswith("Go-http-client/"):
        go.append(f"header User-Agent: {user_agent}")
    if USER_NAME_HEADER in metadata:
        go.append("header X-User-Name")
    if memory and memory <= _GO_MEMORY_KEYS:
        go.append("memory keys of Go's runtime.MemStats")
    if user_agent.startswith("microservice-client/"):
        java.append(f"header User-Agent: {user_agent}")
    if ENVIRONMENT_HEADER in metadata:
        java.append("header environment")
    if _JAVA_MEMORY_TYPO in memory:
        java.append("memory key headMax (MemoryMXBean, with the publisher's typo)")
    if len(go) > len(java):
        if metric.HasField("thread") and not metric.HasField("thread_count"):
            go.append("key thread")
        return _go_client(metric, go)
    if not java:
        return metric_pb2.ClientInfo()
    if metric.HasField("thread_count"):
        java.append("key threadCount")
    old_keys = [key for name, key in _OLD_JAVA_KEYS if metric.HasField(name)]
    if old_keys:
        java.append(f"keys {' and '.join(old_keys)}")
    if content_type == "":
        java.append("no Content-Type")
    vertx = bool(old_keys) or content_type == "" or ENVIRONMENT_HEADER in metadata
    return _java_client(metric, java, vertx)


def _memory_keys(metric: metric_pb2.MetricData) -> set[str]:
    if metric.memory.WhichOneof("kind") == "struct_value":
        return set(metric.memory.struct_value.fields)
    return set()


def _go_client(metric: metric_pb2.MetricData, signals: list[str]) -> metric_pb2.ClientInfo:
    if any(i.HasField("is_circuit_breaker_open") for i in metric.interfaces):
        signals.append("key isCircuitBreakerOpen")
        version = GO_2018
    else:
        version = GO_2019
    return metric_pb2.ClientInfo(family=GO, version=version, signals=signals)


def _java_client(
    metric: metric_pb2.MetricData, signals: list[str], vertx: bool
) -> metric_pb2.ClientInfo:
    if vertx:
        return metric_pb2.ClientInfo(family=JAVA, version=JAVA_VERTX, signals=signals)
    if any(i.name.startswith(_SCH_INVOCATION_PREFIX) for i in metric.interfaces):
        signals.append("interface names Provider./path")
        return metric_pb2.ClientInfo(family=SPRING_CLOUD_HUAWEI, signals=signals)
    return metric_pb2.ClientInfo(family=JAVA, version=JAVA_DASHBOARD_CLIENT, signals=signals)


def dialect_of(client: metric_pb2.ClientInfo, interface: metric_pb2.InterfaceMetric | None) -> str:
    """The arithmetic an interface's figures were made by (for a family whose interfaces all
    share it, `interface` may be None)."""
    if client.family == GO:
        return GO_METRICS if client.version == GO_2018 else HYSTRIX_GO
    if client.family not in (JAVA, SPRING_CLOUD_HUAWEI):
        return FACE_VALUE
    if interface is None:
        return FACE_VALUE  # a java family's dialect is per interface
    if interface.name.startswith(_SCH_INVOCATION_PREFIX):
        return SCH_INVOCATION
    if client.version == JAVA_VERTX or _hystrix_shaped(interface):
        return HYSTRIX
    return SERVICECOMB_METRICS


def _hystrix_shaped(i: metric_pb2.InterfaceMetric) -> bool:
    """A java-chassis 2.7.5+ instance may also run the Hystrix (bizkeeper) provider: its figures
    have a success rate, a failure count in failureRate, rejections or percentiles, none of which
    MetricsMonitorDataProvider ever sets (it leaves `rate` and the percentiles 0)."""
    if i.failure != 0:
        return False
    return (
        i.rate > 0
        or i.failure_rate > 0
        or any(map(_ABOVE_ZERO, _SIDE_COUNT_VALUES(i)))
        or any(map(_ABOVE_ZERO, _PERCENTILE_VALUES(i)))
    )


def read_interfaces(
    client: metric_pb2.ClientInfo, metric: metric_pb2.MetricData
) -> list[InterfaceReading]:
    """Turn each interface's figures into the true ones, in place; what was sent, which figures
    changed and which are estimates, per interface. (The hot path of every upload: what was sent
    is kept as the tuple of the correctable figures, read in one C call; no copy of a message.)"""
    readings = []
    same_dialect = dialect_of(client, None) if client.family not in _PER_INTERFACE else None
    for interface in metric.interfaces:
        dialect = same_dialect if same_dialect is not None else dialect_of(client, interface)
        before = _correctable(interface)
        estimates = _CORRECTIONS[dialect](interface) | _bounded(interface)
        after = _correctable(interface)
        corrected = 0 if after == before else _changed(before, after)
        if corrected:
            readings.append(InterfaceReading(dialect, estimates, corrected, before))
        elif estimates or dialect:
            readings.append(InterfaceReading(dialect, estimates, 0, None))
        else:
            readings.append(AS_SENT)
    return readings


def _as_sent(i: metric_pb2.InterfaceMetric) -> int:
    return 0


def _hystrix(i: metric_pb2.InterfaceMetric) -> int:
    """java-chassis 2.x: failureRate was overwritten with the FAILURE count, `failure` never set;
    errors = failures + timeouts + rejections, all sent as counts: exact."""
    if i.failure != 0:
        return 0  # not what that code sends: nothing to recover
    failures = i.failure_rate
    estimates = 0
    if not math.isfinite(failures) or failures < 0 or not float(failures).is_integer():
        failures, estimates = 0, ESTIMATE_ERRORS
    i.failure = saturated_sum(
        count(failures), i.semaphore_rejected, i.thread_pool_rejected, i.count_timeout
    )
    return estimates


def _servicecomb_metrics(i: metric_pb2.InterfaceMetric) -> int:
    """java-chassis 2.7.5+/3.x: per status group, `total` adds the group, a 2xx group overwrites
    qps (= group / 10) and latency, any other group sets failure = running total + group (a bug).
    qps = total / 10 recovers the rate. Errors: `failure - total` when the last error group came
    last (Java's HashMap orders 4xx/5xx codes after "200"), `failure / 2` when it came first
    ("490"); with several error groups only the last survives: an estimate either way."""
    i.qps = i.total / WINDOW_SECONDS
    if i.failure == 0:
        return 0  # no error group at all
    errors = i.failure - i.total if i.failure > i.total else i.failure // 2
    # Timeouts (408) are counted right, and they are errors.
    i.failure = count(max(errors, i.count_timeout))
    return ESTIMATE_ERRORS


def _sch_invocation(i: metric_pb2.InterfaceMetric) -> int:
    """spring-cloud-huawei InvocationMonitorDataProvider: total = window calls + 2 x the failures
    before the window (a sign error), which the wire does not carry: calls, qps and the error
    percentage are estimates (overstated calls, understated percentage)."""
    return ESTIMATE_CALLS


def _hystrix_go(i: metric_pb2.InterfaceMetric) -> int:
    """cse-collector 2019+: total counts short-circuited calls too (hystrix-go's attempts);
    qps = total x (1 - e^(-1/12)) understates by ~20 %; l50 is Percentile(5)."""
    i.total = saturated_sum(i.total, -i.short_circuited)
    i.qps = i.total / WINDOW_SECONDS
    i.failure = saturated_sum(
        i.failure, i.semaphore_rejected, i.thread_pool_rejected, i.count_timeout
    )
    i.l50 = 0.0  # not reported: the client sends the 5th percentile under this key
    return 0


def _go_metrics(i: metric_pb2.InterfaceMetric) -> int:
    """cse-collector 2018: total and failure are go-metrics counters since the process started,
    not the window's; qps is a one-minute moving rate."""
    return ESTIMATE_CALLS | ESTIMATE_ERRORS


_CORRECTIONS: dict[str, Callable[[metric_pb2.InterfaceMetric], int]] = {
    FACE_VALUE: _as_sent,
    HYSTRIX: _hystrix,
    SERVICECOMB_METRICS: _servicecomb_metrics,
    SCH_INVOCATION: _sch_invocation,
    HYSTRIX_GO: _hystrix_go,
    GO_METRICS: _go_metrics,
}


def _bounded(i: metric_pb2.InterfaceMetric) -> int:
    """Whatever the dialect (docs/api.md, "Numbers at their edges"): no negative count or qps, no
    more errors than calls (known client bugs produce both), a figure so bounded is an estimate; a
    qps, latency or percentile that is not a number in 0..MAX_FIGURE (an infinity, a negative
    latency, 1e308) is not reported: NaN, which no sum counts."""
    figures = _FIGURES(i)
    counts = _SIDE_COUNT_VALUES(i)
    if (
        math.isfinite(sum(figures))  # no NaN or infinity among them
        and min(figures) >= 0
        and max(figures) <= MAX_FIGURE
        and 0 <= i.failure <= i.total
        and min(counts) >= 0
    ):
        return 0  # the usual case, decided in a few C calls
    estimates = 0
    if i.total < 0:
        i.total, estimates = 0, estimates | ESTIMATE_CALLS
    if -math.inf < i.qps < 0:
        i.qps, estimates = 0.0, estimates | ESTIMATE_CALLS
    if not 0 <= i.qps <= MAX_FIGURE:
        i.qps = math.nan
    for name in _LATENCIES:
        if not 0 <= getattr(i, name) <= MAX_FIGURE:
            setattr(i, name, math.nan)
    if i.failure < 0 or i.failure > i.total:
        i.failure, estimates = min(max(i.failure, 0), i.total), estimates | ESTIMATE_ERRORS
    for name in _SIDE_COUNTS:
        if getattr(i, name) < 0:
            setattr(i, name, 0)
            estimates |= ESTIMATE_COUNTS
    return estimates


_POSITIONS = tuple(range(len(CORRECTABLE)))


def _changed(before: tuple, after: tuple) -> int:
    """The bits of the figures that differ (a NaN that stayed NaN has not changed). The figures
    are compared in C; Python looks only at the few that differ."""
    mask = 0
    for at in itertools.compress(_POSITIONS, map(operator.ne, before, after)):
        if before[at] == before[at] or after[at] == after[at]:  # not NaN both times
            mask |= 1 << at
    return mask
