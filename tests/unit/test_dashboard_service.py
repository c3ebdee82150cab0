"""The dashboard's snapshot is built from the registry: each module's source gives its
box (read through its own front door, left out when the role may not see it) with its
charts, in the registry's order, and a module's target links lead from the month's
target figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from propdesk.domain.repairs.workflow import OPEN_STATES, RepairState
from propdesk.domain.roles import Module, Role
from propdesk.domain.service_targets import Period, TargetKey
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import (
    DashboardFigure,
    DashboardGroup,
    DashboardPart,
    ModuleSpec,
    TargetLink,
    ViewRequest,
)
from propdesk.services.gate.events import GateEventKind as K
from propdesk.services.gate.module import MODULE as GATE
from propdesk.services.gate.views import InsideNow, JournalDays
from propdesk.services.repairs.module import MODULE as REPAIRS
from propdesk.services.repairs.queries import TicketFilter
from propdesk.services.repairs.views import TicketList
from propdesk.services.reporting.dashboard import DashboardService
from propdesk.store.base import utcnow
from propdesk.store.unit_of_work import Store
from tests.unit.test_report_figures import add_events, add_ticket, event

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
COMMITTEE = Actor(None, "owner.rep", "业主代表", Role.COMMITTEE, "客服中心")


@dataclass
class FakeDoor:
    """A module's front door, counting the fakes."""

    fakes: int
    asked: list[tuple[Store, Actor, datetime]]


@dataclass(frozen=True)
class ShowFakes:
    since: object


def fake_group(door: FakeDoor, store: Store, actor: Actor, now: datetime) -> DashboardGroup | None:
    door.asked.append((store, actor, now))
    return DashboardGroup(
        "fake",
        "Fakes",
        (DashboardFigure.count("fakes", "Fakes:", door.fakes, ViewRequest("fake_tab", "all"), ""),),
    )


FAKE = ModuleSpec[FakeDoor](
    key="fake",
    dashboard=DashboardPart(Module.REPORTS, fake_group),
    target_links={
        TargetKey.PATROLS: TargetLink(
            lambda month: ViewRequest("fake_tab", ShowFakes(month.first)), "Show the patrols"
        )
    },
)


def _service(services: Services, door: FakeDoor, *modules: ModuleSpec[Any]) -> DashboardService:
    def front_door_of(spec: ModuleSpec[Any]) -> object | None:
        return door if spec is FAKE else services.front_door_of(spec)

    return DashboardService(services.store, modules, front_door_of, services.targets)


def test_a_modules_source_gives_its_box_in_registry_order(ready_services: Services) -> None:
    door = FakeDoor(1234, [])
    now = utcnow()
    snapshot = _service(ready_services, door, GATE, FAKE, REPAIRS).snapshot(MANAGER, now)
    assert [group.key for group in snapshot.groups] == ["gate", "fake", "repairs"]
    fake = snapshot.groups[1]
    assert fake.title == "Fakes"
    assert [(f.name, f.template, dict(f.values)) for f in fake.figures] == [
        ("fakes", "{n}", {"n": "1,234"})
    ]
    assert fake.figures[0].view == ViewRequest("fake_tab", "all")
    assert door.asked == [(ready_services.store, MANAGER, now)]  # its own door, once


def test_a_box_the_role_may_not_see_is_left_out(ready_services: Services) -> None:
    door = FakeDoor(1, [])
    service = _service(ready_services, door, GATE, FAKE, REPAIRS)
    assert [group.key for group in service.snapshot(GUARD).groups] == ["gate", "repairs"]
    assert door.asked == []  # the dashboard checks the right before asking the module
    assert [group.key for group in service.snapshot(COMMITTEE).groups] == ["fake", "repairs"]


def test_a_module_without_a_source_brings_no_box(ready_services: Services) -> None:
    service = _service(ready_services, FakeDoor(1, []), REPAIRS)
    assert [group.key for group in service.snapshot(MANAGER).groups] == ["repairs"]


