"""Uploads as Prometheus remote-write requests (names: core.metric_names; docs/scaling.md
lists every metric and label).

Interface figures are labelled tenant, project, service, instance and interface only, so a
series keeps its identity across upgrades; what describes a report (host, instance id, app,
version, description) rides on `csemonitor_interface_last_report_ms`, whose value is the
server's receive time. The process snapshot's numbers become `csemonitor_instance_*` samples; its
text and free-form parts ride as labels on `csemonitor_instance_last_report_ms`. Every sample
carries the server's receive time. NaN figures are left out: TSDBs do not keep them.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Mapping
from typing import NamedTuple

import aiohttp
import cramjam
from google.protobuf import json_format, struct_pb2

from csemonitor.core.columns import COLUMN_AT
from csemonitor.core.errors import TOO_LARGE, UNAVAILABLE, ApiError
from csemonitor.core.figures import ESTIMATE_GROUPS, FREE_FORM_FIELDS
from csemonitor.core.metric_names import (
    CORRECTED_METRIC,
    ESTIMATED_METRIC,
    INSTANCE_METRICS,
    INSTANCE_REPORT_METRIC,
    INTERFACE_METRICS,
    INTERFACE_REPORT_METRIC,
    LATENCY_SUM_METRIC,
    MAX_LABEL_VALUE,
    PERCENTILE_METRIC,
    QUANTILES,
    SENT_METRIC,
)
from csemonitor.core.tenant import Tenant
from csemonitor.core.upload import CORRECTABLE, Upload, changed_fields, instance_key
from csemonitor.server.store.group_commit import BatchRefused
from csemonitor.server.store.remote.fleet import Record, Seen
from csemonitor.server.store.remote.prompb import LabelSet, encode_series, label, labels
from csemonitor.server.store.rollups import RollupInput
from csemonitor.v2 import metric_pb2

HEADERS = {
    "Content-Encoding": "snappy",
    "Content-Type": "application/x-protobuf",
    "X-Prometheus-Remote-Write-Version": "0.1.0",
}
RETRY_DELAYS = (0.1, 0.3, 0.9)


_NAMES = {
    name: label("__name__", name)
    for name in (
        *INTERFACE_METRICS,
        LATENCY_SUM_METRIC,
        PERCENTILE_METRIC,
        INTERFACE_REPORT_METRIC,
        INSTANCE_REPORT_METRIC,
        ESTIMATED_METRIC,
        CORRECTED_METRIC,
        SENT_METRIC,
        *INSTANCE_METRICS,
    )
}
_GROUP_LABELS = tuple((bit, label("group", group)) for group, bit in ESTIMATE_GROUPS.items())
_FIELD_LABELS = {name: label("field", name) for name in CORRECTABLE}
# Positions in an interface's column values (core.columns.METRIC_COLUMNS), as ingest read them.
_QUANTILE_LABELS = tuple((COLUMN_AT[field], label("quantile", q)) for field, q in QUANTILES.items())
_INTERFACE_FIGURES = tuple(
    (_NAMES[name], COLUMN_AT[field]) for name, field in INTERFACE_METRICS.items()
)
_LATENCY, _TOTAL, _DESC = (COLUMN_AT[name] for name in ("latency", "total", "desc"))


def _number_parts(value: struct_pb2.Value) -> dict[str, float] | None:
    """A Value's numbers by part ("" for a plain number); None if it is not all numbers."""
    kind = value.WhichOneof("kind")
    if kind == "number_value" and math.isfinite(value.number_value):
        return {"": value.number_value}
    if kind == "struct_value" and value.struct_value.fields:
        fields = value.struct_value.fields
        if all(v.WhichOneof("kind") == "number_value" for v in fields.values()):
            return {k: v.number_value for k, v in fields.items() if math.isfinite(v.number_value)}
    return None


