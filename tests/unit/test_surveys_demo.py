"""Demo surveys: five years of spring and autumn rounds on a small estate, made through
the generator the registry pairs with the module and read back through the surveys'
services: two rounds a year, the latest open while it runs, 55–75 % of the occupied
units answering, mostly satisfied with cleaning and parking weaker, comments in
Chinese, numbers following the counters, and the same seed making the same rows."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from propdesk.config import Paths
from propdesk.domain.numbering import NumberKind
from propdesk.domain.surveys.areas import Area
from propdesk.domain.surveys.rounds import RoundState
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import system_actor
from propdesk.services.core.module_spec import DemoRequest
from propdesk.services.core.numbering import allocate
from propdesk.services.demo.surveys.generator import SurveysDemo
from propdesk.services.surveys.service import SurveyServices
from propdesk.services.surveys.views import ResponseFilter, RoundFilter, RoundRow
from propdesk.store.models.surveys import SurveyResponse

SCALE = 0.05
YEARS = 5.0
NOW = datetime(2026, 10, 20, 2, 30, tzinfo=UTC)  # the autumn round under way
ADMIN = system_actor("客服中心")


@dataclass
class Made:
    services: Services
    doors: SurveyServices
    counts: dict[str, int]
    rounds: list[RoundRow]


def _generate(services: Services, seed: int) -> dict[str, int]:
    with services.store.write() as session:
        connection = session.connection()
        generator = SurveysDemo(connection, DemoRequest(seed, 1.0, YEARS, NOW, "客服中心"))
        generator.plan()
        return dict(generator.write(connection, lambda: None))


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Made]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "Asia/Shanghai")
        time.tzset()
        services = open_services(
            Paths.resolve(tmp_path_factory.mktemp("diaocha") / "data"), fast_hashing=True
        )
        try:
            services.demo.create(ADMIN, seed=7, scale=SCALE)
            with services.store.write() as session:
                allocate(session, NumberKind.SURVEY, date(2026, 10, 2))  # one typed earlier
            counts = _generate(services, 7)
            doors = services.module(SurveyServices)
            rounds = doors.rounds.rows(ADMIN, RoundFilter())
            yield Made(services, doors, counts, rounds)
        finally:
            services.close()
            patch.undo()
            time.tzset()


def test_two_rounds_a_year_the_latest_open(made: Made) -> None:
    assert made.counts["survey_rounds"] == len(made.rounds) == 10
    by_year: dict[int, int] = {}
    for found in made.rounds:
        by_year[found.opens_on.year] = by_year.get(found.opens_on.year, 0) + 1
    assert set(by_year.values()) == {2}
    latest = made.rounds[0]
    assert latest.name == "2026年秋季业主满意度调查"
    assert latest.state is RoundState.OPEN
    assert all(r.state is RoundState.CLOSED for r in made.rounds[1:])
    # The counter held DC202610-0001 already: the demo's October round follows it.
    assert latest.number == "DC202610-0002"


def test_response_rates_and_a_realistic_spread(made: Made) -> None:
    closed = made.rounds[1:]
    assert sum(r.responses for r in made.rounds) == made.counts["survey_responses"]
    for found in closed:
        assert found.response_rate is not None
        assert 50 <= found.response_rate <= 80, found
        assert found.satisfaction is not None
        assert 70 <= found.satisfaction <= 95
    detail = made.doors.rounds.detail(ADMIN, closed[0].id)
    security_gate, parking = detail.tally.questions[0], detail.tally.questions[2]
    assert parking.share is not None
    assert security_gate.share is not None
    assert parking.share < security_gate.share
    cleaning = detail.tally.area(Area.CLEANING).share
    greening = detail.tally.area(Area.GREENING).share
    assert cleaning is not None
    assert greening is not None
    assert cleaning < greening


def test_comments_in_chinese_and_one_row_per_unit(made: Made) -> None:
    found = made.rounds[1]
    page = made.doors.responses.rows(ADMIN, ResponseFilter(found.id, comments_only=True), limit=500)
    assert page.rows
    assert all(any("\u4e00" <= c <= "\u9fff" for c in r.comment) for r in page.rows)
    with made.services.store.read() as session:
        pairs = session.execute(select(SurveyResponse.round_id, SurveyResponse.unit_id)).all()
    assert len(pairs) == len(set(pairs))


def test_the_same_seed_makes_the_same_rows(made: Made) -> None:
    with made.services.store.read() as session:
        first = sorted(session.scalars(select(SurveyResponse.ratings)).all())
    assert len(first) == made.counts["survey_responses"]
    # Planning again with the same seed on the same estate gives the same answers.
    with made.services.store.read() as session:
        generator = SurveysDemo(session.connection(), DemoRequest(7, 1.0, YEARS, NOW, "客服中心"))
        generator.plan()
        again = sorted(generator._demo.ratings)
    assert again == first
