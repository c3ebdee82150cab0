"""Years of demo survey rounds and their responses, in three parts like the other
demo modules:

* `__init__` reads the live units and who lives in them (to know the units occupied
  at each round) and the DC number counters — the caller's connection;
* `make` plans two rounds a year (spring in April, autumn from mid-October), the
  latest still open if it is under way, each answered by 55–75 % of the occupied
  units on paper forms typed in over the round's days, and turns them into the
  driver's parameters (pure Python);
* `write` inserts them (two small tables: no index games) and moves the counters on.

One row per response, its answers packed (domain.surveys.ratings): ten rounds are
about 13,000 rows. Ids are UUIDv7 from each row's own time with the seeded generator,
so one seed makes the same surveys.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import Connection, Table, select

from propdesk.domain.numbering import NumberKind
from propdesk.domain.surveys.defaults import default_questionnaire
from propdesk.services.core.local_zone import local_zone
from propdesk.services.core.module_spec import DemoRequest
from propdesk.services.demo.accounts import CLERKS
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.number_counters import NumberCounters
from propdesk.services.demo.rows_writer import PlannedRowWriter, Row
from propdesk.services.demo.surveys import texts
from propdesk.store.models import Resident, Unit
from propdesk.store.models.surveys import SurveyResponse, SurveyRound

DAY = 86_400
RATE = (0.55, 0.75)  # of the occupied units, per round
SPRING_DAYS = ((4, 1), (4, 30))
AUTUMN_DAYS = ((10, 15), (11, 15))
_DIGITS = "543210"


def _table(model: type) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]  # declared: a Table
    return table


ROUND, RESPONSE = _table(SurveyRound), _table(SurveyResponse)


@dataclass(frozen=True)
class SurveyCounts:
    rounds: int
    responses: int
    comments: int


@dataclass(frozen=True)
class _Home:
    unit_id: int
    code: str
    moved_in: date | None
    moved_out: date | None

    def lived_in(self, day: date) -> bool:
        return (self.moved_in is None or self.moved_in <= day) and (
            self.moved_out is None or self.moved_out > day
        )


def _homes(connection: Connection) -> list[_Home]:
    rows = connection.execute(
        select(Unit.id, Unit.code, Resident.move_in, Resident.move_out)
        .join(Resident, Resident.unit_id == Unit.id)
        .where(Unit.voided_at.is_(None), Resident.voided_at.is_(None))
        .order_by(Unit.code)
    ).all()
    return [_Home(r.id.int, r.code, r.move_in, r.move_out) for r in rows]


LIFTS = 7  # respondents from grumpy to pleased: each draws from their own pool
HALF_POOL = 512  # each lift's half-forms: 512 × 512 different whole forms per lift
_SHIFT = (1.0, 0.3, -0.6, -0.4, -0.2, -0.1)  # how a lift moves the answers 5 … 0


def _table_of(chances: Sequence[float], lift: float, size: int = 1024) -> str:
    """`size` digits in the answers' proportions, moved by `lift` (−0.12 … 0.12): a
    pleased respondent gives a little more of the top answers."""
    moved = [max(0.0, c + lift * w) for c, w in zip(chances, _SHIFT, strict=True)]
    total = sum(moved)
    table = "".join(d * round(m / total * size) for d, m in zip(_DIGITS, moved, strict=True))
    return (table + _DIGITS[0] * size)[:size]


class _Spreads:
    """Forms drawn as two halves, each from a pool planned per lift: a form is two
    random picks, so 13,000 forms cost a few milliseconds rather than 180,000 draws,
    and the answers keep each question's proportions."""

    def __init__(self, rng: random.Random, chances: Sequence[Sequence[float]]) -> None:
        half = len(chances) // 2
        self.pools: list[tuple[list[str], list[str]]] = []
        for i in range(LIFTS):
            lift = -0.12 + 0.24 * i / (LIFTS - 1)
            tables = [_table_of(c, lift) for c in chances]
            forms = ["".join(t[int(rng.random() * 1024)] for t in tables) for _ in range(HALF_POOL)]
            first = [f[:half] for f in forms]
            second = [f[half:] for f in reversed(forms)]
            self.pools.append((first, second))

    def draw(self, rng: random.Random, lift: int) -> str:
        first, second = self.pools[max(0, min(lift, LIFTS - 1))]
        bits = rng.getrandbits(18)
        return first[bits & 511] + second[bits >> 9]


