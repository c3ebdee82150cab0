"""The audit log names what it shows: each record by its number or name instead of its
id, the ids its changes mention likewise, and the people by name (their login kept)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from propdesk.domain.repairs.kinds import RepairCategory
from propdesk.domain.repairs.workflow import RepairStep, StepRequest
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core import audit as audit_service
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditAction, AuditFilter, AuditRow
from propdesk.services.core.audit_labels import LABELS, NAMED_BY_ENTRY
from propdesk.services.gate import events as gate_events
from propdesk.services.gate import handover, items
from propdesk.services.inspections import inspections, rectifications
from propdesk.services.inspections import templates as inspection_templates
from propdesk.services.master_data import buildings, residents, staff, units, vehicles
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.staff import StaffInput
from propdesk.services.master_data.units import UnitInput
from propdesk.services.patrol import findings, rounds, routes, wand_import
from propdesk.services.repairs import tickets
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.service import RepairServices
from propdesk.services.station import estate_settings

ROOT = Actor(None, "system:root", "system", Role.ADMIN, "客服中心")


@pytest.fixture
def manager(services: Services) -> Actor:
    info = services.accounts.create_user(ROOT, "wang.jl", "王经理", Role.MANAGER, "Secret-1234")
    return services.accounts.actor_for(info, "客服中心")


def _rows(services: Services, actor: Actor, **flt: Any) -> list[AuditRow]:
    return services.audit.page(actor, AuditFilter(**flt)).rows


def test_every_entity_the_services_write_has_a_name_source() -> None:
    written = {
        "user",
        "card",
        "parking_space",
        "estate",
        units.UNITS.entity,
        residents.RESIDENTS.entity,
        staff.STAFF.entity,
        buildings.BUILDINGS.entity,
        vehicles.VEHICLES.entity,
        gate_events.ENTITY,
        handover.ENTITY,
        items.AUTH_ENTITY,
        tickets.ENTITY,
        rounds.ENTITY,
        routes.ROUTE,
        routes.CHECKPOINT,
        findings.ENTITY,
        wand_import.TAG_ENTITY,
        wand_import.IMPORT_ENTITY,
        estate_settings.ENTITY,
        inspection_templates.ENTITY,
        inspections.ENTITY,
        rectifications.ENTITY,
        "database",
        "demo_data",
    }
    assert written <= set(LABELS) | NAMED_BY_ENTRY
    assert not set(LABELS) & NAMED_BY_ENTRY


def test_records_and_the_ids_they_mention_are_named(services: Services, manager: Actor) -> None:
    services.units.save(manager, UnitInput("3", "2", "1502"))
    zhang = services.residents.save(
        manager, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", "13812345678")
    )
    wang = services.staff.save(manager, StaffInput("王师傅", "engineering", "水电工"))
    repairs = services.module(RepairServices).tickets
    ticket = repairs.open_ticket(
        manager,
        TicketInput(
            reporter_name="张三",
            reporter_phone="13812345678",
            category=RepairCategory.PLUMBING,
            description="厨房水管漏水",
            unit_code="3-2-1502",
            resident_id=zhang.id,
        ),
    )
    repairs.step(manager, ticket.id, StepRequest(RepairStep.DISPATCH, technician_id=wang.id))

    dispatched, opened = _rows(services, manager, entity="repair_ticket")
    assert (dispatched.record, opened.record) == (ticket.number, ticket.number)
    assert ticket.number.startswith("WX")
    assert dispatched.name_of("technician_id", str(wang.id)) == "王师傅"
    assert opened.name_of("resident_id", str(zhang.id)) == "张三"
    assert opened.name_of("unit_id", str(zhang.unit_id)) == "3-2-1502"
    assert opened.name_of("description", "厨房水管漏水") is None  # not a record's id
    (resident,) = _rows(services, manager, entity="resident")
    assert resident.record == "张三"
    assert resident.name_of("unit_id", str(zhang.unit_id)) == "3-2-1502"
    (unit,) = _rows(services, manager, entity="unit")
    assert unit.record == "3-2-1502"
    assert {(r.username, r.person) for r in _rows(services, manager)} == {
        ("wang.jl", "王经理"),
        ("system:root", "system:root"),  # no user of that login: shown as it is
    }
    (user,) = _rows(services, manager, entity="user")
    assert user.record == "王经理"


def test_records_without_a_table_are_named_by_their_entry(services: Services) -> None:
    with services.store.write() as session:
        audit_service.record(
            session,
            ROOT,
            "patrol_wand_import",
            "0190a7a0-0000-7000-8000-000000000001",
            AuditAction.CREATE,
            after={"file": "巡更棒.xlsx", "swipes": 3},
        )
        audit_service.record(
            session,
            ROOT,
            "estate_setting",
            "gate.overstay_minutes",
            AuditAction.UPDATE,
            before={"value": 120},
            after={"value": 180},
        )
    setting, wand = _rows(services, ROOT)
    assert wand.record == "巡更棒.xlsx"
    assert setting.record == "gate.overstay_minutes"


@pytest.fixture
def statements(services: Services) -> Iterator[list[str]]:
    seen: list[str] = []

    def capture(*args: Any) -> None:
        seen.append(args[2])

    event.listen(services.store.engine, "before_cursor_execute", capture)
    yield seen
    event.remove(services.store.engine, "before_cursor_execute", capture)


def test_a_page_names_its_rows_in_a_few_queries_not_one_per_row(
    services: Services, manager: Actor, statements: list[str]
) -> None:
    for floor in range(1, 31):
        services.units.save(manager, UnitInput("3", "2", f"{floor:02d}01"))
        services.residents.save(
            manager, ResidentInput(f"3-2-{floor:02d}01", ResidentKind.OWNER, f"住户{floor}")
        )
    statements.clear()
    rows = _rows(services, manager)
    assert len(rows) > 60
    assert {r.record for r in rows if r.entity == "resident"} == {f"住户{n}" for n in range(1, 31)}
    # The count, the page, the people, and one per kind: buildings, units, residents and
    # the manager's user account: 7 for 91 rows.
    assert len([s for s in statements if s.startswith("SELECT")]) == 7
