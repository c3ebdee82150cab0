"""What the gate's forms share: the gate tab makes each from the services, the actor
and itself; a form opens in its first field, Tab goes through the fields in reading
order (FormDialog.tab_through_fields), and OK records one thing through the gate's
services (kept as `saved`, which the tab tells in its result banner and may print).

A field that must be filled is marked with a red asterisk, explained under the fields;
a form that asks the service for all its problems first shows them at once, each under
its field (`show_problems`), instead of one per OK."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from propdesk.errors import UserError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.service import GateServices
from propdesk.ui.dialogs import show_error
from propdesk.ui.widgets.field_form import ERROR_STYLE
from propdesk.ui.widgets.form_dialog import FormDialog

REQUIRED_MARK = f'<span style="{ERROR_STYLE}">*</span>'


class GateForm(FormDialog):
    NAME = ""  # the form's object name
    TITLE = ""  # marked with QT_TRANSLATE_NOOP in the form's own context

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr(self.TITLE), parent)  # tr: in the form's context
        self.setObjectName(self.NAME)
        self._services = services
        self._actor = actor
        self.required_note: QLabel | None = None
        self._add_fields()
        self.tab_through_fields()
        self.on_save(self._save)

    @property
    def _gate(self) -> GateServices:
        return self._services.module(GateServices)

    def required(self, label: str) -> str:
        """`label` marked as a field that must be filled; the first one marked adds the
        line saying what the mark means."""
        if self.required_note is None:
            meaning = QCoreApplication.translate("GateForm", "must be filled in")
            self.required_note = QLabel(f"{REQUIRED_MARK} {html.escape(meaning)}")
            self.required_note.setObjectName("required_note")
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(
                layout.indexOf(self.buttons), self.required_note
            )  # under the fields
        return f"{html.escape(label)} {REQUIRED_MARK}"

    def show_problems(self, problems: Sequence[UserError]) -> bool:
        """Each problem under its field (one naming no field in a message box); the
        topmost field keeps the focus. False: the form stays open, as OK expects."""
        for exc in reversed(problems):  # the last shown takes the focus
            if not self.form.show_error(exc):
                show_error(self, exc)
        return False

    # -- what each form declares (each subclass defines both as methods) -------------
    # The form's fields, in reading order.
    _add_fields: Callable[[], None]
    # The one service call OK stands for; it sets `saved` (False: not yet, the form
    # showed something to check first).
    _save: Callable[[], object]
