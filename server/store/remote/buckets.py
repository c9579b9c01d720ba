"""Latency distributions in the form a TSDB keeps them: Prometheus' classic cumulative buckets
`…_bucket{le="…"}`, which histogram_quantile() reads, at one fixed scale so that every replica
and instance writes the same `le` values and `sum by (le)` adds them up."""

from __future__ import annotations

from csemonitor.core.histogram import Histogram

# Scale 3 (±4.4 %), from 2^-3 ms up to 2^17 ms (131 s; slower calls count in +Inf only).
TSDB_SCALE = 3
TSDB_LOWEST, TSDB_HIGHEST = -3 * 2**TSDB_SCALE - 1, 17 * 2**TSDB_SCALE - 1  # bucket indexes
INF, ZERO = "+Inf", "0"


def le_of(index: int) -> str:
    """The `le` label of a bucket at TSDB_SCALE: its upper bound, written one way only."""
    return repr(2 ** ((index + 1) / 2**TSDB_SCALE))


_INDEX_OF_LE = {le_of(i): i for i in range(TSDB_LOWEST, TSDB_HIGHEST + 1)}


def index_of_le(le: str) -> int:
    """The bucket whose upper bound an `le` of le_of() is."""
    return _INDEX_OF_LE[le]


def cumulative(histogram: Histogram, from_index: int | None = None) -> list[tuple[str, int]]:
    """(le, count of values ≤ le) at TSDB_SCALE: le "0" (the zero bucket), then from the
    histogram's lowest bucket (or from_index, when lower) up to the highest le, then +Inf.
    Latencies under the lowest le count in its bucket."""
    h = Histogram(histogram.scale)
    h.merge(histogram)
    if h.scale > TSDB_SCALE:
        h.downscale(h.scale - TSDB_SCALE)
    start = min(min(h.buckets, default=TSDB_HIGHEST), TSDB_HIGHEST)
    if from_index is not None:
        start = min(start, from_index)
    start = max(start, TSDB_LOWEST)
    below = h.zero_count
    out = [(ZERO, below)]
    below += sum(n for at, n in h.buckets.items() if at < start)
    for at in range(start, TSDB_HIGHEST + 1):
        below += h.buckets.get(at, 0)
        out.append((le_of(at), below))
    out.append((INF, h.count))
    return out


def from_cumulative(counts: dict[str, float]) -> Histogram:
    """A histogram at TSDB_SCALE from `le` -> cumulative count, as cumulative() writes them
    (summed over instances or replicas); latencies over the highest le land just above it."""
    h = Histogram(TSDB_SCALE)
    h.zero_count = previous = round(counts.get(ZERO, 0))
    for at, le in sorted((_INDEX_OF_LE[le], le) for le in counts if le in _INDEX_OF_LE):
        total = round(counts[le])
        if total > previous:
            h.buckets[at] = total - previous
        previous = max(previous, total)
    overflow = round(counts.get(INF, previous)) - previous
    if overflow > 0:
        h.buckets[TSDB_HIGHEST + 1] = overflow
    h._bounds()
    return h
