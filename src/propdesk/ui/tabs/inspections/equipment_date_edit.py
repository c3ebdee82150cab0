"""The equipment form's date fields: an OptionalDateEdit a person can fill and leave
with the keyboard alone.

Left empty, the shared OptionalDateEdit shows its blank special value, and Qt's date
edit then neither takes typed digits nor lets Tab out (it keeps looking for the next
section of a text that has none): a keyboard trap in a form of four dates. Here a
digit typed into the empty field starts a date (today's, its year selected, so
"20240301" gives 2024-03-01), Tab leaves an empty field, and Delete or Backspace
over the whole text empties it again.

The cure belongs in ui/widgets/optional_date_edit.py, where every form would get it;
it stays here until that widget's owner takes it.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox

from propdesk.ui.widgets.optional_date_edit import OptionalDateEdit


class EquipmentDateEdit(OptionalDateEdit):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        edit = self.lineEdit()
        if self.value() is None and event.text().isdigit():
            self.setDate(QDate.currentDate())
            self.setCurrentSection(QDateEditSection.YearSection)
            edit.setSelection(0, 4)
        elif (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and edit.hasSelectedText()
            and edit.selectedText() == edit.text()
        ):
            self.set_value(None)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.value() is None:  # no sections to step through: leave the field
            return QAbstractSpinBox.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)


QDateEditSection = OptionalDateEdit.Section
