"""Buildings and parking spaces as registers of their own: listed with what uses them,
added, corrected and voided with an audit row — never voided (nor a building
renumbered) while units or vehicles still depend on them."""

from __future__ import annotations

import pytest

from propdesk.domain.roles import Role
from propdesk.errors import ConflictError, PermissionDeniedError, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.master_data.buildings import BuildingInput
from propdesk.services.master_data.parking import ParkingSpaceInput, SpaceKind
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.services.master_data.vehicles import VehicleInput

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "岗亭")
ADMIN = Actor(None, "admin", "王经理", Role.ADMIN, "客服中心")


@pytest.fixture
def estate(services: Services) -> Services:
    """Building 3 with two units (made by the units), 张三's car on space B2-017."""
    services.units.save(CLERK, UnitInput("3", "2", "1502"))
    services.units.save(CLERK, UnitInput("3", "2", "902"))
    services.residents.save(CLERK, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三"))
    services.vehicles.save(CLERK, VehicleInput("粤B12345", "3-2-1502", "张三", "B2-017"))
    return services


def test_buildings_list_their_units(estate: Services) -> None:
    empty = estate.buildings.create(CLERK, BuildingInput("12", "12号楼", 33))
    counts = {b.code: b.units for b in estate.buildings.list(CLERK)}
    assert counts == {"3": 2, "12": 0}
    assert empty.units == 0


def test_a_building_with_units_keeps_its_number_and_is_not_voided(estate: Services) -> None:
    (three,) = estate.buildings.list(CLERK)
    renamed = estate.buildings.update(CLERK, three.id, BuildingInput("3", "3号楼 北区", 34))
    assert (renamed.name, renamed.floors, renamed.units) == ("3号楼 北区", 34, 2)
    with pytest.raises(ConflictError) as caught:
        estate.buildings.update(CLERK, three.id, BuildingInput("03", "3号楼", 34))
    assert caught.value.field == "code"
    with pytest.raises(ConflictError) as caught:
        estate.buildings.void(CLERK, three.id, "录错了")
    assert caught.value.params == {"code": "3", "n": 2}
    assert [b.code for b in estate.buildings.list(CLERK)] == ["3"]


def test_an_empty_building_is_voided_with_its_reason(estate: Services) -> None:
    typo = estate.buildings.create(CLERK, BuildingInput("31", "31号楼", 18))
    with pytest.raises(ValidationError):
        estate.buildings.void(CLERK, typo.id, "  ")  # a reason is needed
    estate.buildings.void(CLERK, typo.id, "录错了，应为 13")
    assert [b.code for b in estate.buildings.list(CLERK)] == ["3"]
    (voided,) = [b for b in estate.buildings.list(CLERK, include_voided=True) if b.voided]
    assert (voided.code, voided.void_reason) == ("31", "录错了，应为 13")
    (entry,) = estate.audit.page(ADMIN, AuditFilter(entity="building", action="void")).rows
    assert entry.reason == "录错了，应为 13"


def test_parking_spaces_list_the_vehicles_parked_there(estate: Services) -> None:
    estate.parking.create(CLERK, ParkingSpaceInput(" v-001 ", " 地面  访客车位 ", "visitor"))
    spaces = {s.code: s for s in estate.parking.list(CLERK)}
    assert set(spaces) == {"B2-017", "V-001"}
    assert spaces["B2-017"].plates == ("粤B12345",)
    assert (spaces["V-001"].zone, spaces["V-001"].kind) == ("地面 访客车位", SpaceKind.VISITOR)


def test_a_parking_space_is_checked_field_by_field(estate: Services) -> None:
    for data, field in (
        (ParkingSpaceInput("", "地下二层", "owned"), "space_code"),
        (ParkingSpaceInput("B2 017!", "地下二层", "owned"), "space_code"),
        (ParkingSpaceInput("B2-018", "地" * 41, "owned"), "zone"),
        (ParkingSpaceInput("B2-018", "地下二层", "borrowed"), "kind"),
        (ParkingSpaceInput("B2-017", "地下二层", "owned"), "space_code"),  # taken
    ):
        with pytest.raises((ValidationError, ConflictError)) as caught:
            estate.parking.create(CLERK, data)
        assert caught.value.field == field, data


def test_a_space_in_use_is_not_voided_an_empty_one_is(estate: Services) -> None:
    spaces = {s.code: s for s in estate.parking.list(CLERK)}
    with pytest.raises(ConflictError) as caught:
        estate.parking.void(CLERK, spaces["B2-017"].id, "拆除")
    assert caught.value.params == {"code": "B2-017", "plates": "粤B12345"}
    moved = estate.parking.update(
        CLERK, spaces["B2-017"].id, ParkingSpaceInput("B2-017A", "地下二层", "rented")
    )
    assert (moved.code, moved.kind, moved.plates) == ("B2-017A", SpaceKind.RENTED, ("粤B12345",))
    empty = estate.parking.create(CLERK, ParkingSpaceInput("B2-099", "地下二层", "owned"))
    estate.parking.void(CLERK, empty.id, "改作消防通道")
    assert [s.code for s in estate.parking.list(CLERK)] == ["B2-017A"]


def test_a_guard_may_read_the_registers_but_not_change_them(estate: Services) -> None:
    assert [b.code for b in estate.buildings.list(GUARD)] == ["3"]
    assert [s.code for s in estate.parking.list(GUARD)] == ["B2-017"]
    with pytest.raises(PermissionDeniedError):
        estate.parking.create(GUARD, ParkingSpaceInput("B2-100", "", "owned"))
    with pytest.raises(PermissionDeniedError):
        estate.buildings.create(GUARD, BuildingInput("5", "", 6))
