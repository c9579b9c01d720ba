"""The tenant: the scope of every stored record and every read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tenant:
    """A tenant (x-domain-name) and its project (x-project-id): a tenant never sees another's
    data. (A TSDB label `tenant` carries the domain; a Mimir org is the remote store's own.)"""

    domain: str
    project: str
