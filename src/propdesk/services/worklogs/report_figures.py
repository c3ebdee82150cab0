"""The work logs' figures for the monthly report (ReportPart.collect), read in the
report's transaction: completion per trade and area over the month's planned days,
the live entries, and the reasons given most for work not done."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from propdesk.domain.service_targets import Period
from propdesk.reports.monthly.worklogs_section import WorklogFigures
from propdesk.reports.monthly.worklogs_values import WorklogAreaLine, WorklogReason
from propdesk.services.core.local_zone import local_zone
from propdesk.services.worklogs.plan import by_area, by_trade, plan_of
from propdesk.store.models.worklogs import WorklogEntry

REASONS = 10


def worklog_figures(session: Session, period: Period, now: datetime) -> WorklogFigures:
    today = now.astimezone(local_zone()).date()
    areas = by_area(plan_of(session, period, today))
    live_in_month = (
        WorklogEntry.day >= period.first,
        WorklogEntry.day <= period.last,
        WorklogEntry.voided_at.is_(None),
    )
    entries = session.scalar(select(func.count()).where(*live_in_month)) or 0
    counted = func.count().label("n")
    reasons = session.execute(
        select(WorklogEntry.reason, counted)
        .where(*live_in_month, WorklogEntry.done.is_(False))
        .group_by(WorklogEntry.reason)
        .order_by(counted.desc(), WorklogEntry.reason)
        .limit(REASONS)
    ).tuples()
    return WorklogFigures(
        entries,
        tuple(WorklogAreaLine(trade, "", done) for trade, done in by_trade(areas)),
        tuple(WorklogAreaLine(a.trade, a.area, a.completion) for a in areas),
        tuple(WorklogReason(reason, n) for reason, n in reasons),
    )
