"""The surveys' data for two service targets.

* "≥ 2 satisfaction surveys a year" (window: the year to date): the rounds held in the
  window — not voided, answered, and closed or their last day come by `now`
  (domain.surveys.rounds.is_held), on their last day.
* "Owner satisfaction ≥ 90 %", the surveys' share of it: every answer (a question
  answered 1–5) of the responses to the rounds held in the window, satisfied being
  the top two of five. The repairs' and complaints' follow-ups and verdicts are added
  to these by the target itself (TargetSpec.combine), each counted once.

None means nothing was held: "no data", not 0.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, exists, or_, select
from sqlalchemy.orm import Session

from propdesk.domain.service_targets import Period, SatisfactionInputs
from propdesk.domain.surveys.areas import RATINGS, satisfied
from propdesk.store.models.surveys import SurveyResponse, SurveyRound


def held_rounds(window: Period, now: datetime) -> Select[tuple[SurveyRound]]:
    """The rounds held in the window, as of `now` (its local day)."""
    today = now.astimezone().date()
    answered = exists().where(
        SurveyResponse.round_id == SurveyRound.id, SurveyResponse.voided_at.is_(None)
    )
    return select(SurveyRound).where(
        SurveyRound.voided_at.is_(None),
        SurveyRound.closes_on >= window.first,
        SurveyRound.closes_on <= window.last,
        or_(SurveyRound.closed_at.is_not(None), SurveyRound.closes_on <= today),
        answered,
    )


def rounds_held(session: Session, window: Period, now: datetime) -> int | None:
    held = len(session.scalars(held_rounds(window, now)).all())
    return held or None


def satisfaction_inputs(
    session: Session, window: Period, now: datetime
) -> SatisfactionInputs | None:
    """Counted in Python from the packed ratings: two rounds of 2,000 responses are
    nothing, and the digits need no per-answer rows."""
    ids = select(held_rounds(window, now).subquery().c.id)
    answers = pleased = 0
    for ratings in session.scalars(
        select(SurveyResponse.ratings).where(
            SurveyResponse.round_id.in_(ids), SurveyResponse.voided_at.is_(None)
        )
    ):
        for digit in ratings:
            score = int(digit)
            if score in RATINGS:
                answers += 1
                pleased += satisfied(score)
    if not answers:
        return None
    return SatisfactionInputs({}, survey_satisfied=pleased, survey_answers=answers)
