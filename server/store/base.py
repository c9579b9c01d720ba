"""The store interface: every store (embedded SQLite, a remote TSDB) implements it the same way."""

from __future__ import annotations

import abc
from collections.abc import Sequence

from csemonitor.core.series import SeriesPlan
from csemonitor.core.tenant import Tenant
from csemonitor.core.upload import KnownName, LatestInterface, Upload
from csemonitor.v2 import metric_pb2


class Store(abc.ABC):
    """Durable storage of uploads and the reads the dashboard needs."""

    @abc.abstractmethod
    async def open(self) -> None:
        """Prepare for use (create schema, start background work)."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Commit what is pending and release resources."""

    @abc.abstractmethod
    async def write(self, tenant: Tenant, upload: Upload) -> None:
        """Store one normalised upload; returns only once it is durable. Raises ApiError (503).

        The store may consume upload.metric (clear its interfaces once read): pass one you own.
        """

    @abc.abstractmethod
    async def instance_interfaces(
        self,
        tenant: Tenant,
        services: Sequence[str],
        instance: str,
        function: str | None = None,
    ) -> list[LatestInterface]:
        """The latest record of each interface of one instance (its key or its host name)."""

    @abc.abstractmethod
    async def live_interfaces(
        self, tenant: Tenant, since_ms: int, service: str | None = None
    ) -> list[LatestInterface]:
        """The latest record of every (instance, interface) pair received at or after since_ms
        (of one service, or of all), as instance_interfaces gives them."""

    @abc.abstractmethod
    async def aggregate_interfaces(
        self,
        tenant: Tenant,
        services: Sequence[str],
        since_ms: int,
        function: str | None = None,
    ) -> list[metric_pb2.MetricInfo]:
        """One record per (service, interface), sorted, over the latest record of each
        (instance, interface) pair received at or after since_ms.

        Sums: qps and the counts (a NaN adds nothing). Latency: mean weighted by total (plain mean
        when nothing was called). Percentiles: the maximum over instances. Breaker: open if any
        instance's is; breaker_rate_agg the fraction of instances with it open. failure_rate and
        rate in percent from the summed counts (clients' own rates are unreliable). Estimates:
        every group any record has. time, app_id, version, desc: of the newest record.
        """

    @abc.abstractmethod
    async def service_summaries(
        self, tenant: Tenant, since_ms: int
    ) -> list[metric_pb2.ServiceSummary]:
        """Every service with an instance snapshot, sorted by name: instance counts (live since
        since_ms, and known), last report, app and version of the newest snapshot, and the roll-up
        of its live interfaces (summed qps, failure rate from counts, any breaker open)."""

    @abc.abstractmethod
    async def instances(
        self, tenant: Tenant, service: str | None = None
    ) -> list[metric_pb2.InstanceInfo]:
        """Each instance's latest snapshot (`live` left unset), with last_report_time and the
        client recognised in that upload."""

    @abc.abstractmethod
    async def series(
        self,
        tenant: Tenant,
        service: str,
        plan: SeriesPlan,
        instance: str | None = None,
        function: str | Sequence[str] | None = None,
    ) -> list[metric_pb2.InterfaceSeries]:
        """Per-interface series over plan's range and step, at plan's resolution (of one
        interface, or of those named, when `function` is given)."""

    # The one line saying the store's file is damaged, once a read or write found it (health
    # NOT_SERVING until a restart, which checks the file and refuses it); None while sound.
    damaged: str | None = None

    # Whether other processes write the same store (replicas on one TSDB): what one knows of
    # another's names must then be read again now and then (server.limits).
    shared = False

    @abc.abstractmethod
    async def known_names(self, since_ms: int) -> list[KnownName]:
        """Each (service, instance, interface) reported since since_ms (as far back as the store
        keeps them), with its latest receive time: what the cardinality limits count."""

    @abc.abstractmethod
    async def thresholds(self) -> list[tuple[Tenant, metric_pb2.MetricThreshold]]:
        """Every tenant's thresholds (a few per service at most: read whole, and often)."""

    @abc.abstractmethod
    async def set_threshold(self, tenant: Tenant, threshold: metric_pb2.MetricThreshold) -> None:
        """Create or replace the threshold of (service_name, app_id, environment); durable once
        it returns."""

    @abc.abstractmethod
    async def delete_thresholds(self, tenant: Tenant, services: Sequence[str]) -> int:
        """Delete every threshold of these services; how many there were."""

    @property
    @abc.abstractmethod
    def write_failing(self) -> bool:
        """Whether uploads cannot be stored now (the latest commit failed for the store's sake:
        a full disk, an unreachable TSDB); health reports NOT_SERVING meanwhile."""

    @abc.abstractmethod
    async def check_writable(self) -> None:
        """Try the smallest write; raises ApiError (503) if uploads cannot be stored, else
        clears write_failing."""

    @abc.abstractmethod
    async def prune(self, raw_before_ms: int, before_ms: int) -> int:
        """Delete raw samples received before raw_before_ms and everything else before before_ms.

        Returns the number of records removed."""
