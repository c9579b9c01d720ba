"""Admission control: a bound on requests in flight per process, a per-tenant upload rate, and
a bound on long-lived streams per process with a share per tenant.

Over a limit a call is refused at once with 429 / RESOURCE_EXHAUSTED (or 503 when the process's
streams are all taken) and a retry delay, before it costs parsing or storage; memory stays
bounded however fast clients send or however many streams they open.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator

from csemonitor.core.errors import TOO_MANY_REQUESTS, UNAVAILABLE, ApiError
from csemonitor.core.tenant import Tenant

MAX_TRACKED_TENANTS = 100_000


class InFlightLimit:
    """At most `limit` requests at once."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.current = 0

    @contextlib.contextmanager
    def slot(self) -> Iterator[None]:
        if self.current >= self.limit:
            raise ApiError(
                TOO_MANY_REQUESTS, f"more than {self.limit} requests in flight", retry_after=1.0
            )
        self.current += 1
        try:
            yield
        finally:
            self.current -= 1


class StreamLimit:
    """At most `limit` open streams per process, at most `per_tenant` of them for one tenant."""

    RETRY_AFTER = 5.0

    def __init__(self, limit: int, per_tenant: int) -> None:
        self.limit = limit
        self.per_tenant = per_tenant
        self.current = 0
        self._by_tenant: dict[object, int] = {}

    def acquire(self, tenant: object) -> None:
        """Take a stream slot; ApiError 503 when the process is full, 429 when the tenant is."""
        if self.current >= self.limit:
            raise ApiError(
                UNAVAILABLE, f"{self.limit} streams are open", retry_after=self.RETRY_AFTER
            )
        held = self._by_tenant.get(tenant, 0)
        if held >= self.per_tenant:
            raise ApiError(
                TOO_MANY_REQUESTS,
                f"{self.per_tenant} streams are open for this tenant",
                retry_after=self.RETRY_AFTER,
            )
        self.current += 1
        self._by_tenant[tenant] = held + 1

    def release(self, tenant: object) -> None:
        self.current -= 1
        held = self._by_tenant.pop(tenant) - 1
        if held:
            self._by_tenant[tenant] = held


class TenantRateLimit:
    """A token bucket per tenant: `rate` uploads per second, bursts of `burst`."""

    def __init__(
        self, rate: float, burst: float = 0.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.burst = burst or max(1.0, 2 * rate)
        self._clock = clock
        self._buckets: dict[Tenant, tuple[float, float]] = {}

    def admit(self, tenant: Tenant) -> None:
        """Take one token from the tenant's bucket; ApiError 429 with the wait when it is empty."""
        if self.rate <= 0:
            return
        now = self._clock()
        tokens, last = self._buckets.get(tenant, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if tokens < 1.0:
            self._buckets[tenant] = (tokens, now)
            raise ApiError(
                TOO_MANY_REQUESTS,
                "tenant upload rate exceeded",
                retry_after=(1.0 - tokens) / self.rate,
            )
        self._buckets[tenant] = (tokens - 1.0, now)
        if len(self._buckets) > MAX_TRACKED_TENANTS:
            self._forget_full(now)

    def _forget_full(self, now: float) -> None:
        # A full bucket carries no information: dropping it bounds memory.
        self._buckets = {
            tenant: (tokens, last)
            for tenant, (tokens, last) in self._buckets.items()
            if tokens + (now - last) * self.rate < self.burst
        }
