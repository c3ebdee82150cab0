"""The equipment register (设施设备档案) through its service: create, update, void, the
list with its filters and keyset paging, the "expiring within 30 days" and "expired"
lists as of a day, who may do what, and every refusal naming its field with nothing
written."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import select

from propdesk.domain.inspections.equipment import EquipmentKind, ExpiryState
from propdesk.domain.roles import Role
from propdesk.errors import NotFoundError, PermissionDeniedError, UserError, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.inspections.equipment import DueFilter, EquipmentFilter, EquipmentService
from propdesk.services.inspections.equipment_inputs import (
    CODE_MAX,
    NAME_MAX,
    NOTES_MAX,
    PLACE_MAX,
    EquipmentInput,
)
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.master_data.units import UnitInput
from propdesk.store.models import AuditEntry, Equipment
from tests.generated_input import SURROGATE, row_counts

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "工程部")
MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "工程部")
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
TECH = Actor(None, "tech", "刘师傅", Role.TECHNICIAN, "工程部")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")
TODAY = date(2026, 12, 5)


def inspection_services(services: Services) -> InspectionServices:
    """The module's front door over an opened console, as the registry will build it."""
    return InspectionServices.build(ModuleContext(services.store, lambda: "工程部", {}))


def extinguisher(**changes: object) -> EquipmentInput:
    data = EquipmentInput(
        code="mhq-3-b1-01",
        kind=EquipmentKind.EXTINGUISHER,
        name="4 kg ABC 干粉灭火器",
        place="3栋 地下一层 楼梯口",
        installed_on=date(2024, 3, 1),
        last_serviced_on=date(2026, 3, 10),
        service_interval_months=12,
        expires_on=date(2030, 2, 28),
        notes="压力表绿区",
    )
    return replace(data, **changes)  # type: ignore[arg-type]


@pytest.fixture
def equipment(services: Services) -> EquipmentService:
    services.units.save(ADMIN, UnitInput("3", "2", "1502"))
    return inspection_services(services).equipment


def test_create_cleans_works_out_the_next_due_and_audits(
    services: Services, equipment: EquipmentService
) -> None:
    made = equipment.create(TECH, extinguisher(), today=TODAY)
    assert made.code == "MHQ-3-B1-01"
    assert made.kind is EquipmentKind.EXTINGUISHER
    assert made.place == "3栋 地下一层 楼梯口"
    assert made.next_service_on == date(2027, 3, 10)
    assert made.next_due == date(2027, 3, 10)  # the service comes before the expiry
    assert made.state is ExpiryState.VALID
    assert made.interval is not None
    assert made.interval.months == 12
    assert equipment.get(CLERK, made.id, today=TODAY) == made
    with services.store.read() as session:
        audit = session.scalars(select(AuditEntry).where(AuditEntry.entity == "equipment")).one()
        assert audit.action == "create"
        assert audit.after is not None
        assert audit.after["code"] == "MHQ-3-B1-01"
        assert audit.username == "tech"


def test_the_expiry_is_the_next_due_when_it_comes_first(equipment: EquipmentService) -> None:
    made = equipment.create(TECH, extinguisher(expires_on=date(2026, 12, 20)), today=TODAY)
    assert made.next_due == date(2026, 12, 20)
    assert made.state is ExpiryState.EXPIRING
    # Never serviced: the interval counts from the install date.
    fresh = equipment.create(
        TECH,
        extinguisher(
            code="XHS-01",
            kind=EquipmentKind.HYDRANT,
            last_serviced_on=None,
            installed_on=date(2026, 1, 15),
            service_interval_months=0,
            service_interval_days=30,
            expires_on=None,
        ),
        today=TODAY,
    )
    assert fresh.next_service_on == date(2026, 2, 14)
    assert fresh.state is ExpiryState.EXPIRED
    # No interval and no expiry: nothing is due and it is never listed.
    plain = equipment.create(
        TECH,
        extinguisher(
            code="P-01", kind=EquipmentKind.PUMP, service_interval_months=0, expires_on=None
        ),
        today=TODAY,
    )
    assert (plain.next_service_on, plain.next_due) == (None, None)
    assert plain.state is ExpiryState.NO_EXPIRY


def test_a_unit_is_a_place(equipment: EquipmentService) -> None:
    made = equipment.create(TECH, extinguisher(unit_code=" 3-2-1502 ", place=""), today=TODAY)
    assert (made.unit_code, made.place) == ("3-2-1502", "")
    with pytest.raises(NotFoundError) as raised:
        equipment.create(TECH, extinguisher(code="X-2", unit_code="9-9-999"), today=TODAY)
    assert raised.value.field == "unit_code"


