"""A round's results as plain values (services.surveys.summary fills them): the
result summary for the owners' committee and the monthly report's section read
them; nothing here imports the layout."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from propdesk.domain.surveys.areas import Area
from propdesk.domain.surveys.figures import Tally, response_rate


@dataclass(frozen=True)
class QuestionResult:
    area: Area
    text: str
    tally: Tally


@dataclass(frozen=True)
class CommentLine:
    unit: str
    area: Area | None  # None: general
    text: str


@dataclass(frozen=True)
class RoundResults:
    number: str
    name: str
    opens_on: date
    closes_on: date
    closed: bool
    responses: int
    occupied: int
    areas: tuple[tuple[Area, Tally], ...]  # the areas asked about, in order
    questions: tuple[QuestionResult, ...]
    overall: Tally
    comments: tuple[CommentLine, ...] = ()  # the selected ones
    comments_total: int = 0

    @property
    def response_rate(self) -> Decimal | None:
        return response_rate(self.responses, self.occupied)
