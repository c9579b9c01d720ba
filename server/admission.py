"""Admission control: a bound on requests in flight per process, and a per-tenant upload rate.

Over either limit a call is refused at once with 429 / RESOURCE_EXHAUSTED and a retry delay,
before it costs parsing or storage; memory stays bounded however fast clients send.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator

from server.errors import TOO_MANY_REQUESTS, ApiError
from server.tenancy import Tenant

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
