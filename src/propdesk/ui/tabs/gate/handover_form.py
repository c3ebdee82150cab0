"""Shift handover (交接班): the shift's counts, who takes over, what is still open."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from propdesk.domain.gate.tariff import yuan_text
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.reports.monthly.gate_counts import GateCounts
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.handover import MATTERS_MAX, NAME_MAX, Handover
from propdesk.ui.tabs.gate.gate_form import GateForm
from propdesk.ui.tabs.gate.vehicle_exit_dialog import local_text
from propdesk.ui.widgets.text_limit import cap_plain_text


class HandoverForm(GateForm):
    NAME = "handover_form"
    TITLE = QT_TRANSLATE_NOOP("HandoverForm", "Hand over the shift")
    saved: Handover | None = None

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.setMinimumWidth(520)
        # Enter is a new line inside the open matters, so saving needs its own key.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self._on_accept)

    def _add_fields(self) -> None:
        actor = self._actor
        start, counts = self._gate.handover.current_shift(actor)
        self.shift_label = QLabel(
            self.tr("{station}, from {start} until now").format(
                station=actor.station, start=local_text(start)
            )
        )
        self.counts_label = QLabel(self.counts_text(counts))
        self.counts_label.setObjectName("shift_counts")
        self.counts_label.setWordWrap(True)
        self.matters_edit = QPlainTextEdit()
        self.matters_edit.setObjectName("open_matters")
        self.matters_edit.setPlaceholderText(
            self.tr("One matter per line; leave empty if none. Ctrl+Enter saves.")
        )
        self.matters_edit.setTabChangesFocus(True)
        self.matters_edit.setFixedHeight(110)
        cap_plain_text(self.matters_edit, MATTERS_MAX)
        self.form.add_field("shift", self.tr("Shift"), self.shift_label)
        self.form.add_field("from", self.tr("Handed over by"), QLabel(actor.display_name))
        self.form.add_field("counts", self.tr("This shift"), self.counts_label)
        self.to_edit = self.form.add_line_edit("to_name", self.tr("Taken over by"))
        self.to_edit.setMaxLength(NAME_MAX)
        self.form.add_field("open_matters", self.tr("Open matters"), self.matters_edit)

    def _save(self) -> None:
        self.saved = self._gate.handover.hand_over(
            self._actor, to_name=self.to_edit.text(), open_matters=self.matters_edit.toPlainText()
        )

    def counts_text(self, counts: GateCounts) -> str:
        return self.tr(
            "Residents in: {residents}, refused cards: {refused}\n"
            "Visitors in/out: {visitors_in}/{visitors_out}\n"
            "Vehicles in/out: {vehicles_in}/{vehicles_out}, fees collected: {fees}\n"
            "Items in/out: {items_in}/{items_out}, parking notices: {notices}"
        ).format(
            residents=counts.resident_entries,
            refused=counts.refused_cards,
            visitors_in=counts.visitors_in,
            visitors_out=counts.visitors_out,
            vehicles_in=counts.vehicles_in,
            vehicles_out=counts.vehicles_out,
            fees=yuan_text(counts.fees_fen),
            items_in=counts.items_in,
            items_out=counts.items_out,
            notices=counts.notices,
        )
