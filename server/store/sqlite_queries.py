"""The dashboard's aggregate reads, as SQL over the latest record of each instance and interface.

The rows are turned into records by server.store.aggregates (the rules of
Store.aggregate_interfaces, shared with the TSDB store). SQLite stores NaN as NULL, which SUM,
MAX and AVG skip: a client's NaN adds nothing to a service's figure.
"""

from __future__ import annotations

from server.series import COUNTS, PERCENTILES

# The newest record's descriptive fields, by (time, received): packed into one sortable text so
# a single MAX() finds them next to the other aggregates.
_NEWEST = (
    "MAX(printf('%020d%020d', \"time\", received) || char(31) || app_id || char(31) || version "
    '|| char(31) || "desc")'
)

AGGREGATE_INTERFACES = (
    f'SELECT service, "name", MAX("time"), {_NEWEST}, SUM(qps), SUM(latency * total), '
    "AVG(latency), "
    + ", ".join(f"SUM({c})" for c in COUNTS)
    + ", "
    + ", ".join(f"MAX({p})" for p in PERCENTILES)
    + ", SUM(circuit_breaker_open), COUNT(*) FROM interface_latest "
    "WHERE domain = ? AND project = ? AND received >= ? {filters} "
    'GROUP BY service, "name" ORDER BY service, "name"'
)

LIVE_BY_SERVICE = (
    "SELECT service, SUM(qps), SUM(total), SUM(failure), MAX(circuit_breaker_open), "
    'COUNT(DISTINCT "name") '
    "FROM interface_latest WHERE domain = ? AND project = ? AND received >= ? GROUP BY service"
)

INSTANCES_BY_SERVICE = (
    "SELECT service, COUNT(*), SUM(received >= ?), MAX(received), "
    "MAX(printf('%020d', received) || char(31) || app_id || char(31) || version) "
    "FROM instance_latest WHERE domain = ? AND project = ? GROUP BY service"
)
