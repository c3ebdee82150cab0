"""The work logs' line on the home dashboard: today's tasks done of those planned,
and this week's planned days gone by with nothing logged — each a link to the
week's plan or the list behind it (today's tasks not done are in today's list). The texts keep the
dashboard's translation context ("DashboardPanel")."""

from __future__ import annotations

from datetime import datetime

from propdesk.domain.service_targets import Period
from propdesk.domain.worklogs.kinds import DayState
from propdesk.domain.worklogs.schedule import week_of
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.actor import Actor
from propdesk.services.core.local_zone import local_zone
from propdesk.services.core.module_spec import (
    DashboardFigure,
    DashboardGroup,
    DashboardSource,
    TabRef,
    ViewRequest,
)
from propdesk.services.worklogs.navigation import EntryList, WeekView
from propdesk.services.worklogs.plan import plan_of
from propdesk.services.worklogs.views import EntryFilter
from propdesk.store.unit_of_work import Store


def worklogs_today(tab: TabRef) -> DashboardSource:
    def group(doors: object, store: Store, actor: Actor, now: datetime) -> DashboardGroup | None:
        del doors, actor  # the box's right is checked by the dashboard
        today = now.astimezone(local_zone()).date()
        monday, _sunday = week_of(today)
        with store.read() as session:
            week = plan_of(session, Period(monday, today), today)
        index = (today - monday).days
        states_today = [t.states[index] for t in week]
        planned = sum(1 for s in states_today if s is not None and s is not DayState.EXTRA)
        done = sum(1 for s in states_today if s is DayState.DONE)
        missing = sum(1 for t in week for s in t.states if s is DayState.MISSING)
        name = tab.object_name
        this_week = ViewRequest(name, WeekView(today))
        return DashboardGroup(
            "worklogs",
            QT_TRANSLATE_NOOP("DashboardPanel", "Cleaning and greening"),
            (
                # Done of planned in one figure: the box is a line of the Work plan box.
                DashboardFigure(
                    "worklogs_done",
                    QT_TRANSLATE_NOOP("DashboardPanel", "Done today:"),
                    "{done} / {planned}",
                    {"done": f"{done:,}", "planned": f"{planned:,}"},
                    ViewRequest(name, EntryList(EntryFilter(today, today))),
                    QT_TRANSLATE_NOOP("DashboardPanel", "Show today's work logs"),
                ),
                DashboardFigure.count(
                    "worklogs_missing",
                    QT_TRANSLATE_NOOP("DashboardPanel", "Missing this week:"),
                    missing,
                    this_week,
                    QT_TRANSLATE_NOOP("DashboardPanel", "Show this week's plan"),
                    emphasis=bool(missing),
                ),
            ),
            compact=True,  # a line of the home tab's Work plan box
        )

    return group
