"""Vehicles at the barrier: one plate field for coming in (F3), one for going out (F4).

Typing a registered plate and Enter logs the entry at once. A visitor's car is asked
which unit it visits and why (VisitorCarForm), then told its permit number. Going out
opens the fee confirmation; with no entry on record the same dialog first asks for the
entry time. What happened is said once, in the gate's result banner (`outcome`), which
every action clears when it starts; refusals go there too, not under the field.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLineEdit, QVBoxLayout, QWidget

from propdesk.domain.plates import PLATE_TYPED_MAX
from propdesk.errors import NotFoundError, PropdeskError, UserError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.service import GateServices
from propdesk.services.gate.vehicles import ExitQuote, VehicleEntryResult, VehicleExitResult
from propdesk.services.gate.visits import FIELD_UNIT
from propdesk.ui.dialogs import show_error, user_message
from propdesk.ui.tabs.gate.vehicle_exit_dialog import VehicleExitDialog
from propdesk.ui.tabs.gate.visitor_car_form import VisitorCarForm
from propdesk.ui.widgets.field_form import FieldForm
from propdesk.ui.widgets.scan_outcome import ScanOutcome


class VehiclePanel(QGroupBox):
    # A vehicle came in or went out: the tab refreshes "inside now".
    logged = Signal()
    # An exit whose receipt the guard asked to print.
    receipt_wanted = Signal(object)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        outcome: ScanOutcome,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Vehicles"), parent)
        self._services = services
        self._actor = actor
        self.outcome = outcome
        self.exit_dialog: VehicleExitDialog | None = None
        self.visit_form: VisitorCarForm | None = None
        self.in_edit = QLineEdit()
        self.in_edit.setObjectName("vehicle_in_plate")
        self.in_edit.setPlaceholderText(self.tr("Plate coming in, then Enter"))
        self.in_edit.returnPressed.connect(self._on_entry)
        self.out_edit = QLineEdit()
        self.out_edit.setObjectName("vehicle_out_plate")
        self.out_edit.setPlaceholderText(self.tr("Plate going out, then Enter"))
        self.out_edit.returnPressed.connect(self._on_exit)
        for edit in (self.in_edit, self.out_edit):
            edit.setMaxLength(PLATE_TYPED_MAX)
        # One form per field: both name their plate "plate", as the service's errors do.
        column = QVBoxLayout(self)
        self.in_form = FieldForm()
        self.in_form.add_field("plate", self.tr("In (F3)"), self.in_edit)
        self.out_form = FieldForm()
        self.out_form.add_field("plate", self.tr("Out (F4)"), self.out_edit)
        column.addLayout(self.in_form)
        column.addLayout(self.out_form)
        column.addStretch(1)

    def _refuse(self, exc: PropdeskError) -> None:
        if isinstance(exc, UserError):
            self.outcome.refuse(user_message(exc))
        else:
            show_error(self, exc)

    # -- coming in -----------------------------------------------------------------
    def _on_entry(self) -> None:
        self.outcome.clear()
        text = self.in_edit.text()
        if not text.strip():
            return
        try:
            entry = self._services.module(GateServices).vehicles.vehicle_entry(self._actor, text)
        except UserError as exc:
            if exc.field == FIELD_UNIT:  # a visitor's car: ask which unit and why
                self.open_visit_form(text)
            else:
                self._refuse(exc)
            return
        except PropdeskError as exc:
            self._refuse(exc)
            return
        self._entered(entry)

    def open_visit_form(self, plate: str) -> VisitorCarForm:
        form = VisitorCarForm(self._services, self._actor, self).for_plate(plate)
        self.visit_form = form
        form.accepted.connect(lambda: self._on_visit_saved(form))
        form.finished.connect(lambda _result: self._on_visit_closed(form))
        form.open()
        return form

    def _on_visit_saved(self, form: VisitorCarForm) -> None:
        if form.saved is not None:
            self._entered(form.saved)

    def _on_visit_closed(self, form: VisitorCarForm) -> None:
        if self.visit_form is form:
            self.visit_form = None
        form.deleteLater()
        self.window().activateWindow()  # the next car: type its plate without a click
        self.in_edit.setFocus()

    def _entered(self, entry: VehicleEntryResult) -> None:
        self.in_edit.clear()
        if entry.registered:
            self.outcome.say(
                self.tr("{plate} in: registered to {name} ({unit})").format(
                    plate=entry.plate, name=entry.owner_name, unit=entry.unit_code
                )
            )
        else:
            self.outcome.say(
                self.tr("{plate} in: visitor's vehicle for {unit} ({purpose})").format(
                    plate=entry.plate, unit=entry.unit_code, purpose=entry.purpose
                ),
                self.tr("Hand over permit {permit}.").format(permit=entry.permit_number),
            )
        self.logged.emit()

    # -- going out -----------------------------------------------------------------
    def _on_exit(self) -> None:
        self.outcome.clear()
        text = self.out_edit.text()
        if not text.strip():
            return
        quote: ExitQuote | None = None
        try:
            quote = self._services.module(GateServices).vehicles.exit_quote(self._actor, text)
        except NotFoundError as exc:
            if exc.field != "entered_at":
                self._refuse(exc)
                return
        except PropdeskError as exc:
            self._refuse(exc)
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
        self.outcome.say(
            self.tr("{plate} out: {fee} collected").format(
                plate=result.quote.plate, fee=result.quote.fee.yuan_text
            )
        )
        self.logged.emit()
        if dialog.wants_receipt:
            self.receipt_wanted.emit(result)

    def _on_dialog_closed(self, dialog: VehicleExitDialog) -> None:
        if self.exit_dialog is dialog:
            self.exit_dialog = None
        dialog.deleteLater()
        self.window().activateWindow()  # the next car: type its plate without a click
        self.out_edit.setFocus()
