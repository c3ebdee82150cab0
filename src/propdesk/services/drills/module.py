"""What the drills module brings to the console (see services/core/module_spec.py)."""

from __future__ import annotations

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Module
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.module_spec import (
    WORK_PLAN,
    DashboardPart,
    ExportKind,
    ModuleSpec,
    ReportPart,
    TabRef,
)
from propdesk.services.core.search import SearchKind
from propdesk.services.drills import report_figures, search
from propdesk.services.drills.dashboard import drills_due
from propdesk.services.drills.service import DrillServices
from propdesk.services.drills.sheets import participant_sheet, session_sheet

# The tab (ui/tabs/drills): the links of the dashboard and quick search lead there.
# A page of the work plan's tab (services.core.module_spec.WORK_PLAN).
TAB = TabRef(
    "drills", QT_TRANSLATE_NOOP("MainWindow", "Drills and training"), Module.DRILLS, group=WORK_PLAN
)
# The sessions held in the days asked, and who took part in them (`propdesk export
# drills|drill-participants`); the month's sessions in the workbook.
SESSIONS = ExportKind("drills", Module.DRILLS, dated=True, sheet=session_sheet)
PARTICIPANTS = ExportKind("drill-participants", Module.DRILLS, dated=True, sheet=participant_sheet)

MODULE = ModuleSpec[DrillServices](
    key="drills",
    build=DrillServices.build,
    tabs=(TAB,),
    search=(
        SearchKind(
            search.KIND_SESSION,
            search.search_sessions,
            Module.DRILLS,
            QT_TRANSLATE_NOOP("QuickSearch", "Drills and training"),
            search.count_sessions,
        ),
    ),
    dashboard=DashboardPart(TAB.right, drills_due(TAB)),
    report=ReportPart(
        report_figures.drill_figures, records=SESSIONS, counted=report_figures.counted
    ),
    exports=(SESSIONS, PARTICIPANTS),
    numbering=(NumberKind.DRILL, NumberKind.TRAINING),
)
