"""Stores behind one interface, and the one the settings choose."""

from collections.abc import Callable

from core.settings import StoreSettings
from server.store.base import LatestInterface, Store, instance_key
from server.store.remote import RemoteStore
from server.store.sqlite import SqliteStore, StoreUnusable

__all__ = [
    "LatestInterface",
    "RemoteStore",
    "SqliteStore",
    "Store",
    "StoreUnusable",
    "configured_store",
    "instance_key",
]


def configured_store(settings: StoreSettings, on_commit: Callable[[float, int], None]) -> Store:
    """The store named by settings.store (not yet opened)."""
    if settings.store == "remote":
        return RemoteStore(
            settings.remote_write_url,
            settings.query_url,
            settings.remote_headers,
            timeout=settings.remote_timeout,
            lookback=settings.remote_lookback,
            max_pending=settings.max_pending_writes,
            on_commit=on_commit,
        )
    return SqliteStore(
        settings.data_dir,
        settings.sqlite_synchronous,
        settings.max_pending_writes,
        on_commit=on_commit,
        max_size=settings.sqlite_max_size,
        on_corrupt=settings.sqlite_on_corrupt,
    )
