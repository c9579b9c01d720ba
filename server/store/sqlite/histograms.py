"""The SQLite store's SQL function over latency distributions."""

from __future__ import annotations

from csemonitor.core.histogram import Histogram, serialized


class MergeAggregate:
    """SQLite's aggregate of serialized histograms (NULLs skipped): their merge, or NULL."""

    def __init__(self) -> None:
        self.result: Histogram | None = None

    def step(self, data: bytes | None) -> None:
        if data is None:
            return
        one = Histogram.parse(data)
        if self.result is None:
            self.result = one
        else:
            self.result.merge(one)  # in place: a week of minutes is 10,080 rows

    def finalize(self) -> bytes | None:
        return serialized(self.result)
