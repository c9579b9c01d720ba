"""What one replica of the remote store adds up at write time, so that a service's views read
series in proportion to its interfaces (times replicas), not to instances x interfaces.

- Minute series (`csemonitor_minute_*`): each committed batch's one-minute roll-up rows
  (server.store.rollups: the rows SQLite upserts) as samples; a step of a service's series adds
  up the samples of its minutes across replicas (percentiles and estimate groups: the maximum).
- Live sums (`csemonitor_live_*`): the latest record of each (service, interface, instance) this
  replica received, summed per (service, interface) over the instances live now, and per service
  the instances known and live. They are written whenever they change and every REFRESH_MS, so a
  read takes each replica's last value within LIVE_SERIES_WINDOW_MS and adds them up.

An instance belongs to the replica that received its newest report: a replica drops what it
holds of an instance another replica has heard from since (RemoteStore checks every REFRESH_MS).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import NamedTuple

from csemonitor.core.columns import (
    METRIC_COLUMNS,
    PARTS,
    PERCENTILES,
    record_parts,
    record_percentiles,
)
from csemonitor.core.figures import ESTIMATE_GROUPS
from csemonitor.core.histogram import Histogram, merged
from csemonitor.core.metric_names import QUANTILES
from csemonitor.core.series import MINUTE_MS
from csemonitor.server.store.remote.buckets import cumulative, index_of_le
from csemonitor.server.store.remote.prompb import label, labels, labels_around, series
from csemonitor.server.store.rollups import RollupInput

REFRESH_MS = 10_000  # every live sum is written again at least this often
LIVE_SERIES_WINDOW_MS = 3 * REFRESH_MS  # a replica's live sums older than this are gone

MINUTE_PREFIX = "csemonitor_minute_"
MINUTE_PERCENTILE = "csemonitor_minute_latency_percentile_ms"
MINUTE_ESTIMATED = "csemonitor_minute_estimated"
LIVE_PREFIX = "csemonitor_live_interface_"
LIVE_PERCENTILE = "csemonitor_live_interface_latency_percentile_ms"
LIVE_ESTIMATED = "csemonitor_live_interface_estimated"
LIVE_NEWEST = "csemonitor_live_interface_newest_time_ms"
LIVE_BUCKET = "csemonitor_live_interface_latency_bucket"  # buckets.cumulative
MINUTE_BUCKET = "csemonitor_minute_latency_bucket"
LIVE_INSTANCES = "csemonitor_live_service_instances"
LIVE_LAST_REPORT = "csemonitor_live_service_last_report_ms"
LIVE_SERVICE_NEWEST = "csemonitor_live_service_newest_report_ms"

# A percentile no live instance reported is written as NO_PERCENTILE (a TSDB keeps no NaN).
NO_PERCENTILE = -1.0

_COLUMN = {name: i for i, name in enumerate(METRIC_COLUMNS)}
_TIME, _NAME_AT, _DESC = (_COLUMN[n] for n in ("time", "name", "desc"))
_QUANTILE_LABELS = tuple(label("quantile", QUANTILES[p]) for p in PERCENTILES)
_GROUP_LABELS = tuple((bit, label("group", group)) for group, bit in ESTIMATE_GROUPS.items())


def _name(metric: str) -> bytes:
    return label("__name__", metric)  # label() keeps every encoding it made


InterfaceKey = tuple[str, str, str, str]  # domain, project, service, interface
ServiceKey = tuple[str, str, str]  # domain, project, service


class Record(NamedTuple):
    """An instance's latest record of one interface: its stored column values."""

    received: int
    values: tuple
    estimates: int
    app: str
    version: str
    histogram: bytes | None = None  # its latency distribution, serialized


class Seen(NamedTuple):
    """An instance's latest snapshot, as far as a service's counts need it."""

    received: int
    app: str
    version: str


def _scope_labels(key: tuple, replica: str, names: tuple[str, ...]) -> dict[str, str]:
    return {"replica": replica, **dict(zip(names, key, strict=True))}


