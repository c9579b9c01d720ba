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
from collections.abc import Callable, Mapping, Sequence

from csemonitor.core.columns import COLUMN_AT, PERCENTILES, metric_values
from csemonitor.core.figures import (
    ESTIMATE_CALLS,
    ESTIMATE_COUNTS,
    ESTIMATE_ERRORS,
    MAX_FIGURE,
    count,
    saturated_sum,
)
from csemonitor.core.upload import AS_SENT, CORRECTABLE, InterfaceReading, changed_fields
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
# An interface's figures are read from its message once, as a list in METRIC_COLUMNS order
# (one C call), corrected there and written back only where they changed. The positions of
# the figures the arithmetic uses, and one C call each for the groups a check looks at:
_QPS, _TOTAL, _FAILURE, _FAILURE_RATE, _RATE, _L50, _NAME = (
    COLUMN_AT[name] for name in ("qps", "total", "failure", "failure_rate", "rate", "l50", "name")
)
_SEMAPHORE, _THREAD_POOL, _TIMEOUT, _SHORT_CIRCUITED = (
    COLUMN_AT[name]
    for name in ("semaphore_rejected", "thread_pool_rejected", "count_timeout", "short_circuited")
)
_CORRECTABLE_AT = tuple(COLUMN_AT[name] for name in CORRECTABLE)
_correctable = operator.itemgetter(*_CORRECTABLE_AT)
_FIGURES = operator.itemgetter(*(COLUMN_AT[name] for name in ("qps", *_LATENCIES)))
_LATENCIES_AT = tuple(COLUMN_AT[name] for name in _LATENCIES)
_SIDE_COUNTS_AT = tuple(COLUMN_AT[name] for name in _SIDE_COUNTS)
_SIDE_COUNT_VALUES = operator.itemgetter(*_SIDE_COUNTS_AT)
_PERCENTILE_VALUES = operator.itemgetter(*(COLUMN_AT[name] for name in PERCENTILES))
Figures = list  # an interface's column values (METRIC_COLUMNS order), corrected in place
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


def dialect_of(client: metric_pb2.ClientInfo, v: Sequence | None) -> str:
    """The arithmetic an interface's figures `v` (its column values) were made by (for a family
    whose interfaces all share it, `v` may be None)."""
    if client.family == GO:
        return GO_METRICS if client.version == GO_2018 else HYSTRIX_GO
    if client.family not in (JAVA, SPRING_CLOUD_HUAWEI):
        return FACE_VALUE
    if v is None:
        return FACE_VALUE  # a java family's dialect is per interface
    if v[_NAME].startswith(_SCH_INVOCATION_PREFIX):
        return SCH_INVOCATION
    if client.version == JAVA_VERTX or _hystrix_shaped(v):
        return HYSTRIX
    return SERVICECOMB_METRICS


def _hystrix_shaped(v: Sequence) -> bool:
    """A java-chassis 2.7.5+ instance may also run the Hystrix (bizkeeper) provider: its figures
    have a success rate, a failure count in failureRate, rejections or percentiles, none of which
    MetricsMonitorDataProvider ever sets (it leaves `rate` and the percentiles 0)."""
    if v[_FAILURE] != 0:
        return False
    return (
        v[_RATE] > 0
        or v[_FAILURE_RATE] > 0
        or any(map(_ABOVE_ZERO, _SIDE_COUNT_VALUES(v)))
        or any(map(_ABOVE_ZERO, _PERCENTILE_VALUES(v)))
    )


def read_interfaces(
    client: metric_pb2.ClientInfo, metric: metric_pb2.MetricData
) -> tuple[list[InterfaceReading], list[tuple]]:
    """Turn each interface's figures into the true ones, in place; what was sent, which figures
    changed and which are estimates, per interface; and each interface's column values (core.
    columns.METRIC_COLUMNS) as stored. (The hot path of every upload: an interface's values are
    read from its message in one C call, corrected as a list, and only the figures that changed
    are written back; what was sent is the tuple of the correctable figures.)"""
    readings, rows = [], []
    same_dialect = dialect_of(client, None) if client.family not in _PER_INTERFACE else None
    for interface in metric.interfaces:
        v = list(metric_values(interface))
        dialect = same_dialect if same_dialect is not None else dialect_of(client, v)
        before = _correctable(v)
        estimates = _CORRECTIONS[dialect](v) | _bounded(v)
        after = _correctable(v)
        corrected = 0 if after == before else _changed(before, after)
        if corrected:
            for at, field in changed_fields(corrected):
                setattr(interface, field, after[at])
            readings.append(InterfaceReading(dialect, estimates, corrected, before))
        elif estimates or dialect:
            readings.append(InterfaceReading(dialect, estimates, 0, None))
        else:
            readings.append(AS_SENT)
        rows.append(tuple(v))
    return readings, rows


def _as_sent(v: Figures) -> int:
    return 0


