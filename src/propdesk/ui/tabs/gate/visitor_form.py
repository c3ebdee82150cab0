"""Register a visitor at the gate (访客登记) and issue a temporary pass.

Keyboard only: the fields in reading order, Tab between them, Enter saves, Esc cancels.
The fields that must be filled are marked; the common purposes are one click under the
purpose; OK shows every problem at once, each under its field, before anything is
written.
"""

from __future__ import annotations

from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.gate.entries import (
    ID_NUMBER_MAX,
    NAME_MAX,
    PHONE_MAX,
    HostConfirmation,
    VisitorEntry,
    VisitorPass,
)
from propdesk.services.gate.visits import PURPOSE_MAX
from propdesk.services.master_data.units import UNIT_CODE_MAX
from propdesk.ui.tabs.gate.gate_form import GateForm
from propdesk.ui.tabs.gate.purpose_picks import PurposePicks
from propdesk.ui.widgets.choices import choice_combo


class VisitorForm(GateForm):
    NAME = "visitor_form"
    TITLE = QT_TRANSLATE_NOOP("VisitorForm", "New visitor")
    saved: VisitorPass | None = None

    def _add_fields(self) -> None:
        form, required = self.form, self.required
        self.name_edit = form.add_line_edit("name", required(self.tr("Visitor's name")))
        self.phone_edit = form.add_line_edit("phone", required(self.tr("Phone")))
        self.id_edit = form.add_line_edit("id_number", self.tr("ID number"), self.tr("optional"))
        self.unit_edit = form.add_line_edit(
            "unit_code", required(self.tr("Unit visited")), self.tr("e.g. 3-2-1502")
        )
        self.purpose_edit = form.add_line_edit("purpose", required(self.tr("Purpose")))
        self.purpose_picks = PurposePicks(self.purpose_edit)
        form.addRow("", self.purpose_picks)
        self.confirmation_combo = choice_combo(
            [
                (self.tr("By phone"), HostConfirmation.PHONE.value),
                (self.tr("By intercom"), HostConfirmation.INTERCOM.value),
                (self.tr("In person"), HostConfirmation.IN_PERSON.value),
            ]
        )
        form.add_field("confirmation", self.tr("How confirmed"), self.confirmation_combo)
        self.confirmed_by_edit = form.add_line_edit(
            "confirmed_by", required(self.tr("Confirmed by")), self.tr("the resident who agreed")
        )
        # The service's limits, so a paste is cut where the guard sees it.
        for edit, limit in (
            (self.name_edit, NAME_MAX),
            (self.phone_edit, PHONE_MAX),
            (self.id_edit, ID_NUMBER_MAX),
            (self.unit_edit, UNIT_CODE_MAX),
            (self.purpose_edit, PURPOSE_MAX),
            (self.confirmed_by_edit, NAME_MAX),
        ):
            edit.setMaxLength(limit)

    def _entry(self) -> VisitorEntry:
        return VisitorEntry(
            name=self.name_edit.text(),
            phone=self.phone_edit.text(),
            id_number=self.id_edit.text(),
            unit_code=self.unit_edit.text(),
            purpose=self.purpose_edit.text(),
            confirmation=str(self.confirmation_combo.currentData()),
            confirmed_by=self.confirmed_by_edit.text(),
        )

    def _save(self) -> bool:
        entry = self._entry()
        problems = self._gate.entries.visitor_problems(self._actor, entry)
        if problems:
            return self.show_problems(problems)
        self.saved = self._gate.entries.register_visitor(self._actor, entry)
        return True
