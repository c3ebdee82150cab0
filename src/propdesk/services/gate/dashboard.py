"""The gate's box on the home dashboard: today's entries (residents, visitors, vehicles)
and the visitors and vehicles inside now, each a link to the gate tab's list behind it,
and today's entries by hour and the last seven days' by day as charts (traffic.py).

The same definitions as the gate tab's "inside now" and the monthly report's counts;
the texts keep the dashboard's translation context ("DashboardPanel").
"""

from __future__ import annotations

from datetime import datetime

from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import (
    DashboardFigure,
    DashboardGroup,
    DashboardSource,
    TabRef,
    ViewRequest,
)
from propdesk.services.gate.service import GateServices
from propdesk.services.gate.traffic import traffic, traffic_charts
from propdesk.services.gate.views import InsideNow, JournalDays
from propdesk.store.unit_of_work import Store

INSIDE_TOOLTIP = QT_TRANSLATE_NOOP("DashboardPanel", "Show who is inside now")


def gate_today(tab: TabRef) -> DashboardSource:
    """The gate's box, its figures leading to the lists of `tab`."""

    def group(
        gate: GateServices, store: Store, actor: Actor, now: datetime
    ) -> DashboardGroup | None:
        day = now.astimezone().date()
        with store.read() as session:
            seen = traffic(session, day)
        today = seen.today
        inside = ViewRequest(tab.object_name, InsideNow())
        entries = DashboardFigure(
            "entries_today",
            QT_TRANSLATE_NOOP("DashboardPanel", "Entries today:"),
            "{total}",
            {
                "total": f"{today.entries:,}",
                "residents": f"{today.resident_entries:,}",
                "visitors": f"{today.visitors_in:,}",
                "vehicles": f"{today.vehicles_in:,}",
            },
            ViewRequest(tab.object_name, JournalDays(day, day)),
            QT_TRANSLATE_NOOP("DashboardPanel", "Show today's gate journal"),
            detail=QT_TRANSLATE_NOOP(
                "DashboardPanel",
                "residents {residents} · visitors {visitors} · vehicles {vehicles}",
            ),
        )
        return DashboardGroup(
            "gate",
            QT_TRANSLATE_NOOP("DashboardPanel", "Gate today"),
            (
                entries,
                DashboardFigure.count(
                    "visitors_inside",
                    QT_TRANSLATE_NOOP("DashboardPanel", "Visitors inside now:"),
                    len(gate.entries.inside_now(actor, now)),
                    inside,
                    INSIDE_TOOLTIP,
                ),
                DashboardFigure.count(
                    "vehicles_inside",
                    QT_TRANSLATE_NOOP("DashboardPanel", "Vehicles inside now:"),
                    len(gate.vehicles.inside_now(actor, now)),
                    inside,
                    INSIDE_TOOLTIP,
                ),
            ),
            traffic_charts(tab, seen),
        )

    return group
