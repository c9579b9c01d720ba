"""Stores behind one interface, and the one the settings choose."""

import os
import socket
from collections.abc import Callable

from csemonitor.core.settings import ServerSettings
from csemonitor.server.store.base import Store
from csemonitor.server.store.remote import RemoteStore
from csemonitor.server.store.sqlite import SqliteStore, StoreUnusable

__all__ = [
    "RemoteStore",
    "SqliteStore",
    "Store",
    "StoreUnusable",
    "configured_store",
]


def _replica_name(grpc_port: int) -> str:
    """host:port, stable across restarts; with any free port (0), host:pid<pid>."""
    return f"{socket.gethostname()}:{grpc_port or f'pid{os.getpid()}'}"


def configured_store(settings: ServerSettings, on_commit: Callable[[float, int], None]) -> Store:
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
            replica=settings.remote_replica or _replica_name(settings.grpc_port),
            live_window=settings.live_window,
            max_series_per_hour=settings.remote_max_series_per_hour,
        )
    return SqliteStore(
        settings.data_dir,
        settings.sqlite_synchronous,
        settings.max_pending_writes,
        on_commit=on_commit,
        max_size=settings.sqlite_max_size,
        on_corrupt=settings.sqlite_on_corrupt,
        check=settings.sqlite_check,
    )
