"""Generated input through the surveys' services: whatever is typed into the round
form (name, days, questions), the entry form (unit, digits, comment, its area), a
void reason or the lists' filters is stored as cleaned or refused with a UserError
naming its form field, and a refusal writes nothing (tests/generated_input.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.domain.roles import Role
from propdesk.domain.surveys.areas import Area
from propdesk.domain.surveys.questionnaire import Question
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.units import UnitInput
from propdesk.services.surveys.service import SurveyServices
from propdesk.services.surveys.views import (
    ResponseFilter,
    ResponseInput,
    RoundDetail,
    RoundFilter,
    RoundInput,
)
from tests.generated_input import GENERATED, attempt, bad_choices, edge_dates, row_counts, typed

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
ROUND_FIELDS = {"name", "opens_on", "closes_on", "questions"}
RESPONSE_FIELDS = {"unit", "ratings", "comment", "comment_area"}


@dataclass(frozen=True)
class Estate:
    services: Services
    doors: SurveyServices
    round: RoundDetail

    def __repr__(self) -> str:
        return "Estate()"


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Estate]:
    from propdesk.config import Paths

    services = open_services(Paths.resolve(tmp_path_factory.mktemp("surveys")), fast_hashing=True)
    services.estate.set_up("翠湖花园")
    services.units.save(MANAGER, UnitInput("1", "1", "101"))
    doors = services.module(SurveyServices)
    questions = doors.rounds.default_questionnaire(MANAGER, "zh_CN").questions
    found = doors.rounds.create(
        MANAGER, RoundInput("春季", date(2026, 4, 1), date(2026, 4, 30), questions)
    )
    yield Estate(services, doors, found)
    services.close()


def _refused(estate: Estate, before: dict[str, int], error: object, names: set[str]) -> None:
    assert error is not None
    assert getattr(error, "field", None) in names, error
    assert row_counts(estate.services.store) == before


@GENERATED
@given(name=typed, first=edge_dates, last=edge_dates, words=typed)
def test_round_form(estate: Estate, name: str, first: date, last: date, words: str) -> None:
    before = row_counts(estate.services.store)
    questions = (Question("custom_1", Area.CUSTOMER_SERVICE, words),)
    found, error = attempt(
        lambda: estate.doors.rounds.create(MANAGER, RoundInput(name, first, last, questions))
    )
    if found is None:
        _refused(estate, before, error, ROUND_FIELDS)
    else:
        assert found.row.name == " ".join(name.split())
        estate.doors.rounds.void(MANAGER, found.id, "测试")


@GENERATED
@given(
    unit=typed | st.just("1-1-101"),
    digits=typed | st.text("0123456789 ", max_size=20),
    comment=typed,
    area=st.sampled_from([None, *Area]) | bad_choices,
)
def test_entry_form(estate: Estate, unit: str, digits: str, comment: str, area: object) -> None:
    before = row_counts(estate.services.store)
    data = ResponseInput(estate.round.id, unit, digits, comment, area)  # type: ignore[arg-type]
    row, error = attempt(lambda: estate.doors.responses.record(MANAGER, data))
    if row is None:
        _refused(estate, before, error, RESPONSE_FIELDS)
    else:
        assert len(row.ratings) == 14
        estate.doors.responses.void(MANAGER, row.id, "测试")


@GENERATED
@given(reason=typed)
def test_void_reason(estate: Estate, reason: str) -> None:
    questions = estate.round.questionnaire.questions
    found = estate.doors.rounds.create(
        MANAGER, RoundInput("作废测试", date(2026, 5, 1), date(2026, 5, 2), questions)
    )
    before = row_counts(estate.services.store)
    _done, error = attempt(lambda: estate.doors.rounds.void(MANAGER, found.id, reason))
    if error is not None:
        _refused(estate, before, error, {"reason"})
    else:
        assert estate.doors.rounds.detail(MANAGER, found.id).row.voided


@GENERATED
@given(text=typed, year=st.none() | st.integers(-5, 3000), area=st.none() | bad_choices)
def test_list_filters(estate: Estate, text: str, year: int | None, area: object) -> None:
    rounds, error = attempt(lambda: estate.doors.rounds.rows(MANAGER, RoundFilter(year, text)))
    assert rounds is not None or (error is not None and error.field in {"text", "year"})
    wanted = ResponseFilter(estate.round.id, text, True, area)  # type: ignore[arg-type]
    page, error = attempt(lambda: estate.doors.responses.rows(MANAGER, wanted))
    assert page is not None or (error is not None and error.field in {"text", "comment_area"})
