"""The series a tenant may write to the TSDB in one hour, counted by this replica: what a TSDB's
own limits guard (VictoriaMetrics `-storage.maxHourlySeries`, Mimir `max_global_series_per_user`),
refused here first with an answer that names the limit, so the TSDB never drops a tenant's
samples silently. A series counts once an hour however often it is written, as in those TSDBs.

Each (service, instance, interface) is SERIES_PER_INTERFACE series (writes.py). Each replica
counts what it writes; replicas behind one load balancer share the traffic, so the tenant's
total stays within the limit times the replicas at most.
"""

from __future__ import annotations

from collections import defaultdict

from csemonitor.core.errors import LimitRefusal
from csemonitor.core.figures import ESTIMATE_GROUPS
from csemonitor.core.metric_names import INTERFACE_METRICS, QUANTILES
from csemonitor.core.tenant import Tenant
from csemonitor.core.upload import Upload, instance_key

HOUR_MS = 3_600_000
# An interface's series per instance: each figure, the latency sum, each percentile, each
# estimate group, the corrected mask and the report (what the client sent: only when corrected).
SERIES_PER_INTERFACE = len(INTERFACE_METRICS) + 1 + len(QUANTILES) + len(ESTIMATE_GROUPS) + 2


class HourlySeries:
    """Distinct interface series per tenant in the current clock hour, against a limit."""

    def __init__(self, limit: int) -> None:
        self.limit = limit  # series per tenant per hour; 0: no limit
        self._hour = -1
        self._keys: dict[tuple[str, str], set[tuple[str, str, str]]] = defaultdict(set)

    def admit(self, tenant: Tenant, upload: Upload, now_ms: int) -> None:
        """Count the upload's series, or raise LimitRefusal (then nothing is counted)."""
        if not self.limit:
            return
        hour = now_ms // HOUR_MS
        if hour != self._hour:
            self._hour, self._keys = hour, defaultdict(set)
        keys = self._keys[(tenant.domain, tenant.project)]
        instance = instance_key(upload.metric)
        new = {(upload.service, instance, i.name) for i in upload.metric.interfaces} - keys
        if new and (len(keys) + len(new)) * SERIES_PER_INTERFACE > self.limit:
            raise LimitRefusal(
                "series_per_tenant_hour",
                f"series written this hour at the limit of {self.limit} "
                f"(remote_max_series_per_hour): {len(new)} new interfaces of {instance!r} "
                "would add more; series already written this hour are accepted",
                "interfaces",
            )
        keys.update(new)
