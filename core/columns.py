"""The column spec: every figure a store keeps of an interface and adds up, declared once.

A stored interface record has the proto's InterfaceMetric fields as its columns. What a store
adds up over records (the latest record of each live instance, or the reports of one series
step) is a `Sums`: one value per `Part` of PARTS, the percentile maxima, the estimate groups of
any record and the records' latency distributions merged. Whatever lists those columns is made
from PARTS: the Sums fields, SQLite's SELECTs (server.store.sqlite.queries), the roll-up rows
and columns (server.store.rollups), the live sums (server.store.remote.fleet), the PromQL of
every read (server.store.remote.reads, .results) and every merge (merge_sums). A new summed
figure is one Part here (and, if it is made of a new figure, that proto field).
"""

from __future__ import annotations

import enum
import functools
import operator
from collections import namedtuple
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from google.protobuf.descriptor import FieldDescriptor

from csemonitor.core.histogram import merged
from csemonitor.v2 import metric_pb2

_INTERFACE = metric_pb2.InterfaceMetric.DESCRIPTOR

# A stored record's columns follow the proto; the breaker alias is merged before storage, and
# its latency distribution is kept beside them (a serialized LatencyHistogram: `histogram`).
METRIC_FIELDS = tuple(
    f for f in _INTERFACE.fields if f.name not in ("is_circuit_breaker_open", "latency_histogram")
)
METRIC_COLUMNS = tuple(f.name for f in METRIC_FIELDS)
DOUBLE_FIELDS = frozenset(f.name for f in METRIC_FIELDS if f.type == FieldDescriptor.TYPE_DOUBLE)
metric_values = operator.attrgetter(*METRIC_COLUMNS)  # one C call for a record's values

# The counts every record carries (the int64 fields but the client's time); the latency
# percentiles (l995 ... l5), which cannot be summed: a store keeps their maximum.
COUNTS = tuple(
    f.name for f in METRIC_FIELDS if f.type == FieldDescriptor.TYPE_INT64 and f.name != "time"
)
PERCENTILES = tuple(f.name for f in METRIC_FIELDS if f.name[0] == "l" and f.name[1:].isdigit())
# The quantile each percentile field stands for.
QUANTILE_OF = {
    "l995": 0.995,
    "l99": 0.99,
    "l90": 0.9,
    "l75": 0.75,
    "l50": 0.5,
    "l25": 0.25,
    "l5": 0.05,
}
assert tuple(QUANTILE_OF) == PERCENTILES


class Tally(enum.Enum):
    """What one record adds to a part."""

    FIGURE = "figure"  # its figure (the product of `of`); a NaN adds nothing
    REPORTED = "reported"  # 1 if it reported the figure (not NaN, not absent)
    INSTANCE = "instance"  # 1 per instance: a step counts each instance that reported in it


class Merge(enum.Enum):
    """How the minutes of a step add up (within a minute, and across replicas, parts sum)."""

    SUM = "sum"  # summed; a count saturates at int64's bound
    MEAN = "mean"  # the minutes' mean (qps: a rate)
    MOST = "most"  # the most of any minute (instances)


@dataclass(frozen=True, slots=True)
class Part:
    """One summed column."""

    name: str  # the Sums field, and the live-sum series' name
    tally: Tally
    of: tuple[str, ...]  # the stored figures it is made of ("histogram": the distribution)
    merge: Merge = Merge.SUM
    stored: str = ""  # the roll-up column and minute series when not `name` (older files)

    @property
    def column(self) -> str:
        return self.stored or self.name

    @property
    def whole(self) -> bool:
        """Whether its sums are integers (counts of records, or sums of int figures)."""
        return self.tally is not Tally.FIGURE or not DOUBLE_FIELDS.intersection(self.of)

    @property
    def sql(self) -> str:
        """One record's figure as SQL over its columns."""
        return " * ".join(self.of)


