"""The quick entry (整区录入): pick the day and the area, and the day's planned tasks of
that area appear as rows, all "done" with the person pre-filled. The clerk flips the
exceptions by keyboard — Space toggles done / not done, N marks not done and opens
the reason — edits a person, a time or a note in place (F2 or typing), and Ctrl+Enter
saves every row in one transaction (Esc cancels). A refused row is selected and its
message shown under the table; nothing is written then."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.worklogs.kinds import Trade
from propdesk.errors import PropdeskError, UserError
from propdesk.services.core.actor import Actor
from propdesk.services.worklogs.inputs import line_field
from propdesk.services.worklogs.service import WorklogServices
from propdesk.ui.dialogs import error_text, show_error
from propdesk.ui.tabs.worklogs.quick_entry_model import QuickEntryModel
from propdesk.ui.widgets.choices import choice_combo
from propdesk.ui.widgets.labelled import add_labelled

StaffChoices = dict[Trade, list[tuple[uuid.UUID, str]]]


class StaffDelegate(QStyledItemDelegate):
    """The person column edited with a list of the trade's staff."""

    def __init__(self, model: QuickEntryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        if index.column() != QuickEntryModel.COL_STAFF:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for staff_id, name in self._model.staff_choices(index.row()):
            combo.addItem(name, staff_id)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
            return
        super().setEditorData(editor, index)

    def setModelData(
        self, editor: QWidget, model: object, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            self._model.setData(index, editor.currentData())
            return
        super().setModelData(editor, self._model, index)


class QuickEntryTable(QTableView):
    """Space and N act on the current row's result, as the inspections' items do."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        row = self.currentIndex().row()
        if (
            isinstance(model, QuickEntryModel)
            and row >= 0
            and self.state() != self.State.EditingState
        ):
            if event.key() == Qt.Key.Key_Space:
                model.toggle(row)
                return
            if event.key() == Qt.Key.Key_N:
                model.mark_not_done(row)
                reason = model.index(row, QuickEntryModel.COL_REASON)
                self.setCurrentIndex(reason)
                self.edit(reason)
                return
        super().keyPressEvent(event)


class QuickEntryDialog(QDialog):
    saved = Signal(int)  # how many entries were written

    def __init__(
        self,
        doors: WorklogServices,
        actor: Actor,
        areas: list[str],
        staff: StaffChoices,
        parent: QWidget | None = None,
        *,
        day: date | None = None,
        area: str = "",
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("worklog_quick_entry")
        self.setWindowTitle(self.tr("Log an area's day"))
        self._doors, self._actor, self._staff = doors, actor, staff
        self.day_edit = QDateEdit()
        self.day_edit.setObjectName("quick_day")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        shown = day or today or date.today()
        self.day_edit.setDate(QDate(shown.year, shown.month, shown.day))
        if today is not None:
            self.day_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self._build(areas, area)

    def _build(self, areas: list[str], area: str) -> None:
        self.area_combo = choice_combo([(a, a) for a in areas], "quick_area")
        if area:
            self.area_combo.setCurrentIndex(max(self.area_combo.findData(area), 0))
        top = QHBoxLayout()
        add_labelled(top, self.tr("Day"), self.day_edit)
        top.addSpacing(8)
        add_labelled(top, self.tr("Area"), self.area_combo)
        top.addStretch(1)
        self.model = QuickEntryModel(self)
        self.table = QuickEntryTable()
        self.table.setObjectName("quick_rows")
        self.table.setModel(self.model)
        self.table.setItemDelegate(StaffDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QuickEntryModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel(
            self.tr(
                "Every row is done unless flipped: Space toggles, N marks not done and asks "
                "the reason; F2 edits a cell; Ctrl+Enter saves them all, Esc cancels."
            )
        )
        self.hint.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("quick_error")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save all (Ctrl+Enter)"))
        save.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for keys in (Qt.Modifier.CTRL | Qt.Key.Key_Return, Qt.Modifier.CTRL | Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.save)
        self.day_edit.dateChanged.connect(lambda _day: self.load())
        self.area_combo.currentIndexChanged.connect(lambda _index: self.load())
        self.resize(900, 420)
        self.load()

    def chosen_day(self) -> date:
        shown = self.day_edit.date()
        return date(shown.year(), shown.month(), shown.day())

    def load(self) -> None:
        """The rows of the day and area now chosen; the first open row takes the focus."""
        self._show_message("")
        area = self.area_combo.currentData() or ""
        try:
            day = (
                self._doors.entries.area_day(self._actor, self.chosen_day(), area) if area else None
            )
        except PropdeskError as exc:
            show_error(self, exc)
            return
        if day is None:
            self.model.set_day_empty()
            return
        self.model.set_day(day, self._staff)
        open_rows = self.model.open_rows()
        if open_rows:
            self.table.setCurrentIndex(self.model.index(open_rows[0], QuickEntryModel.COL_RESULT))
            self.table.setFocus()
        elif day.lines:
            self._show_message(self.tr("Every task of this area is logged for that day."))
        else:
            self._show_message(self.tr("No task is planned for this area that day."))

    def save(self) -> bool:
        if self.table.state() == QAbstractItemView.State.EditingState:
            self.table.setFocus()  # commits the open editor first
            self.table.clearFocus()
            self.table.setFocus()
        day = self.chosen_day()
        found = self.model.inputs(day)
        if isinstance(found, tuple):
            row, _column = found
            self._point_at(row, QuickEntryModel.COL_TIME)
            self._show_message(self.tr("Enter the time as hours and minutes, e.g. 7:30."))
            return False
        try:
            written = self._doors.entries.log_area(
                self._actor, day, self.area_combo.currentData() or "", found
            )
        except UserError as exc:
            self._show_error(exc)
            return False
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        self.saved.emit(len(written))
        self.accept()
        return True

    def _show_error(self, exc: UserError) -> None:
        self._show_message(error_text(exc))
        field = exc.field or ""
        for line in self.model.lines():
            task_id = line.line.task.id
            for name, column in (
                ("time", QuickEntryModel.COL_TIME),
                ("staff_id", QuickEntryModel.COL_STAFF),
                ("reason", QuickEntryModel.COL_REASON),
                ("note", QuickEntryModel.COL_NOTE),
            ):
                if field == line_field(task_id, name):
                    row = self.model.row_of(task_id)
                    if row is not None:
                        self._point_at(row, column)
                    return

    def _point_at(self, row: int, column: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, column))
        self.table.setFocus()

    def _show_message(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
