"""A batch's roll-up rows merged in memory (server.store.rollups.merge_rollups) equal what the
roll-up upsert does to them one at a time: sums added (saturating at int64's bound), percentiles
maxed, estimate bits OR-ed, distributions merged."""

from __future__ import annotations

import math
import random

from csemonitor.core.columns import DOUBLE_FIELDS, METRIC_COLUMNS, PERCENTILES, ROLLUP_SUMMED
from csemonitor.core.figures import INT64_MAX
from csemonitor.core.histogram import Histogram, merge_serialized, serialized
from csemonitor.server.store.rollups import (
    ROLLUP_KEY,
    MinuteTracker,
    RollupInput,
    merge_rollups,
    rollup_row,
)

_KEY, _SUMMED_END = len(ROLLUP_KEY), len(ROLLUP_KEY) + len(ROLLUP_SUMMED)
_MAXED_END = _SUMMED_END + len(PERCENTILES)
MINUTE = 1_795_872_720_000


def _one_at_a_time(rows: list[tuple]) -> list[tuple]:
    """The upsert's rule (server.store.sqlite.writes.UPSERT_ROLLUP), a row at a time."""
    merged: dict[tuple, list] = {}
    for row in rows:
        into = merged.setdefault(row[:_KEY], None)
        if into is None:
            merged[row[:_KEY]] = list(row)
            continue
        for i in range(_KEY, _SUMMED_END):
            total = into[i] + row[i]
            into[i] = min(total, INT64_MAX) if isinstance(total, int) else total
        for i in range(_SUMMED_END, _MAXED_END):
            into[i] = max(into[i], row[i])
        into[_MAXED_END] |= row[_MAXED_END]
        into[_MAXED_END + 1] = merge_serialized(into[_MAXED_END + 1], row[_MAXED_END + 1])
    return [tuple(row) for row in merged.values()]


def _report(rnd: random.Random) -> tuple:
    """One interface report's stored values, the edges included (NaN, infinity, int64 counts)."""
    values = []
    for column in METRIC_COLUMNS:
        if column == "name":
            values.append(rnd.choice("abc"))
        elif column == "desc":
            values.append("")
        elif column == "circuit_breaker_open":
            values.append(rnd.random() < 0.2)
        elif column in DOUBLE_FIELDS:
            edge = rnd.choice([math.nan, math.inf, 0.0, 1e300])
            values.append(edge if rnd.random() < 0.2 else rnd.uniform(0, 500))
        else:
            values.append(rnd.choice([0, 1, INT64_MAX // 2, INT64_MAX, rnd.randint(0, 10**6)]))
    return tuple(values)


def _histogram(rnd: random.Random) -> bytes | None:
    if rnd.random() < 0.7:
        return None
    histogram = Histogram(rnd.choice([2, 3, 4]))
    for _ in range(rnd.randint(1, 20)):
        histogram.record(rnd.uniform(0.01, 5000))
    return serialized(histogram)


def test_a_batch_merged_in_memory_is_the_upsert_applied_row_by_row():
    rnd = random.Random(20261128)
    for _ in range(200):
        tracker = MinuteTracker()
        rows = [
            rollup_row(
                RollupInput(
                    ("d", "p", "s"),
                    f"instance-{rnd.randint(0, 5)}",
                    _report(rnd),
                    MINUTE + rnd.randint(0, 150_000),
                    rnd.randint(0, 7),
                    _histogram(rnd),
                ),
                tracker,
            )
            for _ in range(rnd.randint(1, 40))
        ]
        # repr: NaN == NaN for the comparison; a float and an int of one value differ.
        assert repr(merge_rollups(rows)) == repr(_one_at_a_time(rows))


def test_counts_saturate_at_int64_and_a_nan_report_adds_nothing():
    tracker = MinuteTracker()
    report = dict.fromkeys(METRIC_COLUMNS, 0)
    report.update(name="op", desc="", total=INT64_MAX, latency=math.nan, l99=7.0)
    rows = [
        rollup_row(
            RollupInput(("d", "p", "s"), f"i{n}", tuple(report.values()), MINUTE, 0, None), tracker
        )
        for n in range(3)
    ]
    [merged] = merge_rollups(rows)
    summed = dict(zip(ROLLUP_SUMMED, merged[_KEY:_SUMMED_END], strict=True))
    assert summed["total"] == INT64_MAX and summed["n"] == 3 and summed["instances"] == 3
    assert summed["latency_sum"] == 0.0 and summed["latency_n"] == 0
    assert merged[_SUMMED_END + PERCENTILES.index("l99")] == 7.0
