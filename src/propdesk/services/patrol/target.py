"""The "patrols on schedule" service target's data: slots answered on time of the slots
scheduled (those whose grace has run out), missed ones as its detail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from propdesk.domain.service_targets import Period, Ratio
from propdesk.services.core.local_zone import local_zone
from propdesk.services.patrol.compliance import period_figures
from propdesk.services.patrol.settings import read_history


def patrols_on_schedule(session: Session, period: Period, now: datetime) -> Ratio | None:
    """None when no round was recorded in the period (the office does not keep its
    patrols in propdesk, or not yet): "no data" rather than 0 %."""
    figures = period_figures(session, read_history(session), period, local_zone(), now)
    if figures.rounds == 0 and figures.abandoned == 0:
        return None
    return Ratio(figures.on_time, figures.scheduled)