def _instance_samples(
    metric: metric_pb2.MetricData,
) -> tuple[list[tuple[str, str, float]], metric_pb2.MetricData]:
    """(metric name, part, value) of the snapshot's numbers, and the rest as a MetricData."""
    samples: list[tuple[str, str, float]] = []
    rest = metric_pb2.MetricData()
    for name, field in INSTANCE_METRICS.items():
        if not metric.HasField(field):
            continue
        value = getattr(metric, field)
        parts: dict[str, float] | None
        if isinstance(value, (int, float)):
            parts = {"": float(value)} if math.isfinite(value) else {}
        else:
            parts = _number_parts(value)
        if parts is None:
            getattr(rest, field).CopyFrom(value)
        else:
            samples.extend((name, part, number) for part, number in parts.items())
    for field in FREE_FORM_FIELDS:
        if metric.HasField(field):
            getattr(rest, field).CopyFrom(getattr(metric, field))
    return samples, rest


def _spell_non_finite(value: struct_pb2.Value) -> None:
    """NaN and infinities as the protobuf JSON mapping spells doubles ("NaN", "Infinity",
    "-Infinity"): JSON has no such numbers, and a gRPC client may send them."""
    kind = value.WhichOneof("kind")
    if kind == "number_value" and not math.isfinite(value.number_value):
        number = value.number_value
        value.string_value = "NaN" if number != number else ("-" * (number < 0)) + "Infinity"
    elif kind == "struct_value":
        for item in value.struct_value.fields.values():
            _spell_non_finite(item)
    elif kind == "list_value":
        for item in value.list_value.values:
            _spell_non_finite(item)


def extension_label(rest: metric_pb2.MetricData) -> str:
    """The free-form parts as compact JSON ("" when there are none); a NaN or infinity in them
    reads back as its JSON spelling, a string."""
    if rest.ByteSize() == 0:
        return ""
    for field, _ in rest.ListFields():
        _spell_non_finite(getattr(rest, field.name))
    text = json_format.MessageToJson(rest, indent=None, ensure_ascii=False)
    if len(text.encode()) > MAX_LABEL_VALUE:
        largest, _ = max(rest.ListFields(), key=lambda pair: pair[1].ByteSize())
        raise ApiError(
            TOO_LARGE,
            f"extension data over {MAX_LABEL_VALUE} bytes of JSON cannot be stored",
            largest.json_name,  # the field as the client wrote it, e.g. providersCache
        )
    return text


def write_request(tenant: Tenant, upload: Upload, replica: str = "") -> bytes:
    """The samples of one upload: a serialized WriteRequest (requests concatenate into one).
    `replica`: the replica that received it, a label of the instance's report."""
    service, metric, received_ms = upload.service, upload.metric, upload.received_ms
    scope = {
        "tenant": tenant.domain,
        "project": tenant.project,
        "service": service,
        "instance": instance_key(metric),
    }
    described = {
        "host": metric.instance,
        "instance_id": metric.instance_id,
        "app": metric.app_id,
        "version": metric.version,
    }
    out: list[tuple[bytes, bytes, float]] = []  # (name, other labels, value)
    add = out.append
    for name, values, reading, _ in upload.reports():
        interface_scope = {**scope, "interface": name}
        encoded = LabelSet(interface_scope)
        shared = encoded.whole
        for series_name, at in _INTERFACE_FIGURES:
            value = float(values[at])
            if value == value:  # not NaN
                add((series_name, shared, value))
        latency = values[_LATENCY]
        if latency == latency:
            add((_NAMES[LATENCY_SUM_METRIC], shared, latency * values[_TOTAL]))
        head, tail = encoded.around("quantile")
        for at, quantile in _QUANTILE_LABELS:
            value = values[at]
            if value == value:
                add((_NAMES[PERCENTILE_METRIC], head + quantile + tail, value))
        head, tail = encoded.around("group")
        for bit, group in _GROUP_LABELS:
            estimated = 1.0 if reading.estimates & bit else 0.0
            add((_NAMES[ESTIMATED_METRIC], head + group + tail, estimated))
        add((_NAMES[CORRECTED_METRIC], shared, float(reading.corrected)))
        if reading.corrected:
            head, tail = encoded.around("field")
            for at, field in changed_fields(reading.corrected):
                value = float(reading.sent[at])  # type: ignore[index]  # corrected: sent is set
                field_label = _FIELD_LABELS[field]
                add((_NAMES[SENT_METRIC], head + field_label + tail, value))
        report = labels(
            {**interface_scope, **described, "desc": values[_DESC], "dialect": reading.dialect}
        )
        add((_NAMES[INTERFACE_REPORT_METRIC], report, received_ms))
    samples, rest = _instance_samples(metric)
    instance_labels = LabelSet(scope)
    head, tail = instance_labels.around("part")
    for metric_name, part, value in samples:
        part_labels = head + label("part", part) + tail if part else instance_labels.whole
        add((_NAMES[metric_name], part_labels, value))
    snapshot = {
        **scope,
        **described,
        "service_id": metric.service_id,
        "environment": metric.environment,
        "extension": extension_label(rest),
        "client_family": upload.client.family,
        "client_version": upload.client.version,
        "client_signals": "; ".join(upload.client.signals),
        "replica": replica,
    }
    add((_NAMES[INSTANCE_REPORT_METRIC], labels(snapshot), received_ms))
    return encode_series(out, received_ms)


