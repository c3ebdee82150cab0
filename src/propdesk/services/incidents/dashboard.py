"""The incidents' box on the home dashboard: the open incidents and the follow-up
actions past their deadline (red when there are any), each a link to the list behind
it — two figures, so the home page still fits 1366×768; and the safety target's
figure as a link to the year's incidents.

The counts are the list's own conditions (services.incidents.queries), counted in one
short read. The texts keep the dashboard's translation context ("DashboardPanel").
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select

from propdesk.domain.service_targets import Period
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import (
    DashboardFigure,
    DashboardGroup,
    DashboardSource,
    TabRef,
    TargetLink,
    ViewRequest,
)
from propdesk.services.incidents.queries import open_condition
from propdesk.services.incidents.views import IncidentFilter, IncidentList, IncidentShow
from propdesk.store.models.incidents import Incident, IncidentAction
from propdesk.store.unit_of_work import Store

OPEN = IncidentFilter(show=IncidentShow.OPEN)
OVERDUE = IncidentFilter(show=IncidentShow.OVERDUE)


def incidents_today(tab: TabRef) -> DashboardSource:
    def group(door: object, store: Store, actor: Actor, now: datetime) -> DashboardGroup | None:
        del door, actor  # the box's right is checked by the dashboard
        a = IncidentAction
        with store.read() as session:
            opened = session.scalar(select(func.count()).where(open_condition())) or 0
            overdue = (
                session.scalar(
                    select(func.count())
                    .select_from(a)
                    .join(Incident, Incident.id == a.incident_id)
                    .where(open_condition(), a.done_at.is_(None), a.deadline < now)
                )
                or 0
            )
        return DashboardGroup(
            "incidents",
            QT_TRANSLATE_NOOP("DashboardPanel", "Safety incidents"),
            (
                DashboardFigure.count(
                    "open_incidents",
                    QT_TRANSLATE_NOOP("DashboardPanel", "Open incidents:"),
                    opened,
                    ViewRequest(tab.object_name, IncidentList(OPEN)),
                    QT_TRANSLATE_NOOP("DashboardPanel", "Show the open incidents"),
                ),
                DashboardFigure.count(
                    "overdue_follow_ups",
                    QT_TRANSLATE_NOOP("DashboardPanel", "Follow-ups overdue:"),
                    overdue,
                    ViewRequest(tab.object_name, IncidentList(OVERDUE)),
                    QT_TRANSLATE_NOOP(
                        "DashboardPanel", "Show the incidents with a follow-up past its deadline"
                    ),
                    emphasis=bool(overdue),
                ),
            ),
            compact=True,  # a line of the home tab's Work plan box
        )

    return group


def year_incidents(tab: TabRef) -> TargetLink:
    """The safety target's figure leads to the incidents it counts: those of the year
    up to the end of the month shown (voided ones are listed struck through)."""

    def view(month: Period) -> ViewRequest:
        year = IncidentFilter(first=date(month.last.year, 1, 1), last=month.last)
        return ViewRequest(tab.object_name, IncidentList(year))

    return TargetLink(view, QT_TRANSLATE_NOOP("DashboardPanel", "Show this year's incidents"))
