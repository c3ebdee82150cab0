"""Quick search finds the gate's passes, permits and release slips and the repair
tickets by their numbers, and who is inside now by name or by any part of a plate;
`GateSearchService.place` says where the gate tab shows each of them now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from propdesk.domain.repairs.kinds import RepairCategory
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.search import SearchGroup, SearchHit
from propdesk.services.gate.entries import HostConfirmation, VisitorEntry, VisitorPass
from propdesk.services.gate.items import ReleaseSlip
from propdesk.services.gate.service import GateServices
from propdesk.services.gate.vehicles import VehicleVisit
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.services.master_data.vehicles import VehicleInput
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.service import RepairServices

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
MANAGER = Actor(None, "manager", "王经理", Role.MANAGER, "客服中心")


@dataclass(frozen=True)
class Gate:
    visit: VisitorPass
    car_plate: str
    slip: ReleaseSlip
    used_slip: ReleaseSlip


def _visitor(name: str) -> VisitorEntry:
    return VisitorEntry(
        name=name,
        phone="13900001111",
        id_number="",
        unit_code="3-2-1502",
        purpose="探亲",
        confirmation=HostConfirmation.PHONE,
        confirmed_by="张三",
    )


@pytest.fixture
def gate(services: Services) -> Gate:
    """赵六 visiting 3-2-1502 on a pass, a visitor's car 粤C52341 inside, the owner's
    registered 粤B12345, an open release slip and a used one."""
    services.units.save(CLERK, UnitInput("3", "2", "1502"))
    services.residents.save(
        CLERK, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", "13812345678")
    )
    services.vehicles.save(CLERK, VehicleInput("粤B12345", "3-2-1502", "张三"))
    door = services.module(GateServices)
    visit = door.entries.register_visitor(GUARD, _visitor("赵六"))
    door.vehicles.vehicle_entry(GUARD, "粤C52341", VehicleVisit("3-2-1502", "访友"))
    slips = [
        door.items.authorise_release(
            GUARD,
            unit_code="3-2-1502",
            authorisation="owner",
            authorised_by="张三",
            description=what,
            valid_until=date.today() + timedelta(days=3),
        )
        for what in ("旧沙发", "旧冰箱")
    ]
    door.items.item_out(GUARD, slips[1].number)
    return Gate(visit, "粤C52341", slips[0], slips[1])


def _group(services: Services, text: str, kind: str, actor: Actor = GUARD) -> SearchGroup:
    found = [g for g in services.search.search(actor, text) if g.kind == kind]
    assert found, f"no {kind} group for {text!r}"
    return found[0]


def _hit(services: Services, text: str, kind: str, actor: Actor = GUARD) -> SearchHit:
    (hit,) = _group(services, text, kind, actor).hits
    return hit


def test_a_visitor_pass_by_its_number_or_its_start(services: Services, gate: Gate) -> None:
    number = gate.visit.pass_number
    hit = _hit(services, number.lower(), "visitor_pass")
    assert (hit.title, hit.record_id, hit.tags) == (number, gate.visit.event_id, ("inside",))
    assert "赵六" in hit.subtitle
    assert "3-2-1502" in hit.subtitle
    assert (hit.open_kind, hit.open_id) == ("gate_event", gate.visit.event_id)
    assert _hit(services, number[:6], "visitor_pass").title == number  # FK2026…
    services.module(GateServices).entries.visitor_exit(GUARD, number)
    assert _hit(services, number, "visitor_pass").tags == ()  # left: no longer inside


def test_a_vehicle_permit_by_its_number(services: Services, gate: Gate) -> None:
    (row,) = services.module(GateServices).vehicles.inside_now(GUARD)
    hit = _hit(services, row.permit_number, "vehicle_permit")
    assert (hit.title, hit.record_id, hit.open_kind) == (
        row.permit_number,
        row.event_id,
        "gate_event",
    )
    assert gate.car_plate in hit.subtitle


def test_release_slips_by_number_tagged_when_used(services: Services, gate: Gate) -> None:
    # "FX" alone is too short: it would list every slip of the estate.
    assert not [g for g in services.search.search(GUARD, "FX") if g.kind == "release_slip"]
    group = _group(services, gate.slip.number[:6], "release_slip")
    tags = {h.title: h.tags for h in group.hits}
    assert tags == {gate.slip.number: (), gate.used_slip.number: ("used",)}
    hit = _hit(services, gate.slip.number, "release_slip")
    assert (hit.open_kind, hit.open_id) == ("release_slip", gate.slip.id)
    assert "旧沙发" in hit.subtitle


def test_a_repair_ticket_by_its_number_with_its_state(services: Services, gate: Gate) -> None:
    del gate
    ticket = services.module(RepairServices).tickets.open_ticket(
        CLERK,
        TicketInput(
            "张三",
            "13812345678",
            RepairCategory.PLUMBING,
            "厨房水管漏水，地面积水",
            unit_code="3-2-1502",
        ),
    )
    hit = _hit(services, ticket.number.lower(), "repair_ticket", CLERK)
    assert (hit.title, hit.open_kind, hit.open_id) == (ticket.number, "repair_ticket", ticket.id)
    assert hit.tags == ("reported",)
    assert "3-2-1502" in hit.subtitle
    assert "厨房水管漏水" in hit.subtitle
    assert _hit(services, ticket.number[:6], "repair_ticket", CLERK).title == ticket.number


def test_who_is_inside_now_by_name_initials_or_the_middle_of_a_plate(
    services: Services, gate: Gate
) -> None:
    assert _hit(services, "赵", "gate_inside").record_id == gate.visit.event_id
    assert _hit(services, "zl", "gate_inside").record_id == gate.visit.event_id  # 赵六
    car = _hit(services, "234", "gate_inside")  # 粤C52341, from the middle
    assert (car.title, car.tags, car.open_kind) == (gate.car_plate, ("inside",), "gate_event")
    # The registered car with 234 in its plate is found in the vehicle register.
    assert [h.title for h in _group(services, "234", "vehicle").hits] == ["粤B12345"]
    services.module(GateServices).entries.visitor_exit(GUARD, gate.visit.pass_number)
    assert not [g for g in services.search.search(GUARD, "赵") if g.kind == "gate_inside"]


def test_a_number_or_a_unit_is_not_looked_for_among_plates(services: Services, gate: Gate) -> None:
    kinds = [g.kind for g in services.search.search(GUARD, gate.visit.pass_number)]
    assert kinds == ["visitor_pass"]
    services.module(GateServices).vehicles.vehicle_entry(
        GUARD, "粤D32150", VehicleVisit("3-2-1502", "送货")
    )
    assert _hit(services, "3215", "gate_inside").title == "粤D32150"
    kinds = [g.kind for g in services.search.search(GUARD, "3-2-15")]  # a unit: 3-2-1502
    assert kinds == ["unit"]


def test_gate_kinds_need_the_gate_view_right(services: Services, gate: Gate) -> None:
    technician = Actor(None, "tech", "刘师傅", Role.TECHNICIAN, "工程部")
    groups = services.search.search(technician, gate.visit.pass_number)
    assert groups == []
    assert services.search.may_search(technician)
    committee = Actor(None, "committee", "业委会", Role.COMMITTEE, "客服中心")
    assert services.search.may_search(committee)  # the tickets and rounds


def test_where_the_gate_tab_shows_each_record_now(services: Services, gate: Gate) -> None:
    search = services.module(GateServices).search
    inside = search.place(GUARD, gate.visit.event_id)
    assert (inside.inside, inside.event_id) == (True, gate.visit.event_id)
    services.module(GateServices).entries.visitor_exit(GUARD, gate.visit.pass_number)
    left = search.place(GUARD, gate.visit.event_id)
    assert (left.inside, left.open_slip, left.journal_text) == (
        False,
        False,
        gate.visit.pass_number,
    )
    open_slip = search.place(GUARD, gate.slip.id)
    assert (open_slip.open_slip, open_slip.event_id) == (True, gate.slip.id)
    expired = search.place(GUARD, gate.slip.id, today=date.today() + timedelta(days=30))
    assert (expired.open_slip, expired.journal_text) == (False, gate.slip.number)
    used = search.place(GUARD, gate.used_slip.id)
    assert not used.open_slip
    assert used.event_id is not None
    assert used.event_id != gate.used_slip.id  # the item-out row in the journal