class SurveyDemo:
    def __init__(
        self, connection: Connection, request: DemoRequest, tz: tzinfo | None = None
    ) -> None:
        self._rng = random.Random(f"surveys-{request.seed}")
        self._ids = DemoIds(self._rng)
        self._tz = tz or local_zone()
        self._now = int(request.now.timestamp())
        start = self._now - int(request.years * 365.25 * DAY)
        self._first = datetime.fromtimestamp(start, self._tz).date()
        self._today = datetime.fromtimestamp(self._now, self._tz).date()
        self._homes = _homes(connection)
        self._numbers = NumberCounters(connection, NumberKind.SURVEY)
        self._writers = {t.name: PlannedRowWriter(connection, t) for t in (ROUND, RESPONSE)}
        self._params: dict[str, list[Any]] | None = None
        self._counts = SurveyCounts(0, 0, 0)
        self.ratings: list[str] = []

    def _ts(self, day: date, hour: float) -> int:
        moment = datetime.combine(day, time(int(hour), int(hour % 1 * 60)), self._tz)
        return int(moment.timestamp())

    def _rounds(self) -> list[tuple[str, date, date]]:
        found = []
        for year in range(self._first.year, self._today.year + 1):
            for name, ((m1, d1), (m2, d2)) in (
                (texts.SPRING, SPRING_DAYS),
                (texts.AUTUMN, AUTUMN_DAYS),
            ):
                opens, closes = date(year, m1, d1), date(year, m2, d2)
                if self._first <= opens < self._today:
                    found.append((name.format(year=year), opens, closes))
        return found

    def make(self) -> None:
        rng, ids = self._rng, self._ids
        questionnaire = default_questionnaire("zh_CN")
        spreads = _Spreads(
            rng, [texts.SPREADS.get(q.key, texts.GOOD) for q in questionnaire.questions]
        )
        rounds: list[Row] = []
        responses: list[Row] = []
        comments = 0
        by_unit: dict[int, _Home] = {}
        for home in self._homes:
            by_unit.setdefault(home.unit_id, home)
        homes_by_unit: dict[int, list[_Home]] = {}
        for home in self._homes:
            homes_by_unit.setdefault(home.unit_id, []).append(home)
        for name, opens, closes in self._rounds():
            created = self._ts(opens - timedelta(days=7), 10)
            running = closes >= self._today
            last_day = min(closes, self._today)
            occupied = [
                by_unit[unit]
                for unit, homes in homes_by_unit.items()
                if any(h.lived_in(closes if not running else self._today) for h in homes)
            ]
            share = rng.uniform(*RATE)
            if running:  # the forms still coming in
                share *= ((self._today - opens).days + 1) / ((closes - opens).days + 1)
            answering = rng.sample(occupied, int(len(occupied) * share))
            clerk = rng.choice(CLERKS)
            round_id = ids.at(created)
            closed_at = None if running else self._ts(closes + timedelta(days=2), 10.5)
            rounds.append(
                {
                    "id": round_id,
                    "number": self._numbers.take(f"{opens.year:04d}{opens.month:02d}"),
                    "name": name,
                    "opens_on": opens,
                    "closes_on": closes,
                    "questions": questionnaire.to_json(),
                    "question_count": len(questionnaire),
                    "created_by": clerk,
                    "closed_at": closed_at,
                    "closed_by": "" if running else clerk,
                    "created_at": created,
                    "updated_at": closed_at or created,
                    "voided_at": None,
                    "voided_by": None,
                    "void_reason": "",
                }
            )
            span = (last_day - opens).days + 1
            for home in answering:
                day = opens + timedelta(days=int(rng.random() * span))
                at = self._ts(day, rng.uniform(9, 17.5))
                if at > self._now:
                    at = self._now - rng.randrange(3600, 6 * 3600)
                # Most in the middle; the service improves a little year by year.
                lift = int(rng.random() * (LIFTS - 1)) + (
                    rng.random() < (opens.year - self._first.year) * 0.08
                )
                ratings = spreads.draw(rng, lift)
                comment, area = "", ""
                if rng.random() < texts.COMMENT_SHARE:
                    about = rng.choice(list(texts.COMMENTS))
                    comment = rng.choice(texts.COMMENTS[about])
                    area = about.value if about is not None else ""
                    comments += 1
                responses.append(
                    {
                        "id": ids.at(at),
                        "round_id": round_id,
                        "unit_id": home.unit_id,
                        "unit_code": home.code,
                        "ratings": ratings,
                        "comment": comment,
                        "comment_area": area,
                        "entered_by": CLERKS[int(rng.random() * len(CLERKS))],
                        "entered_at": at,
                        "created_at": at,
                        "updated_at": at,
                        "voided_at": None,
                        "voided_by": None,
                        "void_reason": "",
                    }
                )
        self._counts = SurveyCounts(len(rounds), len(responses), comments)
        self.ratings = [row["ratings"] for row in responses]  # what was planned, in order
        self._params = {
            ROUND.name: self._writers[ROUND.name].params(rounds),
            RESPONSE.name: self._writers[RESPONSE.name].params(responses),
        }

    def write(self, connection: Connection) -> SurveyCounts:
        if self._params is None:
            self.make()
        assert self._params is not None
        for table in (ROUND, RESPONSE):
            self._writers[table.name].insert(self._params[table.name])
        self._numbers.write(connection)
        self._params = {}
        return self._counts
