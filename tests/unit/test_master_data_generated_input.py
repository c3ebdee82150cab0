"""Generated input through the registers other than residents (tests/unit/
test_residents_generated_input.py has those): units, buildings, parking spaces, cards,
vehicles and staff. Whatever is typed into their forms is stored as cleaned or refused
with a UserError naming its form field, and a refusal writes nothing
(tests/generated_input.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.core.text import clean_text
from propdesk.services.master_data.buildings import BuildingInput
from propdesk.services.master_data.cards import CardInput, CardStatus
from propdesk.services.master_data.parking import ParkingSpaceInput, SpaceKind
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.staff import StaffInput
from propdesk.services.master_data.units import UnitInput
from propdesk.services.master_data.vehicles import VehicleInput
from tests.generated_input import (
    GENERATED,
    attempt,
    bad_choices,
    edge_dates,
    row_counts,
    typed,
)

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
UNIT = "3-2-1502"
OWNER = "张三"
UNIT_FIELDS = {"building", "entrance", "room", "floor", "area"}
BUILDING_FIELDS = {f.name for f in fields(BuildingInput)}
SPACE_FIELDS = {"space_code", "zone", "kind"}
CARD_FIELDS = {"card_number", "unit_code", "holder_name", "status", "issued_on"}
VEHICLE_FIELDS = {"plate", "unit_code", "owner_name", "space_code", "description"}
STAFF_FIELDS = {"name", "department", "position", "phone"}


@dataclass(frozen=True)
class Estate:
    services: Services
    building_id: uuid.UUID
    space_id: uuid.UUID
    card_id: uuid.UUID
    staff_id: uuid.UUID

    def __repr__(self) -> str:  # hypothesis prints the arguments of a failing example
        return "Estate()"


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Estate]:
    from propdesk.config import Paths

    services = open_services(Paths.resolve(tmp_path_factory.mktemp("registers")), fast_hashing=True)
    services.units.save(ADMIN, UnitInput("3", "2", "1502"))
    services.residents.save(ADMIN, ResidentInput(UNIT, ResidentKind.OWNER, OWNER, "13812345678"))
    building = services.buildings.list(ADMIN)[0]
    space = services.parking.create(ADMIN, ParkingSpaceInput("B2-001", "地下二层", "owned"))
    card = services.cards.issue(ADMIN, CardInput("00012345", UNIT, OWNER))
    staff = services.staff.save(ADMIN, StaffInput("王师傅", "engineering", "水电工"))
    yield Estate(services, building.id, space.id, card.id, staff.id)
    services.close()


def refused_cleanly(estate: Estate, before: dict[str, int], error: object, names: set[str]) -> None:
    assert error is not None
    assert getattr(error, "field", None) in names, error
    assert getattr(error, "message", "")
    assert row_counts(estate.services.store) == before


def choice(values: list[str]) -> st.SearchStrategy[object]:
    """A listed value most of the time, else what a bad caller sends."""
    return st.sampled_from(values) | bad_choices


short = st.text("0123456789ABab", min_size=1, max_size=9) | typed
whole = st.integers(-10, 250) | st.sampled_from([0, 10**20, -(10**20), True])
unit_or_typed = st.sampled_from([UNIT, "", " 3-2-1502 "]) | typed
owner_or_typed = st.sampled_from([OWNER, f" {OWNER} "]) | typed


@GENERATED
@given(
    building=short,
    entrance=short | st.just(""),
    room=short,
    floor=st.none() | whole,
    area=typed | st.sampled_from(["89.5", "NaN", "1e9", "12.345", "-Infinity"]),
)
def test_unit_form(
    estate: Estate, building: str, entrance: str, room: str, floor: int | None, area: str
) -> None:
    before = row_counts(estate.services.store)
    data = UnitInput(building, entrance, room, floor, area)
    saved, error = attempt(lambda: estate.services.units.save(ADMIN, data))
    if saved is None:
        refused_cleanly(estate, before, error, UNIT_FIELDS)
        return
    assert saved.room == room.strip().upper()
    assert len(saved.code) <= 20


@GENERATED
@given(code=short, name=typed, floors=whole)
def test_building_form(estate: Estate, code: str, name: str, floors: int) -> None:
    buildings = estate.services.buildings
    data = BuildingInput(code, name, floors)
    for call in (
        lambda: buildings.create(ADMIN, data),
        lambda: buildings.update(ADMIN, estate.building_id, BuildingInput("3", name, floors)),
    ):
        before = row_counts(estate.services.store)
        saved, error = attempt(call)
        if saved is None:
            refused_cleanly(estate, before, error, BUILDING_FIELDS)
            continue
        assert saved.name == (clean_text(name) or saved.code)


@GENERATED
@given(code=short, zone=typed, kind=choice([k.value for k in SpaceKind]))
def test_parking_space_form(estate: Estate, code: str, zone: str, kind: str) -> None:
    parking = estate.services.parking
    for call in (
        lambda: parking.create(ADMIN, ParkingSpaceInput(code, zone, kind)),
        lambda: parking.update(ADMIN, estate.space_id, ParkingSpaceInput("B2-001", zone, kind)),
    ):
        before = row_counts(estate.services.store)
        saved, error = attempt(call)
        if saved is None:
            refused_cleanly(estate, before, error, SPACE_FIELDS)
            continue
        assert saved.zone == clean_text(zone)


@GENERATED
@given(
    number=short | st.just("0001 2345 67"),
    unit_code=unit_or_typed,
    holder=owner_or_typed,
    status=choice([s.value for s in CardStatus]),
    issued_on=st.none() | edge_dates,
)
def test_card_form(
    estate: Estate,
    number: str,
    unit_code: str,
    holder: str,
    status: CardStatus,
    issued_on: date | None,
) -> None:
    cards = estate.services.cards
    before = row_counts(estate.services.store)
    saved, error = attempt(
        lambda: cards.issue(ADMIN, CardInput(number, unit_code, holder, status, issued_on))
    )
    if saved is None:
        refused_cleanly(estate, before, error, CARD_FIELDS)
    else:
        assert saved.holder_name == OWNER
    found, error = attempt(lambda: cards.lookup(ADMIN, number))
    assert found is not None or error is None or error.field == "card_number", error


@GENERATED
@given(status=choice([s.value for s in CardStatus]), reason=typed)
def test_card_status_change(estate: Estate, status: CardStatus, reason: str) -> None:
    before = row_counts(estate.services.store)
    changed, error = attempt(
        lambda: estate.services.cards.change_status(ADMIN, estate.card_id, status, reason)
    )
    if changed is None:
        refused_cleanly(estate, before, error, {"status", "reason"})


@GENERATED
@given(
    plate=st.sampled_from(["京A88888", "粤b 123-45"]) | typed,
    unit_code=unit_or_typed,
    owner=owner_or_typed,
    space=st.sampled_from(["", "B2-001", "b2 002"]) | typed,
    description=typed,
)
def test_vehicle_form(
    estate: Estate, plate: str, unit_code: str, owner: str, space: str, description: str
) -> None:
    vehicles = estate.services.vehicles
    before = row_counts(estate.services.store)
    data = VehicleInput(plate, unit_code, owner, space, description)
    saved, error = attempt(lambda: vehicles.save(ADMIN, data))
    if saved is None:
        refused_cleanly(estate, before, error, VEHICLE_FIELDS)
    else:
        assert saved.description == clean_text(description)
    _found, error = attempt(lambda: vehicles.find_by_plate(ADMIN, plate))
    assert error is None or error.field == "plate", error


@GENERATED
@given(
    name=typed,
    department=st.sampled_from(["engineering", "security"]) | typed,
    position=typed,
    phone=typed | st.sampled_from(["", "138 1234 5678"]),
)
def test_staff_form(estate: Estate, name: str, department: str, position: str, phone: str) -> None:
    staff = estate.services.staff
    data = StaffInput(name, department, position, phone)
    for call in (
        lambda: staff.save(ADMIN, data),
        lambda: staff.update(ADMIN, estate.staff_id, data),
    ):
        before = row_counts(estate.services.store)
        saved, error = attempt(call)
        if saved is None:
            refused_cleanly(estate, before, error, STAFF_FIELDS)
            continue
        assert saved.name == clean_text(name)
        assert saved.position == clean_text(position)


@GENERATED
@given(reason=typed)
def test_void_reason(estate: Estate, reason: str) -> None:
    space = estate.services.parking.create(
        ADMIN, ParkingSpaceInput(f"V-{uuid.uuid4().hex[:8]}".upper(), "", "visitor")
    )
    before = row_counts(estate.services.store)
    _done, error = attempt(lambda: estate.services.parking.void(ADMIN, space.id, reason))
    if error is not None:
        refused_cleanly(estate, before, error, {"reason"})
