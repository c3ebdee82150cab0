"""One template's items, read-only, in their order: what each asks, a reading's unit
and limits, whether it must be answered and which register item it inspects."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from propdesk.domain.inspections.kinds import ItemKind
from propdesk.domain.inspections.templates import TemplateItem
from propdesk.ui.tabs.inspections.equipment_names import kind_name as equipment_kind_name
from propdesk.ui.tabs.inspections.inspection_names import limits_text
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel

translate = QCoreApplication.translate


def item_kind_name(kind: ItemKind) -> str:
    names = {
        ItemKind.CHECK: translate("TemplateNames", "Pass / fail"),
        ItemKind.NUMBER: translate("TemplateNames", "Reading"),
        ItemKind.TEXT: translate("TemplateNames", "Text"),
    }
    return names[kind]


def _required(item: TemplateItem) -> str:
    if item.required:
        return translate("TemplateNames", "Required")
    return translate("TemplateNames", "Optional")


def _equipment(item: TemplateItem) -> str:
    return equipment_kind_name(item.equipment_kind) if item.equipment_kind is not None else ""


class TemplateItemsModel(DtoTableModel[TemplateItem]):
    COL_NUMBER, COL_TEXT, COL_KIND, COL_LIMITS, COL_REQUIRED, COL_EQUIPMENT = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("No."), self._number, numeric=True),
                Column(self.tr("Item"), lambda r: r.text, tooltip=lambda r: r.text),
                Column(self.tr("Kind"), lambda r: item_kind_name(r.kind)),
                Column(self.tr("Unit and limits"), limits_text),
                Column(self.tr("Answer"), _required),
                Column(self.tr("Equipment"), _equipment),
            ]
        )

    def _number(self, item: TemplateItem) -> str:
        return str(self._rows.index(item) + 1)  # item keys are unique in a template
