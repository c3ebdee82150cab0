"""What the repairs bring to the console (see services/core/module_spec.py)."""

from __future__ import annotations

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Module
from propdesk.domain.service_targets import TargetKey
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.module_spec import (
    DashboardPart,
    ExportKind,
    ModuleSpec,
    ReportPart,
    TabRef,
)
from propdesk.services.core.search import SearchKind
from propdesk.services.repairs import figures, search
from propdesk.services.repairs.dashboard import month_tickets, repair_tickets
from propdesk.services.repairs.service import RepairServices
from propdesk.services.repairs.ticket_sheet import ticket_sheet

TAB = TabRef("repairs", QT_TRANSLATE_NOOP("MainWindow", "Repairs"), Module.REPAIRS)
# The tickets reported in the days asked (`propdesk export repairs`); the month's in
# the workbook.
TICKETS = ExportKind("repairs", Module.REPAIRS, dated=True, sheet=ticket_sheet)

MODULE = ModuleSpec[RepairServices](
    key="repairs",
    build=RepairServices.build,
    tabs=(TAB,),
    search=(
        SearchKind(
            search.KIND_TICKET,
            search.search_tickets,
            Module.REPAIRS,
            QT_TRANSLATE_NOOP("QuickSearch", "Repair tickets"),
            search.count_tickets,
        ),
    ),
    dashboard=DashboardPart(TAB.right, repair_tickets(TAB)),
    target_links={TargetKey.REPAIR_ARRIVAL: month_tickets(TAB)},
    report=ReportPart(figures.repair_figures, records=TICKETS, counted=lambda f: f.opened),
    exports=(TICKETS,),
    numbering=(NumberKind.REPAIR,),
    targets={
        # Satisfaction: the follow-up ratings of repairs; the complaints' verdicts and
        # follow-ups join them (the target adds its sources up, TargetSpec.combine).
        TargetKey.SATISFACTION: figures.satisfaction_inputs,
        TargetKey.REPAIR_ARRIVAL: figures.arrivals,
    },
    lends=lambda door: (door.desk,),
)
