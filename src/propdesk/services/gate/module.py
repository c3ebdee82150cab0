"""What the gate brings to the console (see services/core/module_spec.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Module
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.module_spec import (
    DailyJob,
    DashboardPart,
    ExportKind,
    ModuleSpec,
    ReportPart,
    TabRef,
)
from propdesk.services.core.on_first_use import imported, on_first_use
from propdesk.services.core.search import SearchKind
from propdesk.services.gate import search

# The front door and the parts only a dashboard, a report or an export reads, imported
# when first used (services.core.on_first_use): not on the way to the window.
if TYPE_CHECKING:
    from propdesk.services.gate.dashboard import gate_today
    from propdesk.services.gate.figures import month_figures
    from propdesk.services.gate.journal_sheet import journal_sheet
    from propdesk.services.gate.service import GateServices
else:
    gate_today = imported("propdesk.services.gate.dashboard", "gate_today")
    month_figures = imported("propdesk.services.gate.figures", "month_figures")
    journal_sheet = imported("propdesk.services.gate.journal_sheet", "journal_sheet")
    GateServices = imported("propdesk.services.gate.service", "GateServices")


def blank_old_visitors(gate: GateServices, keep_going: Callable[[], bool]) -> int | None:
    """The daily retention run: visitors' names, phones and IDs older than the
    retention period are blanked (counts stay); None when today's run was done."""
    result = gate.retention.run_daily_if_due(progress=lambda _done, _total: keep_going())
    return result.events_blanked if result is not None else None


TAB = TabRef("gate", QT_TRANSLATE_NOOP("MainWindow", "Gate"), Module.GATE)
# The journal of the days asked (`propdesk export gate`); the month's in the workbook.
JOURNAL = ExportKind("gate", Module.GATE, dated=True, sheet=journal_sheet)

MODULE: ModuleSpec[GateServices] = ModuleSpec(
    key="gate",
    build=lambda context: GateServices.build(context),  # noqa: PLW0108 (imported when first built)
    tabs=(TAB,),
    search=(
        SearchKind(
            search.KIND_INSIDE,
            search.search_inside_now,
            Module.GATE,
            QT_TRANSLATE_NOOP("QuickSearch", "Inside now"),
            search.count_inside_now,
        ),
        SearchKind(
            search.KIND_VISITOR_PASS,
            search.search_visitor_passes,
            Module.GATE,
            QT_TRANSLATE_NOOP("QuickSearch", "Visitor passes"),
            search.count_visitor_passes,
        ),
        SearchKind(
            search.KIND_VEHICLE_PERMIT,
            search.search_vehicle_permits,
            Module.GATE,
            QT_TRANSLATE_NOOP("QuickSearch", "Vehicle permits"),
            search.count_vehicle_permits,
        ),
        SearchKind(
            search.KIND_RELEASE_SLIP,
            search.search_release_slips,
            Module.GATE,
            QT_TRANSLATE_NOOP("QuickSearch", "Release slips"),
            search.count_release_slips,
        ),
    ),
    dashboard=DashboardPart(TAB.right, on_first_use(lambda: gate_today(TAB))),
    daily=(
        DailyJob(
            blank_old_visitors,
            QT_TRANSLATE_NOOP("MainWindow", "Old visitor data blanked: {n} records."),
            QT_TRANSLATE_NOOP("MainWindow", "Removing old visitor data failed: {reason}"),
        ),
    ),
    report=ReportPart(month_figures, records=JOURNAL, counted=lambda f: f.totals.events),
    exports=(JOURNAL,),
    numbering=(
        NumberKind.VISITOR_PASS,
        NumberKind.VEHICLE_PERMIT,
        NumberKind.RELEASE_SLIP,
        NumberKind.PARKING_NOTICE,
        NumberKind.HANDOVER,
    ),
)
