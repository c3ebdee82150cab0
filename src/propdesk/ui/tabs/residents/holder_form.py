"""The forms for what a resident of the selected unit holds: an access card, a
vehicle. The unit is given; the holder is picked among the residents living there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QWidget

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.residents import ResidentInfo
from propdesk.ui.widgets.form_dialog import FormDialog


class HolderForm(FormDialog):
    TITLE = ""  # marked with QT_TRANSLATE_NOOP in the form's own context

    def __init__(
        self,
        services: Services,
        actor: Actor,
        unit_code: str,
        residents: list[ResidentInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr(self.TITLE), parent)  # tr: in the form's context
        self._services = services
        self._actor = actor
        self.unit_code = unit_code
        self.holder_combo = QComboBox()
        for resident in residents:
            self.holder_combo.addItem(resident.name)
        self._add_fields()
        self.on_save(self._save)

    # -- what each form declares (each subclass defines both as methods) -------------
    # The form's fields, the holder among them (`holder_combo`).
    _add_fields: Callable[[], None]
    # The one service call OK stands for; it sets `saved`.
    _save: Callable[[], None]
