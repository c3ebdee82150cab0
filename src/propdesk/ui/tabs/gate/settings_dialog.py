"""Settings → Gate: the visitor-parking tariff and the visitor limits.

They are estate-wide (stored in the database), so the gatehouse and the front desk
charge and flag alike. Roles that may only view settings see the values read-only:
a guard explains the tariff to drivers.
"""

from __future__ import annotations

from typing import TypedDict

from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QLabel,
    QSpinBox,
    QWidget,
)

from propdesk.domain.gate.tariff import (
    FIELD_DAILY_CAP,
    FIELD_FREE_MINUTES,
    FIELD_RATE_PER_HOUR,
    FIELD_RESIDENTS_FREE,
    MAX_AMOUNT_FEN,
    MAX_FREE_MINUTES,
)
from propdesk.domain.roles import Action, Module
from propdesk.services.core.actor import Actor
from propdesk.services.gate.settings import (
    KEY_VISITOR_OVERDUE_HOUR,
    KEY_VISITOR_RETENTION_DAYS,
    MAX_RETENTION_DAYS,
    MIN_RETENTION_DAYS,
    GateSettingsService,
)
from propdesk.ui.widgets.form_dialog import FormDialog

MAX_YUAN = MAX_AMOUNT_FEN / 100  # the tariff's own limit


class GateValues(TypedDict):
    """What the form says, as GateSettingsService.set_gate takes it."""

    free_minutes: int
    rate_per_hour_fen: int
    daily_cap_fen: int
    residents_free: bool
    visitor_overdue_hour: int
    visitor_retention_days: int


def _fen(yuan: float) -> int:
    """Yuan from a 2-decimal spin box as integer fen, without float error (12.34 → 1234)."""
    return round(yuan * 100)


def _yuan_box(fen: int) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(2)
    box.setRange(0, MAX_YUAN)
    box.setPrefix("¥")
    box.setValue(fen / 100)
    return box


class GateSettingsDialog(FormDialog):
    def __init__(
        self, settings: GateSettingsService, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Gate settings"), parent)
        current = settings.gate(actor)
        tariff = current.tariff

        self.free_minutes_edit = QSpinBox()
        self.free_minutes_edit.setRange(0, MAX_FREE_MINUTES)
        self.free_minutes_edit.setSuffix(self.tr(" min"))
        self.free_minutes_edit.setValue(tariff.free_minutes)
        self.free_minutes_edit.setToolTip(
            self.tr("A stay this long is free; a longer one is charged from the entry.")
        )
        self.rate_edit = _yuan_box(tariff.rate_per_hour_fen)
        self.rate_edit.setToolTip(self.tr("Charged for every started hour."))
        self.cap_edit = _yuan_box(tariff.daily_cap_fen)
        self.cap_edit.setToolTip(self.tr("At most this much per 24 hours from the entry."))
        self.residents_free_box = QCheckBox(self.tr("Residents' vehicles park free"))
        self.residents_free_box.setChecked(tariff.residents_free)
        self.overdue_hour_edit = QSpinBox()
        self.overdue_hour_edit.setRange(0, 23)
        self.overdue_hour_edit.setSuffix(":00")
        self.overdue_hour_edit.setWrapping(True)
        self.overdue_hour_edit.setValue(current.visitor_overdue_hour)
        self.overdue_hour_edit.setToolTip(
            self.tr(
                "Visitors and visitors' vehicles still inside after this hour on the day "
                "they came, or on any later day, are flagged."
            )
        )
        self.retention_edit = QSpinBox()
        self.retention_edit.setRange(MIN_RETENTION_DAYS, MAX_RETENTION_DAYS)
        self.retention_edit.setSuffix(self.tr(" days"))
        self.retention_edit.setValue(current.visitor_retention_days)

        form = self.form
        form.add_field(FIELD_FREE_MINUTES, self.tr("Free parking"), self.free_minutes_edit)
        form.add_field(FIELD_RATE_PER_HOUR, self.tr("Hourly rate"), self.rate_edit)
        form.add_field(FIELD_DAILY_CAP, self.tr("Cap per 24 hours"), self.cap_edit)
        form.add_field(FIELD_RESIDENTS_FREE, "", self.residents_free_box)
        form.add_field(
            KEY_VISITOR_OVERDUE_HOUR,
            self.tr("Flag visitors and their vehicles still inside after"),
            self.overdue_hour_edit,
        )
        form.add_field(
            KEY_VISITOR_RETENTION_DAYS, self.tr("Keep visitor data for"), self.retention_edit
        )
        note = QLabel(
            self.tr(
                "After that, visitors' names, phones and ID numbers are blanked; "
                "the counts in reports stay."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)

        self.read_only = not actor.may(Module.SETTINGS, Action.UPDATE)
        if self.read_only:
            self.show_settings_read_only()
        else:
            self.on_save(lambda: settings.set_gate(actor, **self.values()))

    def values(self) -> GateValues:
        """What the form says, in the units the service takes (fen, hours, days)."""
        return GateValues(
            free_minutes=self.free_minutes_edit.value(),
            rate_per_hour_fen=_fen(self.rate_edit.value()),
            daily_cap_fen=_fen(self.cap_edit.value()),
            residents_free=self.residents_free_box.isChecked(),
            visitor_overdue_hour=self.overdue_hour_edit.value(),
            visitor_retention_days=self.retention_edit.value(),
        )
