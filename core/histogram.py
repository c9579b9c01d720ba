"""Latency distributions that merge exactly: base-2 exponential buckets, as OpenTelemetry's
ExponentialHistogram and Prometheus' native histograms count them (proto LatencyHistogram).

With base = 2^(2^-scale), bucket i holds the values in (base^i, base^(i+1)]. Two histograms
merge by bringing the finer to the coarser scale (bucket i becomes i >> difference) and adding
counts, so merging every instance's window gives the fleet's window exactly; a percentile read
from the merged counts is the bucket's geometric middle, within a factor sqrt(base) of the true
value (PRECISION). One rule for every store, the reporter and the command line.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from csemonitor.v2 import metric_pb2

MIN_SCALE, MAX_SCALE = -4, 8
DEFAULT_SCALE = 4  # base 2^(1/16): percentiles within ±2.2 %
MAX_BUCKETS = 320  # a wider span is brought to a coarser scale (OpenTelemetry: 160 by default)
# An upload's window holds at most 2^40 calls, so merging every window of a week stays far below
# uint64 (and a merged count saturates there anyway).
MAX_WINDOW_COUNT = 2**40
_UINT64_MAX = 2**64 - 1


def precision(scale: int) -> float:
    """The largest relative error of a percentile read at this scale: sqrt(base) - 1."""
    return 2 ** (2.0 ** -(scale + 1)) - 1


class Histogram:
    """A mutable exponential histogram: counts by bucket index, the zero bucket, the sum."""

    __slots__ = ("scale", "buckets", "zero_count", "sum", "_factor", "_low", "_high")

    def __init__(self, scale: int = DEFAULT_SCALE) -> None:
        self.scale = scale
        self.buckets: dict[int, int] = {}
        self.zero_count = 0
        self.sum = 0.0
        self._bounds()

    def _bounds(self) -> None:
        """The scale's factor and the lowest and highest bucket (kept for record())."""
        self._factor = 2.0**self.scale
        self._low = min(self.buckets) if self.buckets else None
        self._high = max(self.buckets) if self.buckets else None

    @property
    def count(self) -> int:
        return self.zero_count + sum(self.buckets.values())

    def record(self, value: float, times: int = 1) -> None:
        """Count a latency (ms); a value that is not a positive number counts as 0."""
        if not value > 0 or math.isinf(value):
            self.zero_count += times
            return
        self.sum += value * times
        at = math.ceil(math.log2(value) * self._factor) - 1
        buckets = self.buckets
        if at in buckets:
            buckets[at] += times
            return
        buckets[at] = times
        if self._low is None or at < self._low:
            self._low = at
        if self._high is None or at > self._high:
            self._high = at
        if self._high - self._low >= MAX_BUCKETS:
            self._fit()

    def downscale(self, by: int) -> None:
        if by <= 0:
            return
        merged: dict[int, int] = {}
        for at, n in self.buckets.items():
            merged[at >> by] = merged.get(at >> by, 0) + n
        self.buckets = merged
        self.scale -= by
        self._bounds()

    def _fit(self) -> None:
        while self.buckets and max(self.buckets) - min(self.buckets) >= MAX_BUCKETS:
            self.downscale(1)

    def merge(self, other: Histogram) -> None:
        if other.scale < self.scale:
            self.downscale(self.scale - other.scale)
        shift = other.scale - self.scale
        for at, n in other.buckets.items():
            self.buckets[at >> shift] = self.buckets.get(at >> shift, 0) + n
        self.zero_count += other.zero_count
        self.sum += other.sum
        self._bounds()
        self._fit()

    def quantile(self, q: float) -> float:
        """The value at rank ceil(q × count) (nearest rank), as its bucket's geometric middle;
        NaN when empty."""
        total = self.count
        if total == 0:
            return math.nan
        rank = max(1, math.ceil(q * total))
        if rank <= self.zero_count:
            return 0.0
        seen = self.zero_count
        base = 2 ** (2.0**-self.scale)
        for at in sorted(self.buckets):
            seen += self.buckets[at]
            if seen >= rank:
                return base ** (at + 0.5)
        return base ** (max(self.buckets) + 0.5)

    # -- the wire form

    def to_message(self) -> metric_pb2.LatencyHistogram:
        message = metric_pb2.LatencyHistogram(
            scale=self.scale, zero_count=min(self.zero_count, _UINT64_MAX), sum=self.sum
        )
        if self.buckets:
            low, high = min(self.buckets), max(self.buckets)
            message.offset = low
            message.counts.extend(
                min(self.buckets.get(at, 0), _UINT64_MAX) for at in range(low, high + 1)
            )
        return message

    @classmethod
    def of(cls, message: metric_pb2.LatencyHistogram) -> Histogram:
        histogram = cls(message.scale)
        histogram.zero_count = message.zero_count
        histogram.sum = message.sum
        histogram.buckets = {message.offset + i: n for i, n in enumerate(message.counts) if n}
        histogram._bounds()
        return histogram

    @classmethod
    def parse(cls, data: bytes) -> Histogram:
        return cls.of(metric_pb2.LatencyHistogram.FromString(data))


def merged(
    items: Iterable[Histogram | metric_pb2.LatencyHistogram | bytes | None],
) -> Histogram | None:
    """Histograms (as objects, messages or their bytes; None skipped) merged into a new one;
    None when there are none."""
    result = None
    for item in items:
        if item is None:
            continue
        if isinstance(item, bytes):
            item = Histogram.parse(item)
        elif not isinstance(item, Histogram):
            item = Histogram.of(item)
        if result is None:
            result = Histogram(item.scale)
        result.merge(item)
    return result


def serialized(histogram: Histogram | None) -> bytes | None:
    return None if histogram is None else histogram.to_message().SerializeToString()


def merge_serialized(a: bytes | None, b: bytes | None) -> bytes | None:
    """Two serialized histograms (either may be None) merged, serialized."""
    if a is None or b is None:
        return a if b is None else b
    return serialized(merged((a, b)))


def problem(message: metric_pb2.LatencyHistogram, max_buckets: int = 4 * MAX_BUCKETS) -> str:
    """Why an uploaded histogram cannot be taken ("" when it can)."""
    if not MIN_SCALE <= message.scale <= MAX_SCALE:
        return f"scale must be {MIN_SCALE}..{MAX_SCALE}"
    if len(message.counts) > max_buckets:
        return f"at most {max_buckets} buckets"
    if not (math.isfinite(message.sum) and message.sum >= 0):
        return "sum must be a finite number, not negative"
    # Buckets within 2^-40 .. 2^50 ms: every bound and percentile is a finite number.
    width = 2.0**-message.scale
    if message.offset * width < -40 or (message.offset + len(message.counts)) * width > 50:
        return "buckets outside 2^-40 .. 2^50 ms"
    if message.zero_count + sum(message.counts) > MAX_WINDOW_COUNT:
        return f"more than {MAX_WINDOW_COUNT} calls in one window"
    return ""
