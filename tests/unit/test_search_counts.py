"""A quick-search group that shows only its first hits says how many there are: each
kind's count uses its provider's own conditions, stops at COUNT_CAP ("1000+"), and a
kind without a count of its own is counted through its provider."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy.orm import Session

from propdesk.domain.roles import Module, Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.search import COUNT_CAP, SearchHit, SearchKind, SearchService
from propdesk.services.core.search_query import SearchQuery
from propdesk.services.master_data.module import MODULE as MASTER_DATA
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.services.master_data.vehicles import VehicleInput

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")


@pytest.fixture
def estate(services: Services) -> Services:
    """Twelve units 3-2-1501…1512, each with an owner named 张…, and a car each."""
    for n in range(1, 13):
        unit = services.units.save(CLERK, UnitInput("3", "2", f"15{n:02d}"))
        services.residents.save(
            CLERK, ResidentInput(unit.code, ResidentKind.OWNER, f"张{n}号", f"138000000{n:02d}")
        )
        services.vehicles.save(CLERK, VehicleInput(f"粤B{n:02d}345", unit.code, f"张{n}号"))
    return services


def test_a_group_showing_eight_of_twelve_says_twelve(estate: Services) -> None:
    (units,) = [g for g in estate.search.search(CLERK, "3-2-15") if g.kind == "unit"]
    assert (len(units.hits), units.more, units.total, units.total_text) == (8, True, 12, "12")
    (unit,) = [g for g in estate.search.search(CLERK, "3-2-1501") if g.kind == "unit"]
    assert (unit.more, unit.total) == (False, 1)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("3-2-15", "unit"), ("张", "resident"), ("345", "vehicle"), ("zhang", "resident")],
)
def test_each_count_is_what_its_provider_would_list(estate: Services, text: str, kind: str) -> None:
    (group,) = [g for g in estate.search.search(CLERK, text, limit_per_kind=3) if g.kind == kind]
    (spec,) = [k for k in MASTER_DATA.search if k.kind == kind]
    query = SearchQuery.parse(text)
    with estate.store.read() as session:
        listed = len(spec.provider(session, query, COUNT_CAP))
        assert spec.count is not None
        assert spec.count(session, query, COUNT_CAP) == listed
    assert group.total == listed == 12


def _many(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    """Up to 1,500 made-up hits, however many are asked for."""
    del session
    if query.text != "many":
        return []
    return [
        SearchHit("many", uuid.UUID(int=n + 1), f"M{n}", "", "many", uuid.UUID(int=n + 1))
        for n in range(min(limit, 1500))
    ]


def _thirty(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    return _many(session, query, min(limit, 30))


def test_past_the_cap_a_group_says_1000_plus(services: Services) -> None:
    search = SearchService.of(
        services.store,
        [
            SearchKind("many", _many, Module.MASTER_DATA, "Many"),
            SearchKind("thirty", _thirty, Module.MASTER_DATA, "Thirty"),
        ],
    )
    many, thirty = search.search(CLERK, "many")
    assert (len(many.hits), many.total, many.total_text) == (8, COUNT_CAP + 1, "1000+")
    assert (thirty.total, thirty.total_text) == (30, "30")  # counted through its provider


def test_a_count_that_disagrees_never_says_fewer_than_shown(services: Services) -> None:
    """A row gone between the list and its count: "the first 8 of 9", not "of 5"."""

    def five(session: Session, query: SearchQuery, cap: int) -> int:
        del session, query, cap
        return 5

    search = SearchService.of(
        services.store, [SearchKind("t", _thirty, Module.MASTER_DATA, count=five)]
    )
    (group,) = search.search(CLERK, "many")
    assert group.total == 9
