"""An equipment item's history: every inspection whose item named it, newest first,
with that line's result, reading and note (issue 19: "its history shows every
inspection of it")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from propdesk.services.inspections.equipment import EquipmentInfo
from propdesk.services.inspections.views import InspectionRow, ItemLine
from propdesk.ui.tabs.inspections.inspection_names import (
    local_time,
    number_text,
    result_name,
)


class EquipmentHistoryDialog(QDialog):
    def __init__(
        self,
        item: EquipmentInfo,
        history: Sequence[tuple[InspectionRow, ItemLine]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("equipment_history_dialog")
        self.setWindowTitle(self.tr("History of {code}").format(code=item.code))
        heading = QLabel(
            self.tr("{code} · {name} · {place}: {n} inspections").format(
                code=item.code, name=item.name, place=item.place, n=len(history)
            )
        )
        heading.setWordWrap(True)
        headers = [
            self.tr("Inspection"),
            self.tr("Time"),
            self.tr("Checklist"),
            self.tr("Area"),
            self.tr("Inspector"),
            self.tr("Item"),
            self.tr("Result"),
            self.tr("Reading"),
            self.tr("Note"),
        ]
        self.table = QTableWidget(len(history), len(headers), self)
        self.table.setObjectName("equipment_history_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, (inspection, line) in enumerate(history):
            reading = ""
            if line.value is not None:
                reading = f"{number_text(line.value)} {line.unit}".strip()
            cells = [
                inspection.number,
                local_time(inspection.inspected_at),
                inspection.template_name,
                inspection.area,
                inspection.inspector_name,
                line.text,
                result_name(line.result),
                reading,
                line.note,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(960, 420)
