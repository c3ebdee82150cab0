"""The drills' box on the home dashboard: two figures, the plan's entries due this
month (not yet answered) and those overdue this year, each a link to the year's plan.
The texts keep the dashboard's translation context ("DashboardPanel")."""

from __future__ import annotations

from datetime import datetime

from propdesk.domain.drills.plan import PlanState
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
from propdesk.services.drills.navigation import PlanView
from propdesk.services.drills.plan import year_plan
from propdesk.store.unit_of_work import Store


def drills_due(tab: TabRef) -> DashboardSource:
    def group(doors: object, store: Store, actor: Actor, now: datetime) -> DashboardGroup | None:
        del doors, actor  # the box's right is checked by the dashboard
        today = now.astimezone(local_zone()).date()
        with store.read() as session:
            plan = year_plan(session, today.year, today)
        open_states = (PlanState.DUE, PlanState.PLANNED, PlanState.OVERDUE)
        this_month = sum(
            1
            for row in plan.rows
            if row.state in open_states
            and (row.due_on.year, row.due_on.month) == (today.year, today.month)
        )
        overdue = plan.count(PlanState.OVERDUE)
        view = ViewRequest(tab.object_name, PlanView(today.year))
        return DashboardGroup(
            "drills",
            QT_TRANSLATE_NOOP("DashboardPanel", "Drills and training"),
            (
                DashboardFigure.count(
                    "drills_due_month",
                    QT_TRANSLATE_NOOP("DashboardPanel", "Due this month:"),
                    this_month,
                    view,
                    QT_TRANSLATE_NOOP("DashboardPanel", "Show the year's drill plan"),
                ),
                DashboardFigure.count(
                    "drills_overdue",
                    QT_TRANSLATE_NOOP("DashboardPanel", "Drills overdue:"),
                    overdue,
                    view,
                    QT_TRANSLATE_NOOP("DashboardPanel", "Show the year's drill plan"),
                    emphasis=bool(overdue),
                ),
            ),
            compact=True,  # a line of the home tab's Work plan box
        )

    return group
