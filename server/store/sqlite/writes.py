"""What one upload writes to SQLite: a raw sample and a latest record per interface, roll-up
inputs, the instance's snapshot; and the statements that write them."""

from __future__ import annotations

import math
from typing import NamedTuple

import orjson

from csemonitor.core.columns import METRIC_COLUMNS, PERCENTILES, ROLLUP_SUMMED
from csemonitor.core.figures import INT64_MAX
from csemonitor.core.tenant import Tenant
from csemonitor.core.upload import Upload, instance_key
from csemonitor.server.store.rollups import ROLLUP_COLUMNS, ROLLUP_KEY, RollupInput
from csemonitor.server.store.sqlite.schema import LATEST_PREFIX, METRIC_SQL, READING_COLUMNS

INSERT_SAMPLE = (
    "INSERT INTO interface_sample (domain, project, service, instance, received, "
    f"{METRIC_SQL}, estimates, histogram) VALUES ({', '.join('?' * (7 + len(METRIC_COLUMNS)))})"
)
UPSERT_LATEST = (
    "INSERT OR REPLACE INTO interface_latest (domain, project, "
    f"{', '.join(LATEST_PREFIX)}, {METRIC_SQL}, {', '.join(READING_COLUMNS)}) VALUES "
    f"({', '.join('?' * (2 + len(LATEST_PREFIX) + len(METRIC_COLUMNS) + len(READING_COLUMNS)))})"
)
UPSERT_ROLLUP = (
    f"INSERT INTO interface_rollup ({', '.join(ROLLUP_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(ROLLUP_COLUMNS))}) "
    f"ON CONFLICT ({', '.join(ROLLUP_KEY)}) DO UPDATE SET "
    # A sum past int64 becomes a float in SQLite: min() brings it back to int64's bound.
    + ", ".join(f"{c} = min({c} + excluded.{c}, {INT64_MAX})" for c in ROLLUP_SUMMED)
    + ", "
    + ", ".join(f"{c} = max({c}, excluded.{c})" for c in PERCENTILES)
    + ", estimates = estimates | excluded.estimates"
    # hist_merge: server.store.sqlite registers core.histogram.merge_serialized under that name;
    # called only when both rows have a distribution (no Python call for chassis clients').
    + ", histogram = CASE WHEN histogram IS NULL OR excluded.histogram IS NULL "
    "THEN coalesce(histogram, excluded.histogram) "
    "ELSE hist_merge(histogram, excluded.histogram) END"
)


# The tracker's state for the current minute, rebuilt from the raw samples at start-up.
TRACKER_SEED = (
    'SELECT domain, project, service, "name", instance, (received / 60000) * 60000 AS minute, '
    "COUNT(qps), AVG(qps) FROM interface_sample WHERE received >= ? "
    'GROUP BY domain, project, service, "name", instance, minute'
)
UPSERT_INSTANCE = (
    "INSERT OR REPLACE INTO instance_latest (domain, project, service, instance, host, app_id, "
    "version, received, snapshot, client) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _sent_json(figures: dict[str, float | int]) -> str:
    """The changed figures as sent, as JSON (an infinity or NaN as its text, which JSON lacks)."""
    if math.isfinite(sum(figures.values())):  # the usual case; checked one by one only if not
        return orjson.dumps(figures).decode()
    spelled = {f: str(v) if not math.isfinite(v) else v for f, v in figures.items()}
    return orjson.dumps(spelled).decode()


class UploadRows(NamedTuple):
    """What one upload writes: raw samples, latest records, roll-up inputs (made into roll-up
    rows inside the commit, where the minute tracker is transactional), the instance row."""

    samples: list[tuple]
    latest: list[tuple]
    rollups: list[RollupInput]
    instance: tuple


def upload_rows(tenant: Tenant, upload: Upload) -> UploadRows:
    """The rows of one upload. Consumes its metric: the interfaces are cleared once read, so the
    rest serializes as the instance snapshot without a copy."""
    service, metric, received_ms = upload.service, upload.metric, upload.received_ms
    key = instance_key(metric)
    scope = (tenant.domain, tenant.project, service, key)
    identity = (
        *scope,
        metric.instance,
        metric.instance_id,
        metric.app_id,
        metric.version,
        received_ms,
    )
    samples: list[tuple] = []
    latest: list[tuple] = []
    rollups: list[RollupInput] = []
    service_scope = (tenant.domain, tenant.project, service)
    for _, values, reading, histogram in upload.reports():
        dialect, estimates, corrected, _ = reading
        samples.append((*scope, received_ms, *values, estimates, histogram))
        sent = _sent_json(reading.sent_figures()) if corrected else None
        latest.append((*identity, *values, dialect, estimates, None, sent, histogram))
        rollups.append(RollupInput(service_scope, key, values, received_ms, estimates, histogram))
    metric.ClearField("interfaces")
    instance = (
        *scope,
        metric.instance,
        metric.app_id,
        metric.version,
        received_ms,
        metric.SerializeToString(),
        upload.client.SerializeToString() if upload.client.ByteSize() else None,
    )
    return UploadRows(samples, latest, rollups, instance)


PROBE_BYTES = 1024 * 1024  # what a probe write must find room for before health is SERVING
# A probe write (in a transaction the store rolls back if it fails): room for a burst of
# uploads, not just one page, so health does not flap at the edge.
PROBE = (
    "CREATE TABLE IF NOT EXISTS write_probe (x BLOB)",
    f"INSERT INTO write_probe VALUES (zeroblob({PROBE_BYTES}))",
    "DELETE FROM write_probe",
)
# Raw samples are appended in receive order: the oldest are the lowest rowids, so pruning walks
# from the start instead of keeping an index on `received`.
PRUNE_SAMPLES = (
    "DELETE FROM interface_sample WHERE rowid < COALESCE("
    "(SELECT rowid FROM interface_sample WHERE received >= ? ORDER BY rowid LIMIT 1), "
    "(SELECT MAX(rowid) + 1 FROM interface_sample))"
)
PRUNE_BEFORE = (
    "DELETE FROM interface_rollup WHERE minute < ?",
    "DELETE FROM interface_latest WHERE received < ?",
    "DELETE FROM instance_latest WHERE received < ?",
)

# Thresholds: a serialized MetricThreshold per (tenant, service, app, environment).
UPSERT_THRESHOLD = (
    "INSERT OR REPLACE INTO threshold (domain, project, service, app_id, environment, threshold) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
DELETE_THRESHOLDS = "DELETE FROM threshold WHERE domain = ? AND project = ? AND service IN ({})"
