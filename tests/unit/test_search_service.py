from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy.orm import Session

from propdesk.domain.roles import Module, Role
from propdesk.errors import PermissionDeniedError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.search import SearchGroup, SearchHit, SearchService
from propdesk.services.core.search_query import SearchQuery
from propdesk.services.master_data.cards import CardInput, CardStatus
from propdesk.services.master_data.module import MODULE as MASTER_DATA
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.services.master_data.vehicles import VehicleInput


def _actor(role: Role) -> Actor:
    return Actor(None, role.value, role.value, role, "客服中心")


CLERK = _actor(Role.CLERK)


@dataclass(frozen=True)
class Estate:
    unit_id: uuid.UUID
    other_unit_id: uuid.UUID
    zhang_id: uuid.UUID
    li_id: uuid.UUID
    vehicle_id: uuid.UUID
    card_id: uuid.UUID


@pytest.fixture
def estate(services: Services) -> Estate:
    unit = services.units.save(CLERK, UnitInput("3", "2", "1502", area_m2="89.5"))
    other = services.units.save(CLERK, UnitInput("5", "1", "601"))
    zhang = services.residents.save(
        CLERK, ResidentInput(unit.code, ResidentKind.OWNER, "张三", "138 1234 5678")
    )
    li = services.residents.save(
        CLERK, ResidentInput(other.code, ResidentKind.TENANT, "李四", "139 0000 1111")
    )
    services.residents.save(
        CLERK, ResidentInput(other.code, ResidentKind.FAMILY, "周思雨", "137 2222 3333")
    )
    vehicle = services.vehicles.save(CLERK, VehicleInput("粤B15678", unit.code, "张三"))
    card = services.cards.issue(CLERK, CardInput("56780001", unit.code, "张三"))
    return Estate(unit.id, other.id, zhang.id, li.id, vehicle.id, card.id)


def _group(groups: list[SearchGroup], kind: str) -> SearchGroup:
    found = [g for g in groups if g.kind == kind]
    assert found, f"no {kind} group in {[g.kind for g in groups]}"
    return found[0]


def _titles(services: Services, text: str, kind: str) -> list[str]:
    groups = services.search.search(CLERK, text)
    return [h.title for g in groups if g.kind == kind for h in g.hits]


def test_unit_code_prefix_finds_the_unit_with_its_owner(services: Services, estate: Estate) -> None:
    (hit,) = _group(services.search.search(CLERK, "3-2-15"), "unit").hits
    assert (hit.kind, hit.record_id, hit.title) == ("unit", estate.unit_id, "3-2-1502")
    assert (hit.open_kind, hit.open_id) == ("unit", estate.unit_id)
    assert "张三" in hit.subtitle
    assert "89.50" in hit.subtitle
    assert _titles(services, "3 2 1502", "unit") == ["3-2-1502"]
    assert _titles(services, "2-15", "unit") == []  # a prefix, not a substring


def test_resident_by_name_substring_opens_the_unit(services: Services, estate: Estate) -> None:
    (hit,) = _group(services.search.search(CLERK, "张"), "resident").hits
    assert (hit.kind, hit.record_id, hit.title) == ("resident", estate.zhang_id, "张三")
    assert (hit.open_kind, hit.open_id) == ("unit", estate.unit_id)
    assert hit.subtitle == "3-2-1502 · 138****5678"  # the phone masked
    assert hit.tags == ("owner",)
    assert _titles(services, "思", "resident") == ["周思雨"]


def test_pinyin_initials_find_zhang_san_first(services: Services, estate: Estate) -> None:
    assert _titles(services, "zs", "resident") == ["张三", "周思雨"]  # zs exactly, then zsy
    assert _titles(services, "ZS", "resident") == ["张三", "周思雨"]
    assert _titles(services, "zsy", "resident") == ["周思雨"]
    assert _titles(services, "sy", "resident") == []  # initials match from the start
    assert _titles(services, "zhangs", "resident") == ["张三"]  # full pinyin prefix


def test_phone_tail_and_longer_phone_fragment(services: Services, estate: Estate) -> None:
    assert _titles(services, "5678", "resident") == ["张三"]
    assert _titles(services, "1111", "resident") == ["李四"]
    assert _titles(services, "1234 56", "resident") == ["张三"]  # part of the number
    assert _titles(services, "1234", "resident") == []  # 4 digits: the tail only


