from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from propdesk.domain.numbering import NumberKind, format_number, period_of
from propdesk.domain.roles import Role
from propdesk.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.gate.entries import (
    GateEventKind,
    HostConfirmation,
    VisitorEntry,
)
from propdesk.services.gate.journal import JournalRow
from propdesk.services.gate.service import GateServices
from propdesk.services.master_data.cards import CardInput, CardStatus
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.store.models import GateEvent

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
ADMIN = Actor(None, "admin", "admin", Role.ADMIN, "客服中心")
ID_NUMBER = "11010519491231002X"

VISITOR = VisitorEntry(
    name="赵 六",
    phone="139-0000-1111",
    id_number=ID_NUMBER,
    unit_code="3-2-1502",
    purpose="探亲",
    confirmation=HostConfirmation.PHONE,
    confirmed_by="张三",
)


@pytest.fixture
def estate(services: Services) -> Services:
    """A unit 3-2-1502 with 张三, card 0001AB active and card 0002CD lost."""
    services.units.save(CLERK, UnitInput("3", "2", "1502"))
    services.residents.save(
        CLERK, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", "13812345678")
    )
    services.cards.issue(CLERK, CardInput("0001AB", "3-2-1502", "张三"))
    lost = services.cards.issue(CLERK, CardInput("0002CD", "3-2-1502", "张三"))
    services.cards.change_status(CLERK, lost.id, CardStatus.LOST, "丢在小区外")
    return services


def _journal(services: Services) -> list[JournalRow]:
    return services.module(GateServices).journal.page(GUARD, None, limit=500).rows


def test_active_card_is_admitted_and_logged(estate: Services) -> None:
    result = estate.module(GateServices).entries.card_entry(GUARD, " 0001-ab ")
    assert result.admitted
    assert not result.refused
    assert (result.card_number, result.holder_name, result.unit_code) == (
        "0001AB",
        "张三",
        "3-2-1502",
    )
    (row,) = _journal(estate)
    assert (row.kind, row.card_number, row.person_name, row.unit_code) == (
        GateEventKind.RESIDENT_ENTRY,
        "0001AB",
        "张三",
        "3-2-1502",
    )
    assert (row.station, row.username, row.id) == ("东门岗亭", "guard", result.event_id)


def test_lost_card_is_refused_and_logged_without_raising(estate: Services) -> None:
    result = estate.module(GateServices).entries.card_entry(GUARD, "0002cd")
    assert result.refused
    assert (result.status, result.holder_name) == (CardStatus.LOST, "张三")
    (row,) = _journal(estate)
    assert (row.kind, row.card_number, row.person_name) == (
        GateEventKind.REFUSED_CARD,
        "0002CD",
        "张三",
    )


def test_unknown_card_raises_but_the_attempt_is_logged(estate: Services) -> None:
    with pytest.raises(NotFoundError) as caught:
        estate.module(GateServices).entries.card_entry(GUARD, "9999ZZ")
    assert caught.value.field == "card_number"
    assert caught.value.params == {"number": "9999ZZ"}
    (row,) = _journal(estate)
    assert (row.kind, row.card_number, row.person_name) == (
        GateEventKind.REFUSED_CARD,
        "9999ZZ",
        "",
    )


