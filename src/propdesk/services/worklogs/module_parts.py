"""What the work logs add to `propdesk export` and the monthly report: the entries of
the days asked (dated), and the report's section with the month's entries as a sheet
of the workbook."""

from __future__ import annotations

from typing import TYPE_CHECKING

from propdesk.domain.roles import Module
from propdesk.services.core.module_spec import ExportKind, ReportPart
from propdesk.services.core.on_first_use import imported

# Imported when first used (services.core.on_first_use): not on the way to the window.
if TYPE_CHECKING:
    from propdesk.services.worklogs.report_figures import worklog_figures
    from propdesk.services.worklogs.sheets import entry_sheet
else:
    worklog_figures = imported("propdesk.services.worklogs.report_figures", "worklog_figures")
    entry_sheet = imported("propdesk.services.worklogs.sheets", "entry_sheet")

ENTRIES = ExportKind("worklogs", Module.WORKLOGS, dated=True, sheet=entry_sheet)
EXPORTS = (ENTRIES,)

# The workbook lists every entry of the month, voided ones too (marked).
REPORT = ReportPart(worklog_figures, records=ENTRIES, counted=lambda figures: figures.entries)
