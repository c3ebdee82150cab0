"""The equipment register's Excel import sheet, declared in the importer's terms
(services.core.import_sheets: ColumnSpec, the row's cells and look-ups, Prepared):
its columns, the row's preparation (the same `clean_equipment` and `upsert_equipment`
a single save uses, so an import follows the same rules and leaves the same audit
rows) and its header, note and drop-down words in three languages
(`EQUIPMENT_LABELS`), which the importer reads from the sheet (ImportSheet.labels).

services/inspections/import_sheet.py puts them together as the module's ImportSheet
(`IMPORTS`, for its ModuleSpec's `imports`).
"""

from __future__ import annotations

from datetime import date

from propdesk.domain.inspections.equipment import EquipmentKind
from propdesk.reports.inspections.labels import EQUIPMENT_KIND_LABELS
from propdesk.reports.labels import Trilingual, trilingual
from propdesk.services.core.import_sheets import (
    CellKind,
    ColumnSpec,
    Prepared,
    SheetCells,
    SheetLookups,
)
from propdesk.services.inspections.equipment import upsert_equipment
from propdesk.services.inspections.equipment_inputs import (
    EquipmentInput,
    clean_equipment,
    equipment_kind,
)

SHEET_LABEL = "sheet.equipment"
KIND_CHOICES = tuple((f"equipment.{kind.value}", kind.value) for kind in EquipmentKind)

COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec(
        "equipment_code", True, CellKind.CODE, fields=("code",), example="MHQ-3-B1-01", width=16
    ),
    ColumnSpec(
        "equipment_kind",
        True,
        CellKind.CHOICE,
        KIND_CHOICES,
        fields=("kind",),
        example="equipment.extinguisher",
        width=14,
    ),
    ColumnSpec("equipment_name", True, fields=("name",), example="4 kg ABC 干粉灭火器", width=20),
    ColumnSpec("unit", False, CellKind.CODE, fields=("unit_code",), width=12),
    ColumnSpec("place", False, example="3栋 地下一层 楼梯口", width=24),
    ColumnSpec("installed_on", False, CellKind.DATE, example=date(2024, 3, 1)),
    ColumnSpec("last_serviced_on", False, CellKind.DATE, example=date(2026, 3, 10)),
    ColumnSpec(
        "service_interval_months",
        False,
        CellKind.INT,
        fields=("service_interval",),
        example=12,
        width=10,
    ),
    ColumnSpec("service_interval_days", False, CellKind.INT, width=10),
    ColumnSpec("expires_on", False, CellKind.DATE, example=date(2030, 2, 28)),
    ColumnSpec("equipment_notes", False, fields=("notes",), width=24),
)


def prepare_equipment(
    cells: SheetCells, lookups: SheetLookups, today: date | None = None
) -> Prepared:
    """One row checked without writing (the register's cleaning and the unit looked
    up), and the write that an apply runs: the item with the same code is updated."""
    data = EquipmentInput(
        code=cells.text("equipment_code"),
        kind=equipment_kind(cells.choice("equipment_kind"), "equipment_kind"),
        name=cells.text("equipment_name"),
        unit_code=cells.text("unit"),
        place=cells.text("place"),
        installed_on=cells.date("installed_on"),
        last_serviced_on=cells.date("last_serviced_on"),
        service_interval_months=cells.integer("service_interval_months") or 0,
        service_interval_days=cells.integer("service_interval_days") or 0,
        expires_on=cells.date("expires_on"),
        notes=cells.text("equipment_notes"),
    )
    clean = clean_equipment(data, date.today() if today is None else today)
    if clean.unit_code:
        lookups.require_unit(clean.unit_code)
    return Prepared(clean.code, "equipment_code", lambda s, a: upsert_equipment(s, a, clean)[1])


_t = trilingual

