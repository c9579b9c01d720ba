"""Cardinality limits: how many services a tenant, and interfaces and instances a service, may
have. A buggy client that puts request ids in its interface names (`Provider.GET /orders/12345`)
would otherwise give its tenant one new interface per call, forever.

Names already known are always accepted; an upload that would add a name beyond a limit is
refused whole (LIMIT_EXCEEDED, 422), naming the limit, so no upload is acknowledged that was not
stored. A name is known once an upload carrying it was admitted, and forgotten when it has not
been reported for the store's retention (SQLite) or lookback (a TSDB), as the store forgets it.
The server seeds the names from its store at start, and, on a TSDB shared by replicas, again
every REFRESH_SECONDS (each replica admits new names on its own between two refreshes).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from csemonitor.core.errors import LimitRefusal
from csemonitor.core.tenant import Tenant
from csemonitor.core.upload import KnownName, Upload, instance_key

REFRESH_SECONDS = 60.0


@dataclass
class _Service:
    interfaces: dict[str, int] = field(default_factory=dict)  # name -> last reported (ms)
    instances: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class CardinalityLimits:
    services_per_tenant: int
    interfaces_per_service: int
    instances_per_service: int


class Cardinality:
    """The names each tenant's uploads have created, against the limits."""

    def __init__(self, limits: CardinalityLimits) -> None:
        self.limits = limits
        self._tenants: dict[tuple[str, str], dict[str, _Service]] = defaultdict(dict)

    def seed(self, known: Iterable[KnownName]) -> None:
        """Learn what a store holds (names it already knows are kept)."""
        for name in known:
            service = self._tenants[(name.domain, name.project)].setdefault(
                name.service, _Service()
            )
            _note(service.interfaces, name.interface, name.received_ms)
            _note(service.instances, name.instance, name.received_ms)

    def admit(self, tenant: Tenant, upload: Upload) -> None:
        """Record the upload's names, or raise LIMIT_EXCEEDED if one is new beyond a limit
        (then nothing is recorded)."""
        services = self._tenants[(tenant.domain, tenant.project)]
        service = services.get(upload.service)
        limits = self.limits
        if service is None:
            if len(services) >= limits.services_per_tenant:
                raise _refusal(
                    "services per tenant", limits.services_per_tenant, "name", upload.service
                )
            service = _Service()
        instance = instance_key(upload.metric)
        if instance not in service.instances:
            if len(service.instances) >= limits.instances_per_service:
                raise _refusal(
                    "instances per service", limits.instances_per_service, "instance", instance
                )
        names = {i.name for i in upload.metric.interfaces}
        new = [n for n in names if n not in service.interfaces]
        room = limits.interfaces_per_service - len(service.interfaces)
        if len(new) > room:
            first = min(new)
            raise _refusal(
                "interfaces per service",
                limits.interfaces_per_service,
                "interfaces",
                first,
                f"{len(new)} new names, room for {max(room, 0)}",
            )
        received = upload.received_ms
        services[upload.service] = service
        service.instances[instance] = received
        for name in names:
            service.interfaces[name] = received

    def forget_before(self, before_ms: int) -> None:
        """Forget the names last reported before before_ms (the store has pruned them)."""
        for key, services in list(self._tenants.items()):
            for name, service in list(services.items()):
                service.interfaces = {n: t for n, t in service.interfaces.items() if t >= before_ms}
                service.instances = {n: t for n, t in service.instances.items() if t >= before_ms}
                if not service.interfaces and not service.instances:
                    del services[name]
            if not services:
                del self._tenants[key]

    def interfaces_of(self, tenant: Tenant, service: str) -> list[str]:
        """The interface names a service has (as far as this process knows)."""
        found = self._tenants.get((tenant.domain, tenant.project), {}).get(service)
        return list(found.interfaces) if found is not None else []

    def at_limit(self, tenant: Tenant) -> tuple[bool, dict[str, list[str]]]:
        """Whether the tenant is at its services limit, and the limits each service is at."""
        services = self._tenants.get((tenant.domain, tenant.project), {})
        full: dict[str, list[str]] = {}
        for name, s in services.items():
            reached = [
                limit
                for limit, count, most in (
                    (
                        "interfaces_per_service",
                        len(s.interfaces),
                        self.limits.interfaces_per_service,
                    ),
                    ("instances_per_service", len(s.instances), self.limits.instances_per_service),
                )
                if count >= most
            ]
            if reached:
                full[name] = reached
        return len(services) >= self.limits.services_per_tenant, full


def _note(names: dict[str, int], name: str, received_ms: int) -> None:
    if names.get(name, -1) < received_ms:
        names[name] = received_ms


def _refusal(limit: str, value: int, field: str, name: str, detail: str = "") -> LimitRefusal:
    setting = "max_" + limit.replace(" ", "_")
    extra = f" ({detail})" if detail else ""
    return LimitRefusal(
        limit.replace(" ", "_"),
        f"{limit} at its limit of {value} ({setting}): {name!r} is new{extra}; names already "
        "known are accepted",
        field,
    )
