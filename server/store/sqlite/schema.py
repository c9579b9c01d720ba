"""The SQLite store's tables. Interface columns follow the proto (InterfaceMetric); columns
added since the first release are added to an older file at start-up (ADDED_COLUMNS)."""

from __future__ import annotations

import sqlite3

from google.protobuf import descriptor

from csemonitor.core.columns import METRIC_COLUMNS, METRIC_FIELDS, PERCENTILES, ROLLUP_SUMMED
from csemonitor.server.store.rollups import ROLLUP_COLUMNS  # noqa: F401 (the table's, named here too)

DB_FILE = "csemonitor.sqlite3"

_SQL_TYPES = {
    descriptor.FieldDescriptor.TYPE_DOUBLE: "REAL",
    descriptor.FieldDescriptor.TYPE_STRING: "TEXT",
}


def _columns_ddl() -> str:
    return ", ".join(f'"{f.name}" {_SQL_TYPES.get(f.type, "INTEGER")}' for f in METRIC_FIELDS)


METRIC_SQL = ", ".join(f'"{name}"' for name in METRIC_COLUMNS)
# What a latest record holds besides its figures: who reported it, and how it was read.
LATEST_PREFIX = ("service", "instance", "host", "instance_id", "app_id", "version", "received")
# sent: what the client sent, as a serialized InterfaceMetric (written before sent_figures);
# sent_figures: the changed figures as sent, JSON by field name (core.upload.as_sent).
READING_COLUMNS = ("dialect", "estimates", "sent", "sent_figures", "histogram")

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS interface_sample (
  domain TEXT NOT NULL, project TEXT NOT NULL, service TEXT NOT NULL, instance TEXT NOT NULL,
  received INTEGER NOT NULL, {_columns_ddl()}, estimates INTEGER NOT NULL DEFAULT 0,
  histogram BLOB
);
CREATE INDEX IF NOT EXISTS interface_sample_by_service
  ON interface_sample (domain, project, service, received);
CREATE TABLE IF NOT EXISTS interface_latest (
  domain TEXT NOT NULL, project TEXT NOT NULL, service TEXT NOT NULL, instance TEXT NOT NULL,
  host TEXT NOT NULL, instance_id TEXT NOT NULL, app_id TEXT NOT NULL, version TEXT NOT NULL,
  received INTEGER NOT NULL, {_columns_ddl()},
  dialect TEXT NOT NULL DEFAULT '', estimates INTEGER NOT NULL DEFAULT 0, sent BLOB,
  histogram BLOB, sent_figures TEXT,
  PRIMARY KEY (domain, project, service, instance, "name")
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS threshold (
  domain TEXT NOT NULL, project TEXT NOT NULL, service TEXT NOT NULL, app_id TEXT NOT NULL,
  environment TEXT NOT NULL, threshold BLOB NOT NULL,
  PRIMARY KEY (domain, project, service, app_id, environment)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS instance_latest (
  domain TEXT NOT NULL, project TEXT NOT NULL, service TEXT NOT NULL, instance TEXT NOT NULL,
  host TEXT NOT NULL, app_id TEXT NOT NULL, version TEXT NOT NULL, received INTEGER NOT NULL,
  snapshot BLOB NOT NULL, client BLOB,
  PRIMARY KEY (domain, project, service, instance)
) WITHOUT ROWID;
"""

_ROLLUP_FIGURES_DDL = ", ".join(f"{c} NUMERIC NOT NULL" for c in ROLLUP_SUMMED + PERCENTILES)

ROLLUP_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS interface_rollup (
  domain TEXT NOT NULL, project TEXT NOT NULL, service TEXT NOT NULL, name TEXT NOT NULL,
  minute INTEGER NOT NULL, {_ROLLUP_FIGURES_DDL},
  estimates INTEGER NOT NULL DEFAULT 0, histogram BLOB,
  PRIMARY KEY (domain, project, service, name, minute)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS interface_rollup_by_minute ON interface_rollup (minute);
"""

# Columns added since the first release: a store file written before gets them at start-up (and
# every figure and roll-up part it lacks: _figure_columns).
ADDED_COLUMNS = (
    ("interface_sample", "estimates", "INTEGER NOT NULL DEFAULT 0"),
    ("interface_latest", "dialect", "TEXT NOT NULL DEFAULT ''"),
    ("interface_latest", "estimates", "INTEGER NOT NULL DEFAULT 0"),
    ("interface_latest", "sent", "BLOB"),
    ("instance_latest", "client", "BLOB"),
    ("interface_rollup", "estimates", "INTEGER NOT NULL DEFAULT 0"),
    ("interface_sample", "histogram", "BLOB"),
    ("interface_latest", "histogram", "BLOB"),
    ("interface_rollup", "histogram", "BLOB"),
    ("interface_latest", "sent_figures", "TEXT"),
)


def _figure_columns() -> list[tuple[str, str, str]]:
    """Every figure column (core.columns), so a figure added to the proto or a part added to
    PARTS reaches an older file by itself: NULL in its older rows (which every sum skips), 0
    in its roll-ups."""
    columns = [
        (table, f'"{f.name}"', _SQL_TYPES.get(f.type, "INTEGER"))
        for table in ("interface_sample", "interface_latest")
        for f in METRIC_FIELDS
    ]
    columns += [
        ("interface_rollup", c, "NUMERIC NOT NULL DEFAULT 0") for c in ROLLUP_SUMMED + PERCENTILES
    ]
    return columns


def add_missing_columns(db: sqlite3.Connection) -> None:
    """Bring a file written by an earlier release up to these tables."""
    present: dict[str, set[str]] = {}
    for table, column, ddl in (*ADDED_COLUMNS, *_figure_columns()):
        if table not in present:
            present[table] = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        if column.strip('"') not in present[table]:
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {ddl}")
            present[table].add(column.strip('"'))
