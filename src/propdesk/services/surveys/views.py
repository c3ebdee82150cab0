"""What the surveys' services take and hand back: plain frozen values (no ORM rows
reach the UI), and the views a dashboard link or a quick-search hit asks the tab for."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from propdesk.domain.surveys.areas import Area
from propdesk.domain.surveys.figures import RoundTally
from propdesk.domain.surveys.questionnaire import Question, Questionnaire
from propdesk.domain.surveys.rounds import RoundState


@dataclass(frozen=True)
class RoundInput:
    name: str
    opens_on: date
    closes_on: date
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class RoundRow:
    id: uuid.UUID
    number: str
    name: str
    opens_on: date
    closes_on: date
    state: RoundState
    questions: int
    responses: int
    occupied: int  # units lived in on the round's last day
    response_rate: Decimal | None  # percent, cut down; None: no unit occupied
    satisfaction: Decimal | None  # percent of the answers given; None: none given
    void_reason: str = ""

    @property
    def voided(self) -> bool:
        return self.state is RoundState.VOIDED

    @property
    def open(self) -> bool:
        return self.state is RoundState.OPEN


@dataclass(frozen=True)
class RoundDetail:
    row: RoundRow
    questionnaire: Questionnaire
    tally: RoundTally
    created_by: str  # the person's name
    closed_at: datetime | None
    closed_by: str

    @property
    def id(self) -> uuid.UUID:
        return self.row.id

    @property
    def number(self) -> str:
        return self.row.number


@dataclass(frozen=True)
class RoundFilter:
    year: int | None = None  # rounds whose last day falls in that year
    text: str = ""  # the number's start or a part of the name
    include_voided: bool = False


@dataclass(frozen=True)
class ResponseInput:
    round_id: uuid.UUID
    unit_code: str
    ratings: str  # typed: a digit 0–5 per question, spaces allowed
    comment: str = ""
    comment_area: Area | None = None  # what the comment is about; None: general
    replace: bool = False  # void the unit's earlier response (asked first)


@dataclass(frozen=True)
class ResponseRow:
    id: uuid.UUID
    round_id: uuid.UUID
    unit_code: str
    ratings: tuple[int, ...]
    comment: str
    comment_area: Area | None
    entered_by: str  # the person's name
    entered_at: datetime
    voided: bool = False
    void_reason: str = ""

    @property
    def answered(self) -> int:
        return sum(1 for r in self.ratings if r)


@dataclass(frozen=True)
class ResponseFilter:
    round_id: uuid.UUID
    text: str = ""  # the unit code's start
    comments_only: bool = False
    comment_area: Area | None = None  # with comments_only: about this area
    include_voided: bool = False


@dataclass(frozen=True)
class UnitAnswer:
    """Who lives in a unit typed on the entry form, and whether it answered already."""

    unit_code: str
    residents: str  # the owner first: "张伟、李娜"
    answered_at: datetime | None = None  # its live response to the round, if any


# -- the views the tab shows (dashboard links, quick search) ------------------------
@dataclass(frozen=True)
class RoundList:
    filter: RoundFilter = field(default_factory=RoundFilter)


@dataclass(frozen=True)
class RoundView:
    round_id: uuid.UUID
