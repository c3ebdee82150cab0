"""Vehicles, items, parking notices and shift handover at the gate (services, no Qt)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from propdesk.domain.gate.tariff import FREE_RESIDENT, Tariff
from propdesk.domain.roles import Role
from propdesk.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.events import GateEventKind
from propdesk.services.gate.service import GateServices
from propdesk.services.gate.vehicles import GateVehicleService, VehicleVisit
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.services.master_data.vehicles import VehicleInput
from propdesk.store.base import utcnow
from propdesk.store.models import GateEvent, ReleaseAuthorisation, ShiftHandover

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
NIGHT_GUARD = Actor(None, "guard2", "刘保安", Role.GUARD, "东门岗亭")
TARIFF = Tariff(free_minutes=30, rate_per_hour_fen=500, daily_cap_fen=3000)
VISIT = VehicleVisit("3-2-1502", "送货")  # a visitor's car states where it goes and why


@pytest.fixture
def estate(services: Services) -> Services:
    """Unit 3-2-1502 with owner 张三 and his registered car 粤B12345."""
    services.units.save(CLERK, UnitInput("3", "2", "1502"))
    services.residents.save(
        CLERK, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", "13812345678")
    )
    services.vehicles.save(CLERK, VehicleInput("粤B12345", "3-2-1502", "张三"))
    return services


def _events(services: Services, kind: GateEventKind) -> list[GateEvent]:
    with services.store.read() as session:
        return list(
            session.scalars(
                select(GateEvent).where(GateEvent.kind == kind.value).order_by(GateEvent.id)
            )
        )


def _count(services: Services) -> int:
    with services.store.read() as session:
        return int(session.scalar(select(func.count()).select_from(GateEvent)) or 0)


# -- vehicles -------------------------------------------------------------------


def test_registered_vehicle_enters_without_permit_and_leaves_free(estate: Services) -> None:
    entry = estate.module(GateServices).vehicles.vehicle_entry(GUARD, "粤b 123-45")
    assert (entry.plate, entry.registered, entry.permit_number) == ("粤B12345", True, "")
    assert (entry.owner_name, entry.unit_code) == ("张三", "3-2-1502")
    quote = estate.module(GateServices).vehicles.exit_quote(
        GUARD, "粤B12345", now=entry.entered_at + timedelta(hours=5)
    )
    assert quote.fee.fen == 0
    assert quote.fee.free_reason == FREE_RESIDENT


def test_visitor_vehicle_gets_permit_and_pays_the_quoted_fee(estate: Services) -> None:
    gate = GateVehicleService(estate.store, lambda: TARIFF)
    entry = gate.vehicle_entry(GUARD, "京A88888", VISIT)
    assert not entry.registered
    assert entry.permit_number.startswith("CL")
    quote = gate.exit_quote(GUARD, "京A88888", now=utcnow())
    # Back-date the quote as if the car had stayed 2 h 10 min: three started hours.
    quote = replace(quote, entered_at=quote.exited_at - timedelta(hours=2, minutes=10))
    done = gate.vehicle_exit(GUARD, quote, exterior_check="左前门有划痕", permit_returned=True)
    assert done.quote.fee.fen == 1500
    (out,) = _events(estate, GateEventKind.VEHICLE_OUT)
    (entered,) = _events(estate, GateEventKind.VEHICLE_IN)
    assert (out.fee_fen, out.exterior_check, out.permit_returned) == (1500, "左前门有划痕", True)
    assert out.entry_event_id == entered.id
    assert entered.closed_at == out.occurred_at
    assert out.stated_entry_at is None
    assert gate.inside_now(GUARD) == []
    receipt = gate.exit_record(GUARD, out.id)
    assert receipt.quote.fee.fen == 1500
    assert receipt.quote.permit_number == entry.permit_number


def test_a_plate_inside_cannot_enter_twice(estate: Services) -> None:
    estate.module(GateServices).vehicles.vehicle_entry(GUARD, "京A88888", VISIT)
    with pytest.raises(ConflictError) as caught:
        estate.module(GateServices).vehicles.vehicle_entry(GUARD, "京a88888", VISIT)
    assert caught.value.field == "plate"
    assert len(_events(estate, GateEventKind.VEHICLE_IN)) == 1
    assert [row.plate for row in estate.module(GateServices).vehicles.inside_now(GUARD)] == [
        "京A88888"
    ]


def test_malformed_plate_is_refused_and_nothing_written(estate: Services) -> None:
    before = _count(estate)
    for bad in ("", "12345", "粤B1234", "粤BI2345"):
        with pytest.raises(ValidationError) as caught:
            estate.module(GateServices).vehicles.vehicle_entry(GUARD, bad)
        assert caught.value.field == "plate"
    assert _count(estate) == before


def test_exit_without_entry_asks_for_the_entry_time_and_is_marked(estate: Services) -> None:
    gate = GateVehicleService(estate.store, lambda: TARIFF)
    with pytest.raises(NotFoundError) as caught:
        gate.exit_quote(GUARD, "京A88888")
    assert caught.value.field == "entered_at"
    now = utcnow()
    with pytest.raises(ValidationError) as future:
        gate.exit_quote(GUARD, "京A88888", stated_entry_at=now + timedelta(hours=1), now=now)
    assert future.value.field == "entered_at"
    quote = gate.exit_quote(GUARD, "京A88888", stated_entry_at=now - timedelta(minutes=45))
    assert quote.entry_stated
    assert quote.fee.fen == 500
    gate.vehicle_exit(GUARD, quote)
    (out,) = _events(estate, GateEventKind.VEHICLE_OUT)
    assert out.entry_event_id is None
    assert out.stated_entry_at == quote.entered_at
    assert out.permit_returned is None  # no permit was ever handed out


def test_exit_twice_and_stale_quote_are_refused(estate: Services) -> None:
    estate.module(GateServices).vehicles.vehicle_entry(GUARD, "京A88888", VISIT)
    quote = estate.module(GateServices).vehicles.exit_quote(GUARD, "京A88888")
    estate.module(GateServices).vehicles.vehicle_exit(GUARD, quote)
    with pytest.raises(ConflictError):
        estate.module(GateServices).vehicles.vehicle_exit(GUARD, quote)
    estate.module(GateServices).vehicles.vehicle_entry(GUARD, "京A88888", VISIT)
    fresh = estate.module(GateServices).vehicles.exit_quote(GUARD, "京A88888")
    hour = timedelta(hours=1)
    stale = replace(fresh, entered_at=fresh.entered_at - hour, exited_at=fresh.exited_at - hour)
    with pytest.raises(ConflictError):
        estate.module(GateServices).vehicles.vehicle_exit(GUARD, stale)
    assert len(_events(estate, GateEventKind.VEHICLE_OUT)) == 1


def test_exit_note_too_long_writes_nothing(estate: Services) -> None:
    estate.module(GateServices).vehicles.vehicle_entry(GUARD, "京A88888", VISIT)
    quote = estate.module(GateServices).vehicles.exit_quote(GUARD, "京A88888")
    with pytest.raises(ValidationError) as caught:
        estate.module(GateServices).vehicles.vehicle_exit(GUARD, quote, exterior_check="划" * 101)
    assert caught.value.field == "exterior_check"
    assert _events(estate, GateEventKind.VEHICLE_OUT) == []
    assert len(estate.module(GateServices).vehicles.inside_now(GUARD)) == 1


def test_clerk_may_not_log_vehicles(estate: Services) -> None:
    with pytest.raises(PermissionDeniedError):
        estate.module(GateServices).vehicles.vehicle_entry(CLERK, "京A88888", VISIT)


# -- items ----------------------------------------------------------------------


def _authorise(services: Services, valid_until: date | None = None) -> str:
    slip = services.module(GateServices).items.authorise_release(
        GUARD,
        unit_code="3-2-1502",
        authorisation="owner",
        authorised_by="张三",
        description="旧沙发一张",
        valid_until=valid_until or date.today(),
    )
    return slip.number


def test_items_out_against_a_slip_use_it_up(estate: Services) -> None:
    number = _authorise(estate)
    assert number.startswith("FX")
    assert [s.number for s in estate.module(GateServices).items.open_slips(GUARD)] == [number]
    event = estate.module(GateServices).items.item_out(GUARD, number.lower())
    assert (event.unit_code, event.description, event.slip_number) == (
        "3-2-1502",
        "旧沙发一张",
        number,
    )
    assert estate.module(GateServices).items.open_slips(GUARD) == []
    assert estate.module(GateServices).items.slip(GUARD, number).used_at == event.occurred_at
    with pytest.raises(ConflictError):
        estate.module(GateServices).items.item_out(GUARD, number)
    assert len(_events(estate, GateEventKind.ITEM_OUT)) == 1


def test_items_out_without_authorisation_are_refused(estate: Services) -> None:
    with pytest.raises(NotFoundError) as caught:
        estate.module(GateServices).items.item_out(GUARD, "FX202611-9999")
    assert caught.value.field == "slip_number"
    with pytest.raises(NotFoundError):
        estate.module(GateServices).items.item_out(GUARD, "")
    number = _authorise(estate)
    with pytest.raises(ConflictError) as expired:
        estate.module(GateServices).items.item_out(
            GUARD, number, today=date.today() + timedelta(days=1)
        )
    assert expired.value.field == "slip_number"
    assert _events(estate, GateEventKind.ITEM_OUT) == []
    with estate.store.read() as session:
        (row,) = session.scalars(select(ReleaseAuthorisation)).all()
        assert row.used_event_id is None


def test_authorisation_input_is_checked(estate: Services) -> None:
    cases = {
        "authorisation": {"authorisation": "neighbour"},
        "authorised_by": {"authorised_by": " "},
        "description": {"description": ""},
        "valid_until": {"valid_until": date.today() - timedelta(days=1)},
        "unit_code": {"unit_code": "9-9-999"},
    }
    for field, change in cases.items():
        values: dict[str, object] = {
            "unit_code": "3-2-1502",
            "authorisation": "management",
            "authorised_by": "物业经理",
            "description": "装修垃圾",
            "valid_until": date.today(),
        }
        values.update(change)
        with pytest.raises((ValidationError, NotFoundError)) as caught:
            estate.module(GateServices).items.authorise_release(GUARD, **values)  # type: ignore[arg-type]
        assert caught.value.field == field
    assert estate.module(GateServices).items.open_slips(GUARD) == []


def test_materials_in_are_logged(estate: Services) -> None:
    event = estate.module(GateServices).items.item_in(
        GUARD,
        unit_code="3-2-1502",
        description="瓷砖 20 箱",
        authorisation="management",
        authorised_by="装修审批 李经理",
    )
    assert event.kind is GateEventKind.ITEM_IN
    (row,) = _events(estate, GateEventKind.ITEM_IN)
    assert (row.description, row.authorisation) == ("瓷砖 20 箱", "management")


# -- notices --------------------------------------------------------------------


def test_parking_notice_is_numbered_and_checked(estate: Services) -> None:
    notice = estate.module(GateServices).notices.record_notice(
        GUARD, plate="粤A 12345", place="5 号楼消防通道", warning_posted=True
    )
    assert notice.number.startswith("TZ")
    assert (notice.plate, notice.place, notice.warning_posted) == (
        "粤A12345",
        "5 号楼消防通道",
        True,
    )
    assert estate.module(GateServices).notices.notice(GUARD, notice.event_id) == notice
    with pytest.raises(ValidationError) as caught:
        estate.module(GateServices).notices.record_notice(
            GUARD, plate="粤A12345", place=" ", warning_posted=False
        )
    assert caught.value.field == "place"
    assert len(_events(estate, GateEventKind.PARKING_NOTICE)) == 1


# -- shift handover -------------------------------------------------------------


def test_handover_counts_the_shift_and_the_next_starts_where_it_ended(estate: Services) -> None:
    gate = GateVehicleService(estate.store, lambda: TARIFF)
    gate.vehicle_entry(GUARD, "京A88888", VISIT)
    quote = gate.exit_quote(GUARD, "京A88888")
    gate.vehicle_exit(
        GUARD, replace(quote, entered_at=quote.exited_at - timedelta(hours=1, minutes=1))
    )
    estate.module(GateServices).notices.record_notice(
        GUARD, plate="粤A12345", place="消防通道", warning_posted=True
    )
    start, counts = estate.module(GateServices).handover.current_shift(GUARD)
    assert (counts.vehicles_in, counts.vehicles_out, counts.notices) == (1, 1, 1)
    assert counts.fees_fen == 1000
    done = estate.module(GateServices).handover.hand_over(
        GUARD, to_name="刘保安", open_matters="  5号楼门禁故障\n 已报修 "
    )
    assert done.number.startswith("JB")
    assert done.counts == counts
    assert done.shift_start == start
    assert (done.from_name, done.to_name, done.open_matters) == (
        "王保安",
        "刘保安",
        "5号楼门禁故障\n已报修",
    )
    next_start, empty = estate.module(GateServices).handover.current_shift(NIGHT_GUARD)
    assert next_start == done.shift_end
    assert empty.vehicles_in == 0
    assert estate.module(GateServices).handover.recent(GUARD)[0] == done


def test_handover_needs_a_successor_and_writes_nothing_otherwise(estate: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        estate.module(GateServices).handover.hand_over(GUARD, to_name=" ", open_matters="")
    assert caught.value.field == "to_name"
    with pytest.raises(ValidationError) as long:
        estate.module(GateServices).handover.hand_over(
            GUARD, to_name="刘保安", open_matters="x" * 1001
        )
    assert long.value.field == "open_matters"
    with estate.store.read() as session:
        assert session.scalar(select(func.count()).select_from(ShiftHandover)) == 0


def test_stated_entry_far_in_the_past_is_refused(estate: Services) -> None:
    now = datetime.now().astimezone()
    with pytest.raises(ValidationError):
        estate.module(GateServices).vehicles.exit_quote(
            GUARD, "京A88888", stated_entry_at=now - timedelta(days=365), now=now
        )


# -- visitors past the set hour -------------------------------------------------


def test_visitors_inside_past_the_set_hour_are_flagged(estate: Services) -> None:
    from propdesk.services.gate.entries import GateEntryService, HostConfirmation, VisitorEntry

    gate = GateEntryService(estate.store, overdue_hour=lambda: 22)
    visit = gate.register_visitor(
        GUARD,
        VisitorEntry("赵六", "13900001111", "", "3-2-1502", "探亲", HostConfirmation.PHONE, "张三"),
    )
    same_day = visit.entered_at.astimezone().replace(hour=21, minute=0)
    if visit.entered_at.astimezone().hour < 21:
        (row,) = gate.inside_now(GUARD, now=same_day)
        assert not row.overdue
    (row,) = gate.inside_now(GUARD, now=visit.entered_at + timedelta(days=1))
    assert row.overdue
    assert row.minutes_inside == 24 * 60


def test_the_estate_tariff_setting_prices_the_exit(estate: Services) -> None:
    admin = Actor(None, "admin", "admin", Role.ADMIN, "客服中心")
    estate.module(GateServices).settings.set_gate(
        admin,
        free_minutes=0,
        rate_per_hour_fen=800,
        daily_cap_fen=5000,
        residents_free=True,
        visitor_overdue_hour=22,
        visitor_retention_days=180,
    )
    now = utcnow()
    quote = estate.module(GateServices).vehicles.exit_quote(
        GUARD, "京A88888", stated_entry_at=now - timedelta(minutes=90), now=now
    )
    assert quote.fee.fen == 1600


def test_a_parking_notice_is_signed_by_the_guards_name(estate: Services) -> None:
    admin = Actor(None, "admin", "admin", Role.ADMIN, "客服中心")
    estate.accounts.create_user(admin, "guard", "王保安", Role.GUARD, "secret-Pass-1234")
    notices = estate.module(GateServices).notices
    notice = notices.record_notice(GUARD, plate="粤A 12345", place="消防通道", warning_posted=True)
    assert notice.guard == "王保安"  # not the login "guard"
    assert notices.notice(GUARD, notice.event_id).guard == "王保安"
