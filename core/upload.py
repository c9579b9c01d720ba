"""The upload model: what ingest produces and every store consumes. One normalised upload, how
each interface's figures were read (dialect, estimates, what the client sent), the instance's
process snapshot and the latest record a read returns. It stands on the proto alone, so the
stores and the server's ingest share it without either importing the other."""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator, Mapping, Sequence
from typing import NamedTuple

from csemonitor.core.columns import COLUMN_AT, DOUBLE_FIELDS, metric_values
from csemonitor.core.figures import count
from csemonitor.v2 import metric_pb2

# Figures a client dialect may change (server/dialects.py); InterfaceReading.corrected is a bit mask
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
    estimates: int  # core.figures ESTIMATE_* bits
    corrected: int  # bits over CORRECTABLE: the figures changed
    sent: tuple | None  # the CORRECTABLE figures as sent, in order, when corrected

    def sent_figures(self) -> dict[str, float | int]:
        """The changed figures as the client sent them, by field name (for as_sent)."""
        sent = self.sent or ()
        return {field: sent[at] for at, field in changed_fields(self.corrected)}


AS_SENT = InterfaceReading("", 0, 0, None)
_NAME = COLUMN_AT["name"]


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
            setattr(copy, field, count(value))  # type: ignore[arg-type]
    return copy


class Upload(NamedTuple):
    """One normalised upload, as a store receives it."""

    service: str
    metric: metric_pb2.MetricData  # the true figures (see readings)
    received_ms: int
    client: metric_pb2.ClientInfo
    readings: Sequence[InterfaceReading]  # one per interface of metric, in order
    # Each interface's column values (core.columns.METRIC_COLUMNS), as ingest read them; read
    # from metric when empty.
    values: Sequence[tuple] = ()

    def reports(self) -> Iterator[InterfaceReport]:
        """Each interface as a store writes it: its stored column values, how it was read, and
        its latency distribution serialized (None if it sent none)."""
        interfaces = self.metric.interfaces
        readings = self.readings or [AS_SENT] * len(interfaces)
        values = self.values or [metric_values(interface) for interface in interfaces]
        for interface, reading, row in zip(interfaces, readings, values, strict=True):
            histogram = (
                interface.latency_histogram.SerializeToString()
                if interface.HasField("latency_histogram")
                else None
            )
            yield InterfaceReport(row[_NAME], row, reading, histogram)


class InterfaceReport(NamedTuple):
    """One interface of an upload as a store writes it (Upload.reports)."""

    name: str
    values: tuple  # the stored column values (core.columns.METRIC_COLUMNS)
    reading: InterfaceReading
    histogram: bytes | None


class KnownName(NamedTuple):
    """One (service, instance, interface) of a tenant as a store knows it, and when it was
    last reported."""

    domain: str
    project: str
    service: str
    instance: str
    interface: str
    received_ms: int


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


def _snapshot_copies() -> tuple[tuple[str, bool, bool], ...]:
    """The fields a snapshot takes from its upload: (name, has presence, is a message)."""
    fields = metric_pb2.MetricData.DESCRIPTOR.fields_by_name
    return tuple(
        (name, fields[name].has_presence, fields[name].message_type is not None)
        for name in metric_pb2.InstanceInfo.DESCRIPTOR.fields_by_name
        if name in fields and name != "instance"
    )


_SNAPSHOT_COPIES = _snapshot_copies()


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
    for name, has_presence, is_message in _SNAPSHOT_COPIES:
        if has_presence and not metric.HasField(name):
            continue
        if is_message:
            getattr(snapshot, name).CopyFrom(getattr(metric, name))
        else:
            setattr(snapshot, name, getattr(metric, name))
    return snapshot
