"""The complaints' box on the home dashboard: the open complaints, those whose answer
is overdue (red when there are any) and the inquiries whose promised answer is due by
the end of today, each a link to the list behind it; and the complaints-in-time
target's figure as a link to the month's complaints.

The counts are the lists' own conditions (services.complaints.queries for the
complaint list, InquiryService.due_by for the inquiries), counted in one short read:
the front door lists rows, it does not count them. The texts keep the dashboard's
translation context ("DashboardPanel").
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from propdesk.domain.complaints.inquiries import InquiryState
from propdesk.domain.complaints.workflow import OPEN_STATES, UNANSWERED_STATES, ComplaintState
from propdesk.domain.service_targets import Period
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.complaints.analysis import COUNTED_STATES
from propdesk.services.complaints.queries import ComplaintFilter
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.complaints.views import ComplaintList, InquiriesDue
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import (
    DashboardFigure,
    DashboardGroup,
    DashboardSource,
    TabRef,
    TargetLink,
    ViewRequest,
)
from propdesk.services.core.periods import start_of
from propdesk.store.models import Complaint, Inquiry
from propdesk.store.unit_of_work import Store

OPEN = ComplaintFilter(states=OPEN_STATES)
# The list's "overdue": open, never answered, past the response deadline.
OVERDUE = ComplaintFilter(states=OPEN_STATES, overdue_only=True)


def _codes(states: frozenset[ComplaintState]) -> list[str]:
    return sorted(s.value for s in states)


def open_count(session: Session) -> int:
    return session.scalar(select(func.count()).where(Complaint.state.in_(_codes(OPEN_STATES)))) or 0


def overdue_count(session: Session, now: datetime) -> int:
    c = Complaint
    return (
        session.scalar(
            select(func.count()).where(
                c.state.in_(_codes(OPEN_STATES & UNANSWERED_STATES)),
                c.first_answered_at.is_(None),
                c.response_due_at < now,
            )
        )
        or 0
    )


def inquiries_due_count(session: Session, day_end: datetime) -> int:
    """Open inquiries whose promise falls before `day_end`, overdue ones included."""
    return (
        session.scalar(
            select(func.count()).where(
                Inquiry.state == InquiryState.OPEN.value, Inquiry.promised_by < day_end
            )
        )
        or 0
    )


def complaints_today(tab: TabRef) -> DashboardSource:
    """The complaints' box, its figures leading to the lists of `tab`."""

    def group(
        complaints: ComplaintServices, store: Store, actor: Actor, now: datetime
    ) -> DashboardGroup | None:
        del complaints, actor  # the box's right is checked by the dashboard
        today = now.astimezone().date()
        with store.read() as session:
            opened = open_count(session)
            overdue = overdue_count(session, now)
            due = inquiries_due_count(session, start_of(today + timedelta(days=1)))
        return DashboardGroup(
            "complaints",
            QT_TRANSLATE_NOOP("DashboardPanel", "Complaints and inquiries"),
            (
                DashboardFigure.count(
                    "open_complaints",
                    QT_TRANSLATE_NOOP("DashboardPanel", "Open complaints:"),
                    opened,
                    ViewRequest(tab.object_name, ComplaintList(OPEN)),
                    QT_TRANSLATE_NOOP("DashboardPanel", "Show the open complaints"),
                ),
                DashboardFigure.count(
                    "overdue_complaints",
                    QT_TRANSLATE_NOOP("DashboardPanel", "Answer overdue:"),
                    overdue,
                    ViewRequest(tab.object_name, ComplaintList(OVERDUE)),
                    QT_TRANSLATE_NOOP(
                        "DashboardPanel", "Show the complaints not answered by their deadline"
                    ),
                    emphasis=bool(overdue),
                ),
                DashboardFigure.count(
                    "inquiries_due",
                    QT_TRANSLATE_NOOP("DashboardPanel", "Inquiry answers due today:"),
                    due,
                    ViewRequest(tab.object_name, InquiriesDue(today)),
                    QT_TRANSLATE_NOOP(
                        "DashboardPanel", "Show the promised inquiry answers due by today"
                    ),
                ),
            ),
        )

    return group


def month_complaints(tab: TabRef) -> TargetLink:
    """The complaints-in-time target's figure leads to the month's complaints, those
    it judges: every one received in the month but the voided ones."""

    def view(month: Period) -> ViewRequest:
        month_filter = ComplaintFilter(
            states=COUNTED_STATES, date_from=month.first, date_to=month.last
        )
        return ViewRequest(tab.object_name, ComplaintList(month_filter))

    return TargetLink(view, QT_TRANSLATE_NOOP("DashboardPanel", "Show this month's complaints"))
