"""Every store the contract tests run against: each must answer the same way."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from server.store import SqliteStore, Store

# name -> factory(working directory). A new store joins the contract tests by adding a line.
STORE_FACTORIES: dict[str, Callable[[Path], Store]] = {
    "sqlite": lambda directory: SqliteStore(str(directory)),
}


@contextlib.asynccontextmanager
async def opened(store: Store) -> AsyncIterator[Store]:
    await store.open()
    try:
        yield store
    finally:
        await store.close()
