"""A round's figures from its responses' packed ratings: per question the count of
each answer, per area and overall the same added up, and the shares the report shows.

Satisfaction is satisfied answers (the top two of five) of the answers given; a
question left unanswered counts nowhere. Response rate is responses of the units
occupied at the round. Shares are cut down to one decimal as every target's are
(domain.service_targets.share_percent); None when there is nothing to divide by.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from propdesk.domain.service_targets import share_percent
from propdesk.domain.surveys.areas import HIGHEST, Area, satisfied
from propdesk.domain.surveys.questionnaire import Questionnaire

_SLOTS = HIGHEST + 1  # 0 (not answered) and 1–5


@dataclass(frozen=True)
class Tally:
    """How many gave each answer: counts[0] left it unanswered, counts[5] were very
    satisfied."""

    counts: tuple[int, ...] = (0,) * _SLOTS

    def __post_init__(self) -> None:
        if len(self.counts) != _SLOTS or any(n < 0 for n in self.counts):
            raise ValueError(f"a tally counts the answers 0–5: {self.counts}")

    @property
    def answered(self) -> int:
        return sum(self.counts[1:])

    @property
    def satisfied(self) -> int:
        return sum(n for score, n in enumerate(self.counts) if score and satisfied(score))

    @property
    def share(self) -> Decimal | None:
        """Satisfied of answered, in percent (cut down); None when nobody answered."""
        return share_percent(self.satisfied, self.answered) if self.answered else None

    def __add__(self, other: Tally) -> Tally:
        return Tally(tuple(a + b for a, b in zip(self.counts, other.counts, strict=True)))


@dataclass(frozen=True)
class RoundTally:
    questionnaire: Questionnaire
    responses: int
    questions: tuple[Tally, ...]  # in the questionnaire's order

    def area(self, area: Area) -> Tally:
        total = Tally()
        for position, _question in self.questionnaire.of_area(area):
            total += self.questions[position]
        return total

    @property
    def overall(self) -> Tally:
        total = Tally()
        for tally in self.questions:
            total += tally
        return total


def tally(questionnaire: Questionnaire, packed: Iterable[str]) -> RoundTally:
    """Count every response's digits (a response packed for fewer questions, which
    the services never write, raises)."""
    size = len(questionnaire)
    counts = [[0] * _SLOTS for _ in range(size)]
    responses = 0
    for ratings in packed:
        if len(ratings) != size:
            raise ValueError(f"a response of {len(ratings)} answers to {size} questions")
        responses += 1
        for position, digit in enumerate(ratings):
            counts[position][int(digit)] += 1
    return RoundTally(questionnaire, responses, tuple(Tally(tuple(c)) for c in counts))


def response_rate(responses: int, occupied: int) -> Decimal | None:
    """Responses of the occupied units, in percent (cut down; over 100 % is possible
    when units emptied during the round); None when no unit was occupied."""
    return share_percent(responses, occupied) if occupied > 0 else None
