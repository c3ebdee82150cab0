"""Settings → Repairs: how soon a technician must arrive for each priority, and after
how many days without a step an open ticket is flagged stale.

They are estate-wide (stored in the database, every change audited by the service),
so the front desk, the technicians and the manager's reports flag alike. A new limit
applies to tickets reported from then on; open tickets keep the arrival time they
were given. Roles that may only view settings see the values read-only.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TypedDict

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from propdesk.domain.repairs.sla import (
    FIELD_EMERGENCY,
    FIELD_NORMAL,
    FIELD_STALE_DAYS,
    FIELD_URGENT,
    MAX_ARRIVAL_MINUTES,
    MAX_STALE_DAYS,
)
from propdesk.domain.roles import Action, Module
from propdesk.services.core.actor import Actor
from propdesk.services.repairs.settings import RepairSettingsService
from propdesk.ui.tabs.repairs.names import duration
from propdesk.ui.widgets.form_dialog import FormDialog


class RepairValues(TypedDict):
    """What the form says, as RepairSettingsService.set_rules takes it."""

    emergency_minutes: int
    urgent_minutes: int
    normal_minutes: int
    stale_days: int


class MinutesBox(QWidget):
    """Minutes in a spin box, and beside it how they read ("1 d 0 h" for 1440): a
    limit of a day is typed in minutes but checked at a glance."""

    def __init__(self, minutes: int) -> None:
        super().__init__()
        self.spin = QSpinBox()
        self.spin.setRange(1, MAX_ARRIVAL_MINUTES)
        self.spin.setSuffix(self.tr(" min"))
        self.spin.setValue(minutes)
        self.spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.reading = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.spin)
        row.addWidget(self.reading, 1)
        self.setFocusProxy(self.spin)  # an error shown under the box focuses the number
        self.spin.valueChanged.connect(self._read)
        self._read(minutes)

    def _read(self, minutes: int) -> None:
        self.reading.setText(duration(timedelta(minutes=minutes)))


class RepairSettingsDialog(FormDialog):
    def __init__(
        self, settings: RepairSettingsService, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Repair settings"), parent)
        rules = settings.rules(actor)
        self.emergency_edit = MinutesBox(rules.emergency_minutes)
        self.urgent_edit = MinutesBox(rules.urgent_minutes)
        self.normal_edit = MinutesBox(rules.normal_minutes)
        self.stale_edit = QSpinBox()
        self.stale_edit.setRange(1, MAX_STALE_DAYS)
        self.stale_edit.setSuffix(self.tr(" days"))
        self.stale_edit.setValue(rules.stale_days)
        # As wide as the minutes boxes above it, not the whole row.
        self.stale_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.stale_edit.setToolTip(
            self.tr(
                "An open ticket with no step recorded for this long is flagged; one "
                "waiting for the resident's answer to a quote is not."
            )
        )

        form = self.form
        heading = QLabel(self.tr("A technician arrives within, from the report:"))
        heading.setWordWrap(True)
        form.addRow(heading)
        form.add_field(FIELD_EMERGENCY, self.tr("Emergency"), self.emergency_edit)
        form.add_field(FIELD_URGENT, self.tr("Urgent"), self.urgent_edit)
        form.add_field(FIELD_NORMAL, self.tr("Normal"), self.normal_edit)
        form.add_field(FIELD_STALE_DAYS, self.tr("Flag as stale after"), self.stale_edit)
        note = QLabel(
            self.tr(
                "A new limit applies to tickets reported from now on; open tickets keep "
                "the arrival time they were given."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)

        self.read_only = not actor.may(Module.SETTINGS, Action.UPDATE)
        if self.read_only:
            self.show_settings_read_only()
        else:
            self.on_save(lambda: settings.set_rules(actor, **self.values()))

    def values(self) -> RepairValues:
        return RepairValues(
            emergency_minutes=self.emergency_edit.spin.value(),
            urgent_minutes=self.urgent_edit.spin.value(),
            normal_minutes=self.normal_edit.spin.value(),
            stale_days=self.stale_edit.value(),
        )
