"""The surveys' pure rules: ratings packed one digit per question and read back, what
a clerk types (spaces allowed, one digit 0–5 per question), the tallies (satisfied is
the top two of five; unanswered counts nowhere; areas and the whole add up), the
response rate, a questionnaire's checks and its JSON copy, keys kept through edits,
the default questionnaire in three languages, and when a round counts as held."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.domain.surveys.areas import Area, satisfied
from propdesk.domain.surveys.defaults import default_questionnaire
from propdesk.domain.surveys.figures import Tally, response_rate, tally
from propdesk.domain.surveys.questionnaire import (
    MAX_QUESTIONS,
    Question,
    Questionnaire,
    check_questionnaire,
    questions_from_lines,
)
from propdesk.domain.surveys.ratings import pack, parse_typed, unpack
from propdesk.domain.surveys.rounds import check_days, is_held
from propdesk.errors import ValidationError

QUESTIONNAIRE = default_questionnaire("zh_CN")
forms = st.lists(
    st.lists(st.integers(0, 5), min_size=len(QUESTIONNAIRE), max_size=len(QUESTIONNAIRE)),
    max_size=40,
)


@given(st.lists(st.integers(0, 5), max_size=MAX_QUESTIONS))
def test_packing_round_trips(ratings: list[int]) -> None:
    assert unpack(pack(ratings)) == tuple(ratings)
    assert parse_typed(" ".join(pack(ratings)), len(ratings)) == tuple(ratings)


@pytest.mark.parametrize("typed", ["5544", "55 44 33", "55a44", "55464"])
def test_typed_digits_are_refused_on_the_ratings_field(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_typed(typed, 5)
    assert refused.value.field == "ratings"


@given(forms)
def test_tallies_add_up_by_question_area_and_whole(answers: list[list[int]]) -> None:
    counted = tally(QUESTIONNAIRE, [pack(a) for a in answers])
    given_answers = [r for form in answers for r in form if r]
    assert counted.responses == len(answers)
    assert counted.overall.answered == len(given_answers)
    assert counted.overall.satisfied == sum(1 for r in given_answers if satisfied(r))
    by_area = Tally()
    for area in QUESTIONNAIRE.areas():
        by_area += counted.area(area)
    assert by_area == counted.overall
    share = counted.overall.share
    if given_answers:
        assert share is not None
        assert 0 <= share <= 100
        assert share * len(given_answers) <= 100 * counted.overall.satisfied
    else:
        assert share is None


def test_satisfied_is_the_top_two_and_rates_cut_down() -> None:
    assert [satisfied(r) for r in range(1, 6)] == [False, False, False, True, True]
    assert response_rate(2, 3) == Decimal("66.6")
    assert response_rate(1, 0) is None


def test_a_questionnaire_is_checked_ordered_and_copied() -> None:
    with pytest.raises(ValidationError):
        check_questionnaire([])
    with pytest.raises(ValidationError):
        check_questionnaire([Question(f"k{i}", Area.CLEANING, "问") for i in range(21)])
    mixed = check_questionnaire(
        [Question("b", Area.CUSTOMER_SERVICE, "态度"), Question("a", Area.SECURITY, "门岗")]
    )
    assert [q.key for q in mixed.questions] == ["a", "b"]
    assert Questionnaire.from_json(mixed.to_json()) == mixed
    lines = {Area.SECURITY: "门岗\n\n  新 题目 ", Area.CUSTOMER_SERVICE: "态度"}
    again = questions_from_lines(lines, mixed)
    assert [(q.key, q.text) for q in again] == [
        ("a", "门岗"),
        ("securi_1", "新 题目"),
        ("b", "态度"),
    ]


def test_the_default_questionnaire_in_three_languages() -> None:
    words = {lang: default_questionnaire(lang) for lang in ("zh_CN", "zh_TW", "en", "fr")}
    assert len({len(q) for q in words.values()}) == 1
    assert words["zh_TW"].questions[3].text == "樓道、電梯車廂清潔"
    assert words["fr"] == words["en"]
    assert words["en"].areas() == tuple(Area)


def test_a_round_is_held_when_answered_and_over_or_closed() -> None:
    last = date(2026, 4, 30)
    assert not is_held(last, False, False, 10, date(2026, 4, 29))
    assert is_held(last, False, False, 10, last)
    assert is_held(last, True, False, 10, date(2026, 4, 1))
    assert not is_held(last, True, False, 0, date(2026, 5, 1))
    assert not is_held(last, True, True, 10, date(2026, 5, 1))
    with pytest.raises(ValidationError):
        check_days(date(2026, 4, 2), date(2026, 4, 1))