def test_update_changes_fields_and_audits_only_a_change(
    services: Services, equipment: EquipmentService
) -> None:
    made = equipment.create(TECH, extinguisher(), today=TODAY)
    serviced = equipment.update(
        TECH, made.id, extinguisher(last_serviced_on=date(2026, 12, 1)), today=TODAY
    )
    assert serviced.last_serviced_on == date(2026, 12, 1)
    assert serviced.next_due == date(2027, 12, 1)
    again = equipment.update(
        TECH, made.id, extinguisher(last_serviced_on=date(2026, 12, 1)), today=TODAY
    )
    assert again == serviced
    renamed = equipment.update(
        TECH,
        made.id,
        extinguisher(code="MHQ-3-B1-02", last_serviced_on=date(2026, 12, 1)),
        today=TODAY,
    )
    assert renamed.code == "MHQ-3-B1-02"
    with services.store.read() as session:
        actions = session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.entity == "equipment")
            .order_by(AuditEntry.seq)
        ).all()
    assert actions == ["create", "update", "update"]


def test_codes_are_unique_for_good(equipment: EquipmentService) -> None:
    first = equipment.create(TECH, extinguisher(), today=TODAY)
    other = equipment.create(TECH, extinguisher(code="MHQ-2"), today=TODAY)
    with pytest.raises(ValidationError) as taken:
        equipment.create(TECH, extinguisher(code="MHQ-3-B1-01 "), today=TODAY)
    assert taken.value.field == "code"
    with pytest.raises(ValidationError) as moved:
        equipment.update(TECH, other.id, extinguisher(), today=TODAY)
    assert moved.value.field == "code"
    equipment.void(MANAGER, first.id, "已报废")
    with pytest.raises(ValidationError) as voided:
        equipment.create(TECH, extinguisher(), today=TODAY)
    assert voided.value.field == "code"
    assert "voided" in voided.value.message


def test_void_needs_a_reason_and_a_manager(services: Services, equipment: EquipmentService) -> None:
    made = equipment.create(TECH, extinguisher(), today=TODAY)
    for actor in (TECH, CLERK):
        with pytest.raises(PermissionDeniedError):
            equipment.void(actor, made.id, "坏了")
    with pytest.raises(ValidationError) as no_reason:
        equipment.void(MANAGER, made.id, "   ")
    assert no_reason.value.field == "reason"
    equipment.void(MANAGER, made.id, "已报废 更换新品")
    with pytest.raises(NotFoundError):
        equipment.get(MANAGER, made.id)
    with pytest.raises(NotFoundError):
        equipment.void(MANAGER, made.id, "again")
    with services.store.read() as session:
        row = session.get_one(Equipment, made.id)
        assert row.void_reason == "已报废 更换新品"
        assert row.voided_at is not None
    assert equipment.page(MANAGER, today=TODAY).rows == []


def test_rights(equipment: EquipmentService) -> None:
    for actor in (GUARD, COMMITTEE):
        with pytest.raises(PermissionDeniedError):
            equipment.create(actor, extinguisher(), today=TODAY)
    with pytest.raises(PermissionDeniedError):
        equipment.page(GUARD)
    made = equipment.create(CLERK, extinguisher(), today=TODAY)
    with pytest.raises(PermissionDeniedError):
        equipment.update(COMMITTEE, made.id, extinguisher(), today=TODAY)
    assert [r.code for r in equipment.page(COMMITTEE, today=TODAY).rows] == [made.code]


def _register(equipment: EquipmentService) -> None:
    """Five items around TODAY (2026-12-05)."""
    rows = [
        ("E-01", EquipmentKind.EXTINGUISHER, date(2026, 12, 4)),  # expired yesterday
        ("E-02", EquipmentKind.EXTINGUISHER, TODAY),  # expiring, the last day
        ("H-01", EquipmentKind.HYDRANT, date(2027, 1, 4)),  # day 30: expiring
        ("H-02", EquipmentKind.HYDRANT, date(2027, 1, 5)),  # day 31: not yet
        ("L-01", EquipmentKind.LIFT, date(2020, 6, 1)),  # long expired
    ]
    for code, kind, expires in rows:
        equipment.create(
            TECH,
            extinguisher(
                code=code,
                kind=kind,
                name=f"{code} 设备",
                installed_on=date(2019, 1, 1),
                last_serviced_on=None,
                service_interval_months=0,
                expires_on=expires,
            ),
            today=TODAY,
        )


def test_expiring_and_expired_lists_as_of_a_day(equipment: EquipmentService) -> None:
    _register(equipment)
    assert [r.code for r in equipment.expiring(CLERK, TODAY)] == ["E-02", "H-01"]
    assert [r.code for r in equipment.expired(CLERK, TODAY)] == ["L-01", "E-01"]
    assert {r.state for r in equipment.expired(CLERK, TODAY)} == {ExpiryState.EXPIRED}
    later = date(2027, 1, 5)
    assert [r.code for r in equipment.expiring(CLERK, later)] == ["H-02"]
    assert [r.code for r in equipment.expired(CLERK, later)] == ["L-01", "E-01", "E-02", "H-01"]


