"""The items of one recorded inspection, as the detail shows them: the result in words
and colour, the reading with its unit, the text or note, the equipment code, and what
came of a failed item (its notice's number and state, its repair ticket's number)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from propdesk.domain.inspections.kinds import ItemResult
from propdesk.services.inspections.views import ItemLine
from propdesk.ui.tabs.inspections.inspection_items_model import FAIL_COLOR, PASS_COLOR
from propdesk.ui.tabs.inspections.inspection_names import (
    notice_state_name,
    number_text,
    result_name,
)
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel


def reading_text(line: ItemLine) -> str:
    if line.value is None:
        return ""
    return f"{number_text(line.value)} {line.unit}".strip()


def remark_text(line: ItemLine) -> str:
    """A text item's answer and any item's note, one after the other."""
    return " · ".join(part for part in (line.answer, line.note) if part)


class InspectionDetailItemsModel(DtoTableModel[ItemLine]):
    COL_NO = 0
    COL_ITEM = 1
    COL_RESULT = 2
    COL_READING = 3
    COL_REMARK = 4
    COL_EQUIPMENT = 5
    COL_NOTICE = 6
    COL_NOTICE_STATE = 7
    COL_TICKET = 8
    COL_PHOTOS = 9

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("No."), lambda line: str(line.position + 1), numeric=True),
                Column(self.tr("Item"), lambda line: line.text),
                Column(self.tr("Result"), lambda line: result_name(line.result)),
                Column(self.tr("Reading"), reading_text, numeric=True),
                Column(self.tr("Text / note"), remark_text),
                Column(self.tr("Equipment"), lambda line: line.equipment_code),
                Column(self.tr("Notice"), lambda line: line.rectification),
                Column(
                    self.tr("Notice state"),
                    lambda line: notice_state_name(line.rectification_state),
                ),
                Column(self.tr("Ticket"), lambda line: line.ticket),
                Column(self.tr("Photos"), lambda line: str(len(line.photos) or ""), numeric=True),
            ]
        )

    def is_flagged(self, row: ItemLine) -> bool:
        # A failed item with nothing done about it yet wants the user's attention.
        return row.result is ItemResult.FAIL and not (row.rectification or row.ticket)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.COL_RESULT:
            line = self.row_at(index.row())
            return _result_color(line.result) if line is not None else None
        return super().data(index, role)


def _result_color(result: ItemResult | None) -> QColor | None:
    if result is ItemResult.PASS:
        return PASS_COLOR
    if result is ItemResult.FAIL:
        return FAIL_COLOR
    return None
