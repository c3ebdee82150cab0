"""A repair ticket (报修单) for a failed item, for when the fix is the repair team's
work: the category (suggested from the checklist's kind, named as the repairs tab
names it), what is wrong (the item and its note to start with) and the priority. The
ticket is linked to the item both ways; its number then shows in the detail.

Offered only when the console has the repairs module (doors.inspections.opens_tickets).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from propdesk.domain.inspections.kinds import InspectionKind
from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.services.core.actor import Actor
from propdesk.services.core.handoffs import LinkedTicket
from propdesk.services.inspections.inspections import MAX_TICKET_TEXT
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.inspections.views import InspectionDetail, ItemLine
from propdesk.ui.repair_names import category_name, priority_name
from propdesk.ui.tabs.inspections.notice_form import first_text
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.text_limit import cap_plain_text

FIELD_CATEGORY = "category"
FIELD_DESCRIPTION = "description"
FIELD_PRIORITY = "priority"
TEXT_LINES = 3
# The repair category a checklist of the kind most often needs.
CATEGORY_OF_KIND = {
    InspectionKind.FIRE_EQUIPMENT: RepairCategory.FIRE_EQUIPMENT,
    InspectionKind.PUBLIC_FIRE_SAFETY: RepairCategory.FIRE_EQUIPMENT,
    InspectionKind.BUILDING: RepairCategory.LEAKS_CRACKS,
    InspectionKind.WATER_DRAINAGE: RepairCategory.PLUMBING,
    InspectionKind.POWER: RepairCategory.ELECTRICAL,
    InspectionKind.LIFTS: RepairCategory.LIFT,
}


class TicketForm(FormDialog):
    # The ticket as opened (LinkedTicket).
    opened = Signal(object)

    def __init__(
        self,
        doors: InspectionServices,
        actor: Actor,
        detail: InspectionDetail,
        line: ItemLine,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Repair ticket"), parent)
        self.setObjectName("inspection_ticket_form")
        self._doors = doors
        self._actor = actor
        self.detail = detail
        self.line = line
        self.ticket: LinkedTicket | None = None  # set once opened
        self.set_intro(
            self.tr("{number} · {area} · failed: {item}").format(
                number=detail.number, area=detail.row.area, item=line.text
            )
        )
        self.category_combo = choice_combo(
            enum_choices(RepairCategory, category_name), FIELD_CATEGORY
        )
        category = CATEGORY_OF_KIND.get(detail.row.kind, RepairCategory.PUBLIC_FACILITIES)
        self.category_combo.setCurrentIndex(self.category_combo.findData(category.value))
        self.form.add_field(FIELD_CATEGORY, self.tr("Repair category"), self.category_combo)
        self.description_edit = QPlainTextEdit(first_text(line))
        self.description_edit.setObjectName(FIELD_DESCRIPTION)
        self.description_edit.setTabChangesFocus(True)
        cap_plain_text(self.description_edit, MAX_TICKET_TEXT)
        self.description_edit.setFixedHeight(
            self.description_edit.fontMetrics().lineSpacing() * TEXT_LINES + 12
        )
        self.form.add_field(FIELD_DESCRIPTION, self.tr("What is wrong"), self.description_edit)
        self.priority_combo = choice_combo(
            enum_choices(RepairPriority, priority_name), FIELD_PRIORITY
        )
        self.priority_combo.setCurrentIndex(
            self.priority_combo.findData(RepairPriority.NORMAL.value)
        )
        self.form.add_field(FIELD_PRIORITY, self.tr("Priority"), self.priority_combo)
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        self.on_save(self._save)

    def _save(self) -> None:
        self.ticket = self._doors.inspections.open_ticket(
            self._actor,
            self.detail.id,
            self.line.key,
            RepairCategory(self.category_combo.currentData()),
            self.description_edit.toPlainText(),
            RepairPriority(self.priority_combo.currentData()),
        )
        self.opened.emit(self.ticket)
