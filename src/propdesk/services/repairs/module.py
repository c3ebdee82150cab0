"""What the repairs bring to the console (see services/core/module_spec.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Module
from propdesk.domain.service_targets import TargetKey
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.handoffs import RepairDesk
from propdesk.services.core.module_spec import (
    DashboardPart,
    ExportKind,
    ModuleSpec,
    ReportPart,
    TabRef,
)
from propdesk.services.core.on_first_use import desk_on_first_use, imported, on_first_use
from propdesk.services.core.search import SearchKind
from propdesk.services.repairs import search

# The front door and the parts only a dashboard, a report or an export reads, imported
# when first used (services.core.on_first_use): not on the way to the window.
if TYPE_CHECKING:
    from propdesk.services.repairs.dashboard import month_tickets, repair_tickets
    from propdesk.services.repairs.figures import arrivals, repair_figures, satisfaction_inputs
    from propdesk.services.repairs.service import RepairServices
    from propdesk.services.repairs.ticket_sheet import ticket_sheet
else:
    arrivals = imported("propdesk.services.repairs.figures", "arrivals")
    repair_figures = imported("propdesk.services.repairs.figures", "repair_figures")
    satisfaction_inputs = imported("propdesk.services.repairs.figures", "satisfaction_inputs")
    month_tickets = imported("propdesk.services.repairs.dashboard", "month_tickets")
    repair_tickets = imported("propdesk.services.repairs.dashboard", "repair_tickets")
    RepairServices = imported("propdesk.services.repairs.service", "RepairServices")
    ticket_sheet = imported("propdesk.services.repairs.ticket_sheet", "ticket_sheet")

TAB = TabRef("repairs", QT_TRANSLATE_NOOP("MainWindow", "Repairs"), Module.REPAIRS)
# The tickets reported in the days asked (`propdesk export repairs`); the month's in
# the workbook.
TICKETS = ExportKind("repairs", Module.REPAIRS, dated=True, sheet=ticket_sheet)

MODULE: ModuleSpec[RepairServices] = ModuleSpec(
    key="repairs",
    build=lambda context: RepairServices.build(context),  # noqa: PLW0108 (imported when first built)
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
    dashboard=DashboardPart(TAB.right, on_first_use(lambda: repair_tickets(TAB))),
    target_links={TargetKey.REPAIR_ARRIVAL: on_first_use(lambda: month_tickets(TAB))},
    report=ReportPart(repair_figures, records=TICKETS, counted=lambda f: f.opened),
    exports=(TICKETS,),
    numbering=(NumberKind.REPAIR,),
    targets={
        # Satisfaction: the follow-up ratings of repairs; the complaints' verdicts and
        # follow-ups join them (the target adds its sources up, TargetSpec.combine).
        TargetKey.SATISFACTION: satisfaction_inputs,
        TargetKey.REPAIR_ARRIVAL: arrivals,
    },
    lends=lambda door: (desk_on_first_use(RepairDesk, lambda: door.desk),),
)
