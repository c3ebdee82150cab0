"""The events' line on the home dashboard's Work plan box: this month's events held
(of those planned for it; red once the month is past its 20th with none held, so the
"one a month" target is not missed unseen) — one figure: the line must fit a third
of a 1366-pixel screen. The target's figure leads to the month's events.
The texts keep the dashboard's translation context ("DashboardPanel")."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from propdesk.domain.events.kinds import EventState
from propdesk.domain.service_targets import Period
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.actor import Actor
from propdesk.services.core.local_zone import local_zone
from propdesk.services.core.module_spec import (
    DashboardFigure,
    DashboardGroup,
    DashboardSource,
    TabRef,
    TargetLink,
    ViewRequest,
)
from propdesk.services.core.periods import bounds
from propdesk.services.events.views import EventFilter, EventList
from propdesk.store.models.events import CommunityEvent
from propdesk.store.unit_of_work import Store

LATE_IN_MONTH = 20  # from this day on, a month without a held event is flagged


def events_this_month(tab: TabRef) -> DashboardSource:
    def group(doors: object, store: Store, actor: Actor, now: datetime) -> DashboardGroup | None:
        del doors, actor  # the box's right is checked by the dashboard
        today = now.astimezone(local_zone()).date()
        month = Period.month(today.year, today.month)
        start, end = bounds(month)
        e = CommunityEvent
        with store.read() as session:
            counts = dict(
                session.execute(
                    select(e.state, func.count())
                    .where(e.voided_at.is_(None), e.starts_at >= start, e.starts_at < end)
                    .group_by(e.state)
                )
                .tuples()
                .all()
            )
        held = counts.get(EventState.HELD.value, 0)
        planned = counts.get(EventState.PLANNED.value, 0)
        name = tab.object_name
        this_month = EventFilter(first=month.first, last=month.last)
        figures = [
            DashboardFigure(
                "events_this_month",
                QT_TRANSLATE_NOOP("DashboardPanel", "Events this month:"),
                QT_TRANSLATE_NOOP("DashboardPanel", "{held} held, {planned} planned"),
                {"held": f"{held:,}", "planned": f"{planned:,}"},
                ViewRequest(name, EventList(this_month)),
                QT_TRANSLATE_NOOP("DashboardPanel", "Show this month's events"),
                emphasis=not held and today.day >= LATE_IN_MONTH,
            )
        ]
        return DashboardGroup(
            "events",
            QT_TRANSLATE_NOOP("DashboardPanel", "Community events"),
            tuple(figures),
            compact=True,  # a line of the home tab's Work plan box
        )

    return group


def month_events(tab: TabRef) -> TargetLink:
    """The target's figure leads to the month's events."""

    def view(month: Period) -> ViewRequest:
        return ViewRequest(
            tab.object_name, EventList(EventFilter(first=month.first, last=month.last))
        )

    return TargetLink(view, QT_TRANSLATE_NOOP("DashboardPanel", "Show this month's events"))
