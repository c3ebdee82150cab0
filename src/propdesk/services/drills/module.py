"""What the drills module brings to the console (see services/core/module_spec.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from propdesk.services.core.on_first_use import imported, on_first_use
from propdesk.services.core.search import SearchKind
from propdesk.services.drills import search

# The front door and the parts only a dashboard, a report or an export reads, imported
# when first used (services.core.on_first_use): not on the way to the window.
if TYPE_CHECKING:
    from propdesk.services.drills.dashboard import drills_due
    from propdesk.services.drills.report_figures import counted, drill_figures
    from propdesk.services.drills.service import DrillServices
    from propdesk.services.drills.sheets import participant_sheet, session_sheet
else:
    drills_due = imported("propdesk.services.drills.dashboard", "drills_due")
    counted = imported("propdesk.services.drills.report_figures", "counted")
    drill_figures = imported("propdesk.services.drills.report_figures", "drill_figures")
    DrillServices = imported("propdesk.services.drills.service", "DrillServices")
    participant_sheet = imported("propdesk.services.drills.sheets", "participant_sheet")
    session_sheet = imported("propdesk.services.drills.sheets", "session_sheet")

# The tab (ui/tabs/drills): the links of the dashboard and quick search lead there.
# A page of the work plan's tab (services.core.module_spec.WORK_PLAN).
TAB = TabRef(
    "drills", QT_TRANSLATE_NOOP("MainWindow", "Drills and training"), Module.DRILLS, group=WORK_PLAN
)
# The sessions held in the days asked, and who took part in them (`propdesk export
# drills|drill-participants`); the month's sessions in the workbook.
SESSIONS = ExportKind("drills", Module.DRILLS, dated=True, sheet=session_sheet)
PARTICIPANTS = ExportKind("drill-participants", Module.DRILLS, dated=True, sheet=participant_sheet)

MODULE: ModuleSpec[DrillServices] = ModuleSpec(
    key="drills",
    build=lambda context: DrillServices.build(context),  # noqa: PLW0108 (imported when first built)
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
    dashboard=DashboardPart(TAB.right, on_first_use(lambda: drills_due(TAB))),
    report=ReportPart(drill_figures, records=SESSIONS, counted=counted),
    exports=(SESSIONS, PARTICIPANTS),
    numbering=(NumberKind.DRILL, NumberKind.TRAINING),
)
