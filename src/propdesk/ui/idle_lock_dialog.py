"""Settings → Auto-lock: lock the window after some minutes without input."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget

from propdesk.services.station.settings import MAX_IDLE_LOCK_MINUTES, SettingsService
from propdesk.ui.widgets.form_dialog import FormDialog


class IdleLockDialog(FormDialog):
    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Auto-lock"), parent)
        self.set_intro(
            self.tr(
                "Lock the window when nobody has used the keyboard or mouse for this many "
                "minutes. 0 turns auto-lock off."
            )
        )
        self.minutes_edit = QSpinBox()
        self.minutes_edit.setObjectName("idle_lock_minutes")
        self.minutes_edit.setRange(0, MAX_IDLE_LOCK_MINUTES)
        self.minutes_edit.setSpecialValueText(self.tr("Off"))
        self.minutes_edit.setSuffix(self.tr(" min"))
        self.minutes_edit.setValue(settings.current.idle_lock_minutes)
        self.form.add_field("idle_lock_minutes", self.tr("Lock after"), self.minutes_edit)
        self.setMinimumWidth(360)
        self.fields_first_in_tab_order()
        self.on_save(lambda: settings.set_idle_lock_minutes(self.minutes_edit.value()))
