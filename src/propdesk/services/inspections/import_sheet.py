"""The inspections' Excel import: the equipment register (设施设备档案), for the
module's ModuleSpec (`imports=IMPORTS`). `propdesk template|import equipment` and the
import dialog then offer it, with the template, the row errors and the all-or-nothing
write of the master-data registers; importing needs CREATE and UPDATE on inspections.
"""

from __future__ import annotations

from propdesk.domain.roles import Module
from propdesk.services.core.import_sheets import ImportSheet
from propdesk.services.inspections.equipment_sheet import (
    COLUMNS,
    EQUIPMENT_LABELS,
    SHEET_LABEL,
    prepare_equipment,
)

EQUIPMENT_SHEET = ImportSheet(
    key="equipment",
    sheet_label=SHEET_LABEL,
    columns=COLUMNS,
    prepare=prepare_equipment,
    right=Module.INSPECTIONS,
    labels=EQUIPMENT_LABELS,
)

IMPORTS: tuple[ImportSheet, ...] = (EQUIPMENT_SHEET,)
