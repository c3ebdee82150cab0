"""What the worklogs module brings to the console (see services/core/module_spec.py):
its front door, its tab, quick search over the entries (area, task, person), a box on
the home dashboard, a section of the monthly report with the month's entries as a
workbook sheet, and `propdesk export worklogs`. No number kind: a day's log is known
by its area and day. No service target: hygiene and greening compliance are the
inspections' checklists (SPEC), the logs' completion is reported beside them."""

from __future__ import annotations

from propdesk.domain.roles import Module
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.module_spec import WORK_PLAN, DashboardPart, ModuleSpec, TabRef
from propdesk.services.core.search import SearchKind
from propdesk.services.worklogs import module_parts, search
from propdesk.services.worklogs.dashboard import worklogs_today
from propdesk.services.worklogs.service import WorklogServices

# The tab (ui/tabs/worklogs): the links of the dashboard and quick search lead there.
# A page of the work plan's tab (services.core.module_spec.WORK_PLAN).
TAB = TabRef(
    "worklogs", QT_TRANSLATE_NOOP("MainWindow", "Work logs"), Module.WORKLOGS, group=WORK_PLAN
)

MODULE = ModuleSpec[WorklogServices](
    key="worklogs",
    build=WorklogServices.build,
    tabs=(TAB,),
    search=(
        SearchKind(
            search.KIND_ENTRY,
            search.search_entries,
            Module.WORKLOGS,
            QT_TRANSLATE_NOOP("QuickSearch", "Work logs"),
            search.count_entries,
        ),
    ),
    dashboard=DashboardPart(TAB.right, worklogs_today(TAB)),
    report=module_parts.REPORT,
    exports=module_parts.EXPORTS,
)
