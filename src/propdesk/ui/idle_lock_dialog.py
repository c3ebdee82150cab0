"""Settings → Auto-lock: lock the window after some minutes without input."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from propdesk.errors import PropdeskError
from propdesk.services.station.settings import MAX_IDLE_LOCK_MINUTES, SettingsService
from propdesk.ui.dialogs import show_error
from propdesk.ui.widgets.field_form import FieldForm


class IdleLockDialog(QDialog):
    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Auto-lock"))
        intro = QLabel(
            self.tr(
                "Lock the window when nobody has used the keyboard or mouse for this many "
                "minutes. 0 turns auto-lock off."
            )
        )
        intro.setWordWrap(True)
        self.minutes_edit = QSpinBox()
        self.minutes_edit.setObjectName("idle_lock_minutes")
        self.minutes_edit.setRange(0, MAX_IDLE_LOCK_MINUTES)
        self.minutes_edit.setSpecialValueText(self.tr("Off"))
        self.minutes_edit.setSuffix(self.tr(" min"))
        self.minutes_edit.setValue(settings.current.idle_lock_minutes)
        self.form = FieldForm()
        self.form.add_field("idle_lock_minutes", self.tr("Lock after"), self.minutes_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)

    def _on_accept(self) -> None:
        self.form.clear_errors()
        try:
            self._settings.set_idle_lock_minutes(self.minutes_edit.value())
        except PropdeskError as exc:
            if not self.form.show_error(exc):
                show_error(self, exc)
            return
        self.accept()
