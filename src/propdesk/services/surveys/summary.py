"""A round's results as the papers and the monthly report show them
(reports.surveys.values): the figures per area and question, and a few comments —
up to COMMENTS_PER_AREA of each area's (and the general ones), newest first, so the
committee reads something of every service rather than twelve about one."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.roles import Action, Module
from propdesk.domain.surveys.areas import Area
from propdesk.reports.surveys.values import CommentLine, QuestionResult, RoundResults
from propdesk.services.core.actor import Actor
from propdesk.services.core.store_service import StoreService
from propdesk.services.surveys.occupancy import occupied_units
from propdesk.services.surveys.rounds import get_round, round_tally
from propdesk.store.models.surveys import SurveyResponse, SurveyRound

COMMENTS_PER_AREA = 3


def pick_comments(
    comments: Sequence[CommentLine], per_area: int = COMMENTS_PER_AREA
) -> tuple[CommentLine, ...]:
    """The first `per_area` of each area's (general ones last), in the areas' order."""
    order = [*Area, None]
    picked: list[CommentLine] = []
    for area in order:
        picked += [c for c in comments if c.area is area][:per_area]
    return tuple(picked)


def results_of(
    session: Session, found: SurveyRound, per_area: int = COMMENTS_PER_AREA
) -> RoundResults:
    counted = round_tally(session, found)
    questionnaire = counted.questionnaire
    comments = [
        CommentLine(unit, Area(area) if area else None, text)
        for unit, area, text in session.execute(
            select(SurveyResponse.unit_code, SurveyResponse.comment_area, SurveyResponse.comment)
            .where(
                SurveyResponse.round_id == found.id,
                SurveyResponse.voided_at.is_(None),
                SurveyResponse.comment != "",
            )
            .order_by(SurveyResponse.entered_at.desc(), SurveyResponse.id.desc())
        ).tuples()
    ]
    return RoundResults(
        found.number,
        found.name,
        found.opens_on,
        found.closes_on,
        found.closed_at is not None,
        counted.responses,
        occupied_units(session, found.closes_on),
        tuple((area, counted.area(area)) for area in questionnaire.areas()),
        tuple(
            QuestionResult(q.area, q.text, counted.questions[i])
            for i, q in enumerate(questionnaire.questions)
        ),
        counted.overall,
        pick_comments(comments, per_area),
        len(comments),
    )


class SummaryService(StoreService):
    def results(self, actor: Actor, round_id: uuid.UUID) -> RoundResults:
        actor.require(Module.SURVEYS, Action.VIEW)
        with self._store.read() as session:
            return results_of(session, get_round(session, round_id))
