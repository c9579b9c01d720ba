"""Services against their thresholds (CSE's MetricThreshold): validation, the live evaluation,
and the breach timeline that ListServices, QueryMetrics and Alertmanager are told.

A service is evaluated on the figures its service list shows: over its live instances, the mean
latency against avgDelay (ms), the error percentage against failureRate (%), and the calls per
second (qps summed) against throughput, each a ceiling. A threshold with an appId applies to
the service while its newest report is of that app; one without applies always; the more
specific wins. `environment` is kept and returned, as CSE does, and narrows nothing here: a
service summary has no environment (its instances may differ).
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from csemonitor.core.errors import INVALID_QUERY, INVALID_THRESHOLD, ApiError, invalid
from csemonitor.core.tenant import Tenant
from csemonitor.core.wire import service_names
from csemonitor.server.ingest import Limits, check_service, check_text
from csemonitor.server.store import Store
from csemonitor.v2 import metric_pb2

if TYPE_CHECKING:
    from csemonitor.server.alerting import Alertmanager

log = logging.getLogger(__name__)

OK, BREACHED = "ok", "breached"
# JSON name -> (the threshold's field, the summary's figure it bounds, its unit)
FIGURES = {
    "avgDelay": ("avg_delay", "latency", "ms"),
    "failureRate": ("failure_rate", "failure_rate", "%"),
    "throughput": ("throughput", "qps", "calls/s"),
}


def validated(threshold: metric_pb2.MetricThreshold, limits: Limits) -> None:
    """ApiError (400, the field named) for a threshold that cannot be set: its names checked
    as an upload's are (server.ingest), its figures in range."""
    if not threshold.service_name:
        raise invalid("serviceName", "is required", INVALID_THRESHOLD)
    check_service(threshold.service_name, limits, "serviceName", INVALID_THRESHOLD)
    check_text("appId", threshold.app_id, limits, INVALID_THRESHOLD)
    check_text("environment", threshold.environment, limits, INVALID_THRESHOLD)
    if not any(threshold.HasField(field) for field, _, _ in FIGURES.values()):
        raise invalid(
            "avgDelay", "set at least one of avgDelay, failureRate, throughput", INVALID_THRESHOLD
        )
    if threshold.HasField("avg_delay") and threshold.avg_delay < 0:
        raise invalid("avgDelay", "must not be negative", INVALID_THRESHOLD)
    if threshold.HasField("failure_rate") and not 0 <= threshold.failure_rate <= 100:
        raise invalid("failureRate", "must be 0..100 (a percentage)", INVALID_THRESHOLD)
    if threshold.HasField("throughput") and threshold.throughput < 0:
        raise invalid("throughput", "must not be negative", INVALID_THRESHOLD)


def breached_figures(
    threshold: metric_pb2.MetricThreshold, summary: metric_pb2.ServiceSummary
) -> list[str]:
    """The figures of a service's live summary past their thresholds (none without live
    instances: nothing to judge)."""
    if not summary.instance_count:
        return []
    return [
        json_name
        for json_name, (field, figure, _) in FIGURES.items()
        if threshold.HasField(field) and getattr(summary, figure) > getattr(threshold, field)
    ]


def applicable(
    thresholds: Sequence[metric_pb2.MetricThreshold], app_id: str
) -> metric_pb2.MetricThreshold | None:
    """The threshold that applies to a service whose newest report is of app_id."""
    matching = [t for t in thresholds if not t.app_id or t.app_id == app_id]
    return max(matching, key=lambda t: (bool(t.app_id), bool(t.environment)), default=None)


class ThresholdWatch:
    """Every tenant's thresholds (read from the store), each service's breach since when, and
    the alerts that say so."""

    def __init__(
        self,
        store: Store,
        live_since: Callable[[], int],
        alerts: Alertmanager | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._store = store
        self._live_since = live_since
        self._alerts = alerts
        self._clock = clock
        self._thresholds: dict[Tenant, dict[str, list[metric_pb2.MetricThreshold]]] = {}
        self._since: dict[tuple[Tenant, str, tuple[str, ...]], int] = {}  # breach -> since
        self._states: dict[tuple[Tenant, str], metric_pb2.ThresholdState] = {}

    async def refresh(self) -> None:
        """Read the thresholds again (after a change here, and every evaluation)."""
        grouped: dict[Tenant, dict[str, list[metric_pb2.MetricThreshold]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for tenant, threshold in await self._store.thresholds():
            grouped[tenant][threshold.service_name].append(threshold)
        self._thresholds = grouped

    def of(self, tenant: Tenant, services: Iterable[str] = ()) -> list[metric_pb2.MetricThreshold]:
        """A tenant's thresholds, of the named services (all of them if none are named)."""
        held = self._thresholds.get(tenant, {})
        names = list(services) or sorted(held)
        return [t for name in names for t in held.get(name, ())]

    def state(
        self, tenant: Tenant, summary: metric_pb2.ServiceSummary
    ) -> metric_pb2.ThresholdState | None:
        """A service against its thresholds as of this summary (None: it has none)."""
        threshold = applicable(
            self._thresholds.get(tenant, {}).get(summary.service, ()), summary.app_id
        )
        if threshold is None:
            return None
        breached = breached_figures(threshold, summary)
        state = metric_pb2.ThresholdState(
            service=summary.service, state=BREACHED if breached else OK, threshold=threshold
        )
        if breached:
            key = (tenant, summary.service, tuple(breached))
            state.breached.extend(breached)
            state.since = self._since.setdefault(key, int(self._clock() * 1000))
        return state

    def last_states(
        self, tenant: Tenant, services: Iterable[str]
    ) -> list[metric_pb2.ThresholdState]:
        """The services' states at the latest evaluation."""
        return [s for name in services if (s := self._states.get((tenant, name))) is not None]

    async def evaluate(self) -> None:
        """Every service with thresholds against its live summary; the alerts posted."""
        await self.refresh()
        states: dict[tuple[Tenant, str], metric_pb2.ThresholdState] = {}
        evaluated = []
        for tenant, held in self._thresholds.items():
            summaries = await self._store.service_summaries(tenant, self._live_since())
            for summary in summaries:
                if summary.service in held and (state := self.state(tenant, summary)):
                    states[(tenant, summary.service)] = state
                    evaluated.append((tenant, summary, state))
        breaches = {
            (tenant, state.service, tuple(state.breached))
            for (tenant, _), state in states.items()
            if state.state == BREACHED
        }
        ended = [key for key in self._since if key not in breaches]
        for key in ended:
            del self._since[key]
        self._states = states
        if self._alerts is not None:
            await self._alerts.post(evaluated, int(self._clock() * 1000))


def check_services(text: str, required: bool) -> list[str]:
    """The services parameter's names; 400 when required and empty."""
    names = service_names(text)
    if required and not names:
        raise ApiError(INVALID_QUERY, "at least one service name is required", "services")
    return names
