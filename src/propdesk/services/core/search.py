"""Global quick search: one box that finds units, residents, vehicles, cards, and
whatever later modules register (visitor passes, repair tickets …).

Each kind of record is a provider registered under a name with the module whose VIEW
right it needs; the master-data kinds are registered the same way
(services.search_master_data). Results come back grouped by kind, in registration
order, at most `limit_per_kind` hits per group, best first. A group with more hits
than it shows says how many there are (counted up to COUNT_CAP, so a two-letter query
over two million gate events stays cheap), and the user types more to narrow it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from propdesk.domain.roles import Action, Module
from propdesk.errors import ValidationError
from propdesk.services.core.actor import Actor
from propdesk.services.core.search_query import SearchQuery
from propdesk.services.core.store_service import StoreService
from propdesk.services.core.text import AT_MOST
from propdesk.services.core.typed_keys import lookup_key
from propdesk.store.unit_of_work import Store

DEFAULT_LIMIT_PER_KIND = 8
TEXT_MAX = 40  # the search box: a name, a unit, a plate, a phone, a card or a number
# Matches are counted up to this many; beyond it a group says "1000+": the number no
# longer helps anyone, and counting further costs on the big tables.
COUNT_CAP = 1000

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
    # How many records match: len(hits) unless `more`; COUNT_CAP + 1 stands for "more
    # than COUNT_CAP" (see total_text).
    total: int = 0

    @property
    def total_text(self) -> str:
        """The count as shown: "36", or "1000+" past the cap."""
        return f"{COUNT_CAP}+" if self.total > COUNT_CAP else str(self.total)


class SearchProvider(Protocol):
    """Finds one kind of record: at most `limit` hits, best first.

    Runs inside the search's read session; it must leave voided rows out and skip
    its query when none of the query's readings apply (return [] at once).
    """

    def __call__(self, session: Session, query: SearchQuery, limit: int) -> list[SearchHit]: ...


class SearchCounter(Protocol):
    """Counts the records its provider would find for `query`, at most `cap` + 1 (a
    count over `cap` means "more than cap": stop counting there, on an index)."""

    def __call__(self, session: Session, query: SearchQuery, cap: int) -> int: ...


@dataclass(frozen=True)
class SearchKind:
    """A kind of record quick search finds (declared by its module, ModuleSpec.search);
    its hits need `right` VIEW.

    `count` counts the matches with the provider's own conditions and no more (no
    joins, no order). A kind without one is counted by asking its provider for up to
    COUNT_CAP + 1 hits: right, but it builds every hit on the way.
    """

    kind: str
    provider: SearchProvider
    right: Module
    title: str = ""  # QT_TRANSLATE_NOOP("QuickSearch", "Units"): the group's heading
    count: SearchCounter | None = None

    def total(self, session: Session, query: SearchQuery) -> int:
        """How many records match, up to COUNT_CAP + 1."""
        if self.count is not None:
            return min(self.count(session, query, COUNT_CAP), COUNT_CAP + 1)
        return len(self.provider(session, query, COUNT_CAP + 1))


def count_capped(session: Session, matches: Select[Any], cap: int) -> int:
    """The rows of `matches` (select the matching ids, with the provider's conditions),
    counted up to cap + 1: the count stops where "more than cap" is known."""
    sample = matches.limit(cap + 1).subquery()
    return session.scalar(select(func.count()).select_from(sample)) or 0


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
        count: SearchCounter | None = None,
    ) -> None:
        """Add a kind of record to quick search; its hits need `module` VIEW."""
        if any(r.kind == kind for r in self._registrations):
            raise ValueError(f"search kind {kind!r} is already registered")
        self._registrations.append(SearchKind(kind, provider, module, title, count))

    @classmethod
    def of(cls, store: Store, kinds: Iterable[SearchKind]) -> SearchService:
        """A search over these kinds, in this order (each module's, from the registry)."""
        search = cls(store)
        for k in kinds:
            search.register(k.kind, k.provider, k.right, k.title, k.count)
        return search

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(r.kind for r in self._registrations)

    def may_search(self, actor: Actor) -> bool:
        """Whether the actor may view any kind of record the search finds (the window
        offers Ctrl+K to them only)."""
        return any(actor.may(r.right, Action.VIEW) for r in self._registrations)

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
        if len(lookup_key(text, "text")) > TEXT_MAX:
            raise ValidationError(AT_MOST, field="text", limit=TEXT_MAX)
        query = SearchQuery.parse(text)
        if query.empty or limit_per_kind < 1:
            return []
        groups: list[SearchGroup] = []
        with self._store.read() as session:
            for registration in allowed:
                hits = registration.provider(session, query, limit_per_kind + 1)
                if not hits:
                    continue
                more = len(hits) > limit_per_kind
                # Counted only when there is more: the shown hits are the count else.
                total = registration.total(session, query) if more else len(hits)
                groups.append(
                    SearchGroup(
                        registration.kind,
                        tuple(hits[:limit_per_kind]),
                        more,
                        registration.title,
                        # Never "the first 8 of 5" when a row came or went in between.
                        max(total, limit_per_kind + 1) if more else total,
                    )
                )
        return groups
