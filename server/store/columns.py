"""The columns of a stored interface record and of a one-minute roll-up row: the proto's
InterfaceMetric fields, and the sums and maxima a series step needs. Every store lays its
records out this way (SQLite as table columns, the remote store as series per column)."""

from __future__ import annotations

import operator

from google.protobuf.descriptor import FieldDescriptor

from csemonitor.core.figures import COUNTS, PERCENTILES
from csemonitor.v2 import metric_pb2

# The stored interface columns follow the proto; the breaker alias is merged before storage.
# (Its latency distribution is kept beside them: a serialized LatencyHistogram.)
METRIC_FIELDS = tuple(
    f
    for f in metric_pb2.InterfaceMetric.DESCRIPTOR.fields
    if f.name not in ("is_circuit_breaker_open", "latency_histogram")
)
METRIC_COLUMNS = tuple(f.name for f in METRIC_FIELDS)
DOUBLE_COLUMNS = frozenset(f.name for f in METRIC_FIELDS if f.type == FieldDescriptor.TYPE_DOUBLE)
metric_values = operator.attrgetter(*METRIC_COLUMNS)  # one C call for a record's values

# A roll-up row per (tenant, service, interface, minute): the sums and maxima a step needs.
ROLLUP_SUMMED = (
    "n",
    "instances",
    "qps",
    *COUNTS,
    "latency_x_total",
    "latency_sum",
    "breaker_open",
    "latency_n",  # reports with a latency (added later: see ADDED_COLUMNS)
    "histogram_n",  # reports with a latency distribution (added later)
)
ROLLUP_KEY = ("domain", "project", "service", "name", "minute")
ROLLUP_COLUMNS = ROLLUP_KEY + ROLLUP_SUMMED + PERCENTILES + ("estimates", "histogram")
