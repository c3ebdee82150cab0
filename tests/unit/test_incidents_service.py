"""Safety incidents through their services: recorded, completed, follow-ups added and
done, closed (only with every follow-up done or a reason), voided with a reason, read
by number, paged and filtered; every write audited, every refusal naming its field
with nothing written; rights as the role table says (guards record, clerks work,
managers void, the committee reads)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from propdesk.domain.incidents.kinds import IncidentKind, IncidentSource, IncidentState
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import Period
from propdesk.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.handoffs import IncidentRequest
from propdesk.services.incidents.inputs import ActionInput, IncidentInput
from propdesk.services.incidents.service import IncidentServices
from propdesk.services.incidents.target import safety_incidents
from propdesk.services.incidents.views import IncidentFilter, IncidentShow
from propdesk.store.base import utcnow
from propdesk.store.models import AuditEntry
from tests.generated_input import row_counts

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")
TECH = Actor(None, "tech", "刘师傅", Role.TECHNICIAN, "工程部")


def theft(**changes: object) -> IncidentInput:
    data = IncidentInput(
        kind=IncidentKind.THEFT,
        title="电动车电瓶被盗",
        occurred_at=(utcnow() - timedelta(hours=3)).astimezone(),
        place="3栋地下车库",
        what_happened="业主报称停放的电动车电瓶夜间被盗。",
        responders="王保安、赵班长",
        response="调取监控，陪同业主报警。",
        police_called=True,
        police_report="JJ20261205-113",
        losses="电瓶一块",
        loss_fen=80_000,
    )
    return replace(data, **changes)  # type: ignore[arg-type]


@pytest.fixture
def doors(ready_services: Services) -> IncidentServices:
    return ready_services.module(IncidentServices)


def audit_rows(services: Services, entity: str) -> list[AuditEntry]:
    with services.store.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.entity == entity)))


def test_a_guard_records_an_incident_with_its_number_and_an_audit_row(
    ready_services: Services, doors: IncidentServices
) -> None:
    info = doors.incidents.record(GUARD, theft())
    assert info.number.startswith("SJ")
    assert info.number.endswith("-0001")
    assert info.state is IncidentState.OPEN
    assert info.reported_by == "guard"  # no such user: the login shows as itself
    assert (info.police_report, info.loss_fen) == ("JJ20261205-113", 80_000)
    [row] = audit_rows(ready_services, "incident")
    assert row.action == "create"
    assert doors.incidents.find_number(COMMITTEE, info.number.lower()).id == info.id


def test_rights_follow_the_role_table(doors: IncidentServices) -> None:
    for actor in (COMMITTEE, TECH):
        with pytest.raises(PermissionDeniedError):
            doors.incidents.record(actor, theft())
    info = doors.incidents.record(GUARD, theft())
    with pytest.raises(PermissionDeniedError):  # guards record; follow-ups are the office's
        doors.incidents.add_action(GUARD, info.id, ActionInput("加装监控", "工程部", utcnow()))
    with pytest.raises(PermissionDeniedError):
        doors.incidents.close(GUARD, info.id, "")
    with pytest.raises(PermissionDeniedError):  # voiding is a manager's
        doors.incidents.void(CLERK, info.id, "重复登记")
    with pytest.raises(PermissionDeniedError):
        doors.incidents.detail(TECH, info.id)
    assert doors.incidents.detail(COMMITTEE, info.id).number == info.number


def test_follow_ups_overdue_then_done_then_closed(
    ready_services: Services, doors: IncidentServices
) -> None:
    info = doors.incidents.record(GUARD, theft(occurred_at=utcnow() - timedelta(days=10)))
    late = utcnow() - timedelta(days=2)
    info = doors.incidents.add_action(CLERK, info.id, ActionInput("车库加装监控", "工程部", late))
    info = doors.incidents.add_action(
        CLERK, info.id, ActionInput("夜间加密巡逻", "保安部", utcnow() + timedelta(days=5))
    )
    assert (info.actions_open, info.actions_overdue) == (2, 1)
    overdue = info.actions[0]
    assert overdue.overdue
    assert overdue.days_overdue == 2
    page = doors.incidents.page(CLERK, IncidentFilter(show=IncidentShow.OVERDUE))
    assert [r.id for r in page.rows] == [info.id]

    with pytest.raises(ValidationError) as refused:
        doors.incidents.close(CLERK, info.id, "")
    assert refused.value.field == "close_reason"
    for action in info.actions:
        info = doors.incidents.complete_action(CLERK, action.id, "工程部 刘师傅", "已完成")
    assert (info.actions_open, info.actions_overdue) == (0, 0)
    with pytest.raises(ConflictError):
        doors.incidents.complete_action(CLERK, info.actions[0].id, "又一次")
    closed = doors.incidents.close(CLERK, info.id)
    assert closed.state is IncidentState.CLOSED
    assert closed.closed_by == "clerk"
    with pytest.raises(ConflictError):
        doors.incidents.update(CLERK, info.id, theft())
    assert len(audit_rows(ready_services, "incident_action")) == 4  # 2 created, 2 done


def test_a_manager_closes_with_a_reason_while_a_follow_up_is_open(
    doors: IncidentServices,
) -> None:
    info = doors.incidents.record(CLERK, theft())
    doors.incidents.add_action(
        CLERK, info.id, ActionInput("更换门锁", "工程部", utcnow() + timedelta(days=3))
    )
    closed = doors.incidents.close(MANAGER, info.id, "门锁由业主自行更换")
    assert closed.state is IncidentState.CLOSED
    assert closed.close_reason == "门锁由业主自行更换"
    assert closed.actions_open == 1


def test_void_with_a_reason_leaves_it_out_of_the_target_and_the_open_list(
    ready_services: Services, doors: IncidentServices
) -> None:
    info = doors.incidents.record(GUARD, theft())
    with pytest.raises(ValidationError) as refused:
        doors.incidents.void(MANAGER, info.id, "  ")
    assert refused.value.field == "reason"
    voided = doors.incidents.void(MANAGER, info.id, "重复登记")
    assert voided.state is IncidentState.VOIDED
    assert voided.void_reason == "重复登记"
    with pytest.raises(ConflictError):
        doors.incidents.void(MANAGER, info.id, "再次")
    assert doors.incidents.count(CLERK, IncidentFilter(show=IncidentShow.OPEN)) == 0
    assert doors.incidents.count(CLERK) == 1  # the whole list shows it, struck through
    today = utcnow().astimezone().date()
    with ready_services.store.read() as session:
        year = Period(date(today.year, 1, 1), today)
        assert safety_incidents(session, year, utcnow()) == 0
    assert [r.action for r in audit_rows(ready_services, "incident")] == ["create", "void"]


def test_the_target_counts_every_kind_in_the_window(
    ready_services: Services, doors: IncidentServices
) -> None:
    for kind in (IncidentKind.FIRE, IncidentKind.OTHER, IncidentKind.ACCIDENT):
        doors.incidents.record(CLERK, theft(kind=kind, police_called=False, police_report=""))
    today = utcnow().astimezone().date()
    with ready_services.store.read() as session:
        assert safety_incidents(session, Period(date(today.year, 1, 1), today), utcnow()) == 3
        before = today - timedelta(days=400)
        assert safety_incidents(session, Period(before, before), utcnow()) == 0


def test_refusals_name_their_field_and_write_nothing(
    ready_services: Services, doors: IncidentServices
) -> None:
    before = row_counts(ready_services.store)
    cases = {
        "title": theft(title=" "),
        "place": theft(place=""),
        "what_happened": theft(what_happened=""),
        "occurred_at": theft(occurred_at=utcnow() + timedelta(days=1)),
        "police_report": theft(police_called=False),
        "fire_report": theft(fire_report="119-1"),
        "loss_fen": theft(loss_fen=-1),
        "kind": theft(kind="robbery"),
    }
    for field, data in cases.items():
        with pytest.raises(ValidationError) as refused:
            doors.incidents.record(CLERK, data)
        assert refused.value.field == field
    info = doors.incidents.record(CLERK, theft())
    after_one = row_counts(ready_services.store)
    with pytest.raises(ValidationError) as refused:
        doors.incidents.add_action(
            CLERK, info.id, ActionInput("补装监控", "工程部", info.occurred_at - timedelta(hours=1))
        )
    assert refused.value.field == "deadline"
    with pytest.raises(ValidationError) as refused:
        doors.incidents.add_action(CLERK, info.id, ActionInput("", "工程部", utcnow()))
    assert refused.value.field == "what"
    assert row_counts(ready_services.store) == after_one
    assert after_one["incident"] == before["incident"] + 1


def test_paging_newest_first_with_filters(doors: IncidentServices) -> None:
    now = utcnow()
    made = [
        doors.incidents.record(
            CLERK, theft(title=f"事件{n}", occurred_at=now - timedelta(days=n), kind=kind)
        )
        for n, kind in enumerate([IncidentKind.THEFT, IncidentKind.FIRE] * 3)
    ]
    first = doors.incidents.page(CLERK, limit=4)
    assert [r.title for r in first.rows] == ["事件0", "事件1", "事件2", "事件3"]
    assert first.next_before is not None
    rest = doors.incidents.page(CLERK, before=first.next_before, limit=4)
    assert [r.title for r in rest.rows] == ["事件4", "事件5"]
    assert rest.next_before is None
    fires = doors.incidents.page(CLERK, IncidentFilter(kind=IncidentKind.FIRE))
    assert {r.kind for r in fires.rows} == {IncidentKind.FIRE}
    text = doors.incidents.page(CLERK, IncidentFilter(text=made[2].number[-4:]))
    assert made[2].id in {r.id for r in text.rows}
    day = made[3].occurred_at.astimezone().date()
    one_day = doors.incidents.page(CLERK, IncidentFilter(first=day, last=day))
    assert [r.id for r in one_day.rows] == [made[3].id]
    with pytest.raises(ValidationError):
        doors.incidents.page(CLERK, IncidentFilter(first=day, last=day - timedelta(days=1)))


def test_opened_from_a_record_once_and_linked_back(doors: IncidentServices) -> None:
    request = IncidentRequest(
        source_kind=IncidentSource.PATROL,
        source_id="finding-1",
        source_number="XL202612-0001-1",
        kind=IncidentKind.INTRUSION,
        title="围墙外有人攀爬",
        occurred_at=utcnow() - timedelta(minutes=30),
        place="北侧围墙",
        what_happened="巡逻发现有人攀爬围墙",
        response="喝止并报告值班经理",
    )
    linked = doors.desk.open_from(GUARD, request)
    assert linked.number.startswith("SJ")
    assert not linked.closed
    with pytest.raises(ConflictError):
        doors.desk.open_from(GUARD, request)
    found = doors.desk.linked(GUARD, IncidentSource.PATROL, ["finding-1", "other"])
    assert list(found) == ["finding-1"]
    assert found["finding-1"].number == linked.number
    info = doors.incidents.detail(CLERK, linked.id)
    assert (info.source_kind, info.source_number) == (IncidentSource.PATROL, "XL202612-0001-1")
    assert doors.desk.linked(GUARD, IncidentSource.GATE, ["finding-1"]) == {}


def test_unknown_records_are_not_found(doors: IncidentServices) -> None:
    import uuid

    with pytest.raises(NotFoundError):
        doors.incidents.detail(CLERK, uuid.uuid4())
    with pytest.raises(NotFoundError):
        doors.incidents.find_number(CLERK, "SJ209901-0001")
    with pytest.raises(NotFoundError):
        doors.incidents.complete_action(CLERK, uuid.uuid4(), "某人")


def test_the_report_paper_has_every_field(
    doors: IncidentServices, ready_services: Services
) -> None:
    info = doors.incidents.record(GUARD, theft())
    doors.incidents.add_action(
        CLERK, info.id, ActionInput("车库加装监控", "工程部", utcnow() + timedelta(days=7))
    )
    paper = doors.prints.paper(CLERK, info.id)
    assert paper.estate == "翠湖花园"
    assert paper.number == info.number
    assert paper.police_report == "JJ20261205-113"
    assert len(paper.actions) == 1
    assert paper.audit_seq > 0
    assert paper.audit_hash
    pdf = doors.prints.report_pdf(CLERK, info.id, "zh_CN")
    assert pdf.startswith(b"%PDF")
