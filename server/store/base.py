"""The store interface: every store (embedded SQLite, a remote TSDB) implements it the same way."""

from __future__ import annotations

import abc
import functools
import math
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from csemonitor.core.figures import DOUBLE_FIELDS, count
from csemonitor.core.series import SeriesPlan
from csemonitor.core.tenant import Tenant
from csemonitor.v2 import metric_pb2

# Figures a client dialect may change (server.dialects); InterfaceReading.corrected is a bit mask
# over them, in this order.
CORRECTABLE = (
    "qps",
    "total",
    "failure",
    "short_circuited",
    "semaphore_rejected",
    "thread_pool_rejected",
    "count_timeout",
    "latency",
    "l995",
    "l99",
    "l90",
    "l75",
    "l50",
    "l25",
    "l5",
)


class InterfaceReading(NamedTuple):
    """How an interface's figures were read (server.dialects): by which arithmetic, which
    figure groups are estimates, and what the client sent when a figure was changed."""

    dialect: str
    estimates: int  # server.series ESTIMATE_* bits
    corrected: int  # bits over CORRECTABLE: the figures changed
    sent: tuple | None  # the CORRECTABLE figures as sent, in order, when corrected

    def sent_figures(self) -> dict[str, float | int]:
        """The changed figures as the client sent them, by field name (for as_sent)."""
        sent = self.sent
        return {field: sent[at] for at, field in changed_fields(self.corrected)}


AS_SENT = InterfaceReading("", 0, 0, None)


@functools.lru_cache(maxsize=1024)  # a fleet's uploads change the same few figures
def changed_fields(corrected: int) -> tuple[tuple[int, str], ...]:
    """The positions in CORRECTABLE and the names of the figures a `corrected` mask marks."""
    return tuple((at, field) for at, field in enumerate(CORRECTABLE) if corrected >> at & 1)


def as_sent(
    metric: metric_pb2.InterfaceMetric, sent: Mapping[str, float | int | str], corrected: int = -1
) -> metric_pb2.InterfaceMetric | None:
    """What the client sent: the stored figures with the changed ones as `sent` holds them, by
    field name. `corrected`: the bits of the figures changed (by default, those `sent` holds);
    a changed double `sent` lacks is NaN, a count 0. A double may be text ("inf", "nan")."""
    if corrected == -1:
        corrected = sum(1 << at for at, field in enumerate(CORRECTABLE) if field in sent)
    if not corrected:
        return None
    copy = metric_pb2.InterfaceMetric()
    copy.CopyFrom(metric)
    for _, field in changed_fields(corrected):
        value = sent.get(field)
        if field in DOUBLE_FIELDS:
            setattr(copy, field, math.nan if value is None else float(value))
        else:
            setattr(copy, field, count(value))
    return copy


class Upload(NamedTuple):
    """One normalised upload, as a store receives it."""

    service: str
    metric: metric_pb2.MetricData  # the true figures (see readings)
    received_ms: int
    client: metric_pb2.ClientInfo
    readings: Sequence[InterfaceReading]  # one per interface of metric, in order


class LatestInterface(NamedTuple):
    """The latest record of one (service, instance, interface) pair."""

    service: str
    instance: str
    host: str
    instance_id: str
    app_id: str
    version: str
    received_ms: int
    metric: metric_pb2.InterfaceMetric
    dialect: str = ""
    estimates: int = 0
    sent: metric_pb2.InterfaceMetric | None = None  # as sent, when it differs from metric


def instance_key(metric: metric_pb2.MetricData) -> str:
    """An instance is known by its instanceId, else by its host name."""
    return metric.instance_id or metric.instance


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
        function: str | None = None,
    ) -> list[metric_pb2.InterfaceSeries]:
        """Per-interface series over plan's range and step, at plan's resolution."""

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


_SNAPSHOT_FIELDS = tuple(
    name
    for name in metric_pb2.InstanceInfo.DESCRIPTOR.fields_by_name
    if name in metric_pb2.MetricData.DESCRIPTOR.fields_by_name and name != "instance"
)


def instance_snapshot(
    service: str,
    metric: metric_pb2.MetricData,
    received_ms: int,
    client: metric_pb2.ClientInfo | None = None,
) -> metric_pb2.InstanceInfo:
    """The process snapshot an upload carries (everything but its interfaces)."""
    snapshot = metric_pb2.InstanceInfo(
        service=service,
        instance=instance_key(metric),
        host=metric.instance,
        last_report_time=received_ms,
    )
    snapshot.client.SetInParent()  # always written, empty when no family was recognised
    if client is not None:
        snapshot.client.MergeFrom(client)
    for name in _SNAPSHOT_FIELDS:
        if metric.DESCRIPTOR.fields_by_name[name].has_presence:
            if metric.HasField(name):
                target = getattr(snapshot, name)
                if hasattr(target, "CopyFrom"):
                    target.CopyFrom(getattr(metric, name))
                else:
                    setattr(snapshot, name, getattr(metric, name))
        else:
            setattr(snapshot, name, getattr(metric, name))
    return snapshot
