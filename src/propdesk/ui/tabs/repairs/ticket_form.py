"""A new repair ticket (新建报修) while the resident is still on the phone.

Keyboard only. The first box looks the caller up in the resident register: a unit
code, a name (or its pinyin initials) or a phone number, then Enter (or F4 from any
box, which also steps to the next match) fills name, phone and unit. Then category,
priority and what is wrong; Tab between the fields, Enter saves, Esc cancels. A
repair in a unit is paid and one in a common area free, unless the box is ticked
otherwise. The service's messages appear next to their fields.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QCheckBox, QWidget

from propdesk.domain.repairs.kinds import RepairCategory, RepairChannel, RepairPriority
from propdesk.errors import UserError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.units import UNIT_CODE_MAX
from propdesk.services.repairs.detail import TicketDetail
from propdesk.services.repairs.inputs import (
    AREA_MAX,
    DESCRIPTION_MAX,
    NAME_MAX,
    PHONE_MAX,
    SEARCH_MAX,
    TicketInput,
)
from propdesk.services.repairs.service import RepairServices
from propdesk.ui.resident_lookup import ReporterLookup, ReporterMatch
from propdesk.ui.tabs.repairs.names import category_name, channel_name, priority_name
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.form_dialog import FormDialog


class TicketForm(FormDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New repair ticket"), parent)
        self.setObjectName("ticket_form")
        self.setMinimumWidth(520)
        self._services = services
        self._actor = actor
        self.saved: TicketDetail | None = None
        self.resident_id: uuid.UUID | None = None  # the reporter picked from the register
        self.lookup = ReporterLookup(services, actor, self)
        self._paid_follows_location = True
        self._add_rows()
        self.tab_through_fields()
        self._connect()
        self.on_save(self._save)

    def _add_rows(self) -> None:
        form = self.form
        self.lookup_edit = form.add_line_edit(
            "lookup", self.tr("Look up (F4)"), self.tr("Unit, name or phone, then Enter")
        )
        self.lookup_edit.setMaxLength(SEARCH_MAX)
        self.hint_label = self.lookup.hint
        form.addRow("", self.hint_label)
        self.name_edit = form.add_line_edit("reporter_name", self.tr("Reporter"))
        self.phone_edit = form.add_line_edit("reporter_phone", self.tr("Phone"))
        self.unit_edit = form.add_line_edit("unit_code", self.tr("Unit"), self.tr("e.g. 3-2-1502"))
        self.area_edit = form.add_line_edit(
            "common_area",
            self.tr("Common area"),
            self.tr("or the common area, e.g. lift of building 5"),
        )
        # The service's limits, so a long paste is cut here rather than refused on save.
        self.name_edit.setMaxLength(NAME_MAX)
        self.phone_edit.setMaxLength(PHONE_MAX)
        self.unit_edit.setMaxLength(UNIT_CODE_MAX)
        self.area_edit.setMaxLength(AREA_MAX)
        self.category_combo = choice_combo(
            # Empty at first: chosen on purpose, never by default.
            [("", ""), *enum_choices(RepairCategory, category_name)],
            "category",
        )
        form.add_field("category", self.tr("Category"), self.category_combo)
        self.priority_combo = choice_combo(enum_choices(RepairPriority, priority_name), "priority")
        self.priority_combo.setCurrentIndex(
            self.priority_combo.findData(RepairPriority.NORMAL.value)
        )
        form.add_field("priority", self.tr("Priority"), self.priority_combo)
        self.paid_check = QCheckBox(self.tr("Paid repair (the resident pays)"))
        self.paid_check.setObjectName("paid")
        self.paid_check.setChecked(True)
        form.add_field("paid", self.tr("Charge"), self.paid_check)
        self.description_edit = form.add_line_edit(
            "description", self.tr("Fault"), self.tr("what is wrong, where exactly")
        )
        self.description_edit.setMaxLength(DESCRIPTION_MAX)
        # The channel is last: nearly every call comes in on the hotline.
        self.channel_combo = choice_combo(enum_choices(RepairChannel, channel_name), "channel")
        form.add_field("channel", self.tr("Reported via"), self.channel_combo)

    def _connect(self) -> None:
        # Enter in the look-up box, or F4 from any box (the person's boxes look up
        # what is typed in them); the category comes next.
        self.lookup.watch(
            self.lookup_edit,
            (self.name_edit, self.phone_edit, self.unit_edit),
            self.fill,
            self.category_combo,
        )
        # Typing over what the register filled in: the reporter is someone else now.
        self.name_edit.textEdited.connect(self._forget_resident)
        self.unit_edit.textEdited.connect(self._forget_resident)
        self.unit_edit.textChanged.connect(self._follow_location)
        self.area_edit.textChanged.connect(self._follow_location)
        self.paid_check.clicked.connect(self._paid_chosen)

    # -- the register ----------------------------------------------------------------
    def fill(self, match: ReporterMatch) -> None:
        if match.name:
            self.name_edit.setText(match.name)
        if match.phone:
            self.phone_edit.setText(match.phone)
        self.unit_edit.setText(match.unit_code)
        self.area_edit.clear()
        self.resident_id = match.resident_id
        self.lookup.show_hint(match, self.tr("{who} (match {n} of {total}; F4 for the next)"))

    def _forget_resident(self) -> None:
        self.resident_id = None
        self.hint_label.hide()

    # -- paid or free ----------------------------------------------------------------
    def _follow_location(self) -> None:
        """A unit's repair is paid, a common area's free, until the box is ticked."""
        if not self._paid_follows_location:
            return
        unit, area = self.unit_edit.text().strip(), self.area_edit.text().strip()
        if unit or area:
            self.paid_check.setChecked(bool(unit))

    def _paid_chosen(self) -> None:
        self._paid_follows_location = False

    # -- saving ----------------------------------------------------------------------
    def ticket_input(self) -> TicketInput:
        return TicketInput(
            reporter_name=self.name_edit.text(),
            reporter_phone=self.phone_edit.text(),
            category=self.category_combo.currentData(),
            description=self.description_edit.text(),
            priority=self.priority_combo.currentData(),
            channel=self.channel_combo.currentData(),
            unit_code=self.unit_edit.text(),
            common_area=self.area_edit.text(),
            resident_id=self.resident_id,
            paid=self.paid_check.isChecked(),
        )

    def _save(self) -> None:
        try:
            self.saved = self._services.module(RepairServices).tickets.open_ticket(
                self._actor, self.ticket_input()
            )
        except UserError as exc:
            # The register's reporter no longer fits the unit: say so at the name.
            if exc.field == "resident_id":
                exc.field = "reporter_name"
            raise
