"""Small lists the gate keeps at hand: open release slips and recent handovers.

Both are short (slips still valid, the last fifty handovers), loaded whole, and
each row can be printed again. The slips have their own panel: a new slip is
recorded from it (at the gate and at the front desk) and a wrong one voided.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from propdesk.domain.gate.tariff import yuan_text
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.export import ColumnKind
from propdesk.services.gate.handover import Handover
from propdesk.services.gate.items import Authorisation, ReleaseSlip, may_record_slips
from propdesk.services.gate.service import GateServices
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.gate.inside_now_model import local_time
from propdesk.ui.tabs.gate.void_row import VoidControls, ask_reason, void_button
from propdesk.ui.widgets.buttons import left_row, push_button
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, date_column
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from propdesk.ui.widgets.record_table import record_table


class ReleaseSlipTableModel(DtoTableModel[ReleaseSlip]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        kinds = {
            Authorisation.OWNER: self.tr("owner"),
            Authorisation.MANAGEMENT: self.tr("management"),
        }
        self.set_columns(
            [
                Column(self.tr("Slip number"), lambda r: r.number),
                Column(self.tr("Unit"), lambda r: r.unit_code),
                Column(self.tr("Items"), lambda r: r.description),
                Column(
                    self.tr("Authorised by"),
                    lambda r: f"{r.authorised_by} ({kinds[r.authorisation]})",
                ),
                date_column(self.tr("Valid until"), lambda r: r.valid_until),
            ]
        )


class ReleaseSlipsPanel(QWidget):
    """The open release slips: New release slip… for who may record one (the gate, the
    front desk: items.may_record_slips), Print… (or a double click), Void slip… for the
    supervisors. The gate tab opens the form and prints, as for its other flows."""

    new_wanted = Signal()
    print_wanted = Signal(object)  # the ReleaseSlip chosen

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("release_slips")
        self._services = services
        self._actor = actor
        self.model = ReleaseSlipTableModel(self)
        self.view = record_table(self.model, "release_slips_view", stretch=[2])
        self.view.doubleClicked.connect(self.print_selected)
        self.new_button = push_button(
            self.tr("New release slip…"), self.new_wanted.emit, "new_release_slip"
        )
        self.new_button.setVisible(may_record_slips(actor))
        self.print_button = push_button(self.tr("Print…"), self.print_selected, "print_slip")
        self.void_controls = VoidControls.install(
            actor, self.view, self.tr("Void slip…"), self.void_selected
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(
            left_row(self.new_button, self.print_button, *void_button(self.void_controls))
        )
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._on_current_changed)
        self._on_current_changed()

    def refresh(self) -> None:
        """Read the open slips again (a PropdeskError goes to the caller)."""
        gate = self._services.module(GateServices)
        self.model.set_rows(gate.items.open_slips(self._actor))

    def selected_slip(self) -> ReleaseSlip | None:
        return self.model.row_at(self.view.currentIndex().row())

    def _on_current_changed(self) -> None:
        chosen = self.selected_slip() is not None
        self.print_button.setEnabled(chosen)
        if self.void_controls is not None:
            self.void_controls.enable(chosen)

    def print_selected(self) -> None:
        slip = self.selected_slip()
        if slip is not None:
            self.print_wanted.emit(slip)

    def void_selected(self) -> ReasonDialog | None:
        """Ask why the chosen slip is wrong; OK voids it and reads the list again. The
        dialog asking, or None (no slip chosen or no right)."""
        slip = self.selected_slip()
        if slip is None or self.void_controls is None:
            return None
        voiding = self._services.module(GateServices).voiding
        actor, slip_id = self._actor, slip.id
        return ask_reason(
            self,
            self.tr("Void release slip {number}").format(number=slip.number),
            lambda reason: voiding.void_slip(actor, slip_id, reason),
            self._after_void,
        )

    def _after_void(self) -> None:
        try:
            self.refresh()
        except PropdeskError as exc:
            show_error(self, exc)


class HandoverTableModel(DtoTableModel[Handover]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Number"), lambda r: r.number),
                Column(self.tr("Station"), lambda r: r.station),
                Column(
                    self.tr("Shift"),
                    lambda r: f"{local_time(r.shift_start)} – {local_time(r.shift_end)}",
                ),
                Column(
                    self.tr("Handed over by"),
                    lambda r: r.from_name,
                    tooltip=lambda r: self.tr("Login: {login}").format(login=r.from_login),
                ),
                Column(self.tr("Taken over by"), lambda r: r.to_name),
                Column(
                    self.tr("Fees collected"),
                    lambda r: yuan_text(r.counts.fees_fen),
                    numeric=True,
                    value=lambda r: r.counts.fees_fen,
                    kind=ColumnKind.MONEY,
                ),
                Column(
                    self.tr("Open matters"),
                    lambda r: r.open_matters.replace("\n", "; "),
                    tooltip=lambda r: r.open_matters,
                ),
            ]
        )
