"""Stores behind one interface."""

from server.store.base import LatestInterface, Store, instance_key
from server.store.sqlite import SqliteStore

__all__ = ["LatestInterface", "SqliteStore", "Store", "instance_key"]
