"""One instance's latest interface record as the dashboard reads it."""

from __future__ import annotations

import math

from csemonitor.core.figures import finish, record_sums
from csemonitor.core.upload import LatestInterface
from csemonitor.v2 import metric_pb2


def instance_record(record: LatestInterface) -> metric_pb2.MetricInfo:
    """One instance's latest values: the true figures (the error percentage from its counts, as
    for aggregates; a figure it did not report stays NaN), the estimates among them, and what
    the client sent."""
    m = record.metric
    info = metric_pb2.MetricInfo(
        service=record.service,
        function_name=m.name,
        instance=record.instance,
        host=record.host,
        instance_id=record.instance_id,
        time=m.time,
        app_id=record.app_id,
        version=record.version,
        desc=m.desc,
        dialect=record.dialect,
        sent=record.sent if record.sent is not None else m,
    )
    finish(record_sums(m, record.estimates), info, missing=math.nan)
    return info
