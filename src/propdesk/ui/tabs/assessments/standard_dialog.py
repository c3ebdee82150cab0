"""A department's standard to edit: its name and items (words and points), the full
score added up as they are typed; Save writes the next version (the assessments made
keep theirs). Rows are added and removed with the buttons or Insert and Delete."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from propdesk.domain.assessments.standards import Standard, StandardItem, next_key
from propdesk.services.assessments.service import AssessmentServices
from propdesk.services.assessments.views import StandardInfo
from propdesk.services.core.actor import Actor
from propdesk.ui.widgets.buttons import left_row, push_button
from propdesk.ui.widgets.form_dialog import FormDialog

COL_TEXT, COL_POINTS = 0, 1


class StandardDialog(FormDialog):
    def __init__(
        self,
        doors: AssessmentServices,
        actor: Actor,
        info: StandardInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Standard: {department}").format(department=info.department_name), parent
        )
        self.setObjectName("standard_form")
        self.saved: StandardInfo | None = None
        self._keys: list[str] = []
        self.total_label = QLabel()
        self.total_label.setObjectName("standard_total")
        self.name_edit = self.form.add_line_edit("name", self.tr("&Name"), text=info.name)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("items")
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Points")])
        self.table.horizontalHeader().setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumSize(560, 260)
        for item in info.standard.items:
            self._add(item)
        self.form.add_field("items", self.tr("&Items"), self.table)
        self.form.addRow(self.total_label)
        self.add_button = push_button(self.tr("Add item"), lambda: self._add(None), "item_add")
        self.remove_button = push_button(self.tr("Remove item"), self._remove, "item_remove")
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.form.addRow(left_row(self.add_button, self.remove_button))
        QShortcut(QKeySequence("Insert"), self.table, lambda: self._add(None))
        QShortcut(QKeySequence("Delete"), self.table, self._remove)
        self.table.itemChanged.connect(lambda _item: self._show_total())
        self._show_total()
        self.fields_first_in_tab_order()
        self.on_save(
            lambda: setattr(
                self,
                "saved",
                doors.standards.save(actor, info.department_code, self.standard()),
            )
        )

    def _add(self, item: StandardItem | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        key = item.key if item is not None else next_key(self.standard().items)
        self._keys.append(key)
        self.table.setItem(row, COL_TEXT, QTableWidgetItem(item.text if item else ""))
        self.table.setItem(row, COL_POINTS, QTableWidgetItem(str(item.points) if item else "10"))
        if item is None:
            self.table.setCurrentCell(row, COL_TEXT)
            cell = self.table.item(row, COL_TEXT)
            if cell is not None:
                self.table.editItem(cell)
        self._show_total()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._keys[row]
            self._show_total()

    def standard(self) -> Standard:
        items = []
        for row, key in enumerate(self._keys):
            text = self.table.item(row, COL_TEXT)
            points = self.table.item(row, COL_POINTS)
            value = points.text().strip() if points is not None else ""
            items.append(
                StandardItem(
                    key,
                    text.text() if text is not None else "",
                    int(value) if value.isdigit() else 0,
                )
            )
        return Standard(self.name_edit.text(), tuple(items))

    def _show_total(self) -> None:
        self.total_label.setText(
            self.tr("Full score: {total} points").format(total=self.standard().total)
        )
