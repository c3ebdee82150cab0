"""The inquiry and suggestion log as a table: one page of inquiries, newest first.

A promised answer past its time is flagged in words ("OVERDUE: …" in its state) and
in red, so it reads without the colour too; answered and converted ones are greyed.
The same columns serve the view and Export to Excel.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from propdesk.domain.complaints.inquiries import InquiryState
from propdesk.services.complaints.inquiries import InquiryView
from propdesk.ui.complaint_names import channel_name, local_time
from propdesk.ui.tabs.complaints.inquiry_names import asker_text, kind_name, state_text
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, time_column

OVERDUE_COLOUR = QColor("#b00020")  # the form's error red


def _promised(row: InquiryView) -> str:
    return local_time(row.promised_by)


class InquiryTableModel(DtoTableModel[InquiryView]):
    (
        COL_NUMBER,
        COL_ASKED,
        COL_KIND,
        COL_CHANNEL,
        COL_ASKER,
        COL_PHONE,
        COL_QUESTION,
        COL_ANSWER,
        COL_PROMISED,
        COL_STATE,
    ) = range(10)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Number"), lambda r: r.number),
                time_column(self.tr("Asked at"), lambda r: r.asked_at, local_time),
                Column(self.tr("Kind"), lambda r: kind_name(r.kind)),
                Column(self.tr("Channel"), lambda r: channel_name(r.channel)),
                Column(self.tr("Asked by"), asker_text),
                Column(self.tr("Phone"), lambda r: r.asker_phone),
                # Elided when long; the whole of it in the tooltip.
                Column(
                    self.tr("Question or suggestion"),
                    lambda r: r.question,
                    tooltip=lambda r: r.question,
                ),
                Column(self.tr("Answer"), lambda r: r.answer, tooltip=lambda r: r.answer),
                Column(self.tr("Promised by"), _promised),
                Column(self.tr("State"), state_text),
            ]
        )

    def is_flagged(self, row: InquiryView) -> bool:
        return row.overdue

    def is_inactive(self, row: InquiryView) -> bool:
        return row.state is not InquiryState.OPEN

    def row_of(self, inquiry_id: object) -> int:
        return next((i for i, row in enumerate(self.rows()) if row.id == inquiry_id), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is not None and row.overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return OVERDUE_COLOUR
            if role == Qt.ItemDataRole.BackgroundRole:
                return None  # red on white reads better than on the flag's orange
            if role == Qt.ItemDataRole.FontRole and index.column() == self.COL_STATE:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)