PARTS = (
    Part("qps", Tally.FIGURE, ("qps",), Merge.MEAN),
    Part("latency_x_total", Tally.FIGURE, ("latency", "total")),  # a call-weighted mean's sum
    Part("latency_sum", Tally.FIGURE, ("latency",)),  # a plain mean's, when nothing was called
    Part("latency_reports", Tally.REPORTED, ("latency",), stored="latency_n"),
    Part("reports", Tally.REPORTED, ("total",), stored="n"),  # records added up
    *(Part(name, Tally.FIGURE, (name,)) for name in COUNTS),
    Part("breaker_open", Tally.FIGURE, ("circuit_breaker_open",)),  # records with it open
    Part("instances", Tally.INSTANCE, ("total",), Merge.MOST),
    Part("histogram_reports", Tally.REPORTED, ("histogram",), stored="histogram_n"),
)
PART = {part.name: part for part in PARTS}
PART_NAMES = tuple(PART)
ROLLUP_SUMMED = tuple(part.column for part in PARTS)  # a roll-up row's summed columns

# What a store adds up for one interface over some records, in this column order: PARTS, the
# percentiles' maxima, the estimate groups of any record (bits OR-ed), the distributions merged
# (a core.histogram.Histogram, None when no record had one). A part or percentile nobody
# reported may be None.
if TYPE_CHECKING:  # its fields come from PARTS, which a type checker cannot follow

    class Sums(tuple):
        def __new__(cls, *values: Any, **named: Any) -> Sums: ...
        def __getattr__(self, name: str) -> Any: ...
        def _replace(self, **changes: Any) -> Sums: ...

else:
    Sums = namedtuple(
        "Sums", (*PART_NAMES, *PERCENTILES, "estimates", "histogram"), defaults=(0, None)
    )
_ESTIMATES_AT = len(PARTS) + len(PERCENTILES)

COLUMN_AT = {name: i for i, name in enumerate(METRIC_COLUMNS)}  # a column's position in a record


def _contribution(part: Part) -> str:
    """One record's contribution to a part, as a Python expression over its column values `v`
    (METRIC_COLUMNS order) and whether it has a distribution `h`."""
    if part.tally is Tally.INSTANCE:
        return "1"
    if part.of == ("histogram",):
        return "+h"  # a bool as 0 or 1
    at = [COLUMN_AT[name] for name in part.of]
    if part.tally is Tally.REPORTED:
        return f"+(v[{at[0]}] == v[{at[0]}])"  # NaN is not equal to itself
    return " * ".join(f"v[{i}]" for i in at)


# Made from PARTS once, as namedtuple makes its class: every write adds each interface report to
# a roll-up row, so what it adds is one list display rather than a call per part.
_record_parts: Callable[[Sequence, bool], list] = eval(  # noqa: S307 (our own expressions)
    "lambda v, h: [" + ", ".join(_contribution(p) for p in PARTS) + "]"
)
_percentiles_of = operator.itemgetter(*(COLUMN_AT[p] for p in PERCENTILES))


def record_parts(values: Sequence, has_histogram: bool) -> list:
    """One record's contribution to each part (a NaN figure stays NaN), from its column values
    (in METRIC_COLUMNS order)."""
    return _record_parts(values, has_histogram)


def record_percentiles(values: Sequence) -> tuple:
    """A record's percentiles, in PERCENTILES order."""
    return _percentiles_of(values)


def _total(values: list) -> float | int | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def _mean(values: list) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def _most(values: list) -> float | int | None:
    present = [v for v in values if v is not None]
    return max(present) if present else None


_MERGE: dict[Merge, Callable[[list], Any]] = {
    Merge.SUM: _total,
    Merge.MEAN: _mean,
    Merge.MOST: _most,
}


def merge_sums(rows: Iterable[Sums]) -> Sums:
    """The Sums of a step's minutes as one: each part by its merge rule, percentiles maxed,
    estimate groups OR-ed, distributions merged."""
    columns = list(zip(*rows, strict=True))
    parts = [_MERGE[part.merge](list(column)) for part, column in zip(PARTS, columns, strict=False)]
    parts = [0 if v is None and p.whole else v for p, v in zip(PARTS, parts, strict=True)]
    percentiles = [_most(list(c)) for c in columns[len(PARTS) : _ESTIMATES_AT]]
    estimates = functools.reduce(operator.or_, columns[_ESTIMATES_AT], 0)
    return Sums(*parts, *percentiles, estimates, merged(columns[_ESTIMATES_AT + 1]))
