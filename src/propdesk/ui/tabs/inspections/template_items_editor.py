"""A checklist's items edited in place, keyboard first: arrows go from cell to cell,
typing (or F2, or Enter) edits a cell, Space ticks "required", Ctrl+N adds an item
below the current one, Delete removes the current one (it is simply absent from the
next version), Ctrl+Up / Ctrl+Down move it. A unit and limits belong to readings
only; their cells are greyed on other items.

The dialog around it saves; a refusal naming one item (`item_field(key)`) comes back
through `point_at`, which highlights and selects that row, and `message`, which says
it with the item's words (never its key).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.inspections.templates import TemplateItem, item_field
from propdesk.errors import PropdeskError
from propdesk.ui.tabs.inspections.template_items_delegate import TemplateItemsDelegate
from propdesk.ui.tabs.inspections.template_items_edit_model import TemplateItemsEditModel
from propdesk.ui.widgets.buttons import left_row, push_button
from propdesk.ui.widgets.record_table import record_table

_ITEM_PREFIX = item_field("")
_CTRL = Qt.KeyboardModifier.ControlModifier


class TemplateItemsEditor(QWidget):
    def __init__(self, items: Sequence[TemplateItem] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_items_editor")
        self.model = TemplateItemsEditModel(items, self)
        model = self.model
        self.view = record_table(model, "template_items_edit", stretch=[model.COL_TEXT])
        self.view.setItemDelegate(TemplateItemsDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.view.setTabKeyNavigation(False)  # Tab leaves the table for OK
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.set_empty_text(self.tr("No items yet: Ctrl+N adds one"))
        header = self.view.horizontalHeader()
        # The combos' cells as wide as their longest choice would be too wide: fixed.
        for column, width in ((model.COL_KIND, 96), (model.COL_EQUIPMENT, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.view.setColumnWidth(column, width)
        numbers = self.view.verticalHeader()
        numbers.show()  # the items' numbers, as the inspection form counts them
        numbers.setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        numbers.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.add_button = push_button(
            self.tr("Add item"), self.add_item, "template_item_add", self.tr("Ctrl+N")
        )
        self.remove_button = push_button(
            self.tr("Remove"), self.remove_current, "template_item_remove", self.tr("Delete")
        )
        self.up_button = push_button(
            self.tr("Move up"),
            lambda: self.move_current(-1),
            "template_item_up",
            self.tr("Ctrl+Up"),
        )
        self.down_button = push_button(
            self.tr("Move down"),
            lambda: self.move_current(1),
            "template_item_down",
            self.tr("Ctrl+Down"),
        )
        self.hint = QLabel(
            self.tr(
                "Type or F2: edit a cell · Space: required or not · Ctrl+N: add · "
                "Delete: remove · Ctrl+Up / Ctrl+Down: move"
            )
        )
        self.hint.setObjectName("template_items_hint")
        self.hint.setWordWrap(True)
        buttons = left_row(self.add_button, self.remove_button, self.up_button, self.down_button)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            # The table's keys do this; Enter in the dialog stays OK's, not a button's.
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        # The form's Tab order and "focus the field" land in the table.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.view)

        self._install_keys()
        self.view.selectionModel().currentChanged.connect(lambda *_: self._enable())
        for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved, model.modelReset):
            signal.connect(lambda *_: self._enable())
        if model.rowCount():
            self.go_to(0)
        self._enable()

    def _install_keys(self) -> None:
        keys: list[tuple[QKeySequence, Callable[[], object]]] = [
            (QKeySequence(_CTRL | Qt.Key.Key_N), self.add_item),
            (QKeySequence(Qt.Key.Key_Delete), self.remove_current),
            (QKeySequence(_CTRL | Qt.Key.Key_Up), lambda: self.move_current(-1)),
            (QKeySequence(_CTRL | Qt.Key.Key_Down), lambda: self.move_current(1)),
        ]
        for sequence, act in keys:
            # On the table only: while a cell is edited, Delete deletes a character.
            shortcut = QShortcut(sequence, self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(act)

    def _enable(self) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    # -- the rows ----------------------------------------------------------------------
    def items(self) -> tuple[TemplateItem, ...]:
        """The items as shown (ValidationError naming the first bad row's item)."""
        return self.model.items()

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def go_to(self, row: int, column: int | None = None) -> None:
        """Make `row` current, in `column` (else the column the cursor is in, else the
        item's text — also when that cell is greyed on this row)."""
        if not 0 <= row < self.model.rowCount():
            return
        current = self.view.currentIndex()
        if column is None:
            column = current.column() if current.isValid() else self.model.COL_TEXT
        index = self.model.index(row, column)
        if not self.model.flags(index) & Qt.ItemFlag.ItemIsEnabled:
            index = self.model.index(row, self.model.COL_TEXT)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(self.view.currentIndex())

    def add_item(self) -> int:
        """A new pass/fail item below the current one (at the end when none is), its
        text open for typing."""
        self.commit_open_editor()
        current = self.current_row()
        row = self.model.add_row(current + 1 if current >= 0 else None)
        self.go_to(row, self.model.COL_TEXT)
        self.view.setFocus()
        self.view.edit(self.view.currentIndex())
        return row

    def remove_current(self) -> bool:
        row = self.current_row()
        if not self.model.remove_row(row):
            return False
        if self.model.rowCount():
            self.go_to(min(row, self.model.rowCount() - 1))
        return True

    def move_current(self, offset: int) -> int:
        self.commit_open_editor()
        row = self.current_row()
        if row < 0:
            return -1
        moved = self.model.move_row(row, offset)
        self.go_to(moved)
        return moved

    def commit_open_editor(self) -> None:
        """Keep what is being typed in a cell (OK pressed while editing)."""
        if self.view.state() != QAbstractItemView.State.EditingState:
            return
        editor = QApplication.focusWidget()
        if editor is not None and self.view.isAncestorOf(editor):
            self.view.commitData(editor)
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    # -- a refusal -----------------------------------------------------------------------
    def clear_error(self) -> None:
        self.model.set_error(None)

    def point_at(self, exc: PropdeskError) -> bool:
        """Highlight and select the row `exc` names; False when it names no item here."""
        field = exc.field or ""
        if not field.startswith(_ITEM_PREFIX):
            return False
        row = self.model.set_error(field.removeprefix(_ITEM_PREFIX))
        if row < 0:
            return False
        self.go_to(row)
        self.view.setFocus()
        return True

    def message(self, exc: PropdeskError) -> str:
        """The refusal in the user's language, the item named by its words (or its
        number while it has none): the key is never shown."""
        params = dict(exc.params)
        if "item" in params:
            row = self.model.error_row()
            draft = self.model.draft(row)
            words = draft.text.strip() if draft is not None else ""
            params["item"] = words or self.tr("No. {n}").format(n=row + 1)
        text = QCoreApplication.translate("messages", exc.template)
        return text.format(**params) if params else text
