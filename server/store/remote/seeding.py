"""What a replica held before it (re)started, read back from the TSDB (RemoteStore._seed): the
instances it owns (its own newest reports over the lookback), their latest records, and the
minute tracker's rows of the current minute."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from csemonitor.core.columns import metric_values
from csemonitor.core.upload import LatestInterface
from csemonitor.server.store.remote import queries
from csemonitor.server.store.remote.api import PrometheusApi
from csemonitor.server.store.remote.fleet import Record, Seen
from csemonitor.server.store.remote.results import Figures, whole

InstanceKey = tuple[str, str, str, str]  # domain, project, service, instance


def instance_of(labels: Mapping[str, str]) -> InstanceKey:
    return tuple(labels.get(k, "") for k in ("tenant", "project", "service", "instance"))  # type: ignore[return-value]


async def owned_instances(
    api: PrometheusApi, replica: str, lookback_ms: int, now_ms: int
) -> dict[InstanceKey, Seen]:
    """The instances whose newest report this replica received, and that report."""
    # A matcher never used before: VictoriaMetrics answers a filter that found nothing
    # moments ago (a replica restarted at once) from its cache for ~10 s.
    fresh = f'seed!="{uuid.uuid4().hex}"'
    owned = {}
    for series in await api.query(queries.newest_reports(fresh, lookback_ms), now_ms):
        labels = series["metric"]
        if labels.get("replica", replica) == replica:
            received = int(float(series["value"][1]))
            owned[instance_of(labels)] = Seen(
                received, labels.get("app", ""), labels.get("version", "")
            )
    return owned


def record_of(latest: LatestInterface) -> Record:
    """A latest record as the live sums hold it."""
    return Record(
        latest.received_ms,
        metric_values(latest.metric),
        latest.estimates,
        latest.app_id,
        latest.version,
    )


def minute_rows(
    figures: Figures, domain: str, project: str, minute: int, owned: Mapping
) -> list[tuple]:
    """The minute tracker's rows of the current minute (MinuteTracker.seed) from the answer to
    queries.minute_qps, for the instances this replica owns."""
    return [
        (domain, project, service, name, key, minute, whole(v["reports"]), v["mean"])
        for (service, key, name), v in figures.groups.items()
        if "reports" in v and "mean" in v and (domain, project, service, key) in owned
    ]
