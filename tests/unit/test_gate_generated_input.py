"""Generated input through the gate services: whatever a guard types or scans into a
card box, the visitor form, a vehicle's entry and exit, items, notices, the handover,
a void, the journal's filter bar or the gate settings is stored as cleaned or refused
with a UserError naming its form field, and a refusal writes nothing
(tests/generated_input.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.core.text import clean_text
from propdesk.services.gate.entries import VisitorEntry
from propdesk.services.gate.items import Authorisation
from propdesk.services.gate.journal import JournalFilter
from propdesk.services.gate.service import GateServices
from propdesk.services.gate.vehicles import VehicleVisit
from propdesk.services.master_data.units import UnitInput
from propdesk.store.base import utcnow
from tests.generated_input import (
    GENERATED,
    attempt,
    bad_choices,
    edge_dates,
    edge_datetimes,
    row_counts,
    typed,
)

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "东门岗亭")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
UNIT = "3-2-1502"
VISITOR_FIELDS = {f.name for f in fields(VisitorEntry)}
VISIT_FIELDS = {"plate", "unit_code", "purpose"}
ITEM_FIELDS = {"unit_code", "authorisation", "authorised_by", "description"}
SLIP_FIELDS = ITEM_FIELDS | {"valid_until"}
NOTICE_FIELDS = {"plate", "place", "note"}
SETTINGS_FIELDS = {
    "parking_free_minutes",
    "parking_rate_per_hour_fen",
    "parking_daily_cap_fen",
    "parking_residents_free",
    "visitor_overdue_hour",
    "visitor_retention_days",
}


@dataclass(frozen=True)
class Estate:
    services: Services
    gate: GateServices

    def __repr__(self) -> str:  # hypothesis prints the arguments of a failing example
        return "Estate()"


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Estate]:
    from propdesk.config import Paths

    services = open_services(Paths.resolve(tmp_path_factory.mktemp("gate")), fast_hashing=True)
    services.units.save(ADMIN, UnitInput("3", "2", "1502"))
    yield Estate(services, services.module(GateServices))
    services.close()


def refused_cleanly(estate: Estate, before: dict[str, int], error: object, names: set[str]) -> None:
    assert error is not None
    assert getattr(error, "field", None) in names, error
    assert getattr(error, "message", "")
    assert row_counts(estate.services.store) == before


def choice(values: list[str]) -> st.SearchStrategy[object]:
    """A listed value most of the time, else what a bad caller sends."""
    return st.sampled_from(values) | bad_choices


unit_or_typed = st.sampled_from([UNIT, "", " 3-2-1502 "]) | typed
plate_or_typed = st.sampled_from(["京A88888", "粤b 123-45", "京A8888"]) | typed
# Whole numbers a spin box or a settings file may give: mostly in reach, some wild.
numbers = (
    st.integers(-2, 5000)
    | st.integers(-(10**20), 10**20)
    | st.sampled_from([0, 1, 7, 23, 24, 2**63, True, False])
)


@GENERATED
@given(card=typed)
def test_card_box(estate: Estate, card: str) -> None:
    before = row_counts(estate.services.store)
    result, error = attempt(lambda: estate.gate.entries.card_entry(GUARD, card))
    assert result is None  # no card is registered: every swipe is refused
    assert error is not None
    assert error.field == "card_number"
    after = row_counts(estate.services.store)
    # An unknown card's swipe is logged (with its audit row); a malformed one is not.
    assert after == before or after["gate_event"] == before["gate_event"] + 1


@GENERATED
@given(
    name=typed,
    phone=typed | st.just("138 1234 5678"),
    id_number=typed | st.just("110105199001011234"),
    unit_code=unit_or_typed,
    purpose=typed,
    confirmation=choice(["phone", "intercom", "in_person"]),
    confirmed_by=typed,
)
def test_visitor_form(
    estate: Estate,
    name: str,
    phone: str,
    id_number: str,
    unit_code: str,
    purpose: str,
    confirmation: str,
    confirmed_by: str,
) -> None:
    data = VisitorEntry(name, phone, id_number, unit_code, purpose, confirmation, confirmed_by)
    found, error = attempt(lambda: estate.gate.entries.visitor_problems(GUARD, data))
    assert error is None, error
    assert found is not None
    assert all(problem.field in VISITOR_FIELDS for problem in found), found
    before = row_counts(estate.services.store)
    visit, error = attempt(lambda: estate.gate.entries.register_visitor(GUARD, data))
    if visit is None:
        refused_cleanly(estate, before, error, VISITOR_FIELDS)
        return
    assert visit.name == clean_text(name)
    assert visit.purpose == clean_text(purpose)
    assert visit.unit_code == UNIT
    _left, error = attempt(lambda: estate.gate.entries.visitor_exit(GUARD, visit.pass_number))
    assert error is None, error


@GENERATED
@given(pass_number=typed)
def test_visitor_exit_box(estate: Estate, pass_number: str) -> None:
    before = row_counts(estate.services.store)
    left, error = attempt(lambda: estate.gate.entries.visitor_exit(GUARD, pass_number))
    assert left is None
    refused_cleanly(estate, before, error, {"pass_number"})


@GENERATED
@given(plate=plate_or_typed, unit_code=unit_or_typed, purpose=typed)
def test_vehicle_entry_form(estate: Estate, plate: str, unit_code: str, purpose: str) -> None:
    vehicles = estate.gate.vehicles
    visit = VehicleVisit(unit_code, purpose)
    found, error = attempt(lambda: vehicles.visit_problems(GUARD, visit))
    assert error is None, error
    assert found is not None
    assert all(problem.field in VISIT_FIELDS for problem in found), found
    before = row_counts(estate.services.store)
    entry, error = attempt(lambda: vehicles.vehicle_entry(GUARD, plate, visit))
    if entry is None:
        refused_cleanly(estate, before, error, VISIT_FIELDS)
        return
    assert entry.purpose == clean_text(purpose)
    quote, error = attempt(lambda: vehicles.exit_quote(GUARD, entry.plate))
    assert quote is not None, error
    _done, error = attempt(lambda: vehicles.vehicle_exit(GUARD, quote))
    assert error is None, error


@GENERATED
@given(plate=plate_or_typed, stated=st.none() | edge_datetimes, exterior=typed)
def test_vehicle_exit_form(
    estate: Estate, plate: str, stated: datetime | None, exterior: str
) -> None:
    vehicles = estate.gate.vehicles
    before = row_counts(estate.services.store)
    quote, error = attempt(lambda: vehicles.exit_quote(GUARD, plate, stated_entry_at=stated))
    if quote is None:
        refused_cleanly(estate, before, error, {"plate", "entered_at", "exited_at"})
        return
    assert quote.entered_at <= quote.exited_at
    done, error = attempt(lambda: vehicles.vehicle_exit(GUARD, quote, exterior_check=exterior))
    if done is None:
        refused_cleanly(estate, before, error, {"plate", "exterior_check"})
        return
    assert done.exterior_check == clean_text(exterior)


@GENERATED
@given(now=edge_datetimes)
def test_lists_at_any_moment(estate: Estate, now: datetime) -> None:
    """The lists a view refreshes are asked for at a given moment by tests and the CLI:
    an impossible one is refused, never an overflow."""
    gate = estate.gate
    for call in (
        lambda: gate.entries.inside_now(GUARD, now),
        lambda: gate.vehicles.inside_now(GUARD, now),
        lambda: gate.handover.current_shift(GUARD, now),
    ):
        result, error = attempt(call)
        assert result is not None or (error is not None and error.field == "now"), error


@GENERATED
@given(
    unit_code=unit_or_typed,
    authorisation=choice([a.value for a in Authorisation]),
    authorised_by=typed,
    description=typed,
    valid_until=edge_dates | st.just(date.today()),
)
def test_release_slip_and_items_in_forms(
    estate: Estate,
    unit_code: str,
    authorisation: str,
    authorised_by: str,
    description: str,
    valid_until: date,
) -> None:
    items = estate.gate.items
    before = row_counts(estate.services.store)
    slip, error = attempt(
        lambda: items.authorise_release(
            GUARD,
            unit_code=unit_code,
            authorisation=authorisation,
            authorised_by=authorised_by,
            description=description,
            valid_until=valid_until,
        )
    )
    if slip is None:
        refused_cleanly(estate, before, error, SLIP_FIELDS)
    else:
        assert slip.description == clean_text(description)
        assert slip.authorised_by == clean_text(authorised_by)
    before = row_counts(estate.services.store)
    event, error = attempt(
        lambda: items.item_in(
            GUARD,
            unit_code=unit_code,
            description=description,
            authorisation=authorisation,
            authorised_by=authorised_by,
        )
    )
    if event is None:
        refused_cleanly(estate, before, error, ITEM_FIELDS)
    else:
        assert event.description == clean_text(description)


@GENERATED
@given(number=typed, today=st.none() | edge_dates)
def test_slip_boxes(estate: Estate, number: str, today: date | None) -> None:
    items = estate.gate.items
    before = row_counts(estate.services.store)
    out, error = attempt(lambda: items.item_out(GUARD, number, today))
    assert out is None
    refused_cleanly(estate, before, error, {"slip_number", "today"})
    shown, error = attempt(lambda: items.slip(GUARD, number))
    assert shown is None
    assert error is not None
    assert error.field == "slip_number"
    listed, error = attempt(lambda: items.open_slips(GUARD, today))
    assert listed is not None or (error is not None and error.field == "today"), error


@GENERATED
@given(plate=plate_or_typed, place=typed, warning=st.booleans(), note=typed)
def test_parking_notice_form(
    estate: Estate, plate: str, place: str, warning: bool, note: str
) -> None:
    before = row_counts(estate.services.store)
    notice, error = attempt(
        lambda: estate.gate.notices.record_notice(
            GUARD, plate=plate, place=place, warning_posted=warning, note=note
        )
    )
    if notice is None:
        refused_cleanly(estate, before, error, NOTICE_FIELDS)
        return
    assert notice.place == clean_text(place)
    assert notice.note == clean_text(note)


@GENERATED
@given(to_name=typed, open_matters=typed)
def test_handover_form(estate: Estate, to_name: str, open_matters: str) -> None:
    before = row_counts(estate.services.store)
    handover, error = attempt(
        lambda: estate.gate.handover.hand_over(GUARD, to_name=to_name, open_matters=open_matters)
    )
    if handover is None:
        refused_cleanly(estate, before, error, {"to_name", "open_matters"})
        return
    assert handover.to_name == clean_text(to_name)
    assert len(handover.open_matters) <= len(open_matters)


@GENERATED
@given(reason=typed)
def test_void_reason(estate: Estate, reason: str) -> None:
    gate = estate.gate
    notice = gate.notices.record_notice(
        GUARD, plate="京A12345", place="东门消防通道", warning_posted=True
    )
    slip = gate.items.authorise_release(
        GUARD,
        unit_code=UNIT,
        authorisation="owner",
        authorised_by="张三",
        description="旧沙发",
        valid_until=date.today(),
    )
    for call in (
        lambda: gate.voiding.void_event(ADMIN, notice.event_id, reason),
        lambda: gate.voiding.void_slip(ADMIN, slip.id, reason),
    ):
        before = row_counts(estate.services.store)
        _done, error = attempt(call)
        if error is not None:
            refused_cleanly(estate, before, error, {"reason"})


@GENERATED
@given(
    date_from=st.none() | edge_dates,
    date_to=st.none() | edge_dates,
    text=typed,
)
def test_journal_filter_bar(
    estate: Estate, date_from: date | None, date_to: date | None, text: str
) -> None:
    journal = estate.gate.journal
    flt = JournalFilter(date_from, date_to, None, text, include_voided=True)
    page, error = attempt(lambda: journal.page(GUARD, flt, limit=5))
    if page is None:
        assert error is not None
        assert error.field in {"date_from", "date_to", "text"}, error
        return
    _count, error = attempt(lambda: journal.count(GUARD, flt))
    assert error is None, error
    _rows, error = attempt(lambda: list(journal.iter_rows(GUARD, flt, batch=50)))
    assert error is None, error


@GENERATED
@given(
    free_minutes=numbers,
    rate=numbers,
    cap=numbers,
    residents_free=st.booleans() | bad_choices,
    overdue_hour=st.integers(0, 23) | numbers,
    retention_days=st.integers(7, 3650) | numbers,
)
def test_gate_settings_form(
    estate: Estate,
    free_minutes: int,
    rate: int,
    cap: int,
    residents_free: bool,
    overdue_hour: int,
    retention_days: int,
) -> None:
    settings = estate.gate.settings
    before = row_counts(estate.services.store)
    saved, error = attempt(
        lambda: settings.set_gate(
            ADMIN,
            free_minutes=free_minutes,
            rate_per_hour_fen=rate,
            daily_cap_fen=cap,
            residents_free=residents_free,
            visitor_overdue_hour=overdue_hour,
            visitor_retention_days=retention_days,
        )
    )
    if saved is None:
        refused_cleanly(estate, before, error, SETTINGS_FIELDS)
        return
    assert settings.gate() == saved
    # The gate charges by what was saved: the longest stay is quoted and its fee
    # recorded, never an overflow.
    vehicles = estate.gate.vehicles
    quote, error = attempt(
        lambda: vehicles.exit_quote(
            GUARD, "京A99999", stated_entry_at=utcnow() - timedelta(days=89)
        )
    )
    assert quote is not None, error
    done, error = attempt(lambda: vehicles.vehicle_exit(GUARD, quote))
    assert done is not None, error
    assert done.quote.fee.fen == quote.fee.fen


@GENERATED
@given(now=st.none() | edge_datetimes, days=st.none() | numbers, today=edge_dates)
def test_retention_and_search_moments(
    estate: Estate, now: datetime | None, days: int | None, today: date
) -> None:
    gate = estate.gate
    result, error = attempt(lambda: gate.retention.purge(ADMIN, now, days, dry_run=True))
    if result is None:
        assert error is not None
        assert error.field in {"now", "visitor_retention_days"}, error
    place, error = attempt(lambda: gate.search.place(GUARD, uuid.uuid4(), today))
    assert place is None
    assert error is not None
