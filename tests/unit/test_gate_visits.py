"""What a visit states at the gate (services): a visitor's car, as a visitor on foot,
names the unit it visits and why; every problem of an entry can be had at once; a
visitor's car still inside past the set hour is flagged, a resident's never."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from propdesk.domain.roles import Role
from propdesk.errors import ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.entries import HostConfirmation, VisitorEntry
from propdesk.services.gate.events import GateEventKind
from propdesk.services.gate.service import GateServices
from propdesk.services.gate.vehicles import GateVehicleService, VehicleVisit
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.services.master_data.vehicles import VehicleInput
from propdesk.store.models import GateEvent, NumberCounter, Unit

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")


@pytest.fixture
def estate(services: Services) -> Services:
    """Unit 3-2-1502 with owner 张三 and his registered car 粤B12345."""
    services.units.save(CLERK, UnitInput("3", "2", "1502"))
    services.residents.save(
        CLERK, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", "13812345678")
    )
    services.vehicles.save(CLERK, VehicleInput("粤B12345", "3-2-1502", "张三"))
    return services


def _events(services: Services) -> list[GateEvent]:
    with services.store.read() as session:
        return list(session.scalars(select(GateEvent).order_by(GateEvent.occurred_at)))


def _numbers_used(services: Services) -> int:
    with services.store.read() as session:
        return int(session.scalar(select(func.count()).select_from(NumberCounter)) or 0)


def test_a_visitors_car_without_a_visit_is_asked_for_one_and_nothing_written(
    estate: Services,
) -> None:
    vehicles = estate.module(GateServices).vehicles
    with pytest.raises(ValidationError) as caught:
        vehicles.vehicle_entry(GUARD, "京a88888")
    assert caught.value.field == "unit_code"
    assert caught.value.params == {"plate": "京A88888"}
    assert _events(estate) == []
    assert _numbers_used(estate) == 0  # no permit number spent


def test_every_problem_of_a_cars_visit_at_once_and_the_entry_refuses_the_first(
    estate: Services,
) -> None:
    vehicles = estate.module(GateServices).vehicles
    wrong = VehicleVisit("9-9-999", "  ")
    assert [e.field for e in vehicles.visit_problems(GUARD, wrong)] == ["unit_code", "purpose"]
    assert [e.field for e in vehicles.visit_problems(GUARD, VehicleVisit("", "x"))] == ["unit_code"]
    assert vehicles.visit_problems(GUARD, VehicleVisit("3-2-1502", "快递")) == []
    with pytest.raises(ValidationError):
        vehicles.vehicle_entry(GUARD, "京A88888", wrong)
    assert _events(estate) == []


def test_a_visitors_car_keeps_its_unit_and_purpose_in_and_out(estate: Services) -> None:
    gate = GateVehicleService(estate.store)
    entry = gate.vehicle_entry(GUARD, "京A88888", VehicleVisit("3-2-1502", " 快递 "))
    assert (entry.registered, entry.unit_code, entry.purpose) == (False, "3-2-1502", "快递")
    assert entry.owner_name == ""
    assert entry.permit_number.startswith("CL")
    gate.vehicle_exit(GUARD, gate.exit_quote(GUARD, "京A88888"))
    came, left = _events(estate)
    with estate.store.read() as session:
        unit_id = session.scalars(select(Unit.id).where(Unit.code == "3-2-1502")).one()
    assert (came.kind, came.unit_id, came.purpose) == (GateEventKind.VEHICLE_IN, unit_id, "快递")
    assert (left.kind, left.unit_id, left.purpose) == (GateEventKind.VEHICLE_OUT, unit_id, "快递")
    assert came.resident_id is None


def test_a_registered_car_states_nothing(estate: Services) -> None:
    vehicles = estate.module(GateServices).vehicles
    entry = vehicles.vehicle_entry(GUARD, "粤B12345", VehicleVisit("", ""))  # ignored
    assert (entry.registered, entry.unit_code, entry.purpose) == (True, "3-2-1502", "")


def test_a_visitors_car_past_the_hour_is_flagged_and_a_residents_is_not(
    estate: Services,
) -> None:
    gate = GateVehicleService(estate.store, overdue_hour=lambda: 22)
    visitor = gate.vehicle_entry(GUARD, "京A88888", VehicleVisit("3-2-1502", "访友"))
    gate.vehicle_entry(GUARD, "粤B12345")
    rows = gate.inside_now(GUARD, now=visitor.entered_at + timedelta(days=1, minutes=157))
    flagged = {row.plate: row.overdue for row in rows}
    assert flagged == {"京A88888": True, "粤B12345": False}
    by_plate = {row.plate: row for row in rows}
    assert by_plate["京A88888"].purpose == "访友"
    assert by_plate["京A88888"].minutes_inside == 24 * 60 + 157
    same_time = gate.inside_now(GUARD, now=visitor.entered_at)
    entered_hour = visitor.entered_at.astimezone().hour
    if entered_hour < 22:  # before the hour on the day it came: not yet
        assert not any(row.overdue for row in same_time)


def test_the_estates_hour_flags_cars_as_it_flags_visitors(estate: Services) -> None:
    admin = Actor(None, "admin", "王经理", Role.ADMIN, "客服中心")
    gate = estate.module(GateServices)
    gate.vehicles.vehicle_entry(GUARD, "京A88888", VehicleVisit("3-2-1502", "访友"))
    # It came in at 08:00 today; at noon it is past a 10 o'clock limit, not a 22 o'clock.
    morning = datetime.now().astimezone().replace(hour=8, minute=0, second=0, microsecond=0)
    with estate.store.write() as session:
        session.scalars(select(GateEvent)).one().occurred_at = morning
    noon = morning.replace(hour=12)
    assert not gate.vehicles.inside_now(GUARD, now=noon)[0].overdue  # the default, 22:00
    current = gate.settings.gate(admin)
    tariff = current.tariff
    gate.settings.set_gate(
        admin,
        free_minutes=tariff.free_minutes,
        rate_per_hour_fen=tariff.rate_per_hour_fen,
        daily_cap_fen=tariff.daily_cap_fen,
        residents_free=tariff.residents_free,
        visitor_overdue_hour=10,
        visitor_retention_days=current.visitor_retention_days,
    )
    assert gate.vehicles.inside_now(GUARD, now=noon)[0].overdue


def test_every_problem_of_a_visitor_at_once_and_the_purpose_is_required(
    estate: Services,
) -> None:
    entries = estate.module(GateServices).entries
    empty = VisitorEntry("", "", "", "", "", "by carrier pigeon", "")
    assert [e.field for e in entries.visitor_problems(GUARD, empty)] == [
        "name",
        "phone",
        "unit_code",
        "purpose",
        "confirmation",
        "confirmed_by",
    ]
    good = VisitorEntry(
        "赵六", "13900001111", "", "3-2-1502", "访友", HostConfirmation.PHONE, "张三"
    )
    assert entries.visitor_problems(GUARD, good) == []
    no_purpose = VisitorEntry(
        "赵六", "13900001111", "", "3-2-1502", "", HostConfirmation.PHONE, "张三"
    )
    with pytest.raises(ValidationError) as caught:
        entries.register_visitor(GUARD, no_purpose)
    assert caught.value.field == "purpose"
    assert _events(estate) == []