_INTERFACE_LABELS = ("tenant", "project", "service", "interface")
_SERVICE_LABELS = ("tenant", "project", "service")


# Each part's series, in PARTS order: a minute series is named after its roll-up column.
MINUTE_PART_SERIES = tuple(MINUTE_PREFIX + part.column for part in PARTS)
LIVE_PART_SERIES = tuple(LIVE_PREFIX + part.name for part in PARTS)
_MINUTE_NAMES = tuple(map(_name, MINUTE_PART_SERIES))
_LIVE_NAMES = tuple(map(_name, LIVE_PART_SERIES))
# reports and instances mark the minute as reported; a minute's qps counts in a step's mean
# even at 0.
_ALWAYS = tuple(part.name in ("reports", "instances", "qps") for part in PARTS)
_ESTIMATES_AT = 5 + len(PARTS) + len(PERCENTILES)  # a roll-up row's, then its distribution


class MinuteSeries:
    """Roll-up rows as samples. A row's samples carry the newest receive time of the reports
    it adds up, moved later if need be than any this replica wrote for that interface (a TSDB
    refuses a second sample at a timestamp it holds); a report committed after a later minute's
    can thus count in that minute, by at most the few milliseconds of its batch."""

    def __init__(self, replica: str) -> None:
        self._replica = replica
        self._last: dict[InterfaceKey, int] = {}
        self._encoded: dict[InterfaceKey, tuple[bytes, tuple, tuple]] = {}

    def encode(self, rows: Iterable[tuple], inputs: Iterable[RollupInput]) -> bytes:
        """rows: merged roll-up rows; inputs: the rollup_row arguments they were made of."""
        newest: dict[tuple, int] = {}
        for report in inputs:
            received = report.received_ms
            at = (*report.scope, report.values[_NAME_AT], received - received % MINUTE_MS)
            newest[at] = max(newest.get(at, received), received)
        out: list[bytes] = []
        for row in rows:
            key = tuple(row[:4])
            at = max(newest.get(tuple(row[:5]), row[4]), self._last.get(key, 0) + 1)
            self._last[key] = at
            shared, (q_head, q_tail), (g_head, g_tail) = self._labels(key)
            # A zero adds nothing to a sum or a maximum (of figures that are never negative):
            # n, instances and qps are always written, the rest when they are not zero.
            summed = row[5 : 5 + len(PARTS)]
            for name, value, always in zip(_MINUTE_NAMES, summed, _ALWAYS, strict=True):
                if value or always:
                    out.append(series(name, shared, float(value), at))
            percentiles = row[5 + len(PARTS) : _ESTIMATES_AT]
            if any(percentiles):
                for quantile, value in zip(_QUANTILE_LABELS, percentiles, strict=True):
                    if value:
                        out.append(
                            series(_name(MINUTE_PERCENTILE), q_head + quantile + q_tail, value, at)
                        )
            if row[_ESTIMATES_AT]:
                for bit, group in _GROUP_LABELS:
                    if row[_ESTIMATES_AT] & bit:
                        out.append(
                            series(_name(MINUTE_ESTIMATED), g_head + group + g_tail, 1.0, at)
                        )
            if row[_ESTIMATES_AT + 1] is not None:  # the batch's distributions, merged
                buckets = cumulative(Histogram.parse(row[_ESTIMATES_AT + 1]))
                scope = _scope_labels(key, self._replica, _INTERFACE_LABELS)
                out.append(bucket_series(_name(MINUTE_BUCKET), scope, buckets, at))
        return b"".join(out)

    def _labels(self, key: InterfaceKey) -> tuple[bytes, tuple, tuple]:
        """An interface's labels encoded, and around a quantile and a group label (kept while
        the interface writes)."""
        found = self._encoded.get(key)
        if found is None:
            scope = _scope_labels(key, self._replica, _INTERFACE_LABELS)
            found = self._encoded[key] = (
                labels(scope),
                labels_around(scope, "quantile"),
                labels_around(scope, "group"),
            )
        return found

    def forget_before(self, minute: int) -> None:
        self._last = {k: at for k, at in self._last.items() if at >= minute}
        self._encoded = {k: v for k, v in self._encoded.items() if k in self._last}


