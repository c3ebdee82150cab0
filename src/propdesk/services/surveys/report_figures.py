"""The surveys' part of the monthly report, read in the report's transaction: the
live rounds whose days overlap the month (a round running across the month's end is
shown in both months, with its figures as they stand at the report's moment)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.service_targets import Period
from propdesk.reports.monthly.surveys_section import SurveyFigures
from propdesk.services.core.periods import bounds
from propdesk.services.surveys.summary import results_of
from propdesk.store.models.surveys import SurveyRound


def survey_figures(session: Session, period: Period, now: datetime) -> SurveyFigures:
    end = bounds(period)[1]
    as_of = min(now, end)
    found = session.scalars(
        select(SurveyRound)
        .where(
            SurveyRound.voided_at.is_(None),
            SurveyRound.opens_on <= period.last,
            SurveyRound.closes_on >= period.first,
        )
        .order_by(SurveyRound.opens_on, SurveyRound.id)
    ).all()
    return SurveyFigures(period, as_of, tuple(results_of(session, r, 0) for r in found))
