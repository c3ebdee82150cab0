"""The monthly assessment through its services: standards adopted and versioned, one
assessment per department and month, spot checks and the score, finalising, voiding,
rights, audit, paging, search, the trend, and the rectification notices lent by the
inspections module (opened by a failing check, closed by a later passing one or by
the assessor, never by who reported the fix)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from propdesk.domain.assessments.standards import Standard, StandardItem
from propdesk.domain.inspections.rectification import NoticeSource, RectificationState
from propdesk.domain.roles import Role
from propdesk.errors import ConflictError, PermissionDeniedError, ValidationError
from propdesk.services.assessments.inputs import AssessmentInput, CheckInput, NoticeAsk
from propdesk.services.assessments.service import AssessmentServices
from propdesk.services.assessments.views import AssessmentFilter
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.inspections.rectifications import NoticeFilter
from propdesk.services.inspections.service import InspectionServices
from propdesk.store.base import utcnow
from propdesk.store.models import AuditEntry, Rectification

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
DEPUTY = Actor(None, "deputy", "李副经理", Role.MANAGER, "客服中心")
CLERK = Actor(None, "clerk", "王客服", Role.CLERK, "客服中心")
COMMITTEE = Actor(None, "owner", "业委会", Role.COMMITTEE, "客服中心")


def _month(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local.year:04d}-{local.month:02d}"


@pytest.fixture
def doors(ready_services: Services) -> AssessmentServices:
    found = ready_services.module(AssessmentServices)
    found.standards.adopt_defaults(MANAGER, "zh_CN")
    return found


def _new(doors: AssessmentServices, code: str = "cleaning", month: str | None = None):  # type: ignore[no-untyped-def]
    return doors.assessments.create(
        MANAGER, AssessmentInput(code, month or _month(utcnow()), " 陈经理 ", "月底抽查")
    )


def test_defaults_are_adopted_once_for_every_department(doors: AssessmentServices) -> None:
    standards = doors.standards.standards(MANAGER)
    assert [s.department_code for s in standards] == [
        "security",
        "cleaning",
        "greening",
        "engineering",
        "customer_service",
    ]
    assert all(s.total == 100 and s.version == 1 for s in standards)
    assert doors.standards.adopt_defaults(MANAGER, "zh_CN") == []  # nothing left to adopt


def test_an_edit_is_the_next_version_and_an_assessment_keeps_its_own(
    doors: AssessmentServices,
) -> None:
    first = _new(doors)
    current = doors.standards.standard(MANAGER, "cleaning")
    assert current is not None
    edited = Standard(
        "保洁部考核标准（修订）",
        (*current.standard.items[:-1], StandardItem("night_check", "夜间抽查", 15)),
    )
    saved = doors.standards.save(MANAGER, "cleaning", edited)
    assert (saved.version, saved.series_id) == (2, current.series_id)
    again = doors.standards.save(MANAGER, "cleaning", edited)
    assert again.version == 2  # nothing changed: nothing written
    kept = doors.assessments.detail(MANAGER, first.id)
    assert kept.standard_version == 1
    assert kept.standard.items[-1].key == "work_records"


def test_a_bad_standard_is_refused_next_to_its_field(doors: AssessmentServices) -> None:
    with pytest.raises(ValidationError) as error:
        doors.standards.save(MANAGER, "cleaning", Standard("x", (StandardItem("a", "地面", 0),)))
    assert error.value.field == "item:a"
    with pytest.raises(PermissionDeniedError):
        doors.standards.adopt_defaults(CLERK, "zh_CN")


def test_one_assessment_per_department_and_month(doors: AssessmentServices) -> None:
    first = _new(doors)
    assert first.row.score == 100
    assert first.row.number.startswith("KH")
    assert first.row.assessor_name == "陈经理"
    with pytest.raises(ValidationError) as error:
        _new(doors)
    assert error.value.field == "month"
    doors.assessments.void(MANAGER, first.id, "部门选错")
    assert _new(doors).row.number != first.row.number  # voided: the month is free again


def test_a_month_not_begun_is_refused(doors: AssessmentServices) -> None:
    with pytest.raises(ValidationError) as error:
        _new(doors, month="2999-01")
    assert error.value.field == "month"


def test_spot_checks_deduct_within_their_items_points(doors: AssessmentServices) -> None:
    made = _new(doors)
    out = doors.assessments.add_check(
        MANAGER, made.id, CheckInput("lobby_clean", "3号楼大堂", "地面有污渍", 3)
    )
    out = doors.assessments.add_check(MANAGER, made.id, CheckInput("bins_clean", "南门", "", 0))
    assert (out.detail.row.score, out.detail.row.deducted, out.detail.row.checks) == (97, 3, 2)
    with pytest.raises(ValidationError) as error:
        doors.assessments.add_check(
            MANAGER, made.id, CheckInput("bins_clean", "北门", "果皮箱外壁脏", 11)
        )
    assert error.value.field == "deducted"
    with pytest.raises(ValidationError) as error:
        doors.assessments.add_check(MANAGER, made.id, CheckInput("lobby_clean", "1号楼", "", 2))
    assert error.value.field == "finding"
    with pytest.raises(ValidationError) as error:
        doors.assessments.add_check(MANAGER, made.id, CheckInput("nope", "1号楼", "x", 1))
    assert error.value.field == "item"


def test_a_finalised_assessment_is_read_only(doors: AssessmentServices) -> None:
    made = _new(doors)
    done = doors.assessments.finalise(MANAGER, made.id)
    assert done.row.finalised
    assert done.finalised_by == "boss"
    with pytest.raises(ConflictError):
        doors.assessments.add_check(MANAGER, made.id, CheckInput("lobby_clean", "", "", 0))
    with pytest.raises(ConflictError):
        doors.assessments.finalise(MANAGER, made.id)


def test_rights_clerks_and_the_committee_only_look(doors: AssessmentServices) -> None:
    made = _new(doors)
    for actor in (CLERK, COMMITTEE):
        assert doors.assessments.detail(actor, made.id).number == made.number
        with pytest.raises(PermissionDeniedError):
            doors.assessments.create(actor, AssessmentInput("security", _month(utcnow()), "x"))
        with pytest.raises(PermissionDeniedError):
            doors.assessments.void(actor, made.id, "x")


def test_every_write_is_audited(ready_services: Services, doors: AssessmentServices) -> None:
    made = _new(doors)
    doors.assessments.add_check(MANAGER, made.id, CheckInput("lobby_clean", "大堂", "有污渍", 2))
    doors.assessments.void(MANAGER, made.id, "重复录入")
    with ready_services.store.read() as session:
        actions = session.execute(
            select(AuditEntry.entity, AuditEntry.action).where(
                AuditEntry.entity.in_(("assessment", "assessment_check"))
            )
        ).all()
    assert ("assessment", "create") in actions
    assert ("assessment_check", "create") in actions
    assert ("assessment", "update") in actions
    assert ("assessment", "void") in actions


def test_rows_page_newest_first_and_filter(doors: AssessmentServices) -> None:
    now = utcnow()
    for code in ("security", "cleaning", "greening"):
        doors.assessments.create(MANAGER, AssessmentInput(code, _month(now), "陈经理"))
    page = doors.assessments.rows(MANAGER, limit=2)
    assert len(page.rows) == 2
    assert page.next_before is not None
    rest = doors.assessments.rows(MANAGER, before=page.next_before, limit=2)
    assert len(rest.rows) == 1
    assert rest.next_before is None
    assert {r.id for r in page.rows + rest.rows} == {
        r.id for r in doors.assessments.rows(MANAGER).rows
    }
    only = doors.assessments.rows(MANAGER, AssessmentFilter(department_code="greening"))
    assert [r.department_code for r in only.rows] == ["greening"]


def test_quick_search_finds_an_assessment_by_number(
    ready_services: Services, doors: AssessmentServices
) -> None:
    made = _new(doors)
    groups = ready_services.search.search(MANAGER, made.number[:8])
    hits = [h for g in groups for h in g.hits if h.kind == "assessment"]
    assert [h.record_id for h in hits] == [made.id]


def test_the_trend_has_twelve_months_per_department(doors: AssessmentServices) -> None:
    made = _new(doors)
    doors.assessments.add_check(MANAGER, made.id, CheckInput("lobby_clean", "大堂", "有污渍", 4))
    year, month = (int(p) for p in _month(utcnow()).split("-"))
    trend = doors.assessments.trend(MANAGER, year)
    cleaning = next(line for line in trend.lines if line.department_code == "cleaning")
    assert len(cleaning.scores) == 12
    assert cleaning.scores[month - 1] == 96
    assert all(s is None for n, s in enumerate(cleaning.scores) if n != month - 1)


def test_a_failing_check_opens_the_inspections_notice_and_a_later_pass_closes_it(
    ready_services: Services, doors: AssessmentServices
) -> None:
    made = _new(doors)
    deadline = utcnow() + timedelta(days=3)
    out = doors.assessments.add_check(
        MANAGER,
        made.id,
        CheckInput(
            "garbage_points",
            "5号楼垃圾分类点",
            "垃圾满溢，有异味",
            5,
            notice=NoticeAsk("当日清运并冲洗地面", deadline),
        ),
    )
    assert out.notice is not None
    assert out.notice.number.startswith("ZG")
    assert out.detail.checks[0].notice is not None
    inspections = ready_services.module(InspectionServices)
    listed = inspections.rectifications.rows(MANAGER, NoticeFilter.ALL).rows
    notice = next(n for n in listed if n.id == out.notice.id)
    assert notice.source is NoticeSource.ASSESSMENT
    assert notice.inspection_id is None
    assert notice.source_number == made.number
    assert notice.department == "保洁部"
    # The department reports the fix on the inspections tab; the fixer's own pass
    # does not close it, someone else's later spot check does.
    inspections.rectifications.report_fixed(DEPUTY, notice.id, "已清运")
    same = doors.assessments.add_check(
        DEPUTY, made.id, CheckInput("garbage_points", "5号楼垃圾分类点", "", 0)
    )
    assert same.closed == ()
    assert len(same.refused) == 1
    later = doors.assessments.add_check(
        MANAGER, made.id, CheckInput("garbage_points", "5号楼垃圾分类点", "", 0)
    )
    assert later.closed == (out.notice.number,)
    closed = inspections.rectifications.detail(MANAGER, notice.id)
    assert closed.state is RectificationState.CLOSED
    assert closed.verified_by == "boss"


def test_the_assessor_verifies_a_fix_and_a_failing_check_reopens_one(
    ready_services: Services, doors: AssessmentServices
) -> None:
    made = _new(doors)
    out = doors.assessments.add_check(
        MANAGER, made.id, CheckInput("lobby_clean", "大堂", "地面污渍", 2)
    )
    check = out.detail.checks[0]
    notice = doors.assessments.open_notice(
        MANAGER, check.id, NoticeAsk("重新清洁", utcnow() + timedelta(days=2))
    )
    inspections = ready_services.module(InspectionServices)
    inspections.rectifications.report_fixed(DEPUTY, notice.id)
    again = doors.assessments.add_check(
        MANAGER, made.id, CheckInput("lobby_clean", "大堂", "仍有污渍", 1)
    )
    assert again.reopened == (notice.number,)
    inspections.rectifications.report_fixed(DEPUTY, notice.id)
    with pytest.raises(ValidationError):  # the fixer cannot verify his own fix
        doors.assessments.verify_fix(DEPUTY, notice.id)
    verified = doors.assessments.verify_fix(MANAGER, notice.id)
    assert verified.state is RectificationState.CLOSED
    with ready_services.store.read() as session:
        row = session.get_one(Rectification, notice.id)
        assert (row.source_kind, row.source_id) == ("assessment", check.id)


def test_a_notice_without_a_deduction_is_refused(doors: AssessmentServices) -> None:
    made = _new(doors)
    with pytest.raises(ValidationError) as error:
        doors.assessments.add_check(
            MANAGER,
            made.id,
            CheckInput(
                "lobby_clean", "大堂", "", 0, notice=NoticeAsk("x", utcnow() + timedelta(1))
            ),
        )
    assert error.value.field == "notice"
