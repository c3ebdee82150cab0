"""Surveys through their services: a round opened with the default questionnaire
(copied: a later round's edits leave it alone), responses typed from paper (one per
unit; a second refused, or replacing the first when asked), voiding with a reason and
the audit rows, the figures (response rate, satisfaction per area and question), the
two target sources and how the satisfaction target combines them, quick search, the
export, the import sheet, the monthly section — and the refusals, each naming its
field with nothing written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from propdesk.domain.roles import Role
from propdesk.domain.service_targets import (
    Period,
    SatisfactionInputs,
    TargetKey,
    satisfaction,
    surveys,
)
from propdesk.domain.surveys.areas import Area
from propdesk.domain.surveys.questionnaire import Question
from propdesk.domain.surveys.rounds import RoundState
from propdesk.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import SheetRequest, target_sources
from propdesk.services.core.search_query import SearchQuery
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.services.registry import MODULES
from propdesk.services.surveys import search, target
from propdesk.services.surveys.module import MODULE
from propdesk.services.surveys.report_figures import survey_figures
from propdesk.services.surveys.service import SurveyServices
from propdesk.services.surveys.sheets import response_sheet
from propdesk.services.surveys.views import (
    ResponseFilter,
    ResponseInput,
    RoundFilter,
    RoundInput,
)
from propdesk.store.models import AuditEntry
from propdesk.store.models.surveys import SurveyResponse
from tests.generated_input import row_counts

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
UNITS = ("1-1-101", "1-1-102", "1-1-201", "1-1-202")
SPRING = (date(2026, 4, 1), date(2026, 4, 30))
NOW = datetime(2026, 5, 10, 4, 0, tzinfo=UTC)


@dataclass
class Estate:
    services: Services
    doors: SurveyServices


@pytest.fixture
def estate(ready_services: Services, beijing_time: None) -> Estate:
    del beijing_time
    admin = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
    for code in UNITS:
        building, entrance, room = code.split("-")
        ready_services.units.save(admin, UnitInput(building, entrance, room))
    # Three units lived in; 1-1-202 stands empty (its tenant moved out in March).
    for code, name in (("1-1-101", "张伟"), ("1-1-102", "李娜"), ("1-1-201", "王芳")):
        ready_services.residents.save(
            admin, ResidentInput(code, ResidentKind.OWNER, name, move_in=date(2020, 1, 1))
        )
    ready_services.residents.save(
        admin,
        ResidentInput(
            "1-1-202",
            ResidentKind.TENANT,
            "赵强",
            move_in=date(2020, 1, 1),
            move_out=date(2026, 3, 1),
        ),
    )
    return Estate(ready_services, ready_services.module(SurveyServices))


def _open(estate: Estate, name: str = "2026年春季满意度调查", days: tuple[date, date] = SPRING):
    questionnaire = estate.doors.rounds.starting_questionnaire(CLERK, "zh_CN")
    return estate.doors.rounds.create(
        CLERK, RoundInput(name, days[0], days[1], questionnaire.questions)
    )


def _answer(estate: Estate, round_id, unit: str, digits: str, **extra: object):
    return estate.doors.responses.record(
        CLERK, ResponseInput(round_id, unit, digits, **extra), now=NOW - timedelta(days=20)
    )


def test_a_round_copies_the_default_questionnaire_in_the_users_language(estate: Estate) -> None:
    found = _open(estate)
    assert found.number.startswith("DC202604-")
    assert found.row.state is RoundState.OPEN
    assert len(found.questionnaire) == 14
    assert found.questionnaire.questions[0].text == "门岗值守与来访登记"
    english = estate.doors.rounds.default_questionnaire(CLERK, "en")
    assert english.questions[0].text == "Gate duty and visitor registration"
    # The next round starts from this one's words; changing them there leaves this alone.
    start = estate.doors.rounds.starting_questionnaire(CLERK, "en")
    assert start == found.questionnaire
    edited = (*start.questions[:-1], Question("custom_9", Area.CUSTOMER_SERVICE, "停车收费公示"))
    autumn = estate.doors.rounds.create(
        CLERK, RoundInput("秋季调查", date(2026, 10, 1), date(2026, 10, 31), edited)
    )
    assert autumn.questionnaire.questions[-1].text == "停车收费公示"
    again = estate.doors.rounds.detail(CLERK, found.id)
    assert again.questionnaire.questions[-1].text == "通知公告及信息公开"


def test_one_response_per_unit_and_replacing_it_on_request(estate: Estate) -> None:
    found = _open(estate)
    first = _answer(estate, found.id, "1-1-101", "5544 3322 1100 55", comment="楼道很干净")
    assert first.ratings == (5, 5, 4, 4, 3, 3, 2, 2, 1, 1, 0, 0, 5, 5)
    assert first.answered == 12
    assert first.comment_area is None
    before = row_counts(estate.services.store)
    with pytest.raises(ConflictError) as refused:
        _answer(estate, found.id, "1-1-101", "5" * 14)
    assert refused.value.field == "unit"
    assert row_counts(estate.services.store) == before
    replaced = _answer(estate, found.id, "1-1-101", "4" * 14, replace=True)
    rows = estate.doors.responses.rows(CLERK, ResponseFilter(found.id, include_voided=True)).rows
    assert {(r.id, r.voided) for r in rows} == {(first.id, True), (replaced.id, False)}
    assert estate.doors.rounds.detail(CLERK, found.id).row.responses == 1


def test_figures_response_rate_and_satisfaction_per_area_and_question(estate: Estate) -> None:
    found = _open(estate)
    _answer(estate, found.id, "1-1-101", "55555555555555")
    _answer(
        estate,
        found.id,
        "1-1-102",
        "44412111111000",
        comment="垃圾清运不及时",
        comment_area=Area.CLEANING,
    )
    detail = estate.doors.rounds.detail(CLERK, found.id)
    assert detail.row.responses == 2
    assert detail.row.occupied == 3  # 1-1-202 emptied before the round's last day
    assert detail.row.response_rate == Decimal("66.6")
    overall = detail.tally.overall
    assert (overall.answered, overall.satisfied) == (25, 17)
    assert detail.row.satisfaction == Decimal("68.0")
    assert detail.tally.area(Area.SECURITY).share == Decimal("100.0")
    assert detail.tally.area(Area.CLEANING).share == Decimal("50.0")
    assert detail.tally.questions[-1].answered == 1  # the second form left it blank
    results = estate.doors.summary.results(CLERK, found.id)
    assert [c.text for c in results.comments] == ["垃圾清运不及时"]
    assert results.comments[0].area is Area.CLEANING
    comments = estate.doors.responses.rows(
        CLERK, ResponseFilter(found.id, comments_only=True, comment_area=Area.GREENING)
    )
    assert comments.rows == []


def test_targets_count_the_rounds_held_and_combine_with_the_follow_ups(estate: Estate) -> None:
    found = _open(estate)
    _answer(estate, found.id, "1-1-101", "55555555555555")
    _answer(estate, found.id, "1-1-102", "33333333333300")
    year = Period(date(2026, 1, 1), date(2026, 5, 31))
    with estate.services.store.read() as session:
        # Before its last day and not closed, the round is not held yet.
        early = datetime(2026, 4, 20, 4, tzinfo=UTC)
        assert target.rounds_held(session, year, early) is None
        assert target.satisfaction_inputs(session, year, early) is None
        assert target.rounds_held(session, year, NOW) == 1
        inputs = target.satisfaction_inputs(session, year, NOW)
        assert inputs == SatisfactionInputs({}, survey_satisfied=14, survey_answers=26)
        combined = target_sources(MODULES)[TargetKey.SATISFACTION](session, year, NOW)
    assert isinstance(combined, SatisfactionInputs)
    assert (combined.survey_satisfied, combined.survey_answers) == (14, 26)
    result = satisfaction(year, combined, Decimal(90))
    assert result.detail("survey_answers") == 26
    held = surveys(year, 1, Decimal(2))
    assert held.detail("held") == 1
    # Closing it early makes it held at once; voiding it takes it out again.
    estate.doors.rounds.close(MANAGER, found.id)
    with estate.services.store.read() as session:
        assert target.rounds_held(session, year, datetime(2026, 4, 20, 4, tzinfo=UTC)) == 1
    estate.doors.rounds.void(MANAGER, found.id, "重复创建")
    with estate.services.store.read() as session:
        assert target.rounds_held(session, year, NOW) is None


def test_rights_void_with_reason_and_the_audit_trail(estate: Estate) -> None:
    found = _open(estate)
    answer = _answer(estate, found.id, "1-1-101", "5" * 14)
    with pytest.raises(PermissionDeniedError):
        estate.doors.responses.void(CLERK, answer.id, "录错")
    with pytest.raises(PermissionDeniedError):
        _open_as(estate, COMMITTEE)
    with pytest.raises(PermissionDeniedError):
        estate.doors.rounds.rows(GUARD)
    assert estate.doors.rounds.rows(COMMITTEE)[0].id == found.id
    with pytest.raises(ValidationError) as no_reason:
        estate.doors.responses.void(MANAGER, answer.id, "  ")
    assert no_reason.value.field == "reason"
    estate.doors.responses.void(MANAGER, answer.id, "录错房号")
    estate.doors.rounds.close(CLERK, found.id)
    with pytest.raises(ConflictError) as closed:
        _answer(estate, found.id, "1-1-102", "5" * 14)
    assert closed.value.field == "round"
    with estate.services.store.read() as session:
        actions = session.execute(
            select(AuditEntry.entity, AuditEntry.action, func.count())
            .where(AuditEntry.entity.in_(("survey_round", "survey_response")))
            .group_by(AuditEntry.entity, AuditEntry.action)
        ).all()
    assert {(e, a): n for e, a, n in actions} == {
        ("survey_round", "create"): 1,
        ("survey_round", "update"): 1,
        ("survey_response", "create"): 1,
        ("survey_response", "void"): 1,
    }
    assert estate.doors.rounds.detail(CLERK, found.id).row.responses == 0


def _open_as(estate: Estate, actor: Actor) -> None:
    questionnaire = estate.doors.rounds.default_questionnaire(actor, "zh_CN")
    estate.doors.rounds.create(actor, RoundInput("x", *SPRING, questionnaire.questions))


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"unit_code": ""}, "unit"),
        ({"unit_code": "9-9-999"}, "unit"),
        ({"ratings": "5555"}, "ratings"),
        ({"ratings": "5" * 13 + "7"}, "ratings"),
        ({"ratings": "5" * 13 + "x"}, "ratings"),
        ({"comment": "意" * 501}, "comment"),
    ],
)
def test_bad_responses_name_their_field_and_write_nothing(
    estate: Estate, change: dict[str, str], field: str
) -> None:
    found = _open(estate)
    before = row_counts(estate.services.store)
    data = {"unit_code": "1-1-101", "ratings": "5" * 14, "comment": ""}
    data.update(change)
    with pytest.raises((ValidationError, NotFoundError)) as refused:
        estate.doors.responses.record(CLERK, ResponseInput(found.id, **data))
    assert refused.value.field == field
    assert row_counts(estate.services.store) == before


@pytest.mark.parametrize(
    ("name", "days", "questions", "field"),
    [
        ("", SPRING, None, "name"),
        ("春季", (date(2026, 4, 30), date(2026, 4, 1)), None, "closes_on"),
        ("春季", (date(2026, 1, 1), date(2026, 12, 31)), None, "closes_on"),
        ("春季", (date(1999, 1, 1), date(1999, 1, 2)), None, "opens_on"),
        ("春季", SPRING, (), "questions"),
        ("春季", SPRING, (Question("a_1", Area.CLEANING, "问" * 61),), "questions"),
    ],
)
def test_bad_rounds_name_their_field_and_write_nothing(
    estate: Estate, name: str, days: tuple[date, date], questions, field: str
) -> None:
    if questions is None:
        questions = estate.doors.rounds.default_questionnaire(CLERK, "zh_CN").questions
    before = row_counts(estate.services.store)
    with pytest.raises(ValidationError) as refused:
        estate.doors.rounds.create(CLERK, RoundInput(name, *days, tuple(questions)))
    assert refused.value.field == field
    assert row_counts(estate.services.store) == before


def test_list_filters_search_and_paging(estate: Estate) -> None:
    spring = _open(estate)
    autumn = _open(estate, "2026年秋季满意度调查", (date(2026, 10, 1), date(2026, 10, 31)))
    rounds = estate.doors.rounds
    assert [r.id for r in rounds.rows(CLERK)] == [autumn.id, spring.id]
    assert [r.id for r in rounds.rows(CLERK, RoundFilter(text="秋季"))] == [autumn.id]
    assert rounds.rows(CLERK, RoundFilter(year=2025)) == []
    assert rounds.find_number(CLERK, spring.number.lower()).id == spring.id
    rounds.void(MANAGER, autumn.id, "建错了")
    assert [r.id for r in rounds.rows(CLERK)] == [spring.id]
    assert len(rounds.rows(CLERK, RoundFilter(include_voided=True))) == 2
    for unit in UNITS:
        _answer(estate, spring.id, unit, "4" * 14)
    page = estate.doors.responses.rows(CLERK, ResponseFilter(spring.id), limit=3)
    assert len(page.rows) == 3
    assert page.next_before is not None
    rest = estate.doors.responses.rows(
        CLERK, ResponseFilter(spring.id), before=page.next_before, limit=3
    )
    assert len(rest.rows) == 1
    assert rest.next_before is None
    assert estate.doors.responses.unit_codes(CLERK, spring.id) == []
    hint = estate.doors.responses.unit(CLERK, spring.id, "1-1-101")
    assert hint.residents == "张伟"
    assert hint.answered_at is not None
    with estate.services.store.read() as session:
        by_number = search.search_rounds(session, SearchQuery.parse(spring.number[:6]), 8)
        by_name = search.search_rounds(session, SearchQuery.parse("春季"), 8)
    assert [h.record_id for h in by_number] == [spring.id]
    assert [h.record_id for h in by_name] == [spring.id]


def test_the_export_and_the_monthly_section(estate: Estate) -> None:
    found = _open(estate)
    _answer(estate, found.id, "1-1-101", "5" * 14, comment="很好", comment_area=Area.SECURITY)
    _answer(estate, found.id, "1-1-102", "3" * 13 + "0")
    april = Period(date(2026, 4, 1), date(2026, 4, 30))
    request = SheetRequest(
        estate.services.store, MANAGER, april.first, april.last, "zh_CN", personal=True
    )
    sheet = response_sheet(None, request)
    headers = [c.header for c in sheet.columns]
    assert headers[:3] == ["调查编号", "调查名称", "房号"]
    assert headers[5] == "Q1 门岗值守与来访登记"
    rows = list(sheet.rows)
    assert len(rows) == 2
    assert rows[0][5:19] == [5] * 14
    assert rows[1][18] is None  # not answered: an empty cell, not 0
    assert rows[0][19:21] == ["秩序维护", "很好"]
    with pytest.raises(PermissionDeniedError):
        response_sheet(
            None,
            SheetRequest(
                estate.services.store, GUARD, april.first, april.last, "zh_CN", personal=False
            ),
        )
    with estate.services.store.read() as session:
        figures = survey_figures(session, april, NOW)
        march = survey_figures(session, Period(date(2026, 3, 1), date(2026, 3, 31)), NOW)
    assert march.rounds == ()
    assert [r.number for r in figures.rounds] == [found.number]
    assert figures.responses == 2
    [figure_sheet] = figures.sheets("en")
    figure_rows = list(figure_sheet.rows)
    assert figure_rows[0][7:] == ["Overall satisfaction", 27, 14, Decimal("51.8")]
    assert len(figure_rows) == 1 + 5
    assert MODULE.report is not None
    assert MODULE.report.records is not None
    assert MODULE.report.records.name == "surveys"


def test_demo_rows_are_one_row_per_response(estate: Estate) -> None:
    """The storage promise: a response is one row, its answers packed."""
    found = _open(estate)
    _answer(estate, found.id, "1-1-101", "5" * 14)
    with estate.services.store.read() as session:
        stored = session.scalars(select(SurveyResponse.ratings)).all()
    assert stored == ["5" * 14]
