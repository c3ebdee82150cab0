"""Vehicles at the barrier: one plate field for coming in, one for going out.

Typing a plate and Enter logs the entry at once (a visitor's vehicle is told its
permit number). Going out opens the fee confirmation; with no entry on record the
same dialog first asks for the entry time.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from propdesk.errors import NotFoundError, PropdeskError, UserError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.service import GateServices
from propdesk.services.gate.vehicles import ExitQuote, VehicleExitResult
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.gate.vehicle_exit_dialog import VehicleExitDialog
from propdesk.ui.widgets.field_form import FieldForm


class VehiclePanel(QGroupBox):
    # A line for the tab's status label; the tab refreshes "inside now" on it.
    logged = Signal(str)
    # An exit whose receipt the guard asked to print.
    receipt_wanted = Signal(object)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Vehicles"), parent)
        self._services = services
        self._actor = actor
        self.exit_dialog: VehicleExitDialog | None = None
        self.in_edit = QLineEdit()
        self.in_edit.setObjectName("vehicle_in_plate")
        self.in_edit.setPlaceholderText(self.tr("Plate coming in, then Enter"))
        self.in_edit.returnPressed.connect(self._on_entry)
        self.out_edit = QLineEdit()
        self.out_edit.setObjectName("vehicle_out_plate")
        self.out_edit.setPlaceholderText(self.tr("Plate going out, then Enter"))
        self.out_edit.returnPressed.connect(self._on_exit)
        self.permit_label = QLabel()
        self.permit_label.setObjectName("permit_label")
        self.permit_label.setWordWrap(True)
        # One form per field: both name their plate "plate", as the service's errors do.
        column = QVBoxLayout(self)
        self.in_form = FieldForm()
        self.in_form.add_field("plate", self.tr("In"), self.in_edit)
        self.out_form = FieldForm()
        self.out_form.add_field("plate", self.tr("Out"), self.out_edit)
        column.addLayout(self.in_form)
        column.addLayout(self.out_form)
        column.addWidget(self.permit_label)

    def _show(self, form: FieldForm, exc: PropdeskError) -> None:
        if not (isinstance(exc, UserError) and form.show_error(exc)):
            show_error(self, exc)

    def _on_entry(self) -> None:
        self.in_form.clear_errors()
        text = self.in_edit.text()
        if not text.strip():
            return
        try:
            entry = self._services.module(GateServices).vehicles.vehicle_entry(self._actor, text)
        except PropdeskError as exc:
            self._show(self.in_form, exc)
            return
        self.in_edit.clear()
        if entry.registered:
            line = self.tr("{plate} in: registered to {name} ({unit})").format(
                plate=entry.plate, name=entry.owner_name, unit=entry.unit_code
            )
        else:
            line = self.tr("{plate} in: visitor vehicle, hand over permit {permit}").format(
                plate=entry.plate, permit=entry.permit_number
            )
        self.permit_label.setText(line)
        self.logged.emit(line)

    def _on_exit(self) -> None:
        self.out_form.clear_errors()
        text = self.out_edit.text()
        if not text.strip():
            return
        quote: ExitQuote | None = None
        try:
            quote = self._services.module(GateServices).vehicles.exit_quote(self._actor, text)
        except NotFoundError as exc:
            if exc.field != "entered_at":
                self._show(self.out_form, exc)
                return
        except PropdeskError as exc:
            self._show(self.out_form, exc)
            return
        self.open_exit_dialog(text, quote)

    def open_exit_dialog(self, plate: str, quote: ExitQuote | None) -> VehicleExitDialog:
        dialog = VehicleExitDialog(self._services, self._actor, plate, quote, self)
        self.exit_dialog = dialog
        dialog.accepted.connect(lambda: self._on_exit_saved(dialog))
        dialog.finished.connect(lambda _result: self._on_dialog_closed(dialog))
        dialog.open()
        dialog.focus_first()
        return dialog

    def _on_exit_saved(self, dialog: VehicleExitDialog) -> None:
        result: VehicleExitResult | None = dialog.saved
        if result is None:
            return
        self.out_edit.clear()
        line = self.tr("{plate} out: {fee} collected").format(
            plate=result.quote.plate, fee=result.quote.fee.yuan_text
        )
        self.permit_label.setText(line)
        self.logged.emit(line)
        if dialog.wants_receipt:
            self.receipt_wanted.emit(result)

    def _on_dialog_closed(self, dialog: VehicleExitDialog) -> None:
        if self.exit_dialog is dialog:
            self.exit_dialog = None
        dialog.deleteLater()
        self.window().activateWindow()  # the next car: type its plate without a click
        self.out_edit.setFocus()