class LiveSums:
    """This replica's latest records and instance snapshots, and their sums as series."""

    def __init__(self, replica: str, live_window_ms: int, lookback_ms: int) -> None:
        self._replica = replica
        self._live_ms = live_window_ms
        self._lookback_ms = lookback_ms
        self._records: dict[InterfaceKey, dict[str, Record]] = defaultdict(dict)
        self._oldest: dict[InterfaceKey, int] = {}  # the oldest record's receive time, per key
        self._seen: dict[ServiceKey, dict[str, Seen]] = defaultdict(dict)
        self._interfaces_of: dict[tuple, set[str]] = defaultdict(set)  # (*service key, instance)
        self._dirty: set[InterfaceKey] = set()
        self._lowest_le: dict[InterfaceKey, int] = {}
        self._written_services: dict[ServiceKey, tuple] = {}
        self._refreshed = 0

    # -- what it learns

    def record(self, service: ServiceKey, instance: str, name: str, record: Record) -> None:
        key = (*service, name)
        held = self._records[key].get(instance)
        if held is not None and held.received > record.received:
            return  # an older report arriving late changes nothing
        self._records[key][instance] = record
        self._interfaces_of[(*service, instance)].add(name)
        self._oldest[key] = min(self._oldest.get(key, record.received), record.received)
        self._dirty.add(key)

    def saw(self, service: ServiceKey, instance: str, seen: Seen) -> None:
        held = self._seen[service].get(instance)
        if held is None or held.received <= seen.received:
            self._seen[service][instance] = seen

    def disown(self, newer_elsewhere: dict[tuple[str, str, str, str], float]) -> int:
        """Drop the instances another replica received a newer report of; how many."""
        dropped = 0
        for (domain, project, name, instance), received in newer_elsewhere.items():
            service = (domain, project, name)
            seen = self._seen.get(service, {}).get(instance)
            if seen is None or seen.received >= received:
                continue
            del self._seen[service][instance]
            for name in self._interfaces_of.pop((*service, instance), ()):
                key = (*service, name)
                if self._records.get(key, {}).pop(instance, None) is not None:
                    self._dirty.add(key)
            dropped += 1
        return dropped

    # -- what it writes

    def encode(self, now_ms: int, refresh: bool = False) -> bytes:
        """The live sums that changed (all of them when refresh), as samples at now_ms."""
        live_since = now_ms - self._live_ms
        due = set(self._dirty)
        due.update(key for key, oldest in self._oldest.items() if oldest < live_since)
        if refresh or now_ms - self._refreshed >= REFRESH_MS:
            due.update(self._records)
            self._refreshed = now_ms
            self._written_services.clear()
        self._dirty.clear()
        out: list[bytes] = []
        for key in due:
            out.append(self._interface_series(key, live_since, now_ms))
        out.append(self._service_series(live_since, now_ms))
        return b"".join(out)

    def _interface_series(self, key: InterfaceKey, live_since: int, now_ms: int) -> bytes:
        held = self._records.get(key, {})
        for instance in [i for i, r in held.items() if r.received < live_since]:
            del held[instance]
        totals, percentiles, estimates, newest, histogram = _add_up(held.values())
        if held:
            self._oldest[key] = min(r.received for r in held.values())
        else:
            self._records.pop(key, None)
            self._oldest.pop(key, None)
            self._lowest_le.pop(key, None)
        scope = _scope_labels(key, self._replica, _INTERFACE_LABELS)
        shared = labels(scope)
        out = [
            series(name, shared, float(value), now_ms)
            for name, value in zip(_LIVE_NAMES, totals, strict=True)
        ]
        if not held:
            return b"".join(out)  # instances 0: the key is gone from reads
        out.append(series(_name(LIVE_PREFIX + "client_time_ms"), shared, newest[0], now_ms))
        head, tail = labels_around(scope, "quantile")
        for quantile, value in zip(_QUANTILE_LABELS, percentiles, strict=True):
            out.append(series(_name(LIVE_PERCENTILE), head + quantile + tail, value, now_ms))
        head, tail = labels_around(scope, "group")
        for bit, group in _GROUP_LABELS:
            estimated = 1.0 if estimates & bit else 0.0
            out.append(series(_name(LIVE_ESTIMATED), head + group + tail, estimated, now_ms))
        _, _, app, version, desc = newest
        described = labels({**scope, "app": app, "version": version, "desc": desc})
        out.append(series(_name(LIVE_NEWEST), described, newest[0], now_ms))
        if histogram is not None:
            # From the lowest bucket ever written for the key: a lower `le` written before is
            # written again (its count now), never left behind with an old one.
            buckets = cumulative(histogram, self._lowest_le.get(key))
            self._lowest_le[key] = index_of_le(buckets[1][0])
            out.append(bucket_series(_name(LIVE_BUCKET), scope, buckets, now_ms))
        return b"".join(out)

    def _service_series(self, live_since: int, now_ms: int) -> bytes:
        known_since = now_ms - self._lookback_ms
        out: list[bytes] = []
        for service in list(self._seen):
            held = self._seen[service]
            for instance in [i for i, s in held.items() if s.received < known_since]:
                del held[instance]
                self._interfaces_of.pop((*service, instance), None)
            live = sum(1 for s in held.values() if s.received >= live_since)
            newest = max(held.values(), default=None)
            figures = (len(held), live, newest)
            if self._written_services.get(service) == figures:
                continue
            self._written_services[service] = figures
            if not held:
                del self._seen[service]
            scope = _scope_labels(service, self._replica, _SERVICE_LABELS)
            head, tail = labels_around(scope, "state")
            for state, value in (("known", len(held)), ("live", live)):
                state_label = label("state", state)
                out.append(series(_name(LIVE_INSTANCES), head + state_label + tail, value, now_ms))
            if newest is not None:
                shared = labels(scope)
                out.append(series(_name(LIVE_LAST_REPORT), shared, newest.received, now_ms))
                described = labels({**scope, "app": newest.app, "version": newest.version})
                out.append(series(_name(LIVE_SERVICE_NEWEST), described, newest.received, now_ms))
        return b"".join(out)


