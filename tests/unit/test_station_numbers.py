"""Numbers unique across stations without asking the server (issue 22): a syncing
station's copy puts its letter before the sequence (WX202612-B0001) and counts in its
own counter rows; a database written directly numbers as before. The numbers read back
with their letter, and the quick search and the lists find them as they find the
plain ones."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from propdesk.domain.complaints.kinds import ComplaintCategory, ComplaintChannel
from propdesk.domain.numbering import (
    HumanNumber,
    NumberKind,
    counter_kind,
    format_number,
    parse_number,
    read_number,
)
from propdesk.domain.repairs.kinds import RepairCategory
from propdesk.domain.roles import Role
from propdesk.errors import ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.inputs import ComplaintInput
from propdesk.services.complaints.queries import ComplaintFilter
from propdesk.services.core.actor import Actor
from propdesk.services.core.numbering import allocate
from propdesk.services.gate.entries import HostConfirmation, VisitorEntry
from propdesk.services.gate.journal import JournalFilter
from propdesk.services.gate.service import GateServices
from propdesk.services.master_data.units import UnitInput
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.queries import TicketFilter
from propdesk.services.repairs.service import RepairServices
from propdesk.store.models import NumberCounter
from tests.complaints_estate import complaint_services
from tests.station_letter import write_as

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
DEC = date(2026, 12, 5)


# -- the domain --------------------------------------------------------------------------
def test_a_station_letter_goes_before_the_sequence_and_reads_back() -> None:
    assert format_number(NumberKind.REPAIR, "202612", 1, "B") == "WX202612-B0001"
    assert format_number(NumberKind.REPAIR, "202612", 1) == "WX202612-0001"
    assert format_number(NumberKind.VISITOR_PASS, "202612", 12345, "AB") == "FK202612-AB12345"
    assert read_number(" wx202612-b0001 ") == HumanNumber(NumberKind.REPAIR, "202612", 1, "B")
    assert read_number("FK202612-AB12345").station == "AB"
    assert read_number("WX202612-0001") == HumanNumber(NumberKind.REPAIR, "202612", 1, "")
    # The three parts the demo checks and older callers unpack, the letter left out.
    assert parse_number("WX202612-B0007") == (NumberKind.REPAIR, "202612", 7)


@pytest.mark.parametrize(
    "bad", ["WX202612-ABC0001", "WX202612-B", "WX202612-B01", "WX202612B0001", "WX202612-0B001"]
)
def test_malformed_lettered_numbers_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        read_number(bad)
    assert caught.value.field == "number"


@pytest.mark.parametrize("bad", ["b", "ABC", "1", "Ä", "-"])
def test_a_station_letter_is_one_or_two_capitals(bad: str) -> None:
    with pytest.raises(ValueError, match="station letter"):
        format_number(NumberKind.REPAIR, "202612", 1, bad)


def test_each_station_counts_in_its_own_counter_row() -> None:
    assert counter_kind(NumberKind.REPAIR) == "WX"
    assert counter_kind(NumberKind.REPAIR, "B") == "WXB"
    assert len(counter_kind(NumberKind.REPAIR, "AB")) <= 4  # number_counter.kind is String(4)


# -- allocation --------------------------------------------------------------------------
def test_a_station_copy_numbers_with_its_letter_and_its_own_counter(services: Services) -> None:
    with services.store.write() as session:
        plain = [allocate(session, NumberKind.REPAIR, DEC) for _ in range(2)]
    write_as(services, "B")
    with services.store.write() as session:
        lettered = [allocate(session, NumberKind.REPAIR, DEC) for _ in range(2)]
        lettered.append(allocate(session, NumberKind.VISITOR_PASS, DEC))
    write_as(services, "C")
    with services.store.write() as session:
        other = allocate(session, NumberKind.REPAIR, DEC)
    write_as(services, "")
    with services.store.write() as session:
        again = allocate(session, NumberKind.REPAIR, DEC)
        counters = {
            (c.kind, c.period): c.last for c in session.scalars(select(NumberCounter)).all()
        }
    assert plain == ["WX202612-0001", "WX202612-0002"]
    assert lettered == ["WX202612-B0001", "WX202612-B0002", "FK202612-B0001"]
    assert other == "WX202612-C0001"
    assert again == "WX202612-0003"  # the database's own count never saw the stations'
    assert counters == {
        ("WX", "202612"): 3,
        ("WXB", "202612"): 2,
        ("FKB", "202612"): 1,
        ("WXC", "202612"): 1,
    }


def test_a_rolled_back_save_gives_a_stations_number_back(services: Services) -> None:
    write_as(services, "B")

    def save_then_fail() -> None:
        with services.store.write() as session:
            allocate(session, NumberKind.REPAIR, DEC)
            raise RuntimeError("save failed")

    with pytest.raises(RuntimeError):
        save_then_fail()
    with services.store.write() as session:
        assert allocate(session, NumberKind.REPAIR, DEC) == "WX202612-B0001"


# -- finding them ------------------------------------------------------------------------
def _ticket(services: Services, fault: str) -> tuple[uuid.UUID, str]:
    ticket = services.module(RepairServices).tickets.open_ticket(
        CLERK,
        TicketInput("张三", "13812345678", RepairCategory.PLUMBING, fault, unit_code="3-2-1502"),
    )
    return ticket.id, ticket.number


@pytest.fixture
def tickets(services: Services) -> dict[str, tuple[uuid.UUID, str]]:
    """A ticket of the database (WX…-0001) and one of station B (WX…-B0001)."""
    services.units.save(CLERK, UnitInput("3", "2", "1502"))
    plain = _ticket(services, "厨房水管漏水")
    write_as(services, "B")
    lettered = _ticket(services, "卫生间下水堵塞")
    return {"plain": plain, "lettered": lettered}


def _found(services: Services, text: str) -> list[str]:
    groups = [g for g in services.search.search(CLERK, text) if g.kind == "repair_ticket"]
    return [h.title for g in groups for h in g.hits]


def test_quick_search_finds_a_stations_ticket_by_its_number_and_its_start(
    services: Services, tickets: dict[str, tuple[uuid.UUID, str]]
) -> None:
    _id, plain = tickets["plain"]
    _id, lettered = tickets["lettered"]
    month = lettered[:8]  # WX202612
    assert lettered == f"{month}-B0001"
    assert _found(services, lettered) == [lettered]
    assert _found(services, lettered.lower()) == [lettered]
    assert _found(services, f"{month}-B") == [lettered]
    assert _found(services, f"{month}-b00") == [lettered]
    assert _found(services, f"{month} B0001") == [lettered]  # a space typed for the dash
    assert _found(services, plain) == [plain]
    assert _found(services, f"{month}-0") == [plain]
    assert sorted(_found(services, month)) == sorted([plain, lettered])


def test_the_repairs_list_filters_by_a_stations_number(
    services: Services, tickets: dict[str, tuple[uuid.UUID, str]]
) -> None:
    desk = services.module(RepairServices).tickets

    def listed(text: str) -> list[uuid.UUID]:
        return [r.id for r in desk.page(CLERK, TicketFilter(text=text)).rows]

    lettered_id, lettered = tickets["lettered"]
    plain_id, plain = tickets["plain"]
    assert listed(lettered) == [lettered_id]
    assert listed(lettered[:-3].lower()) == [lettered_id]  # wx202612-b0
    assert listed(plain) == [plain_id]
    assert sorted(listed(lettered[:8])) == sorted([lettered_id, plain_id])


def test_the_gate_journal_and_quick_search_find_a_stations_visitor_pass(
    services: Services,
) -> None:
    services.units.save(CLERK, UnitInput("3", "2", "1502"))
    write_as(services, "B")
    visit = services.module(GateServices).entries.register_visitor(
        GUARD,
        VisitorEntry(
            name="赵六",
            phone="13900001111",
            id_number="",
            unit_code="3-2-1502",
            purpose="探亲",
            confirmation=HostConfirmation.PHONE,
            confirmed_by="张三",
        ),
    )
    number = visit.pass_number
    assert read_number(number).station == "B"
    journal = services.module(GateServices).journal
    for text in (number, number.lower(), number[:10]):  # FK202612-B
        rows = list(journal.iter_rows(GUARD, JournalFilter(text=text)))
        assert [r.id for r in rows] == [visit.event_id], text
    groups = [g for g in services.search.search(GUARD, number) if g.kind == "visitor_pass"]
    assert [h.title for g in groups for h in g.hits] == [number]


def test_the_complaints_list_filters_by_a_stations_number(services: Services) -> None:
    services.units.save(CLERK, UnitInput("3", "2", "1502"))
    desk = complaint_services(services).complaints
    noise = ComplaintInput(
        channel=ComplaintChannel.PHONE,
        category=ComplaintCategory.NOISE,
        description="楼上夜间装修噪音",
        complainant_name="张三",
        complainant_phone="13812345678",
        unit_code="3-2-1502",
    )
    plain = desk.take(CLERK, noise)
    write_as(services, "B")
    lettered = desk.take(CLERK, noise)
    assert read_number(lettered.number).station == "B"

    def listed(text: str) -> list[uuid.UUID]:
        return [r.id for r in desk.page(CLERK, ComplaintFilter(text=text)).rows]

    assert listed(lettered.number) == [lettered.id]
    assert listed(lettered.number[:10].lower()) == [lettered.id]  # ts202612-b
    assert listed(plain.number) == [plain.id]
