"""Drills and training through their services: a session recorded with its staff and
residents, numbered YL or PX, audited, listed with filters and pages, found by number
and title, voided with a reason (it then no longer answers the plan); the year's plan
adopted with one click, changed, its states; a staff member's history; the papers;
the exports; the report section — and the refusals, each naming its field with
nothing written."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from propdesk.domain.drills.kinds import SessionKind, Topic
from propdesk.domain.drills.plan import PlanState
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import Period
from propdesk.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from propdesk.reports.drills.session_record import session_record_pdf
from propdesk.reports.drills.sign_in_sheet import sign_in_pdf
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import SheetRequest
from propdesk.services.core.photos import AttachmentState
from propdesk.services.core.search_query import SearchQuery
from propdesk.services.drills import report_figures, search
from propdesk.services.drills.inputs import SessionInput
from propdesk.services.drills.module import MODULE, PARTICIPANTS, SESSIONS
from propdesk.services.drills.plan import PlanEntryInput
from propdesk.services.drills.prints import SignInRequest
from propdesk.services.drills.service import DrillServices
from propdesk.services.drills.views import SessionFilter
from propdesk.services.master_data.staff import StaffInput
from propdesk.store.models import AuditEntry
from tests.generated_input import row_counts
from tests.unit.photo_bytes import png_bytes, write

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "工程部")
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
TECH = Actor(None, "tech", "刘师傅", Role.TECHNICIAN, "工程部")
BEIJING = timezone(timedelta(hours=8))
NOW = datetime(2026, 7, 15, 10, 0, tzinfo=BEIJING)


@dataclass
class Estate:
    services: Services
    doors: DrillServices
    staff: list[uuid.UUID]


@pytest.fixture
def estate(ready_services: Services, beijing_time: None) -> Estate:
    del beijing_time
    staff = [
        ready_services.staff.save(MANAGER, StaffInput(name, dept)).id
        for name, dept in (("周建国", "security"), ("张伟", "security"), ("王强", "engineering"))
    ]
    return Estate(ready_services, ready_services.module(DrillServices), staff)


def _input(estate: Estate, **changes: object) -> SessionInput:
    values: dict[str, object] = {
        "topic": Topic.FIRE_DRILL,
        "title": "2026年上半年消防演练",
        "held_at": datetime(2026, 6, 18, 14, 30, tzinfo=BEIJING),
        "minutes": 90,
        "organiser_id": estate.staff[0],
        "participant_ids": estate.staff[1:],
        "residents": 35,
        "place": "3号楼前广场",
        "practised": "初期扑救、疏散引导",
        "problems": "消火栓水带接口锈蚀",
        "actions": "更换水带接口",
    }
    values.update(changes)
    return SessionInput(**values)  # type: ignore[arg-type]


def test_record_numbers_audits_and_reads_back(estate: Estate) -> None:
    sessions = estate.doors.sessions
    drill = sessions.record(CLERK, _input(estate), now=NOW)
    training = sessions.record(
        CLERK, _input(estate, topic=Topic.FIRST_AID, title="急救知识培训"), now=NOW
    )
    assert drill.number == "YL202606-0001"
    assert training.number.startswith("PX202606-")
    assert training.row.kind is SessionKind.TRAINING
    detail = sessions.detail(MANAGER, drill.id)
    assert [p.name for p in detail.participants] == ["张伟", "王强"] or {
        p.name for p in detail.participants
    } == {"张伟", "王强"}
    assert detail.row.organiser == "周建国"
    assert detail.row.staff_count == 2
    assert detail.row.residents == 35
    assert sessions.find_number(GUARD, "yl202606-0001").id == drill.id
    with estate.services.store.read() as session:
        audited = session.scalars(
            select(AuditEntry.entity).where(AuditEntry.entity_id == str(drill.id))
        ).all()
    assert list(audited) == ["drill_session"]


def test_refusals_name_their_field_and_write_nothing(estate: Estate) -> None:
    sessions = estate.doors.sessions
    cases = {
        "title": _input(estate, title="  "),
        "minutes": _input(estate, minutes=0),
        "residents": _input(estate, residents=-1),
        "held_at": _input(estate, held_at=NOW + timedelta(days=1)),
        "organiser_id": _input(estate, organiser_id=uuid.uuid4()),
        "participants": _input(estate, participant_ids=[uuid.uuid4()]),
        "topic": _input(estate, topic="fire"),
        "problems": _input(estate, problems="问" * 501),
    }
    before = row_counts(estate.services.store)
    for field, data in cases.items():
        with pytest.raises((ValidationError, NotFoundError)) as caught:
            sessions.record(CLERK, data, now=NOW)
        assert caught.value.field == field, field
    nobody = _input(estate, participant_ids=[], residents=0)
    with pytest.raises(ValidationError) as caught:
        sessions.record(CLERK, nobody, now=NOW)
    assert caught.value.field == "participants"
    assert row_counts(estate.services.store) == before


def test_rights(estate: Estate) -> None:
    with pytest.raises(PermissionDeniedError):
        estate.doors.sessions.record(GUARD, _input(estate), now=NOW)
    with pytest.raises(PermissionDeniedError):
        estate.doors.plan.adopt_default(TECH, 2026)
    drill = estate.doors.sessions.record(CLERK, _input(estate), now=NOW)
    with pytest.raises(PermissionDeniedError):
        estate.doors.sessions.void(CLERK, drill.id, "录错")
    assert estate.doors.sessions.detail(TECH, drill.id).id == drill.id


def test_list_filters_and_pages(estate: Estate) -> None:
    sessions = estate.doors.sessions
    for day in range(1, 8):
        topic = Topic.FLOOD if day % 2 else Topic.SERVICE
        sessions.record(
            CLERK,
            _input(estate, topic=topic, held_at=datetime(2026, 4, day, 9, tzinfo=BEIJING)),
            now=NOW,
        )
    everything = SessionFilter()
    first = sessions.rows(MANAGER, everything, limit=3)
    assert len(first.rows) == 3
    assert first.next_before is not None
    second = sessions.rows(MANAGER, everything, before=first.next_before, limit=3)
    assert {r.id for r in first.rows}.isdisjoint({r.id for r in second.rows})
    assert first.rows[0].held_at > second.rows[0].held_at
    drills = sessions.rows(MANAGER, SessionFilter(kind=SessionKind.DRILL)).rows
    assert len(drills) == 4
    assert all(r.topic is Topic.FLOOD for r in drills)
    days = sessions.rows(MANAGER, SessionFilter(date(2026, 4, 2), date(2026, 4, 3))).rows
    assert len(days) == 2
    assert len(sessions.rows(MANAGER, SessionFilter(text="YL202604")).rows) == 4
    with pytest.raises(ValidationError):
        sessions.rows(MANAGER, SessionFilter(kind="drill"))  # type: ignore[arg-type]


def test_void_with_reason_leaves_the_plan(estate: Estate) -> None:
    doors = estate.doors
    assert doors.plan.adopt_default(MANAGER, 2026) == 9
    with pytest.raises(ConflictError):
        doors.plan.adopt_default(MANAGER, 2026)
    drill = doors.sessions.record(CLERK, _input(estate), now=NOW)
    plan = doors.plan.plan(MANAGER, 2026, today=NOW.date())
    june = next(r for r in plan.rows if r.topic is Topic.FIRE_DRILL and r.due_on.month == 6)
    assert june.state is PlanState.DONE
    assert june.session_number == drill.number
    flood = next(r for r in plan.rows if r.topic is Topic.FLOOD)
    assert flood.state is PlanState.OVERDUE
    with pytest.raises(ValidationError) as caught:
        doors.sessions.void(MANAGER, drill.id, "  ")
    assert caught.value.field == "reason"
    doors.sessions.void(MANAGER, drill.id, "重复登记")
    again = doors.plan.plan(MANAGER, 2026, today=NOW.date())
    june = next(r for r in again.rows if r.id == june.id)
    assert june.state is PlanState.OVERDUE
    assert doors.sessions.detail(MANAGER, drill.id).row.voided
    assert doors.sessions.rows(MANAGER, SessionFilter(include_voided=False)).rows == []


def test_plan_entries_change_and_void(estate: Estate) -> None:
    plan = estate.doors.plan
    entry = plan.add(CLERK, PlanEntryInput(Topic.EVACUATION, date(2026, 8, 31), "高层住户"))
    plan.change(CLERK, entry, PlanEntryInput(Topic.EVACUATION, date(2026, 8, 1), "高层住户"))
    row = plan.plan(CLERK, 2026, today=NOW.date()).rows[0]
    assert row.due_on == date(2026, 8, 1)
    assert row.state is PlanState.DUE
    with pytest.raises(ValidationError) as caught:
        plan.change(CLERK, entry, PlanEntryInput(Topic.EVACUATION, date(2027, 1, 1)))
    assert caught.value.field == "due_on"
    with pytest.raises(ValidationError) as caught:
        plan.add(CLERK, PlanEntryInput(Topic.EVACUATION, date(1900, 1, 1)))
    assert caught.value.field == "due_on"
    plan.void(MANAGER, entry, "取消")
    assert plan.plan(CLERK, 2026, today=NOW.date()).rows == ()
    with pytest.raises(ValidationError):
        plan.plan(CLERK, 99999)


def test_staff_history(estate: Estate) -> None:
    sessions = estate.doors.sessions
    drill = sessions.record(CLERK, _input(estate), now=NOW)
    sessions.record(
        CLERK,
        _input(estate, topic=Topic.SERVICE, title="服务礼仪", participant_ids=[estate.staff[1]]),
        now=NOW,
    )
    history = sessions.staff_history(TECH, estate.staff[1])
    assert history.staff.name == "张伟"
    assert len(history.lines) == 2
    assert history.drills == 1
    assert history.trainings == 1
    organiser = sessions.staff_history(TECH, estate.staff[0])
    assert [line.organised for line in organiser.lines] == [True, True]
    sessions.void(MANAGER, drill.id, "录错")
    assert len(sessions.staff_history(TECH, estate.staff[1]).lines) == 1
    choices = sessions.staff_choices(TECH)
    assert {c.name for c in choices} >= {"周建国", "张伟", "王强"}


def test_search_by_number_and_title(estate: Estate) -> None:
    drill = estate.doors.sessions.record(CLERK, _input(estate), now=NOW)
    with estate.services.store.read() as session:
        by_number = search.search_sessions(session, SearchQuery.parse("YL2026"), 8)
        by_title = search.search_sessions(session, SearchQuery.parse("消防"), 8)
        nothing = search.search_sessions(session, SearchQuery.parse("YL"), 8)
        counted = search.count_sessions(session, SearchQuery.parse("消防"), 10)
    assert [h.record_id for h in by_number] == [drill.id]
    assert [h.record_id for h in by_title] == [drill.id]
    assert nothing == []
    assert counted == 1


def test_papers_print(estate: Estate, tmp_path: Path) -> None:
    drill = estate.doors.sessions.record(CLERK, _input(estate), now=NOW)
    paper = estate.doors.prints.record(MANAGER, drill.id)
    assert paper.estate == "翠湖花园"
    assert len(paper.people) == 2
    with (tmp_path / "r.pdf").open("wb") as out:
        assert session_record_pdf(paper, "zh_CN", out) >= 1
    sheet = estate.doors.prints.sign_in(
        CLERK,
        SignInRequest(
            Topic.LIFT_ENTRAPMENT, "电梯困人救援演练", NOW, estate.staff[0], estate.staff
        ),
    )
    assert [p.name for p in sheet.people] == ["周建国", "张伟", "王强"]
    with (tmp_path / "s.pdf").open("wb") as out:
        assert sign_in_pdf(sheet, "zh_TW", out) >= 1
    with pytest.raises(ValidationError) as caught:
        estate.doors.prints.sign_in(CLERK, SignInRequest(Topic.FLOOD, "", NOW, estate.staff[0]))
    assert caught.value.field == "title"


def test_exports_and_report_section(estate: Estate) -> None:
    store = estate.services.store
    drill = estate.doors.sessions.record(CLERK, _input(estate), now=NOW)
    estate.doors.sessions.record(
        CLERK, _input(estate, topic=Topic.SERVICE, title="服务礼仪培训"), now=NOW
    )
    estate.doors.sessions.void(MANAGER, drill.id, "重复登记")
    estate.doors.plan.adopt_default(MANAGER, 2026)
    request = SheetRequest(store, MANAGER, date(2026, 6, 1), date(2026, 6, 30), "zh_CN", True)
    sheet = SESSIONS.sheet(None, request)
    rows = list(sheet.rows)
    assert len(rows) == 2
    assert any("重复登记" in str(cell) for row in rows for cell in row)
    people = list(PARTICIPANTS.sheet(None, request).rows)
    assert len(people) == 3  # the live session: its organiser and two staff
    with pytest.raises(PermissionDeniedError):
        SESSIONS.sheet(
            None, SheetRequest(store, GUARD, date(2026, 6, 1), date(2026, 6, 30), "en", True)
        )
    with store.read() as session:
        figures = report_figures.drill_figures(
            session, Period(date(2026, 6, 1), date(2026, 6, 30)), NOW
        )
    assert len(figures.sessions) == 1
    assert figures.count("training") == 1
    assert figures.plan_count("done") == 1  # the quarterly service training
    assert figures.plan_count("overdue") == 2  # the first quarter's training, the flood drill
    (plan_sheet,) = figures.sheets("en")
    assert len(list(plan_sheet.rows)) == 9
    assert MODULE.report is not None
    assert MODULE.report.records is SESSIONS


def test_monthly_pdf_renders_the_section(estate: Estate, tmp_path: Path) -> None:
    from reportlab.platypus import SimpleDocTemplate

    from propdesk.reports.fonts import register_cjk_font  # noqa: F401 (font first)
    from propdesk.reports.monthly.blocks import StoryContext
    from propdesk.reports.monthly.styles import styles

    estate.doors.sessions.record(CLERK, _input(estate), now=NOW)
    estate.doors.plan.adopt_default(MANAGER, 2026)
    with estate.services.store.read() as session:
        figures = report_figures.drill_figures(
            session, Period(date(2026, 6, 1), date(2026, 6, 30)), NOW
        )
    for lang in ("zh_CN", "zh_TW", "en"):
        story = figures.story(StoryContext(lang, styles(lang), ()))
        path = tmp_path / f"{lang}.pdf"
        SimpleDocTemplate(str(path)).build(story)
        assert path.stat().st_size > 1000
    workbook_path = tmp_path / "plan.xlsx"
    from propdesk.reports.xlsx_export import export_tables

    export_tables(workbook_path, figures.sheets("zh_CN"))
    assert load_workbook(workbook_path).sheetnames == ["演练培训计划"]


def test_photos_and_sign_in_sheets_are_kept_and_refused_cleanly(
    estate: Estate, tmp_path: Path
) -> None:
    sessions, photos = estate.doors.sessions, estate.doors.photos
    assert photos.available
    drill = sessions.record(CLERK, _input(estate), now=NOW)
    sheet = photos.add(CLERK, drill.id, write(tmp_path, "签到表.png", png_bytes()))
    detail = sessions.detail(GUARD, drill.id)  # a guard reads it
    assert [p.original_name for p in detail.photos] == ["签到表.png"]
    assert photos.file(sheet)[1] is AttachmentState.PRESENT
    with estate.services.store.read() as session:
        audited = session.scalars(
            select(AuditEntry.entity).where(AuditEntry.entity_id == str(drill.id))
        ).all()
    assert list(audited) == ["drill_session", "drill_session"]  # recorded, photo added
    before = row_counts(estate.services.store)
    with pytest.raises(ValidationError) as refused:
        photos.add(CLERK, drill.id, write(tmp_path, "notes.txt", b"not a photo"))
    assert refused.value.field == "photo"
    with pytest.raises(PermissionDeniedError):
        photos.add(GUARD, drill.id, write(tmp_path, "a.png", png_bytes()))
    assert row_counts(estate.services.store) == before  # nothing written by a refusal
    sessions.void(MANAGER, drill.id, "录错了")
    before = row_counts(estate.services.store)
    with pytest.raises(NotFoundError) as gone:  # a voided session takes no more photos
        photos.add(CLERK, drill.id, write(tmp_path, "b.png", png_bytes()))
    assert gone.value.field == "photo"
    assert row_counts(estate.services.store) == before
