"""A visitor's car at the barrier (外来车辆登记): which unit it visits and why, asked as
a visitor on foot is asked, before the permit is handed over.

The vehicle panel opens it when a plate typed at "In" is not in the estate's vehicle
register; OK logs the entry with the visit and a numbered permit. Both fields must be
filled (marked); OK shows every problem at once. Enter saves, Esc cancels (nothing is
logged).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from propdesk.domain.plates import validate_plate
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.gate.vehicles import VehicleEntryResult, VehicleVisit
from propdesk.services.gate.visits import PURPOSE_MAX
from propdesk.services.master_data.units import UNIT_CODE_MAX
from propdesk.ui.fonts import enlarge
from propdesk.ui.tabs.gate.gate_form import GateForm
from propdesk.ui.tabs.gate.purpose_picks import PurposePicks


class VisitorCarForm(GateForm):
    NAME = "visitor_car_form"
    TITLE = QT_TRANSLATE_NOOP("VisitorCarForm", "Visitor's vehicle")
    saved: VehicleEntryResult | None = None
    plate = ""  # set by `for_plate` before the form is shown

    def _add_fields(self) -> None:
        form, required = self.form, self.required
        self.plate_label = QLabel()
        self.plate_label.setObjectName("plate")
        enlarge(self.plate_label, 1.4, bold=True)
        form.add_field("plate", self.tr("Plate"), self.plate_label)
        self.unit_edit = form.add_line_edit(
            "unit_code", required(self.tr("Unit visited")), self.tr("e.g. 3-2-1502")
        )
        self.purpose_edit = form.add_line_edit("purpose", required(self.tr("Purpose")))
        self.unit_edit.setMaxLength(UNIT_CODE_MAX)
        self.purpose_edit.setMaxLength(PURPOSE_MAX)
        self.purpose_picks = PurposePicks(self.purpose_edit)
        form.addRow("", self.purpose_picks)

    def for_plate(self, plate: str) -> VisitorCarForm:
        """The plate the barrier's service accepted (so it is a valid one)."""
        self.plate = validate_plate(plate)
        self.plate_label.setText(self.plate)
        return self

    def _save(self) -> bool:
        visit = VehicleVisit(self.unit_edit.text(), self.purpose_edit.text())
        problems = self._gate.vehicles.visit_problems(self._actor, visit)
        if problems:
            return self.show_problems(problems)
        self.saved = self._gate.vehicles.vehicle_entry(self._actor, self.plate, visit)
        return True