@pytest.mark.parametrize("typed", ["B15", "b15", "粤b 15", "粤B-156", "b·1567", "ｂ１５６７８"])
def test_plate_fragment_however_typed(services: Services, estate: Estate, typed: str) -> None:
    (hit,) = _group(services.search.search(CLERK, typed), "vehicle").hits
    assert (hit.record_id, hit.title) == (estate.vehicle_id, "粤B15678")
    assert (hit.open_kind, hit.open_id) == ("unit", estate.unit_id)
    assert hit.subtitle == "张三 · 3-2-1502"


def test_card_number_prefix_and_status_tag(services: Services, estate: Estate) -> None:
    (hit,) = _group(services.search.search(CLERK, "5678 00"), "card").hits
    assert (hit.record_id, hit.title, hit.tags) == (estate.card_id, "56780001", ())
    services.cards.change_status(CLERK, estate.card_id, CardStatus.LOST, "lost at the gym")
    (lost,) = _group(services.search.search(CLERK, "56780"), "card").hits
    assert lost.tags == ("lost",)
    assert _titles(services, "780001", "card") == []  # a prefix, not a substring


def test_results_are_grouped_by_kind_in_registration_order(
    services: Services, estate: Estate
) -> None:
    groups = services.search.search(CLERK, "5678")
    assert [g.kind for g in groups] == ["resident", "vehicle", "card"]
    for group in groups:
        assert group.hits
        assert all(h.kind == group.kind for h in group.hits)
        assert not group.more
    assert services.search.kinds == (
        "gate_inside",
        "visitor_pass",
        "vehicle_permit",
        "release_slip",
        "repair_ticket",
        "patrol_round",
        "patrol_checkpoint",
        "complaint",
        "inquiry",
        "inspection",
        "rectification",
        "equipment",
        "incident",
        "drill_session",
        "community_event",
        "survey_round",
        "assessment",
        "worklog_entry",
        "unit",
        "resident",
        "vehicle",
        "card",
    )


def test_voided_rows_never_appear(services: Services, estate: Estate) -> None:
    services.residents.void(CLERK, estate.li_id, "entered twice")
    services.vehicles.void(CLERK, estate.vehicle_id, "sold")
    assert _titles(services, "李四", "resident") == []
    assert _titles(services, "1111", "resident") == []
    assert _titles(services, "B15", "vehicle") == []
    services.units.void(CLERK, estate.other_unit_id, "no such flat")
    assert _titles(services, "5-1", "unit") == []
    assert _titles(services, "周", "resident") == []  # people of a voided unit go too
    assert _titles(services, "张", "resident") == ["张三"]


def test_moved_out_residents_appear_marked_after_those_living_here(
    services: Services, estate: Estate
) -> None:
    services.residents.save(  # zhangxiaoshan: after zhangsan in pinyin order
        CLERK, ResidentInput("3-2-1502", ResidentKind.FAMILY, "张小山", move_in=date(2010, 1, 1))
    )
    assert _titles(services, "张", "resident") == ["张三", "张小山"]
    services.residents.move_out(CLERK, estate.zhang_id, date(2020, 5, 1))
    hits = _group(services.search.search(CLERK, "张"), "resident").hits
    assert [h.title for h in hits] == ["张小山", "张三"]
    assert [h.moved_out for h in hits] == [False, True]
    assert hits[1].tags == ("owner", "moved_out")
    unit = _group(services.search.search(CLERK, "3-2-1502"), "unit").hits[0]
    assert "张三" not in unit.subtitle  # no longer shown as the unit's owner


