"""What the gate's forms share: the gate tab makes each from the services, the actor
and itself; a form opens in its first field, Tab goes through the fields in reading
order (FormDialog.tab_through_fields), and OK records one thing through the gate's
services (kept as `saved`, which the tab tells on its status line and may print)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.service import GateServices
from propdesk.ui.widgets.form_dialog import FormDialog


class GateForm(FormDialog):
    NAME = ""  # the form's object name
    TITLE = ""  # marked with QT_TRANSLATE_NOOP in the form's own context

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr(self.TITLE), parent)  # tr: in the form's context
        self.setObjectName(self.NAME)
        self._services = services
        self._actor = actor
        self._add_fields()
        self.tab_through_fields()
        self.on_save(self._save)

    @property
    def _gate(self) -> GateServices:
        return self._services.module(GateServices)

    # -- what each form declares (each subclass defines both as methods) -------------
    # The form's fields, in reading order.
    _add_fields: Callable[[], None]
    # The one service call OK stands for; it sets `saved` (False: not yet, the form
    # showed something to check first).
    _save: Callable[[], object]
