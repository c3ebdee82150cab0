"""What the worklogs module brings to the console (see services/core/module_spec.py):
its front door, its tab, quick search over the entries (area, task, person), a box on
the home dashboard, a section of the monthly report with the month's entries as a
workbook sheet, and `propdesk export worklogs`. No number kind: a day's log is known
by its area and day. No service target: hygiene and greening compliance are the
inspections' checklists (SPEC), the logs' completion is reported beside them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from propdesk.domain.roles import Module
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.module_spec import WORK_PLAN, DashboardPart, ModuleSpec, TabRef
from propdesk.services.core.on_first_use import imported, on_first_use
from propdesk.services.core.search import SearchKind
from propdesk.services.worklogs import module_parts, search

# The front door and the parts only a dashboard, a report or an export reads, imported
# when first used (services.core.on_first_use): not on the way to the window.
if TYPE_CHECKING:
    from propdesk.services.worklogs.dashboard import worklogs_today
    from propdesk.services.worklogs.service import WorklogServices
else:
    worklogs_today = imported("propdesk.services.worklogs.dashboard", "worklogs_today")
    WorklogServices = imported("propdesk.services.worklogs.service", "WorklogServices")

# The tab (ui/tabs/worklogs): the links of the dashboard and quick search lead there.
# A page of the work plan's tab (services.core.module_spec.WORK_PLAN).
TAB = TabRef(
    "worklogs", QT_TRANSLATE_NOOP("MainWindow", "Work logs"), Module.WORKLOGS, group=WORK_PLAN
)

MODULE: ModuleSpec[WorklogServices] = ModuleSpec(
    key="worklogs",
    build=lambda context: WorklogServices.build(context),  # noqa: PLW0108 (imported when first built)
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
    dashboard=DashboardPart(TAB.right, on_first_use(lambda: worklogs_today(TAB))),
    report=module_parts.REPORT,
    exports=module_parts.EXPORTS,
)
