"""The inspections' box on the home dashboard: inspections due today (overdue ones
included) and overdue, the live rectification notices and those past their
deadline, the equipment expiring within 30 days and already expired — each a link
to the list behind it; and the three targets' figures as links to the month's
inspections. The texts keep the dashboard's translation context ("DashboardPanel")."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from propdesk.domain.inspections.equipment import EXPIRING_DAYS
from propdesk.domain.inspections.rectification import LIVE_STATES
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
from propdesk.services.inspections.due import counts_of, due_rows
from propdesk.services.inspections.equipment import DueFilter
from propdesk.services.inspections.navigation import (
    DueList,
    EquipmentList,
    InspectionList,
    NoticeList,
)
from propdesk.services.inspections.rectifications import NoticeFilter
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.inspections.views import InspectionFilter
from propdesk.store.models import Equipment, Rectification
from propdesk.store.unit_of_work import Store

_LIVE = sorted(state.value for state in LIVE_STATES)


def inspections_today(tab: TabRef) -> DashboardSource:
    def group(
        doors: InspectionServices, store: Store, actor: Actor, now: datetime
    ) -> DashboardGroup | None:
        del doors, actor  # the box's right is checked by the dashboard
        today = now.astimezone(local_zone()).date()
        with store.read() as session:
            due = counts_of(due_rows(session, today))
            live = session.scalar(select(func.count()).where(Rectification.state.in_(_LIVE))) or 0
            late = (
                session.scalar(
                    select(func.count()).where(
                        Rectification.state.in_(_LIVE), Rectification.deadline < now
                    )
                )
                or 0
            )
            live_equipment = Equipment.voided_at.is_(None)
            expiring = (
                session.scalar(
                    select(func.count()).where(
                        live_equipment,
                        Equipment.next_due >= today,
                        Equipment.next_due <= today + timedelta(days=EXPIRING_DAYS),
                    )
                )
                or 0
            )
            expired = (
                session.scalar(
                    select(func.count()).where(live_equipment, Equipment.next_due < today)
                )
                or 0
            )
        name = tab.object_name
        return DashboardGroup(
            "inspections",
            QT_TRANSLATE_NOOP("DashboardPanel", "Inspections"),
            (
                DashboardFigure.count(
                    "inspections_due",
                    QT_TRANSLATE_NOOP("DashboardPanel", "Inspections due today:"),
                    due.due_today,
                    ViewRequest(name, DueList()),
                    QT_TRANSLATE_NOOP("DashboardPanel", "Show the inspections due"),
                ),
                DashboardFigure.count(
                    "inspections_overdue",
                    QT_TRANSLATE_NOOP("DashboardPanel", "Inspections overdue:"),
                    due.overdue,
                    ViewRequest(name, DueList(overdue_only=True)),
                    QT_TRANSLATE_NOOP("DashboardPanel", "Show the overdue inspections"),
                    emphasis=bool(due.overdue),
                ),
                # Four figures, as every box: the overdue part of the notices and the
                # expired part of the equipment on the line under the figure.
                DashboardFigure(
                    "rectifications_open",
                    QT_TRANSLATE_NOOP("DashboardPanel", "Rectifications open:"),
                    "{n}",
                    {"n": f"{live:,}", "late": f"{late:,}"},
                    ViewRequest(
                        name, NoticeList(NoticeFilter.OVERDUE if late else NoticeFilter.LIVE)
                    ),
                    QT_TRANSLATE_NOOP("DashboardPanel", "Show the open rectification notices"),
                    emphasis=bool(late),
                    detail=QT_TRANSLATE_NOOP("DashboardPanel", "past the deadline {late}"),
                ),
                DashboardFigure(
                    "equipment_due",
                    QT_TRANSLATE_NOOP("DashboardPanel", "Equipment due within 30 days:"),
                    "{n}",
                    {"n": f"{expiring:,}", "expired": f"{expired:,}"},
                    ViewRequest(
                        name, EquipmentList(DueFilter.EXPIRED if expired else DueFilter.EXPIRING)
                    ),
                    QT_TRANSLATE_NOOP(
                        "DashboardPanel", "Show the equipment due for service or expiring"
                    ),
                    emphasis=bool(expired),
                    detail=QT_TRANSLATE_NOOP("DashboardPanel", "overdue or expired {expired}"),
                ),
            ),
        )

    return group


def month_inspections(tab: TabRef) -> TargetLink:
    """A target's figure (fire equipment, hygiene, greening) leads to the month's
    inspections."""

    def view(month: Period) -> ViewRequest:
        return ViewRequest(
            tab.object_name, InspectionList(InspectionFilter(first=month.first, last=month.last))
        )

    return TargetLink(view, QT_TRANSLATE_NOOP("DashboardPanel", "Show this month's inspections"))
