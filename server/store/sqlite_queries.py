"""The dashboard's aggregate reads, as SQL over the latest record of each instance and interface.

The rows are turned into records by server.store.aggregates (the rules of
Store.aggregate_interfaces, shared with the TSDB store). SQLite stores NaN as NULL, which SUM,
MAX and AVG skip: a client's NaN adds nothing to a service's figure.
"""

from __future__ import annotations

from collections.abc import Sequence

from server.series import COUNTS, PERCENTILES
from server.store.aggregates import InterfaceSums, ServiceInstances, ServiceLive
from server.store.sqlite_series import ESTIMATES_ANY

_PACKED = "\x1f"  # char(31): joins the newest record's fields behind their sort key

# The newest record's descriptive fields, by (time, received): packed into one sortable text so
# a single MAX() finds them next to the other aggregates.
_NEWEST = (
    "MAX(printf('%020d%020d', \"time\", received) || char(31) || app_id || char(31) || version "
    '|| char(31) || "desc")'
)

# TOTAL() rather than SUM(): a float that cannot overflow (server.series.count saturates it).
AGGREGATE_INTERFACES = (
    f'SELECT service, "name", MAX("time"), {_NEWEST}, TOTAL(qps), TOTAL(latency * total), '
    "AVG(latency), "
    + ", ".join(f"TOTAL({c})" for c in COUNTS)
    + ", "
    + ", ".join(f"MAX({p})" for p in PERCENTILES)
    + f", SUM(circuit_breaker_open), COUNT(*), {ESTIMATES_ANY} FROM interface_latest "
    "WHERE domain = ? AND project = ? AND received >= ? {filters} "
    'GROUP BY service, "name" ORDER BY service, "name"'
)

LIVE_BY_SERVICE = (
    "SELECT service, TOTAL(qps), TOTAL(total), TOTAL(failure), MAX(circuit_breaker_open), "
    'COUNT(DISTINCT "name") '
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
    service, name, newest_time, packed, *rest = row
    return InterfaceSums(service, name, newest_time, *_unpack(packed), *rest)


def service_instances(row: Sequence) -> ServiceInstances:
    """A row of INSTANCES_BY_SERVICE."""
    *counts, packed = row
    return ServiceInstances(*counts, *_unpack(packed))


def service_live(row: Sequence) -> ServiceLive:
    """A row of LIVE_BY_SERVICE."""
    return ServiceLive(*row)
