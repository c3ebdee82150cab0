"""The repairs' box on the home dashboard: the open tickets and those nobody has reached
in time (red when there are any), each a link to the repair list so filtered; and the
repair-arrival target's figure as a link to the month's tickets.

The same definitions as the repairs' workload; the texts keep the dashboard's
translation context ("DashboardPanel").
"""

from __future__ import annotations

from datetime import datetime

from propdesk.domain.repairs.workflow import OPEN_STATES
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
from propdesk.services.repairs.queries import TicketFilter
from propdesk.services.repairs.service import RepairServices
from propdesk.services.repairs.views import TicketList
from propdesk.store.unit_of_work import Store


def repair_tickets(tab: TabRef) -> DashboardSource:
    """The repairs' box, its figures leading to the ticket list of `tab`."""

    def group(
        repairs: RepairServices, _store: Store, actor: Actor, now: datetime
    ) -> DashboardGroup | None:
        loads = repairs.tickets.workload(actor, now)
        overdue = sum(load.overdue_count for load in loads)
        return DashboardGroup(
            "repairs",
            QT_TRANSLATE_NOOP("DashboardPanel", "Repair tickets"),
            (
                DashboardFigure.count(
                    "open_tickets",
                    QT_TRANSLATE_NOOP("DashboardPanel", "Open:"),
                    sum(load.open_count for load in loads),
                    ViewRequest(tab.object_name, TicketList(TicketFilter(states=OPEN_STATES))),
                    QT_TRANSLATE_NOOP("DashboardPanel", "Show the open repair tickets"),
                ),
                DashboardFigure.count(
                    "overdue_tickets",  # open, nobody arrived, past the arrival limit
                    QT_TRANSLATE_NOOP("DashboardPanel", "Overdue arrival:"),
                    overdue,
                    ViewRequest(
                        tab.object_name,
                        TicketList(TicketFilter(states=OPEN_STATES, overdue_only=True)),
                    ),
                    QT_TRANSLATE_NOOP(
                        "DashboardPanel", "Show the tickets nobody has reached in time"
                    ),
                    emphasis=bool(overdue),
                ),
            ),
        )

    return group


def month_tickets(tab: TabRef) -> TargetLink:
    """The repair-arrival target's figure leads to the month's tickets (closed ones too:
    the target judges every ticket of the month)."""

    def view(month: Period) -> ViewRequest:
        month_filter = TicketFilter(date_from=month.first, date_to=month.last)
        return ViewRequest(tab.object_name, TicketList(month_filter))

    return TargetLink(view, QT_TRANSLATE_NOOP("DashboardPanel", "Show this month's repair tickets"))
