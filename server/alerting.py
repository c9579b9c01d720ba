"""Threshold breaches as Alertmanager alerts (its v2 API, POST /api/v2/alerts).

One alert per (tenant, project, service, figure), labelled so, re-posted at every evaluation
while it lasts with endsAt a few evaluations ahead (should this server stop, Alertmanager
resolves it by itself), and posted once more with endsAt now when it ends. Replicas evaluating
the same thresholds post alerts with the same labels, which Alertmanager merges into one, as it
does for a Prometheus HA pair: one notification, whichever replica posted first.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Iterable

import aiohttp

from csemonitor.core.log_summary import LogSummary
from csemonitor.core.tenant import Tenant
from csemonitor.server.thresholds import FIGURES
from csemonitor.v2 import metric_pb2

log = logging.getLogger(__name__)
_repeats = LogSummary(log)

ALERT_NAME = "CsemonitorThresholdBreached"


def _iso(ms: int) -> str:
    return datetime.datetime.fromtimestamp(ms / 1000, datetime.UTC).isoformat()


class Alertmanager:
    """Posts the breaches of each evaluation; remembers what it posted, to resolve it."""

    def __init__(self, url: str, interval: float, timeout: float = 5.0) -> None:
        self._url = url.rstrip("/") + "/api/v2/alerts"
        self._hold_ms = int(interval * 4 * 1000)  # endsAt this far ahead while it lasts
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._firing: dict[tuple[str, str, str, str], dict] = {}

    async def post(
        self,
        evaluated: Iterable[tuple[Tenant, metric_pb2.ServiceSummary, metric_pb2.ThresholdState]],
        now_ms: int,
    ) -> None:
        firing: dict[tuple[str, str, str, str], dict] = {}
        for tenant, summary, state in evaluated:
            for figure in state.breached:
                key = (tenant.domain, tenant.project, state.service, figure)
                firing[key] = self._alert(key, summary, state, now_ms + self._hold_ms)
        resolved = [
            {**alert, "endsAt": _iso(now_ms)}
            for key, alert in self._firing.items()
            if key not in firing
        ]
        body = [*firing.values(), *resolved]
        if not body:
            return
        try:
            async with aiohttp.ClientSession(timeout=self._timeout) as session:
                async with session.post(self._url, json=body) as response:
                    if response.status >= 300:
                        text = (await response.text())[:200]
                        raise RuntimeError(f"Alertmanager answered {response.status}: {text}")
        except Exception as exc:  # Alertmanager away: the next evaluation posts them again
            _repeats.log(logging.WARNING, f"alerts not posted to {self._url}: {exc}")
            return
        self._firing = firing

    @staticmethod
    def _alert(key: tuple[str, str, str, str], summary, state, ends_ms: int) -> dict:
        domain, project, service, figure = key
        field, measured, unit = FIGURES[figure]
        value, limit = getattr(summary, measured), getattr(state.threshold, field)
        return {
            "labels": {
                "alertname": ALERT_NAME,
                "tenant": domain,
                "project": project,
                "service": service,
                "figure": figure,
            },
            "annotations": {
                "summary": f"{service}: {figure} {value:g} {unit} over its threshold {limit:g}",
                "value": f"{value:g}",
                "threshold": f"{limit:g}",
            },
            "startsAt": _iso(state.since),
            "endsAt": _iso(ends_ms),
        }
