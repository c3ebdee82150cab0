"""Settings → Station: rename this station."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from propdesk.services.station.settings import MAX_STATION, SettingsService
from propdesk.ui.widgets.form_dialog import FormDialog


class StationDialog(FormDialog):
    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Station"), parent)
        self.name_edit = QLineEdit(settings.current.station_name)
        self.name_edit.setObjectName("station_name")
        self.name_edit.setMaxLength(MAX_STATION)
        self.form.add_field("station_name", self.tr("Station name"), self.name_edit)
        self.setMinimumWidth(360)
        self.fields_first_in_tab_order()
        self.on_save(lambda: settings.set_station_name(self.name_edit.text()))
