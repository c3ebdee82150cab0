"""The base of a service that needs nothing but the store."""

from __future__ import annotations

from propdesk.store.unit_of_work import Store


class StoreService:
    """A service built on the store alone; each call opens its own unit of work
    (`self._store.read()` or `.write()`), so the service holds no session between calls."""

    def __init__(self, store: Store) -> None:
        self._store = store
