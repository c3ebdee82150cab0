"""A dialog around a FieldForm: OK runs `save`; a UserError naming a field is shown
next to it and the dialog stays open, so nothing is half-written or lost. A save that
returns False keeps the dialog open too (a step that showed something to check)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from propdesk.errors import PropdeskError, UserError
from propdesk.ui.dialogs import show_error
from propdesk.ui.widgets.field_form import FieldForm
from propdesk.ui.widgets.tab_order import chain_tab_order


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        # A line above the fields saying what OK will do; hidden until given.
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.form = FieldForm()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._save_step: Callable[[], object] | None = None

    def fields_first_in_tab_order(self) -> None:
        """Tab order as read, the fields before OK and Cancel, so the dialog opens in
        its first field (the buttons are made first, so they come first otherwise)."""
        layout = self.layout()
        assert layout is not None
        layout.removeWidget(self.buttons)
        self.buttons.setParent(None)  # out of the window's focus chain …
        layout.addWidget(self.buttons)  # … and back in at its end

    def tab_through_fields(self) -> None:
        """Tab goes through the fields in reading order (as they stand in the form),
        and the dialog opens in the first: forms at the gate are filled without the
        mouse."""
        fields = self.form.tab_fields()
        chain_tab_order(fields)
        if fields:
            fields[0].setFocus()

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def show_settings_read_only(self) -> None:
        """A settings dialog for a role that may read the settings but not change them:
        every number and date shown read-only, every yes/no box off, a line that says
        why, and Close."""
        for box in self.findChildren(QAbstractSpinBox):
            box.setReadOnly(True)
            box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        for check in self.findChildren(QCheckBox):
            check.setEnabled(False)
        notice = QLabel(self.tr("Your role may view these settings but not change them."))
        notice.setObjectName("read_only_notice")
        notice.setWordWrap(True)
        self.form.addRow(notice)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def on_save(self, save: Callable[[], object]) -> None:
        self._save_step = save

    def _on_accept(self) -> None:
        self.form.clear_errors()
        if self._save_step is None:
            self.accept()
            return
        try:
            done = self._save_step()
        except UserError as exc:
            if self.form.show_error(exc):
                self.make_room()
            else:
                show_error(self, exc)
            return
        except PropdeskError as exc:
            show_error(self, exc)
            return
        if done is False:  # it may have shown a message under a field
            self.make_room()
            return
        self.accept()

    def make_room(self) -> None:
        """Grow to fit a message just shown under a field. Left alone, the dialog keeps
        its size and squeezes the rows (a word-wrapped message does not ask for more)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.size().expandedTo(self.sizeHint()))