def test_list_filters_and_keyset_paging(equipment: EquipmentService) -> None:
    _register(equipment)
    first = equipment.page(CLERK, limit=2, today=TODAY)
    assert [r.code for r in first.rows] == ["E-01", "E-02"]
    assert first.next_after == "E-02"
    second = equipment.page(CLERK, after=first.next_after, limit=2, today=TODAY)
    assert [r.code for r in second.rows] == ["H-01", "H-02"]
    last = equipment.page(CLERK, after=second.next_after, limit=2, today=TODAY)
    assert [r.code for r in last.rows] == ["L-01"]
    assert last.next_after is None

    def codes(flt: EquipmentFilter) -> list[str]:
        return [r.code for r in equipment.page(CLERK, flt, today=TODAY).rows]

    assert codes(EquipmentFilter(kind=EquipmentKind.HYDRANT)) == ["H-01", "H-02"]
    assert codes(EquipmentFilter(due=DueFilter.EXPIRED)) == ["E-01", "L-01"]
    assert codes(EquipmentFilter(due=DueFilter.EXPIRING)) == ["E-02", "H-01"]
    assert codes(EquipmentFilter(kind=EquipmentKind.HYDRANT, due=DueFilter.EXPIRING)) == ["H-01"]
    assert codes(EquipmentFilter(text="h-")) == ["H-01", "H-02"]
    assert codes(EquipmentFilter(text="楼梯口")) == ["E-01", "E-02", "H-01", "H-02", "L-01"]
    assert codes(EquipmentFilter(text="L-01 设")) == ["L-01"]
    assert codes(EquipmentFilter(text="%")) == []  # a wildcard is only a character
    for bad, field in (
        (EquipmentFilter(text="x" * 41), "text"),
        (EquipmentFilter(text=SURROGATE), "text"),
        (EquipmentFilter(kind="nope"), "kind"),  # type: ignore[arg-type]
        (EquipmentFilter(due="soon"), "due"),  # type: ignore[arg-type]
    ):
        with pytest.raises(ValidationError) as raised:
            equipment.page(CLERK, bad, today=TODAY)
        assert raised.value.field == field


REFUSALS: list[tuple[dict[str, object], str]] = [
    ({"code": ""}, "code"),
    ({"code": "X" * (CODE_MAX + 1)}, "code"),
    ({"code": "MHQ 01"}, "code"),
    ({"code": "-01"}, "code"),
    ({"code": SURROGATE}, "code"),
    ({"kind": "bucket"}, "kind"),
    ({"kind": None}, "kind"),
    ({"name": "  "}, "name"),
    ({"name": "名" * (NAME_MAX + 1)}, "name"),
    ({"place": "", "unit_code": ""}, "place"),
    ({"place": "地" * (PLACE_MAX + 1)}, "place"),
    ({"place": SURROGATE}, "place"),
    ({"unit_code": "3" * 21}, "unit_code"),
    ({"unit_code": SURROGATE}, "unit_code"),
    ({"installed_on": date(1999, 12, 31)}, "installed_on"),
    ({"installed_on": datetime(2024, 3, 1, 8, 0)}, "installed_on"),
    ({"installed_on": "2024-03-01"}, "installed_on"),
    ({"expires_on": date(2024, 2, 29)}, "expires_on"),  # before the install date
    ({"expires_on": date(2101, 1, 1)}, "expires_on"),
    ({"last_serviced_on": date(2024, 2, 1)}, "last_serviced_on"),  # before installing
    ({"last_serviced_on": date(2026, 12, 6)}, "last_serviced_on"),  # tomorrow
    ({"service_interval_months": -1}, "service_interval"),
    ({"service_interval_months": 121}, "service_interval"),
    ({"service_interval_days": 367}, "service_interval"),
    ({"service_interval_days": True}, "service_interval"),
    ({"service_interval_months": "12"}, "service_interval"),
    ({"notes": "注" * (NOTES_MAX + 1)}, "notes"),
    ({"notes": SURROGATE}, "notes"),
]


@pytest.mark.parametrize(("changes", "field"), REFUSALS)
def test_bad_input_names_the_field_and_writes_nothing(
    services: Services, equipment: EquipmentService, changes: dict[str, object], field: str
) -> None:
    made = equipment.create(TECH, extinguisher(code="KEEP-1"), today=TODAY)
    before = row_counts(services.store)
    with pytest.raises(UserError) as created:
        equipment.create(TECH, extinguisher(**changes), today=TODAY)
    assert created.value.field == field
    assert created.value.message
    with pytest.raises(UserError) as updated:
        equipment.update(TECH, made.id, extinguisher(**changes), today=TODAY)
    assert updated.value.field == field
    assert row_counts(services.store) == before
    assert equipment.get(TECH, made.id, today=TODAY) == made


def test_a_day_outside_the_console_years_is_refused(equipment: EquipmentService) -> None:
    with pytest.raises(ValidationError) as raised:
        equipment.expiring(CLERK, date.max)
    assert raised.value.field == "today"
