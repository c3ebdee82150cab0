"""Incidents opened in one step from a patrol finding and from a gate journal entry,
linked both ways: the incident says where it came from, the finding's row and the
gate entry give the incident's number. The incidents module is built after the patrol
and the gate, so they look its desk up when they use it (ModuleContext.later); without
the module they still work and offer nothing."""

from __future__ import annotations

import pytest

from propdesk.domain.incidents.kinds import IncidentKind, IncidentSource
from propdesk.domain.patrol.findings import FindingCategory
from propdesk.errors import ConflictError, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.handoffs import IncidentDesk
from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.gate.incidents import GateIncidents
from propdesk.services.gate.service import GateServices
from propdesk.services.incidents.service import IncidentServices
from propdesk.services.patrol.findings import FindingService
from propdesk.services.patrol.inputs import FindingInput
from propdesk.services.patrol.round_detail import FindingInfo
from tests.unit.test_patrol_service import CLERK, GUARD, TECH, Estate, local


def test_later_looks_the_desk_up_when_it_is_called(ready_services: Services) -> None:
    shared: dict[type, object] = {}
    context = ModuleContext(ready_services.store, lambda: "岗亭", shared)
    look_up = context.later(IncidentDesk)
    assert look_up() is None  # nothing lends one yet
    desk = ready_services.module(IncidentServices).desk
    shared[IncidentDesk] = desk  # as bootstrap does when the incidents module is built
    assert look_up() is desk
    shared[IncidentDesk] = object()  # not a desk: treated as none
    assert look_up() is None


@pytest.fixture
def walked(ready_services: Services, beijing_time: None) -> tuple[Estate, FindingInfo]:
    del beijing_time
    estate = Estate(ready_services)
    rounds, day = estate.patrol.rounds, estate.yesterday
    first = rounds.start(GUARD, estate.east.id, estate.guard.id, at=local(day, 22, 2))
    rounds.scan(GUARD, "E-1", first.id, at=local(day, 22, 4))
    finding = estate.patrol.findings.record(
        GUARD,
        first.id,
        estate.east.checkpoints[2].id,
        FindingInput(FindingCategory.SECURITY, "地库入口有人撬电动车锁", "喝止，对方逃离"),
        at=local(day, 22, 9),
    )
    return estate, finding


def test_a_finding_opens_an_incident_linked_both_ways(
    ready_services: Services, walked: tuple[Estate, FindingInfo]
) -> None:
    estate, finding = walked
    findings = estate.patrol.findings
    assert findings.can_open_incidents
    linked = findings.open_incident(GUARD, finding.id, IncidentKind.THEFT, "地库电动车被撬", "")
    info = ready_services.module(IncidentServices).incidents.detail(CLERK, linked.id)
    assert info.source_kind is IncidentSource.PATROL
    assert info.source_number == finding.number
    assert info.what_happened == "地库入口有人撬电动车锁"
    assert info.response == "喝止，对方逃离"
    assert info.occurred_at == finding.seen_at
    assert "地库入口" in info.place
    [row] = findings.open_findings(GUARD)
    assert row.incident is not None
    assert row.incident.number == info.number
    with pytest.raises(ConflictError):  # one incident per finding
        findings.open_incident(GUARD, finding.id, IncidentKind.THEFT, "再次", "")
    # A role that may not see incidents sees none on the row.
    assert findings.incidents_of(TECH, [row.finding.id]) == {}


def test_a_refused_field_comes_back_named(walked: tuple[Estate, FindingInfo]) -> None:
    estate, finding = walked
    with pytest.raises(ValidationError) as refused:
        estate.patrol.findings.open_incident(GUARD, finding.id, IncidentKind.THEFT, " ", "")
    assert refused.value.field == "title"


def test_a_gate_entry_opens_an_incident_linked_both_ways(ready_services: Services) -> None:
    gate = ready_services.module(GateServices)
    notice = gate.notices.record_notice(
        GUARD, plate="粤B12345", place="3栋消防通道", warning_posted=True, note="堵塞消防通道"
    )
    assert gate.incidents.can_open
    linked = gate.incidents.open_from_entry(
        GUARD, notice.event_id, IncidentKind.OTHER, "车辆堵塞消防通道", "粤B12345 堵塞消防通道"
    )
    info = ready_services.module(IncidentServices).incidents.detail(CLERK, linked.id)
    assert info.source_kind is IncidentSource.GATE
    assert info.source_number.startswith(notice.number)
    assert info.place == "3栋消防通道"
    assert gate.incidents.linked(GUARD, [notice.event_id])[str(notice.event_id)].id == linked.id


def test_without_the_incidents_module_nothing_is_offered(ready_services: Services) -> None:
    findings = FindingService(ready_services.store, None)
    assert not findings.can_open_incidents
    assert findings.incidents_of(GUARD, []) == {}
    gate = GateIncidents(ready_services.store)
    assert not gate.can_open
    assert gate.linked(GUARD, []) == {}
    import uuid

    with pytest.raises(ConflictError):
        gate.open_from_entry(GUARD, uuid.uuid4(), IncidentKind.OTHER, "x", "y")