def test_a_target_link_leads_to_the_month_shown(ready_services: Services) -> None:
    now = utcnow()
    snapshot = _service(ready_services, FakeDoor(1, []), FAKE, REPAIRS).snapshot(MANAGER, now)
    today = now.astimezone().date()
    month = Period.month(today.year, today.month)
    assert snapshot.month == month
    assert snapshot.target_view(TargetKey.PATROLS) == ViewRequest(
        "fake_tab", ShowFakes(month.first)
    )
    assert snapshot.target_view(TargetKey.REPAIR_ARRIVAL) == ViewRequest(
        "repairs_tab", TicketList(TicketFilter(date_from=month.first, date_to=month.last))
    )
    assert snapshot.target_view(TargetKey.HYGIENE) is None  # nothing behind it
    assert snapshot.target_links[TargetKey.PATROLS].tooltip == "Show the patrols"


def test_the_registrys_boxes_are_the_gate_repairs_patrol_complaints_and_inspections(
    ready_services: Services,
) -> None:
    now = utcnow()
    add_events(
        ready_services,
        event(K.RESIDENT_ENTRY, now - timedelta(minutes=5)),
        event(K.VISITOR_IN, now - timedelta(minutes=4)),  # still inside
        event(K.VEHICLE_IN, now - timedelta(minutes=3)),  # still inside
    )
    add_ticket(
        ready_services, "WX000000-0001", now - timedelta(days=2), state=RepairState.DISPATCHED
    )
    snapshot = ready_services.dashboard.snapshot(MANAGER, now)
    gate, repairs, patrol, complaints, inspections, *work_plan = snapshot.groups
    # The work plan's registers: a line each of the home tab's Work plan box.
    assert [(g.key, g.compact) for g in work_plan] == [
        ("incidents", True),
        ("drills", True),
        ("events", True),
        ("worklogs", True),
    ]
    assert not any(g.compact for g in (gate, repairs, patrol, complaints, inspections))
    assert [(f.name, f.values["n"]) for f in inspections.figures] == [
        ("inspections_due", "0"),  # no checklist yet: nothing is owed
        ("inspections_overdue", "0"),
        ("rectifications_open", "0"),
        ("equipment_due", "0"),
    ]
    assert [f.name for f in patrol.figures] == ["next_patrol", "missed_rounds", "open_findings"]
    assert [(f.name, f.values["n"]) for f in complaints.figures] == [
        ("open_complaints", "0"),
        ("overdue_complaints", "0"),
        ("inquiries_due", "0"),
    ]
    day = now.astimezone().date()
    figures = {f.name: f for f in (*gate.figures, *repairs.figures)}
    assert [f.name for f in gate.figures] == ["entries_today", "visitors_inside", "vehicles_inside"]
    assert dict(figures["entries_today"].values) == {
        "total": "3",
        "residents": "1",
        "visitors": "1",
        "vehicles": "1",
    }
    assert figures["entries_today"].template == "{total}"  # large; its kinds under it
    assert figures["entries_today"].detail.format(**figures["entries_today"].values) == (
        "residents 1 · visitors 1 · vehicles 1"
    )
    assert figures["entries_today"].view == ViewRequest("gate_tab", JournalDays(day, day))
    by_hour, by_day = gate.charts  # today's entries by hour, the week's by day
    assert sum(by_hour.total(n) for n in range(len(by_hour.categories))) == 3
    assert by_day.categories[-1] == day
    assert by_day.total(len(by_day.categories) - 1) == 3
    assert not repairs.charts
    assert figures["visitors_inside"].view == ViewRequest("gate_tab", InsideNow())
    assert figures["vehicles_inside"].values == {"n": "1"}
    assert [f.name for f in repairs.figures] == ["open_tickets", "overdue_tickets"]
    overdue = figures["overdue_tickets"]
    assert overdue.values == {"n": "1"}
    assert overdue.emphasis
    assert overdue.view == ViewRequest(
        "repairs_tab", TicketList(TicketFilter(states=OPEN_STATES, overdue_only=True))
    )
    assert not figures["open_tickets"].emphasis
    assert [g.key for g in ready_services.dashboard.snapshot(COMMITTEE).groups] == [
        "repairs",
        "patrol",
        "complaints",
        "inspections",
        "incidents",
        "drills",
        "events",
        "worklogs",
    ]