def test_badly_typed_card_is_a_validation_error(estate: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        estate.module(GateServices).entries.card_entry(GUARD, "1!")
    assert caught.value.field == "card_number"


def test_visitor_gets_a_pass_number_and_only_a_masked_id(estate: Services) -> None:
    before = estate.audit.page(ADMIN, AuditFilter(entity="gate_event")).total
    visit = estate.module(GateServices).entries.register_visitor(GUARD, VISITOR)
    expected = format_number(NumberKind.VISITOR_PASS, period_of(date.today()), 1)
    assert visit.pass_number == expected
    assert visit.pass_number.startswith("FK")
    assert (visit.name, visit.phone, visit.unit_code) == ("赵 六", "13900001111", "3-2-1502")
    assert visit.id_masked == "110***********002X"
    assert (visit.confirmation, visit.confirmed_by, visit.left_at) == (
        HostConfirmation.PHONE,
        "张三",
        None,
    )
    second = estate.module(GateServices).entries.register_visitor(
        GUARD, replace(VISITOR, name="钱七")
    )
    assert second.pass_number == format_number(NumberKind.VISITOR_PASS, period_of(date.today()), 2)
    with estate.store.read() as session:
        stored = session.scalars(select(GateEvent).where(GateEvent.id == visit.event_id)).one()
        assert ID_NUMBER not in repr(vars(stored))
        assert stored.person_name_initials == "zl"
    page = estate.audit.page(ADMIN, AuditFilter(entity="gate_event"))
    assert page.total == before + 2
    entry = next(r for r in page.rows if r.entity_id == str(visit.event_id))
    assert entry.action == "create"
    assert entry.after["pass_number"] == visit.pass_number
    # Personal data stays out of the (unerasable) audit trail; retention blanks the row.
    assert not {"person_name", "phone", "id_masked"} & set(entry.after)
    assert ID_NUMBER not in str(entry.after)
    assert estate.audit.verify().ok


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": "  "}, "name"),
        ({"phone": "12345"}, "phone"),
        ({"phone": ""}, "phone"),
        ({"confirmation": "email"}, "confirmation"),
        ({"confirmed_by": " "}, "confirmed_by"),
        ({"purpose": "很" * 101}, "purpose"),
    ],
)
def test_bad_visitor_input_names_the_field(
    estate: Services, change: dict[str, str], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        estate.module(GateServices).entries.register_visitor(GUARD, replace(VISITOR, **change))
    assert caught.value.field == field
    assert _journal(estate) == []


def test_visitor_for_an_unknown_unit_is_refused(estate: Services) -> None:
    with pytest.raises(NotFoundError) as caught:
        estate.module(GateServices).entries.register_visitor(
            GUARD, replace(VISITOR, unit_code="9-9-999")
        )
    assert caught.value.field == "unit_code"
    assert _journal(estate) == []
    # The refused save used no pass number.
    visit = estate.module(GateServices).entries.register_visitor(GUARD, VISITOR)
    assert visit.pass_number.endswith("-0001")


def test_exit_closes_the_visit_and_logs_it(estate: Services) -> None:
    visit = estate.module(GateServices).entries.register_visitor(GUARD, VISITOR)
    left = estate.module(GateServices).entries.visitor_exit(GUARD, f" {visit.pass_number.lower()} ")
    assert left.event_id == visit.event_id
    assert left.left_at is not None
    assert left.left_at >= visit.entered_at
    newest, oldest = _journal(estate)
    assert (newest.kind, newest.pass_number) == (GateEventKind.VISITOR_OUT, visit.pass_number)
    assert (oldest.kind, oldest.closed_at) == (GateEventKind.VISITOR_IN, left.left_at)
    assert estate.module(GateServices).entries.inside_now(GUARD) == []


def test_second_exit_and_unknown_pass_are_refused(estate: Services) -> None:
    visit = estate.module(GateServices).entries.register_visitor(GUARD, VISITOR)
    estate.module(GateServices).entries.visitor_exit(GUARD, visit.pass_number)
    with pytest.raises(ConflictError) as caught:
        estate.module(GateServices).entries.visitor_exit(GUARD, visit.pass_number)
    assert caught.value.field == "pass_number"
    for number in ("FK209901-0001", ""):
        with pytest.raises(NotFoundError) as missing:
            estate.module(GateServices).entries.visitor_exit(GUARD, number)
        assert missing.value.field == "pass_number"
    assert len(_journal(estate)) == 2  # one in, one out


def test_inside_now_lists_open_visits_oldest_first(estate: Services) -> None:
    first = estate.module(GateServices).entries.register_visitor(GUARD, VISITOR)
    second = estate.module(GateServices).entries.register_visitor(
        GUARD, replace(VISITOR, name="钱七")
    )
    third = estate.module(GateServices).entries.register_visitor(
        GUARD, replace(VISITOR, name="孙八")
    )
    estate.module(GateServices).entries.visitor_exit(GUARD, second.pass_number)
    later = third.entered_at + timedelta(minutes=90, seconds=30)
    rows = estate.module(GateServices).entries.inside_now(CLERK, now=later)
    assert [r.pass_number for r in rows] == [first.pass_number, third.pass_number]
    assert [r.name for r in rows] == ["赵 六", "孙八"]
    assert rows[1].minutes_inside == 90
    assert rows[0].minutes_inside >= 90
    assert rows[0].unit_code == "3-2-1502"


def test_roles(estate: Services) -> None:
    with pytest.raises(PermissionDeniedError):
        estate.module(GateServices).entries.card_entry(
            CLERK, "0001AB"
        )  # the office reads the log, the gate writes it
    with pytest.raises(PermissionDeniedError):
        estate.module(GateServices).entries.register_visitor(CLERK, VISITOR)
    committee = Actor(None, "c", "委员", Role.COMMITTEE, "x")
    with pytest.raises(PermissionDeniedError):
        estate.module(GateServices).entries.visitor_exit(committee, "FK209901-0001")
