"""Global quick search: one box that finds units, residents, vehicles, cards, and
whatever later modules register (visitor passes, repair tickets …).

Each kind of record is a provider registered under a name with the module whose VIEW
right it needs; the master-data kinds are registered the same way
(services.search_master_data). Results come back grouped by kind, in registration
order, at most `limit_per_kind` hits per group, best first.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session

from propdesk.domain.roles import Action, Module
from propdesk.services.core.actor import Actor
from propdesk.services.core.search_query import SearchQuery
from propdesk.services.core.store_service import StoreService
from propdesk.store.unit_of_work import Store

DEFAULT_LIMIT_PER_KIND = 8

# Tags the UI translates and shows as badges next to a hit.
TAG_MOVED_OUT = "moved_out"


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "unit", "resident", "vehicle", "card", or a registered kind
    record_id: uuid.UUID  # the row found (to highlight once opened)
    title: str  # "3-2-1502", "张三", "粤B12345"
    subtitle: str  # data only, no words to translate: "3-2-1502 · 138****5678"
    open_kind: str  # what to open: e.g. a resident opens its unit ("unit", unit id)
    open_id: uuid.UUID
    tags: tuple[str, ...] = ()  # "owner", "moved_out", "lost" … for badges

    @property
    def moved_out(self) -> bool:
        return TAG_MOVED_OUT in self.tags


@dataclass(frozen=True)
class SearchGroup:
    kind: str
    hits: tuple[SearchHit, ...]
    more: bool  # more hits exist than shown: the user should type more
    # The group's heading in English, marked QT_TRANSLATE_NOOP("QuickSearch", …) by the
    # module that registered the kind ("" for none: the UI shows the kind's code).
    title: str = ""


class SearchProvider(Protocol):
    """Finds one kind of record: at most `limit` hits, best first.

    Runs inside the search's read session; it must leave voided rows out and skip
    its query when none of the query's readings apply (return [] at once).
    """

    def __call__(self, session: Session, query: SearchQuery, limit: int) -> list[SearchHit]: ...


@dataclass(frozen=True)
class SearchKind:
    """A kind of record quick search finds (declared by its module, ModuleSpec.search);
    its hits need `right` VIEW."""

    kind: str
    provider: SearchProvider
    right: Module
    title: str = ""  # QT_TRANSLATE_NOOP("QuickSearch", "Units"): the group's heading


class SearchService(StoreService):
    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self._registrations: list[SearchKind] = []

    def register(
        self,
        kind: str,
        provider: SearchProvider,
        module: Module = Module.MASTER_DATA,
        title: str = "",
    ) -> None:
        """Add a kind of record to quick search; its hits need `module` VIEW."""
        if any(r.kind == kind for r in self._registrations):
            raise ValueError(f"search kind {kind!r} is already registered")
        self._registrations.append(SearchKind(kind, provider, module, title))

    @classmethod
    def of(cls, store: Store, kinds: Iterable[SearchKind]) -> SearchService:
        """A search over these kinds, in this order (each module's, from the registry)."""
        search = cls(store)
        for k in kinds:
            search.register(k.kind, k.provider, k.right, k.title)
        return search

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(r.kind for r in self._registrations)

    def search(
        self, actor: Actor, text: str, limit_per_kind: int = DEFAULT_LIMIT_PER_KIND
    ) -> list[SearchGroup]:
        """Groups of hits, in registration order; kinds without hits are left out.

        Raises PermissionDeniedError when the role may view none of the kinds.
        """
        allowed = [r for r in self._registrations if actor.may(r.right, Action.VIEW)]
        if not allowed:
            modules = [r.right for r in self._registrations] or [Module.MASTER_DATA]
            actor.require(modules[0], Action.VIEW)
        query = SearchQuery.parse(text)
        if query.empty or limit_per_kind < 1:
            return []
        groups: list[SearchGroup] = []
        with self._store.read() as session:
            for registration in allowed:
                hits = registration.provider(session, query, limit_per_kind + 1)
                if hits:
                    groups.append(
                        SearchGroup(
                            registration.kind,
                            tuple(hits[:limit_per_kind]),
                            len(hits) > limit_per_kind,
                            registration.title,
                        )
                    )
        return groups