def test_the_query_is_read_in_every_useful_way() -> None:
    assert SearchQuery.parse(" ZS ").letters == "zs"
    assert SearchQuery.parse("3 2 15").code == "3-2-15"
    assert SearchQuery.parse("3－2－15").code == "3-2-15"  # full-width dashes
    assert SearchQuery.parse("3-2-15").digits == ""  # a unit code, not a phone
    assert SearchQuery.parse("138 1234 5678").digits == "13812345678"
    assert SearchQuery.parse("5678").phone_tail == "5678"
    assert SearchQuery.parse("56789").phone_fragment == "56789"
    assert SearchQuery.parse("粤b·12").plate == "粤B12"
    assert SearchQuery.parse("张三").plate == ""
    assert SearchQuery.parse("张三").name_fragment == "张三"
    assert SearchQuery.parse("5678").name_fragment == ""
    assert SearchQuery.parse("z").empty
    assert not SearchQuery.parse("张").empty


@pytest.mark.parametrize("typed", ["", "   ", "z", "B", "%", "_", "张%", "3-2-15%"])
def test_empty_single_letter_and_wildcards_find_nothing(
    services: Services, estate: Estate, typed: str
) -> None:
    assert services.search.search(CLERK, typed) == []


def test_single_digit_and_single_chinese_character_do_search(
    services: Services, estate: Estate
) -> None:
    assert _titles(services, "3", "unit") == ["3-2-1502"]
    assert _titles(services, "四", "resident") == ["李四"]


def test_limit_per_kind_and_more(services: Services, estate: Estate) -> None:
    for room in ("1501", "1503", "1504"):
        services.units.save(CLERK, UnitInput("3", "2", room))
    group = _group(services.search.search(CLERK, "3-2-15", limit_per_kind=2), "unit")
    assert [h.title for h in group.hits] == ["3-2-1501", "3-2-1502"]
    assert group.more
    exact = _group(services.search.search(CLERK, "3-2-1503", limit_per_kind=2), "unit")
    assert [h.title for h in exact.hits] == ["3-2-1503"]
    assert not exact.more


def test_a_role_without_master_data_view_finds_no_people(
    services: Services, estate: Estate
) -> None:
    groups = services.search.search(_actor(Role.COMMITTEE), "张")  # it reads the patrol
    assert not [g for g in groups if not g.kind.startswith("patrol_")]


def test_a_role_that_may_view_no_kind_is_refused(services: Services, estate: Estate) -> None:
    registers_only = SearchService.of(services.store, list(MASTER_DATA.search))
    with pytest.raises(PermissionDeniedError):
        registers_only.search(_actor(Role.COMMITTEE), "张")
    with pytest.raises(PermissionDeniedError):
        registers_only.search(_actor(Role.COMMITTEE), "")  # refused before reading input


@pytest.mark.parametrize("role", [Role.GUARD, Role.TECHNICIAN, Role.MANAGER, Role.ADMIN])
def test_roles_with_master_data_view_may_search(
    services: Services, estate: Estate, role: Role
) -> None:
    groups = services.search.search(_actor(role), "张三")
    assert [h.title for h in _group(groups, "resident").hits] == ["张三"]


def _visitor_passes(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    del session
    if not query.compact.startswith("V"):
        return []
    record = uuid.UUID(int=7)
    return [
        SearchHit("visitor_pass", record, f"{query.compact}-{n}", "", "visitor_pass", record)
        for n in range(min(limit, 3))
    ]


def test_a_registered_kind_appears_for_roles_that_may_view_its_module(
    services: Services, estate: Estate
) -> None:
    search = SearchService.of(services.store, MASTER_DATA.search)
    search.register("visitor_pass", _visitor_passes, Module.GATE)
    assert search.kinds[-1] == "visitor_pass"
    groups = search.search(_actor(Role.GUARD), "v2026")
    assert [g.kind for g in groups] == ["visitor_pass"]
    assert groups[0].hits[0].title == "V2026-0"
    assert search.search(_actor(Role.TECHNICIAN), "v2026") == []  # no GATE view
    with pytest.raises(ValueError, match="already registered"):
        search.register("visitor_pass", _visitor_passes, Module.GATE)


def test_a_kind_of_another_module_is_searched_without_master_data_rights(
    services: Services, estate: Estate
) -> None:
    search = SearchService.of(services.store, MASTER_DATA.search)
    search.register("visitor_pass", _visitor_passes, Module.REPAIRS)
    committee = _actor(Role.COMMITTEE)  # may view repairs, not master data
    assert [g.kind for g in search.search(committee, "V12")] == ["visitor_pass"]
    assert search.search(committee, "张三") == []
