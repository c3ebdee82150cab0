"""First start: which estate this is and what this station is called."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from propdesk.errors import UserError
from propdesk.services.bootstrap import Services
from propdesk.ui.widgets.field_form import FieldForm


class FirstStartDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("Welcome to propdesk"))
        intro = QLabel(
            self.tr(
                "Tell propdesk which estate this office serves and what this computer is "
                "(for example the gatehouse or the front desk)."
            )
        )
        intro.setWordWrap(True)
        estate = services.estate.get()
        self.estate_edit = QLineEdit(estate.name if estate else "")
        self.estate_edit.setObjectName("estate_name")
        self.estate_edit.setPlaceholderText(self.tr("e.g. Green Lake Gardens"))
        self.station_edit = QComboBox()
        self.station_edit.setEditable(True)
        self.station_edit.setObjectName("station_name")
        # The usual stations of an office, offered in the user's language.
        self.station_edit.addItems([self.tr("Gatehouse"), self.tr("Front desk")])
        self.station_edit.setEditText(services.settings.current.station_name)
        self.form = FieldForm()
        self.form.add_field("estate_name", self.tr("Estate name"), self.estate_edit)
        self.form.add_field("station_name", self.tr("Station name"), self.station_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _on_accept(self) -> None:
        self.form.clear_errors()
        try:
            # Validate both before writing either, so nothing is half-saved.
            station = self._services.settings.clean_station_name(self.station_edit.currentText())
            self._services.estate.set_up(self.estate_edit.text())
            self._services.settings.set_station_name(station)
        except UserError as exc:
            if not self.form.show_error(exc):
                raise
            return
        self.accept()
