"""Thresholds on a TSDB, where every replica reads the same ones: one series per (tenant,
service, app, environment) and setting, `csemonitor_threshold`, its value the time it was set
(or deleted), the threshold itself as JSON in the `threshold` label ("" once deleted).

A read takes, per key, the series of the highest value: the latest set or delete, whichever
replica wrote it and whenever (a rewrite keeps the value, so it never undoes a later change).
Each replica writes every threshold again once a day (THRESHOLD_REWRITE_MS), so none falls out
of the TSDB's retention or the read's THRESHOLD_LOOKBACK_MS.
"""

from __future__ import annotations

from google.protobuf import json_format

from csemonitor.core.metric_names import THRESHOLD_METRIC
from csemonitor.core.tenant import Tenant
from csemonitor.server.store.remote.prompb import label, labels, series
from csemonitor.server.store.remote.promql import duration
from csemonitor.v2 import metric_pb2

THRESHOLD_LOOKBACK_MS = 90 * 86_400_000
THRESHOLD_REWRITE_MS = 86_400_000
_KEY = ("tenant", "project", "service", "app", "environment")
_NAME = label("__name__", THRESHOLD_METRIC)

QUERY = (
    f"topk by ({', '.join(_KEY)}) (1, last_over_time("
    f"{THRESHOLD_METRIC}[{duration(THRESHOLD_LOOKBACK_MS)}]))"
)


def sample(
    tenant: Tenant, threshold: metric_pb2.MetricThreshold, deleted: bool, value: float, at: int
) -> bytes:
    """The series of a set (or, deleted, a delete) of threshold, valued `value`, at `at`."""
    text = "" if deleted else json_format.MessageToJson(threshold, indent=None)
    pairs = {
        "tenant": tenant.domain,
        "project": tenant.project,
        "service": threshold.service_name,
        "app": threshold.app_id,
        "environment": threshold.environment,
        "threshold": text,
        "deleted": "1" if deleted else "",
    }
    return series(_NAME, labels(pairs), value, at)


def read_back(found: list[dict]) -> list[tuple[Tenant, metric_pb2.MetricThreshold, float]]:
    """The live thresholds of a QUERY answer, with the value (set time) of each."""
    out = []
    for answer in found:
        metric = answer["metric"]
        if metric.get("deleted") or not metric.get("threshold"):
            continue
        threshold = json_format.Parse(metric["threshold"], metric_pb2.MetricThreshold())
        tenant = Tenant(metric.get("tenant", ""), metric.get("project", ""))
        out.append((tenant, threshold, float(answer["value"][1])))
    return out
