"""A registry that carries the inspections' import sheet (services/inspections/
import_sheet.py) as the lead will register it, and a filled equipment template.

The module's front door here is its EquipmentService alone, so these tests need no
more of the inspections than the register they import into.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl

from propdesk.config import Paths
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.module_spec import ModuleContext, ModuleSpec
from propdesk.services.inspections.equipment import EquipmentService
from propdesk.services.inspections.import_sheet import IMPORTS
from propdesk.services.registry import MODULES


def _equipment(context: ModuleContext) -> EquipmentService:
    return EquipmentService(context.store)


EQUIPMENT_MODULE = ModuleSpec[EquipmentService](
    key="inspections", build=_equipment, imports=IMPORTS
)


def with_equipment(modules: tuple[ModuleSpec[Any], ...] = MODULES) -> tuple[ModuleSpec[Any], ...]:
    """The registry with the inspections module carrying its sheet (in place of the
    registry's own inspections module, should it be registered by then)."""
    return (*(m for m in modules if m.key != EQUIPMENT_MODULE.key), EQUIPMENT_MODULE)


def without_equipment(
    modules: tuple[ModuleSpec[Any], ...] = MODULES,
) -> tuple[ModuleSpec[Any], ...]:
    return tuple(m for m in modules if m.key != EQUIPMENT_MODULE.key)


def open_with_equipment(folder: Path) -> Services:
    services = open_services(Paths.resolve(folder), fast_hashing=True, modules=with_equipment())
    services.estate.set_up("翠湖花园")
    services.settings.set_station_name("岗亭")
    return services


def fill_template(content: bytes, path: Path, rows: Sequence[Sequence[object]]) -> Path:
    """The downloaded template with `rows` typed over its example row."""
    wb = openpyxl.load_workbook(io.BytesIO(content))
    ws = wb.worksheets[0]
    ws.delete_rows(2, ws.max_row)
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path
