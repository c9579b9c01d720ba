"""The store for large fleets: a Prometheus-compatible TSDB (store.py: writes and life;
reads.py, queries.py, results.py: reads; fleet.py: each replica's own sums; seeding.py: a
restart)."""

from csemonitor.server.store.remote.store import RemoteStore

__all__ = ["RemoteStore"]
