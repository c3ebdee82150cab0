"""What the inspections module adds to `propdesk export` and the monthly report, for
its ModuleSpec (services/inspections/module.py) to take in: the inspections made and
the notices issued in the days asked (dated), the equipment register as it is now,
and the report's section with the month's inspections and notices as workbook sheets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from propdesk.domain.roles import Module
from propdesk.services.core.module_spec import ExportKind, ReportPart
from propdesk.services.core.on_first_use import imported

# Imported when first used (services.core.on_first_use): not on the way to the window.
if TYPE_CHECKING:
    from propdesk.services.inspections.equipment_export import equipment_sheet_export
    from propdesk.services.inspections.report_figures import inspection_figures
    from propdesk.services.inspections.sheets import inspection_sheet, rectification_sheet
else:
    equipment_sheet_export = imported(
        "propdesk.services.inspections.equipment_export", "equipment_sheet_export"
    )
    inspection_figures = imported(
        "propdesk.services.inspections.report_figures", "inspection_figures"
    )
    inspection_sheet = imported("propdesk.services.inspections.sheets", "inspection_sheet")
    rectification_sheet = imported("propdesk.services.inspections.sheets", "rectification_sheet")

INSPECTIONS = ExportKind("inspections", Module.INSPECTIONS, dated=True, sheet=inspection_sheet)
RECTIFICATIONS = ExportKind(
    "rectifications", Module.INSPECTIONS, dated=True, sheet=rectification_sheet
)
EQUIPMENT = ExportKind("equipment", Module.INSPECTIONS, dated=False, sheet=equipment_sheet_export)
EXPORTS = (INSPECTIONS, RECTIFICATIONS, EQUIPMENT)

# The workbook lists every inspection of the month, voided ones too (marked), then
# every notice issued in it.
REPORT = ReportPart(inspection_figures, records=INSPECTIONS, more_records=(RECTIFICATIONS,))