class Learned(NamedTuple):
    """What the replica's own sums learn from one upload (server.store.remote.fleet)."""

    rollups: list[RollupInput]
    records: list[tuple[str, Record]]  # (interface, its record)
    instance: str  # the instance's key
    seen: Seen


def learned(tenant: Tenant, upload: Upload) -> Learned:
    """An upload's roll-up inputs, latest records and snapshot time, as fleet.py keeps them."""
    metric, received_ms = upload.metric, upload.received_ms
    scope = (tenant.domain, tenant.project, upload.service)
    key = instance_key(metric)
    rollups: list[RollupInput] = []
    records: list[tuple[str, Record]] = []
    for name, values, reading, histogram in upload.reports():
        estimates = reading.estimates
        rollups.append(RollupInput(scope, key, values, received_ms, estimates, histogram))
        record = Record(received_ms, values, estimates, metric.app_id, metric.version, histogram)
        records.append((name, record))
    return Learned(rollups, records, key, Seen(received_ms, metric.app_id, metric.version))


def encode(payload: bytes) -> bytes:
    """The request body: a serialized WriteRequest, snappy block-compressed."""
    return bytes(cramjam.snappy.compress_raw(payload))


async def push(
    session: aiohttp.ClientSession,
    url: str,
    body: bytes,
    headers: Mapping[str, str],
    deadline: float,
) -> None:
    """POST one remote-write body, retrying with backoff while the deadline allows.

    Raises ApiError 503 (with Retry-After) when the TSDB did not accept it in time: the upload
    must then not be acknowledged."""
    loop = asyncio.get_running_loop()
    give_up = loop.time() + deadline
    for delay in (*RETRY_DELAYS, None):
        remaining = give_up - loop.time()
        if remaining <= 0:
            break
        try:
            async with session.post(
                url,
                data=body,
                headers={**HEADERS, **headers},
                timeout=aiohttp.ClientTimeout(total=remaining),
            ) as response:
                await response.read()
                status = response.status
            if status < 300:
                return
            if 400 <= status < 500 and status != 429:
                # The TSDB refuses this body, not the moment: retrying cannot help, and the
                # group commit tries the batch's uploads one by one.
                raise BatchRefused(_unavailable())
        except (aiohttp.ClientError, TimeoutError):
            pass
        if delay is None or loop.time() + delay >= give_up:
            break
        await asyncio.sleep(delay)
    raise _unavailable()


def _unavailable() -> ApiError:
    return ApiError(
        UNAVAILABLE, "the time-series database did not accept the upload", retry_after=2.0
    )
