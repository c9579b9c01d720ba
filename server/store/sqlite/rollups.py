"""One-minute roll-ups, made from the raw samples once their minute is over: a row per (tenant,
service, interface, minute) holding the sums and maxima a step needs (core.figures.Sums), the
number of instances that reported in that minute, and the sum over instances of each one's mean
qps in the minute. A week-long range reads 10,080 rows per interface instead of every sample.

An upload costs the roll-ups nothing but a mark: each batch marks the (tenant, service, minute)
it wrote to as pending (rollup_pending), in the batch's own transaction. A roll pass (every
ROLL_EVERY seconds, and before pruning) computes the rows of each pending minute that is over
from that minute's raw samples, replaces them, and clears the mark. A read of roll-ups takes
pending minutes from the raw samples with the same SQL, so it answers alike before and after a
pass; a crash loses nothing, since marks and samples commit together; and a sample that arrives
for a minute already rolled (a clock stepped back) marks it again, to be computed again whole.
Raw samples of a pending minute are kept until the pass has rolled them.
"""

from __future__ import annotations

from core.figures import COUNTS, INT64_MAX, PERCENTILES
from core.series import MINUTE_MS
from server.store.sqlite.schema import ESTIMATES_ANY, ROLLUP_COLUMNS

ROLL_EVERY = 10.0  # seconds between roll passes

MARK_PENDING = (
    "INSERT OR IGNORE INTO rollup_pending (domain, project, service, minute) VALUES (?, ?, ?, ?)"
)
PENDING_BEFORE = "SELECT domain, project, service, minute FROM rollup_pending WHERE minute < ?"
CLEAR_BEFORE = "DELETE FROM rollup_pending WHERE minute < ?"


def per_instance(keys: str, bucket: str, where: str) -> str:
    """Each instance's reports in each bucket, added up, for the raw samples matching `where`,
    a row per (keys, bucket, instance). SQLite stores NaN as NULL, which TOTAL, MAX and AVG skip:
    a NaN sent adds nothing. TOTAL rather than SUM: a float that cannot overflow."""
    return (
        f"SELECT {keys}, {bucket} AS bucket, instance, AVG(qps) AS mean_qps, "
        + ", ".join(f"TOTAL({c}) AS {c}" for c in COUNTS)
        + ", TOTAL(latency * total) AS latency_x_total, TOTAL(latency) AS latency_sum, "
        "COUNT(latency) AS latency_n, COUNT(*) AS n, "
        + ", ".join(f"MAX({p}) AS {p}" for p in PERCENTILES)
        + f", SUM(circuit_breaker_open) AS breaker_open, {ESTIMATES_ANY} AS estimates "
        f"FROM interface_sample WHERE {where} GROUP BY {keys}, bucket, instance"
    )


_ROLLUP_OF_INSTANCES = {
    "minute": "bucket",
    "n": "SUM(n)",
    "instances": "COUNT(*)",
    "qps": "TOTAL(mean_qps)",
    # A count past int64 saturates, as core.figures.count does.
    **{c: f"CAST(min(TOTAL({c}), {INT64_MAX}) AS INTEGER)" for c in COUNTS},
    "latency_x_total": "TOTAL(latency_x_total)",
    "latency_sum": "TOTAL(latency_sum)",
    "breaker_open": "SUM(breaker_open)",
    "latency_n": "SUM(latency_n)",
    # A minute without a percentile has 0, as without a report.
    **{p: f"COALESCE(MAX({p}), 0)" for p in PERCENTILES},
    "estimates": ESTIMATES_ANY,
}
_KEYS = 'domain, project, service, "name"'


def minutes_from_raw(where: str) -> str:
    """The roll-up rows (ROLLUP_COLUMNS, by name) of the raw samples matching `where`: a row per
    (tenant, service, interface, minute), each instance's reports added up first."""
    columns = ", ".join(f"{_ROLLUP_OF_INSTANCES.get(c, c)} AS {c}" for c in ROLLUP_COLUMNS)
    inner = per_instance(_KEYS, f"(received / {MINUTE_MS}) * {MINUTE_MS}", where)
    return f"SELECT {columns} FROM ({inner}) GROUP BY {_KEYS}, bucket"


# One pending minute of one service (a row of PENDING_BEFORE), computed whole from its samples.
ROLL_MINUTE = (
    f"INSERT OR REPLACE INTO interface_rollup ({', '.join(ROLLUP_COLUMNS)}) "
    + minutes_from_raw(
        f"domain = ?1 AND project = ?2 AND service = ?3 AND received >= ?4 "
        f"AND received < ?4 + {MINUTE_MS}"
    )
)