# The sheet's own words (ImportSheet.labels): a header is recognised in any of them.
EQUIPMENT_LABELS: dict[str, Trilingual] = {
    "sheet.equipment": _t("设施设备", "設施設備", "Equipment"),
    "col.equipment_code": _t("设备编号", "設備編號", "Equipment code"),
    "col.equipment_kind": _t("设备类别", "設備類別", "Equipment kind"),
    "col.equipment_name": _t("设备名称", "設備名稱", "Equipment name"),
    "col.place": _t("位置", "位置", "Place"),
    "col.installed_on": _t("安装日期", "安裝日期", "Installed on"),
    "col.last_serviced_on": _t("上次保养日期", "上次保養日期", "Last serviced on"),
    # No bracketed unit: the header matcher drops one, and the two would read the same.
    "col.service_interval_months": _t("保养周期月数", "保養週期月數", "Service months"),
    "col.service_interval_days": _t("保养周期天数", "保養週期天數", "Service days"),
    "col.expires_on": _t("有效期至", "有效期至", "Expires on"),
    "col.equipment_notes": _t("备注", "備註", "Notes"),
    **EQUIPMENT_KIND_LABELS,  # the kinds as the papers word them
    "note.equipment_code": _t(
        "设备编号（标签上的编号），1–30 位字母、数字，可用 - . / _ 分隔，如 MHQ-3-B1-01。"
        "再次导入时按编号更新同一设备。",
        "設備編號（標籤上的編號），1–30 位字母、數字，可用 - . / _ 分隔，如 MHQ-3-B1-01。"
        "再次匯入時依編號更新同一設備。",
        "The code on the item's label, 1–30 letters or digits with - . / _ between them, "
        "e.g. MHQ-3-B1-01. Importing again updates the item with the same code.",
    ),
    "note.equipment_kind": _t(
        "设备类别，从下拉列表选择。",
        "設備類別，從下拉選單選擇。",
        "The kind of equipment: pick from the drop-down list.",
    ),
    "note.equipment_name": _t(
        "名称、型号或规格，最多 60 个字，如 4 kg ABC 干粉灭火器。",
        "名稱、型號或規格，最多 60 個字，如 4 kg ABC 乾粉滅火器。",
        "Name, model or size, at most 60 characters, e.g. 4 kg ABC dry powder.",
    ),
    "note.place": _t(
        "所在位置，最多 100 个字；房号与位置至少填一项。",
        "所在位置，最多 100 個字；房號與位置至少填一項。",
        "Where it is, at most 100 characters; give the unit or the place (or both).",
    ),
    "note.installed_on": _t(
        "安装日期，如 2024-03-01，可留空。",
        "安裝日期，如 2024-03-01，可留空。",
        "The day it was installed, e.g. 2024-03-01; may be empty.",
    ),
    "note.last_serviced_on": _t(
        "上次保养或检测日期，不得早于安装日期，也不得晚于今天。",
        "上次保養或檢測日期，不得早於安裝日期，也不得晚於今天。",
        "The last service or test, not before the install date and not after today.",
    ),
    "note.service_interval_months": _t(
        "保养周期的月数（整数），如每年一次填 12；与天数都留空表示无定期保养。",
        "保養週期的月數（整數），如每年一次填 12；與天數都留空表示無定期保養。",
        "Months between services (a whole number), e.g. 12 for yearly; leave it and the "
        "days empty when there is no regular service.",
    ),
    "note.service_interval_days": _t(
        "保养周期的天数（整数），如电梯每 15 天一次填 15。",
        "保養週期的天數（整數），如電梯每 15 天一次填 15。",
        "Days between services (a whole number), e.g. 15 for a lift.",
    ),
    "note.expires_on": _t(
        "有效期或报废日期，不得早于安装日期；到期前 30 天起列入“即将到期”。",
        "有效期或報廢日期，不得早於安裝日期；到期前 30 天起列入「即將到期」。",
        "The last day it may be used, not before the install date; listed as expiring "
        "from 30 days before.",
    ),
    "note.equipment_notes": _t(
        "备注，最多 300 个字。",
        "備註，最多 300 個字。",
        "Notes, at most 300 characters.",
    ),
}