def _hystrix(v: Figures) -> int:
    """java-chassis 2.x: failureRate was overwritten with the FAILURE count, `failure` never set;
    errors = failures + timeouts + rejections, all sent as counts: exact."""
    if v[_FAILURE] != 0:
        return 0  # not what that code sends: nothing to recover
    failures = v[_FAILURE_RATE]
    estimates = 0
    if not math.isfinite(failures) or failures < 0 or not float(failures).is_integer():
        failures, estimates = 0, ESTIMATE_ERRORS
    v[_FAILURE] = saturated_sum(count(failures), v[_SEMAPHORE], v[_THREAD_POOL], v[_TIMEOUT])
    return estimates


def _servicecomb_metrics(v: Figures) -> int:
    """java-chassis 2.7.5+/3.x: per status group, `total` adds the group, a 2xx group overwrites
    qps (= group / 10) and latency, any other group sets failure = running total + group (a bug).
    qps = total / 10 recovers the rate. Errors: `failure - total` when the last error group came
    last (Java's HashMap orders 4xx/5xx codes after "200"), `failure / 2` when it came first
    ("490"); with several error groups only the last survives: an estimate either way."""
    v[_QPS] = v[_TOTAL] / WINDOW_SECONDS
    if v[_FAILURE] == 0:
        return 0  # no error group at all
    errors = v[_FAILURE] - v[_TOTAL] if v[_FAILURE] > v[_TOTAL] else v[_FAILURE] // 2
    # Timeouts (408) are counted right, and they are errors.
    v[_FAILURE] = count(max(errors, v[_TIMEOUT]))
    return ESTIMATE_ERRORS


def _sch_invocation(v: Figures) -> int:
    """spring-cloud-huawei InvocationMonitorDataProvider: total = window calls + 2 x the failures
    before the window (a sign error), which the wire does not carry: calls, qps and the error
    percentage are estimates (overstated calls, understated percentage)."""
    return ESTIMATE_CALLS


def _hystrix_go(v: Figures) -> int:
    """cse-collector 2019+: total counts short-circuited calls too (hystrix-go's attempts);
    qps = total x (1 - e^(-1/12)) understates by ~20 %; l50 is Percentile(5)."""
    v[_TOTAL] = saturated_sum(v[_TOTAL], -v[_SHORT_CIRCUITED])
    v[_QPS] = v[_TOTAL] / WINDOW_SECONDS
    v[_FAILURE] = saturated_sum(v[_FAILURE], v[_SEMAPHORE], v[_THREAD_POOL], v[_TIMEOUT])
    v[_L50] = 0.0  # not reported: the client sends the 5th percentile under this key
    return 0


def _go_metrics(v: Figures) -> int:
    """cse-collector 2018: total and failure are go-metrics counters since the process started,
    not the window's; qps is a one-minute moving rate."""
    return ESTIMATE_CALLS | ESTIMATE_ERRORS


_CORRECTIONS: dict[str, Callable[[Figures], int]] = {
    FACE_VALUE: _as_sent,
    HYSTRIX: _hystrix,
    SERVICECOMB_METRICS: _servicecomb_metrics,
    SCH_INVOCATION: _sch_invocation,
    HYSTRIX_GO: _hystrix_go,
    GO_METRICS: _go_metrics,
}


def _bounded(v: Figures) -> int:
    """Whatever the dialect (docs/api.md, "Numbers at their edges"): no negative count or qps, no
    more errors than calls (known client bugs produce both), a figure so bounded is an estimate; a
    qps, latency or percentile that is not a number in 0..MAX_FIGURE (an infinity, a negative
    latency, 1e308) is not reported: NaN, which no sum counts."""
    figures = _FIGURES(v)
    counts = _SIDE_COUNT_VALUES(v)
    if (
        math.isfinite(sum(figures))  # no NaN or infinity among them
        and min(figures) >= 0
        and max(figures) <= MAX_FIGURE
        and 0 <= v[_FAILURE] <= v[_TOTAL]
        and min(counts) >= 0
    ):
        return 0  # the usual case, decided in a few C calls
    estimates = 0
    if v[_TOTAL] < 0:
        v[_TOTAL], estimates = 0, estimates | ESTIMATE_CALLS
    if -math.inf < v[_QPS] < 0:
        v[_QPS], estimates = 0.0, estimates | ESTIMATE_CALLS
    if not 0 <= v[_QPS] <= MAX_FIGURE:
        v[_QPS] = math.nan
    for at in _LATENCIES_AT:
        if not 0 <= v[at] <= MAX_FIGURE:
            v[at] = math.nan
    if v[_FAILURE] < 0 or v[_FAILURE] > v[_TOTAL]:
        v[_FAILURE], estimates = min(max(v[_FAILURE], 0), v[_TOTAL]), estimates | ESTIMATE_ERRORS
    for at in _SIDE_COUNTS_AT:
        if v[at] < 0:
            v[at] = 0
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
