"""The SQLite store's reads: the SQL of each (aggregates over the latest record of each instance
and interface, series over raw samples or roll-ups) and its rows as core.figures.Sums.

SQLite stores NaN as NULL, which SUM, TOTAL, MAX and AVG skip: a client's NaN adds nothing.
TOTAL() rather than SUM(): a float that cannot overflow (core.figures.count saturates it).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import orjson

from csemonitor.core.columns import (
    DOUBLE_FIELDS,
    METRIC_COLUMNS,
    PARTS,
    PERCENTILES,
    Merge,
    Part,
    Sums,
    Tally,
)
from csemonitor.core.figures import ESTIMATE_GROUPS
from csemonitor.core.histogram import Histogram
from csemonitor.core.upload import LatestInterface, as_sent, instance_snapshot
from csemonitor.server.store.aggregates import InterfaceSums, ServiceInstances, ServiceLive
from csemonitor.server.store.sqlite.schema import (
    LATEST_PREFIX,
    METRIC_SQL,
    READING_COLUMNS,
)
from csemonitor.v2 import metric_pb2

# The estimate groups of any row (SQLite has no bitwise-OR aggregate: one MAX per bit).
ESTIMATES_ANY = (
    "(" + " | ".join(f"MAX(estimates & {bit})" for bit in ESTIMATE_GROUPS.values()) + ")"
)


# The distributions of a group merged (server.store.sqlite registers hist_merge_all); FILTER
# spares the Python call for every row without one (a chassis client's): 34 -> 4 ms a 100k rows.
_HISTOGRAMS = "hist_merge_all(histogram) FILTER (WHERE histogram IS NOT NULL)"

_PACKED = "\x1f"  # char(31): joins the newest record's fields behind their sort key

# The newest record's descriptive fields, by (time, received): packed into one sortable text so
# a single MAX() finds them next to the other aggregates.
_NEWEST = (
    "MAX(printf('%020d%020d', \"time\", received) || char(31) || app_id || char(31) || version "
    '|| char(31) || "desc")'
)


def _over_records(part: Part) -> str:
    """A part over records (one latest record per instance, or an instance's samples in a
    step): a figure's TOTAL, a count of the records that reported one."""
    if part.tally is Tally.FIGURE:
        return f"TOTAL({part.sql})"
    return f"COUNT({part.of[0]})" if part.tally is Tally.REPORTED else "COUNT(*)"


def _over_instances(part: Part) -> str:
    """A part over the instances' sums in a step (RAW_SERIES' inner query: each part's alias)."""
    if part.tally is Tally.FIGURE:
        return f"TOTAL({part.name})"
    return f"SUM({part.name})" if part.tally is Tally.REPORTED else "COUNT(*)"


def _over_minutes(part: Part) -> str:
    """A part over roll-up rows, by its merge rule (a figure's sum: TOTAL)."""
    if part.merge is Merge.MEAN:
        return f"AVG({part.column})"
    if part.merge is Merge.MOST:
        return f"MAX({part.column})"
    return f"TOTAL({part.column})" if part.tally is Tally.FIGURE else f"SUM({part.column})"


def _sums(over: Callable[[Part], str]) -> str:
    """The columns of core.columns.Sums, in order: each part `over` rows, then the percentiles'
    maxima, the estimate groups of any row and the distributions merged."""
    percentiles = ", ".join(f"MAX({p})" for p in PERCENTILES)
    return f"{', '.join(over(p) for p in PARTS)}, {percentiles}, {ESTIMATES_ANY}, {_HISTOGRAMS}"


AGGREGATE_INTERFACES = (
    f'SELECT service, "name", MAX("time"), {_NEWEST}, {_sums(_over_records)} '
    "FROM interface_latest WHERE domain = ? AND project = ? AND received >= ? {filters} "
    'GROUP BY service, "name" ORDER BY service, "name"'
)

LIVE_BY_SERVICE = (
    "SELECT service, TOTAL(qps), TOTAL(total), TOTAL(failure), MAX(circuit_breaker_open), "
    'COUNT(DISTINCT "name"), TOTAL(latency * total), TOTAL(latency), COUNT(latency), COUNT(*), '
    'COUNT(DISTINCT CASE WHEN circuit_breaker_open THEN "name" END) '
    "FROM interface_latest WHERE domain = ? AND project = ? AND received >= ? GROUP BY service"
)

INSTANCES_BY_SERVICE = (
    "SELECT service, COUNT(*), SUM(received >= ?), MAX(received), "
    "MAX(printf('%020d', received) || char(31) || app_id || char(31) || version) "
    "FROM instance_latest WHERE domain = ? AND project = ? GROUP BY service"
)


def _unpack(packed: str) -> list[str]:
    return packed.split(_PACKED)[1:]  # the sort key first, then the fields


def interface_sums(row: Sequence) -> InterfaceSums:
    """A row of AGGREGATE_INTERFACES."""
    service, name, newest_time, packed, *sums = row
    app_id, version, desc = _unpack(packed)
    return InterfaceSums(service, name, newest_time, app_id, version, desc, sums_of_row(sums))