def bucket_series(
    name: bytes, scope: dict[str, str], buckets: Iterable[tuple[str, int]], at: int
) -> bytes:
    """A distribution as Prometheus' cumulative `le` buckets (buckets.cumulative)."""
    head, tail = labels_around(scope, "le")
    return b"".join(series(name, head + label("le", le) + tail, float(n), at) for le, n in buckets)


def _add_up(records: Collection[Record]) -> tuple[list, list[float], int, tuple, Histogram | None]:
    """Sums of the live records of one interface: (each part's sum, the percentiles' maxima,
    the estimate groups, the newest record's (time, received, app, version, desc), the
    records' latency distributions merged)."""
    totals: list[float] = [0] * len(PARTS)
    percentiles = [NO_PERCENTILE] * len(PERCENTILES)
    estimates = 0
    newest = (0, 0, "", "", "")
    for record in records:
        values = record.values
        for i, value in enumerate(record_parts(values, record.histogram is not None)):
            if math.isfinite(value):  # a NaN adds nothing
                totals[i] += value
        for i, value in enumerate(record_percentiles(values)):
            if value > percentiles[i]:  # NaN compares false
                percentiles[i] = value
        estimates |= record.estimates
        order = (values[_TIME], record.received)
        if order > newest[:2]:
            newest = (*order, record.app, record.version, values[_DESC])
    return totals, percentiles, estimates, newest, merged(r.histogram for r in records)
