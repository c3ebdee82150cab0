"""A vehicle leaves: the fee is shown before the guard confirms (出场收费确认).

Opened with a quote already computed, or — when the plate has no entry on record —
with an entry-time field first: the guard asks the driver, types the time, and the
fee appears (Enter on the time field recomputes). Enter confirms, Esc cancels.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QLabel, QLineEdit, QWidget

from propdesk.domain.gate.tariff import FREE_MINUTES, FREE_RESIDENT, FREE_ZERO_LENGTH, ParkingFee
from propdesk.errors import PropdeskError, UserError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.service import GateServices
from propdesk.services.gate.vehicles import EXTERIOR_MAX, ExitQuote, VehicleExitResult
from propdesk.ui.dialogs import show_error
from propdesk.ui.fonts import enlarge
from propdesk.ui.widgets.form_dialog import FormDialog

FEE_STYLE = "font-weight: bold; color: #0d47a1;"
STATED_STYLE = "color: #b26a00;"


def local_text(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class VehicleExitDialog(FormDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        plate: str,
        quote: ExitQuote | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Vehicle leaves"), parent)
        self.setObjectName("vehicle_exit_dialog")
        self._services = services
        self._actor = actor
        self._plate = plate
        self.quote = quote
        self.saved: VehicleExitResult | None = None
        self._stated = quote is None
        self._build_widgets(plate)
        self._add_rows()
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Confirm exit"))
        self._show_quote()
        if self._stated:
            self.requote()
        self.focus_first()
        self.on_save(self._record_exit)

    def focus_first(self) -> None:
        """The entry time when it must be asked, else the exterior check."""
        (self.entered_edit if self._stated else self.exterior_edit).setFocus()

    def _build_widgets(self, plate: str) -> None:
        self.plate_label = QLabel(plate)
        self.kind_label = QLabel()
        self.entered_label = QLabel()
        self.entered_edit = QDateTimeEdit()
        self.entered_edit.setObjectName("entered_at")
        self.entered_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.entered_edit.setCalendarPopup(True)
        self.entered_edit.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
        if self._stated:
            self.entered_edit.editingFinished.connect(self.requote)
            self.entered_edit.installEventFilter(self)
        self.duration_label = QLabel()
        self.fee_label = QLabel()
        self.fee_label.setObjectName("fee_label")
        self.fee_label.setStyleSheet(FEE_STYLE)
        enlarge(self.fee_label, 1.8)
        self.exterior_edit = QLineEdit()
        self.exterior_edit.setObjectName("exterior_check")
        self.exterior_edit.setPlaceholderText(self.tr("e.g. no new scratches"))
        self.exterior_edit.setMaxLength(EXTERIOR_MAX)
        self.permit_check = QCheckBox(self.tr("Permit handed back"))
        self.permit_check.setChecked(True)
        self.print_check = QCheckBox(self.tr("Print a receipt"))

    def _add_rows(self) -> None:
        self.form.add_field("plate", self.tr("Plate"), self.plate_label)
        self.form.add_field("kind", self.tr("Vehicle"), self.kind_label)
        if self._stated:
            self.form.add_field(
                "entered_at", self.tr("Entered at (ask the driver)"), self.entered_edit
            )
            self.stated_label = QLabel(
                self.tr("No entry on record: the time the driver states is recorded.")
            )
            self.stated_label.setStyleSheet(STATED_STYLE)
            self.stated_label.setWordWrap(True)
            self.form.addRow(self.stated_label)
        else:
            self.form.add_field("entered_at", self.tr("Entered at"), self.entered_label)
        self.form.add_field("duration", self.tr("Time inside"), self.duration_label)
        self.form.add_field("fee", self.tr("Fee"), self.fee_label)
        self.form.add_field("exterior_check", self.tr("Exterior check"), self.exterior_edit)
        self.form.add_field("permit", self.tr("Permit"), self.permit_check)
        self.form.addRow(self.print_check)

    # -- quoting -------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter on the entry time shows the fee for it and moves on; it must not confirm
        # an exit whose fee the guard has not seen yet.
        if (
            watched is self.entered_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.requote()
            if self.quote is not None:
                self.exterior_edit.setFocus()
            return True
        return super().eventFilter(watched, event)

    def requote(self) -> None:
        """Quote again from the typed entry time (only when there was no entry)."""
        if not self._stated:
            return
        self.form.clear_errors()
        stated = self.entered_edit.dateTime().toPython()
        assert isinstance(stated, datetime)
        try:
            self.quote = self._services.module(GateServices).vehicles.exit_quote(
                self._actor, self._plate, stated_entry_at=stated.astimezone()
            )
        except UserError as exc:
            self.quote = None
            if not self.form.show_error(exc):
                show_error(self, exc)
        except PropdeskError as exc:
            self.quote = None
            show_error(self, exc)
        self._show_quote()

    def fee_reason(self, fee: ParkingFee) -> str:
        reasons = {
            FREE_RESIDENT: self.tr("free: resident's vehicle"),
            FREE_MINUTES: self.tr("free: within the free minutes"),
            FREE_ZERO_LENGTH: self.tr("free: no time inside"),
        }
        if fee.free_reason is not None:
            return reasons.get(fee.free_reason, "")
        return self.tr("daily cap applied") if fee.capped else ""

    def _show_quote(self) -> None:
        quote = self.quote
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        ok.setEnabled(quote is not None)
        if quote is None:
            self.kind_label.clear()
            self.duration_label.setText("—")
            self.fee_label.setText("—")
            self.permit_check.setVisible(False)
            return
        if quote.registered:
            self.kind_label.setText(self.tr("Registered vehicle"))
        else:
            self.kind_label.setText(
                self.tr("Visitor vehicle, permit {permit}").format(permit=quote.permit_number)
                if quote.permit_number
                else self.tr("Visitor vehicle")
            )
        self.entered_label.setText(local_text(quote.entered_at))
        hours, minutes = divmod(quote.fee.minutes, 60)
        self.duration_label.setText(
            self.tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
        )
        reason = self.fee_reason(quote.fee)
        self.fee_label.setText(f"{quote.fee.yuan_text}  {reason}".strip())
        self.permit_check.setVisible(bool(quote.permit_number))
        self.print_check.setChecked(quote.fee.fen > 0)

    # -- saving --------------------------------------------------------------
    def _record_exit(self) -> None:
        if self.quote is None:
            return
        self.saved = self._services.module(GateServices).vehicles.vehicle_exit(
            self._actor,
            self.quote,
            exterior_check=self.exterior_edit.text(),
            permit_returned=self.permit_check.isChecked(),
        )

    @property
    def wants_receipt(self) -> bool:
        return self.print_check.isChecked()
