"""The patrol's box on the home dashboard: the next slot due and the route whose turn
it is, the slots missed today (red when any), the findings not dealt with —
each a link into the patrol tab; and the patrol target's figure as a link to the day
grid. The texts keep the dashboard's translation context ("DashboardPanel")."""

from __future__ import annotations

from datetime import UTC, datetime

from propdesk.domain.patrol.timing import Verdict
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
from propdesk.services.patrol.compliance import DayGrid
from propdesk.services.patrol.service import PatrolServices
from propdesk.services.patrol.views import DayGridView, OpenFindings
from propdesk.store.unit_of_work import Store


def patrol_today(tab: TabRef) -> DashboardSource:
    def group(
        patrol: PatrolServices, _store: Store, actor: Actor, now: datetime
    ) -> DashboardGroup | None:
        today = now.astimezone().date()
        grid = patrol.compliance.day_grid(actor, today, now)
        findings = patrol.findings.open_findings(actor)
        due = next((row for row in grid.rows if row.verdict is None and not any(row.cells)), None)
        today_view = ViewRequest(tab.object_name, DayGridView(today))
        if due is not None and grid.routes:
            next_slot = DashboardFigure(
                "next_patrol",
                QT_TRANSLATE_NOOP("DashboardPanel", "Next round due:"),
                QT_TRANSLATE_NOOP("DashboardPanel", "{time}, {route}"),
                {"time": f"{due.slot_at.astimezone():%H:%M}", "route": _route_due(grid)},
                today_view,
                QT_TRANSLATE_NOOP("DashboardPanel", "Show today's patrol slots"),
            )
        else:
            next_slot = DashboardFigure(
                "next_patrol",
                QT_TRANSLATE_NOOP("DashboardPanel", "Next round due:"),
                QT_TRANSLATE_NOOP("DashboardPanel", "none today"),
                {},
                today_view,
                QT_TRANSLATE_NOOP("DashboardPanel", "Show today's patrol slots"),
            )
        missed = grid.count(Verdict.MISSED)
        return DashboardGroup(
            "patrol",
            QT_TRANSLATE_NOOP("DashboardPanel", "Patrol today"),
            (
                next_slot,
                DashboardFigure.count(
                    "missed_rounds",
                    QT_TRANSLATE_NOOP("DashboardPanel", "Missed rounds:"),
                    missed,
                    today_view,
                    QT_TRANSLATE_NOOP("DashboardPanel", "Show today's patrol slots"),
                    emphasis=bool(missed),
                ),
                DashboardFigure.count(
                    "open_findings",
                    QT_TRANSLATE_NOOP("DashboardPanel", "Open findings:"),
                    len(findings),
                    ViewRequest(tab.object_name, OpenFindings()),
                    QT_TRANSLATE_NOOP("DashboardPanel", "Show the findings not dealt with"),
                ),
            ),
        )

    return group


def _route_due(grid: DayGrid) -> str:
    """The route whose turn it is: the one walked least recently today (routes take
    the slots in turn)."""
    latest: dict[int, datetime] = {}
    for row in grid.rows:
        for index, cells in enumerate(row.cells):
            for cell in cells:
                latest[index] = max(latest.get(index, cell.started_at), cell.started_at)
    order = sorted(
        range(len(grid.routes)),
        key=lambda i: (i in latest, latest.get(i, datetime.min.replace(tzinfo=UTC))),
    )
    return grid.routes[order[0]].name


def month_grid(tab: TabRef) -> TargetLink:
    """The patrol target leads to the day grid of the month's last day (the grid pages
    day by day)."""

    def view(month: Period) -> ViewRequest:
        return ViewRequest(tab.object_name, DayGridView(month.last))

    return TargetLink(view, QT_TRANSLATE_NOOP("DashboardPanel", "Show the patrol day grid"))