def sums_of_row(values: Sequence) -> Sums:
    """The Sums columns of a row, its merged latency distribution (serialized) last."""
    *figures, histogram = values
    return Sums(*figures, Histogram.parse(histogram) if histogram is not None else None)


def service_instances(row: Sequence) -> ServiceInstances:
    """A row of INSTANCES_BY_SERVICE."""
    *counts, packed = row
    return ServiceInstances(*counts, *_unpack(packed))


def service_live(row: Sequence) -> ServiceLive:
    """A row of LIVE_BY_SERVICE."""
    return ServiceLive(*row)


# Both series queries return name, bucket, then the columns of core.columns.Sums, in order.
ROLLUP_SERIES = (
    f"SELECT name, (minute / :step) * :step AS bucket, {_sums(_over_minutes)} "
    "FROM interface_rollup WHERE domain = :domain AND project = :project AND service = :service "
    "AND minute >= :start AND minute < :end {filters} GROUP BY name, bucket ORDER BY name, bucket"
)
# Raw: each instance's sums over the step (its mean qps: Merge.MEAN), then summed, like the
# roll-ups' minutes.
_PER_INSTANCE = ", ".join(
    f"{'AVG(qps)' if p.merge is Merge.MEAN else _over_records(p)} AS {p.name}"
    for p in PARTS
    if p.tally is not Tally.INSTANCE
)
RAW_SERIES = (
    f'SELECT "name", bucket, {_sums(_over_instances)} FROM ('
    f'SELECT "name", (received / :step) * :step AS bucket, instance, {_PER_INSTANCE}, '
    + ", ".join(f"MAX({p}) AS {p}" for p in PERCENTILES)
    + f", {ESTIMATES_ANY} AS estimates, {_HISTOGRAMS} AS histogram "
    "FROM interface_sample WHERE domain = :domain AND project = :project AND service = :service "
    "AND received >= :start AND received < :end {filters} "
    'GROUP BY "name", bucket, instance) GROUP BY "name", bucket ORDER BY "name", bucket'
)


_LATEST_COLUMNS = f"{', '.join(LATEST_PREFIX)}, {', '.join(READING_COLUMNS)}, {METRIC_SQL}"
# One instance's latest records (by its key or its host name).
INSTANCE_INTERFACES = (
    f"SELECT {_LATEST_COLUMNS} FROM interface_latest WHERE domain = ? AND project = ? "
    "AND service IN ({services}) AND (instance = ? OR host = ?)"
)
# Every live latest record of a tenant.
LIVE_INTERFACES = (
    f"SELECT {_LATEST_COLUMNS} FROM interface_latest "
    "WHERE domain = ? AND project = ? AND received >= ?"
)


def interface_metric(values: Sequence) -> metric_pb2.InterfaceMetric:
    """A stored row's figures; SQLite stores NaN as NULL, and no other double is ever NULL."""
    fields: dict[str, Any] = {
        name: (math.nan if value is None and name in DOUBLE_FIELDS else value)
        for name, value in zip(METRIC_COLUMNS, values, strict=True)
    }
    return metric_pb2.InterfaceMetric(**fields)


# Every (service, instance, interface) reported since ? (the cardinality limits' names).
KNOWN_NAMES = (
    'SELECT domain, project, service, instance, "name", received FROM interface_latest '
    "WHERE received >= ?"
)
ALL_THRESHOLDS = "SELECT domain, project, threshold FROM threshold"
# Each instance's snapshot.
INSTANCES = (
    "SELECT service, received, snapshot, client FROM instance_latest "
    "WHERE domain = ? AND project = ?"
)
# A raw series of one instance (by its key or its host name).
RAW_OF_INSTANCE = (
    "AND instance IN (SELECT instance FROM instance_latest WHERE domain = :domain "
    "AND project = :project AND service = :service "
    "AND (instance = :instance OR host = :instance))"
)


def instance_of_row(row: Sequence) -> metric_pb2.InstanceInfo:
    """A row of INSTANCES."""
    service, received, blob, client = row
    return instance_snapshot(
        service,
        metric_pb2.MetricData.FromString(blob),
        received,
        metric_pb2.ClientInfo.FromString(client) if client else None,
    )


_PREFIX = len(LATEST_PREFIX)


def latest_interface(row: Sequence) -> LatestInterface:
    """A row of INSTANCE_INTERFACES or LIVE_INTERFACES."""
    dialect, estimates, sent_message, sent_figures, histogram = row[
        _PREFIX : _PREFIX + len(READING_COLUMNS)
    ]
    metric = interface_metric(row[_PREFIX + len(READING_COLUMNS) :])
    if histogram is not None:
        metric.latency_histogram.ParseFromString(histogram)
    sent = None
    if sent_figures is not None:
        sent = as_sent(metric, orjson.loads(sent_figures))
    elif sent_message:  # a record written by an earlier release: the whole message as sent
        sent = metric_pb2.InterfaceMetric.FromString(sent_message)
    service, instance, host, instance_id, app_id, version, received = row[:_PREFIX]
    return LatestInterface(
        service,
        instance,
        host,
        instance_id,
        app_id,
        version,
        received,
        metric,
        dialect=dialect,
        estimates=estimates,
        sent=sent,
    )
