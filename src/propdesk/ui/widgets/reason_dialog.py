"""Ask for a reason (voiding, a card's status change) before calling the service."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from propdesk.services.core.records import VOID_REASON_MAX
from propdesk.ui.widgets.form_dialog import FormDialog


class ReasonDialog(FormDialog):
    def __init__(
        self, title: str, label: str, act: Callable[[str], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(VOID_REASON_MAX)  # what the service keeps
        self.reason_edit.setObjectName("reason")
        self.form.add_field("reason", label, self.reason_edit)
        self.on_save(lambda: act(self.reason_edit.text()))
        # Opens in the reason, Tab going on to OK and Cancel (the buttons, made first,
        # would otherwise take the focus and the reason come last).
        self.fields_first_in_tab_order()
        self.reason_edit.setFocus()
