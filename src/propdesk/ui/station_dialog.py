"""Settings → Station: rename this station."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from propdesk.errors import UserError
from propdesk.services.station.settings import SettingsService
from propdesk.ui.widgets.field_form import FieldForm


class StationDialog(QDialog):
    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Station"))
        self.name_edit = QLineEdit(settings.current.station_name)
        self.name_edit.setObjectName("station_name")
        self.form = FieldForm()
        self.form.add_field("station_name", self.tr("Station name"), self.name_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)

    def _on_accept(self) -> None:
        self.form.clear_errors()
        try:
            self._settings.set_station_name(self.name_edit.text())
        except UserError as exc:
            if not self.form.show_error(exc):
                raise
            return
        self.accept()
