from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from propdesk.domain.roles import Role
from propdesk.errors import ConflictError, NotFoundError, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.master_data.cards import CardInput, CardStatus
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput, clean_unit, parse_area
from propdesk.services.master_data.vehicles import VehicleInput

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
ADMIN = Actor(None, "admin", "admin", Role.ADMIN, "客服中心")


@pytest.fixture
def unit(services: Services) -> str:
    return services.units.save(CLERK, UnitInput("3", "2", "1502", area_m2="89.5")).code


@pytest.fixture
def owner(services: Services, unit: str) -> str:
    services.residents.save(
        CLERK,
        ResidentInput(
            unit, ResidentKind.OWNER, "张三", "138 1234 5678", id_number="11010519491231002X"
        ),
    )
    return "张三"


def test_unit_code_floor_and_area(services: Services) -> None:
    info = services.units.save(CLERK, UnitInput(" 3", "2 ", "1502", area_m2="89.50"))
    assert (info.code, info.floor, info.area_m2) == ("3-2-1502", 15, Decimal("89.5"))
    assert clean_unit(UnitInput("A", "", "101")).code == "A-101"
    assert [b.code for b in services.buildings.list(CLERK)] == ["3"]  # made on the way


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (UnitInput("", "1", "101"), "building"),
        (UnitInput("3", "1", "15-02"), "room"),
        (UnitInput("3", "一", "101"), "entrance"),
        (UnitInput("3", "1", "101", floor=0), "floor"),
        (UnitInput("3", "1", "101", area_m2="-3"), "area"),
        (UnitInput("3", "1", "101", area_m2="89.555"), "area"),
        (UnitInput("3", "1", "101", area_m2="大"), "area"),
    ],
)
def test_bad_unit_input_names_the_field(services: Services, data: UnitInput, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.units.save(CLERK, data)
    assert caught.value.field == field
    assert services.units.list_units(CLERK) == []


def test_area_parsing() -> None:
    assert parse_area("89.5㎡") == 8950
    assert parse_area("") == 0


def test_resident_masked_id_and_search_keys(services: Services, unit: str, owner: str) -> None:
    info = services.units.list_units(CLERK)[0]
    (resident,) = services.residents.for_unit(CLERK, info.id)
    assert resident.name == owner
    assert resident.id_masked == "110***********002X"
    assert "11010519491231002X" not in repr(resident)
    assert resident.phone == "13812345678"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ResidentInput("3-2-1502", ResidentKind.TENANT, ""), "name"),
        (ResidentInput("3-2-1502", ResidentKind.TENANT, "李四", phone="12"), "phone"),
        (
            ResidentInput("3-2-1502", ResidentKind.TENANT, "李四", id_number="110105194912310021"),
            "id_number",
        ),
        (ResidentInput("9-9-999", ResidentKind.TENANT, "李四"), "unit_code"),
        (
            ResidentInput(
                "3-2-1502",
                ResidentKind.TENANT,
                "李四",
                move_in=date(2026, 5, 1),
                move_out=date(2026, 4, 1),
            ),
            "move_out",
        ),
    ],
)
def test_bad_resident_input_names_the_field(
    services: Services, unit: str, data: ResidentInput, field: str
) -> None:
    with pytest.raises((ValidationError, NotFoundError)) as caught:
        services.residents.save(CLERK, data)
    assert caught.value.field == field


def test_move_out_keeps_history_and_void_hides(services: Services, unit: str, owner: str) -> None:
    unit_id = services.units.list_units(CLERK)[0].id
    (resident,) = services.residents.for_unit(CLERK, unit_id)
    moved = services.residents.move_out(CLERK, resident.id, date(2026, 10, 31))
    assert moved.move_out == date(2026, 10, 31)
    assert not moved.living_here
    assert len(services.residents.for_unit(CLERK, unit_id)) == 1  # still on record
    services.residents.void(CLERK, resident.id, "entered twice")
    assert services.residents.for_unit(CLERK, unit_id) == []
    assert len(services.residents.for_unit(CLERK, unit_id, include_voided=True)) == 1


def test_card_lifecycle_with_history(services: Services, unit: str, owner: str) -> None:
    card = services.cards.issue(
        CLERK, CardInput("0012 3456", unit, owner, issued_on=date(2026, 1, 5))
    )
    assert (card.number, card.status, card.holder_name) == ("00123456", CardStatus.ACTIVE, "张三")
    with pytest.raises(ConflictError):
        services.cards.issue(CLERK, CardInput("00123456", unit, owner))
    lost = services.cards.change_status(CLERK, card.id, CardStatus.LOST, "丢失，业主来电")
    assert lost.status is CardStatus.LOST
    with pytest.raises(ValidationError):
        services.cards.change_status(CLERK, card.id, CardStatus.ACTIVE, " ")
    history = services.cards.history(CLERK, card.id)
    assert [(h.old_status, h.new_status) for h in history] == [("", "active"), ("active", "lost")]
    assert services.cards.lookup(Actor(None, "g", "g", Role.GUARD, "岗亭"), "00123456") == lost
    assert services.cards.lookup(CLERK, "99999999") is None


def test_card_holder_must_live_in_the_unit(services: Services, unit: str, owner: str) -> None:
    with pytest.raises(NotFoundError) as caught:
        services.cards.issue(CLERK, CardInput("55556666", unit, "王五"))
    assert caught.value.field == "holder_name"


def test_vehicle_registration_normalises_the_plate(
    services: Services, unit: str, owner: str
) -> None:
    car = services.vehicles.save(
        CLERK, VehicleInput("粤b·d1234 5", unit, owner, "b2-017", "白色特斯拉")
    )
    assert (car.plate, car.space_code, car.owner_name) == ("粤BD12345", "B2-017", "张三")
    guard = Actor(None, "g", "g", Role.GUARD, "岗亭")
    assert services.vehicles.find_by_plate(guard, "粤BD12345") == car
    with pytest.raises(ValidationError) as caught:
        services.vehicles.save(CLERK, VehicleInput("粤BI2345", unit, owner))
    assert caught.value.field == "plate"


def test_saving_the_same_again_changes_nothing(services: Services, unit: str, owner: str) -> None:
    before = services.audit.page(ADMIN, AuditFilter()).total
    services.units.save(CLERK, UnitInput("3", "2", "1502", area_m2="89.5"))
    services.residents.save(
        CLERK,
        ResidentInput(
            unit, ResidentKind.OWNER, "张三", "138 1234 5678", id_number="11010519491231002X"
        ),
    )
    assert services.audit.page(ADMIN, AuditFilter()).total == before
    assert services.audit.verify().ok
