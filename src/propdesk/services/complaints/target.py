"""The complaints' data for two service targets.

* "Complaints answered in time": the complaints received in the window, judged as
  the analysis view judges them (services.complaints.analysis over its own rows), so
  the target, the report's section and the analysis show one figure; the follow-up
  rate is of the closed ones.
* "Owner satisfaction", the complaints' share of it: the verdicts complainants gave
  in the window (each complaint's latest) and the follow-up ratings given in it, as
  the repairs count their follow-ups by when they were given. The repairs' ratings
  are added to these by the target itself (TargetSpec.combine).

Voided complaints count nowhere. None means nothing was recorded: "no data", not 0 %.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from propdesk.domain.complaints.kinds import Verdict
from propdesk.domain.complaints.workflow import RATINGS, ComplaintState
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import ComplaintInputs, Period, SatisfactionInputs
from propdesk.services.complaints.analysis import ComplaintAnalysis, analyse, read_period
from propdesk.services.core.actor import Actor
from propdesk.services.core.periods import bounds
from propdesk.store.models import Complaint

# The figures of a target or a report have no reader: phones (which they never show)
# would be masked, as for the owners' committee.
FIGURES_READER = Actor(None, "figures", "figures", Role.COMMITTEE, "-")


def period_analysis(session: Session, period: Period, now: datetime) -> ComplaintAnalysis:
    """The analysis of the complaints received in the period, in the caller's session."""
    rows = read_period(session, period.first, period.last)
    return analyse(rows, FIGURES_READER, period.first, period.last, now)


def inputs_of(analysis: ComplaintAnalysis) -> ComplaintInputs | None:
    """The in-time target's inputs from an analysis; None when nothing was received."""
    if not analysis.received:
        return None
    judged = analysis.compliance.figures
    kept = analysis.satisfaction.figures
    return ComplaintInputs(
        answered_in_time=judged.in_time,
        due=judged.judged,
        closed=kept.closed,
        followed_up=min(kept.rated, kept.closed),
    )


def complaints_in_time(session: Session, window: Period, now: datetime) -> ComplaintInputs | None:
    return inputs_of(period_analysis(session, window, now))


def satisfaction_inputs(
    session: Session, window: Period, now: datetime
) -> SatisfactionInputs | None:
    """Verdicts and follow-up ratings given in the window."""
    del now
    start, end = bounds(window)
    c = Complaint
    counted = c.state != ComplaintState.VOIDED.value
    satisfied, verdicts = session.execute(
        select(
            func.count().filter(c.verdict == Verdict.SATISFIED.value),
            func.count(),
        ).where(counted, c.verdict != "", c.verdict_at >= start, c.verdict_at < end)
    ).one()
    ratings = {
        int(score): int(n)
        for score, n in session.execute(
            select(c.follow_up_rating, func.count())
            .where(
                counted,
                c.follow_up_rating.is_not(None),
                c.follow_up_at >= start,
                c.follow_up_at < end,
            )
            .group_by(c.follow_up_rating)
        )
        if int(score) in RATINGS
    }
    if not verdicts and not ratings:
        return None
    return SatisfactionInputs(ratings, verdicts_satisfied=int(satisfied), verdicts=int(verdicts))
