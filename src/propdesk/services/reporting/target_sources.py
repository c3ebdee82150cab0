"""Where each service target's figures come from: one registry, one line per target.

A source is `(session, window, now) -> inputs | None`: the counts the target's domain
function judges (domain.service_targets), collected for the target's window (the
period, or the year so far). `None` means the data is not collected: the target shows
"no data", never a made-up number.

Today the gate and the repairs exist: satisfaction (from the repairs' follow-up
ratings) and repairs within the arrival limit are computed; the rest wait for their
modules. When a module arrives (patrols, inspections, complaints, incidents, surveys,
events), its source function replaces `not_collected` in SOURCES — the one change
needed — and, for satisfaction, its ratings or survey answers join the repairs' ones.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from propdesk.domain.service_targets import (
    ArrivalInputs,
    Period,
    SatisfactionInputs,
    TargetKey,
)
from propdesk.services.repairs import figures as repair_figures

Source = Callable[[Session, Period, datetime], object | None]


def not_collected(session: Session, window: Period, now: datetime) -> None:
    """The module that records this target's data does not exist yet."""
    del session, window, now


def satisfaction(session: Session, window: Period, now: datetime) -> SatisfactionInputs | None:
    """Follow-up ratings of repairs given in the window (complaints' follow-ups and
    survey answers join here when those modules exist)."""
    del now
    ratings = repair_figures.ratings(session, window)
    return SatisfactionInputs(ratings) if ratings else None


def repair_arrival(session: Session, window: Period, now: datetime) -> ArrivalInputs:
    """The arrival verdicts of the tickets reported in the window, as of now."""
    return repair_figures.arrivals(session, window, now)


SOURCES: dict[TargetKey, Source] = {
    TargetKey.SAFETY_INCIDENTS: not_collected,  # the safety incident log
    TargetKey.FIRE_EQUIPMENT: not_collected,  # fire-equipment inspections
    TargetKey.HYGIENE: not_collected,  # cleaning checklists
    TargetKey.GREENING: not_collected,  # greening checklists
    TargetKey.SATISFACTION: satisfaction,
    TargetKey.SURVEYS: not_collected,  # satisfaction survey rounds
    TargetKey.COMMUNITY_EVENTS: not_collected,  # community events
    TargetKey.PATROLS: not_collected,  # patrol rounds and their schedule
    TargetKey.REPAIR_ARRIVAL: repair_arrival,
    TargetKey.COMPLAINTS_IN_TIME: not_collected,  # complaints
}
