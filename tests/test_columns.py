"""The column spec (core/columns.py): every summed part declared once, and what is made of it
(Sums, the merges, SQLite's tables of an older file, the TSDB's names) follows it."""

from __future__ import annotations

import math
import sqlite3

from csemonitor.core.columns import (
    COUNTS,
    METRIC_COLUMNS,
    PART,
    PART_NAMES,
    PARTS,
    PERCENTILES,
    ROLLUP_SUMMED,
    Merge,
    Sums,
    Tally,
    merge_sums,
    record_parts,
)
from csemonitor.core.metric_names import METRIC_OF
from csemonitor.server.store.remote.queries import instance_metric
from csemonitor.server.store.sqlite.schema import ROLLUP_SCHEMA, SCHEMA, add_missing_columns


def _values(**figures) -> tuple:
    record = dict.fromkeys(METRIC_COLUMNS, 0)
    record.update(name="op", desc="", **figures)
    return tuple(record[c] for c in METRIC_COLUMNS)


def test_sums_are_the_parts_then_the_percentiles_estimates_and_distributions():
    assert Sums._fields == (*PART_NAMES, *PERCENTILES, "estimates", "histogram")
    assert ROLLUP_SUMMED == tuple(p.stored or p.name for p in PARTS)
    assert all(PART[c].tally is Tally.FIGURE and PART[c].of == (c,) for c in COUNTS)


def test_every_stored_number_has_a_tsdb_series_and_every_part_but_distributions_one_per_instance():
    numbers = [c for c in METRIC_COLUMNS if c not in ("name", "desc", *PERCENTILES)]
    assert sorted(METRIC_OF) == sorted(numbers)
    kept_per_instance = {p.name for p in PARTS if instance_metric(p) is not None}
    assert set(PART_NAMES) - kept_per_instance == {"histogram_reports"}


def test_what_one_record_adds_by_tally():
    parts = dict(
        zip(PART_NAMES, record_parts(_values(total=4, latency=math.nan), True), strict=True)
    )
    assert math.isnan(parts["latency_sum"]) and math.isnan(parts["latency_x_total"])
    assert parts["latency_reports"] == 0 and parts["reports"] == 1 and parts["instances"] == 1
    assert parts["total"] == 4 and parts["histogram_reports"] == 1
    parts = dict(zip(PART_NAMES, record_parts(_values(total=4, latency=2.5), False), strict=True))
    assert parts["latency_x_total"] == 10.0 and parts["latency_reports"] == 1
    assert parts["histogram_reports"] == 0


def test_minutes_merge_by_each_parts_rule():
    def minute(qps, instances, total, l99, estimates):
        values = {p: 1 for p in PART_NAMES} | {"qps": qps, "instances": instances, "total": total}
        percentiles = {p: None for p in PERCENTILES} | {"l99": l99}
        return Sums(*values.values(), *percentiles.values(), estimates, None)

    merged = merge_sums([minute(10.0, 3, 5, 7.0, 1), minute(20.0, 2, 6, None, 4)])
    assert {p.merge for p in PARTS} == set(Merge)
    assert merged.qps == 15.0  # mean
    assert merged.instances == 3  # most
    assert merged.total == 11 and merged.reports == 2  # summed
    assert merged.l99 == 7.0 and merged.l50 is None  # the maximum of what was reported
    assert merged.estimates == 5 and merged.histogram is None


def test_an_older_file_gets_every_figure_and_part_column_it_lacks(tmp_path):
    db = sqlite3.connect(tmp_path / "old.sqlite3")
    db.executescript(SCHEMA + ROLLUP_SCHEMA)
    # As a file written before count_timeout and histogram_n existed.
    db.executescript(
        'ALTER TABLE interface_latest DROP COLUMN "count_timeout";'
        "ALTER TABLE interface_rollup DROP COLUMN histogram_n;"
    )
    add_missing_columns(db)
    latest = {row[1] for row in db.execute("PRAGMA table_info(interface_latest)")}
    rollup = {row[1] for row in db.execute("PRAGMA table_info(interface_rollup)")}
    assert set(METRIC_COLUMNS) <= latest
    assert set(ROLLUP_SUMMED) | set(PERCENTILES) <= rollup
    add_missing_columns(db)  # and a second start changes nothing
