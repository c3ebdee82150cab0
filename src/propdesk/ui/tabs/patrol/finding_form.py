"""An issue at a checkpoint (巡逻发现): what was seen, what the guard did, who was
told, and — in the same step — a repair ticket for it, when the repairs are part of
this console and the guard may open tickets.

Keyboard only: the form opens in its first field, Tab goes down the fields, Enter is
OK. The finding is recorded first; a ticket that cannot be opened then (a message next
to it) leaves the finding recorded, and OK again only retries the ticket.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from propdesk.domain.patrol.findings import REPAIR_CATEGORIES, FindingCategory
from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, UserError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.handoffs import LinkedTicket
from propdesk.services.patrol.inputs import FINDING_TEXT_MAX, PERSON_MAX, FindingInput
from propdesk.services.patrol.round_detail import FindingInfo, RoundCheckpoint, RoundDetail
from propdesk.services.patrol.service import PatrolServices
from propdesk.ui.repair_names import category_name, priority_name
from propdesk.ui.tabs.patrol.names import (
    TICKET_CATEGORY,
    finding_category_name,
)
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.form_dialog import FormDialog

# The form's own fields; a ticket's error naming any other field (the ticket's
# description, its place) is shown next to the ticket box.
_TICKET_FIELDS = frozenset({"repair_category", "priority"})


class FindingForm(FormDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        round_detail: RoundDetail,
        checkpoint: RoundCheckpoint,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Issue at {name}").format(name=checkpoint.name), parent)
        self.setObjectName("finding_form")
        self.setMinimumWidth(520)
        self._patrol = services.module(PatrolServices)
        self._actor = actor
        self.round = round_detail
        self.checkpoint = checkpoint
        self.finding: FindingInfo | None = None  # recorded (OK again: the ticket only)
        self.ticket: LinkedTicket | None = None
        self.offers_ticket = self._patrol.findings.can_open_tickets and actor.may(
            Module.REPAIRS, Action.CREATE
        )
        # The ticket box follows the category until it is ticked or cleared by hand.
        self._ticket_follows_category = True
        place = f" ({checkpoint.place})" if checkpoint.place else ""
        self.set_intro(
            self.tr("Round {number}, checkpoint {position}. {name}{place}").format(
                number=round_detail.number,
                position=checkpoint.position,
                name=checkpoint.name,
                place=place,
            )
        )
        self._add_fields()
        self.tab_through_fields()
        self.on_save(self._save)

    def _add_fields(self) -> None:
        form = self.form
        self.category_combo = choice_combo(
            # Empty at first: chosen on purpose, never by default.
            [("", ""), *enum_choices(FindingCategory, finding_category_name)],
            "category",
        )
        form.add_field("category", self.tr("Kind of issue"), self.category_combo)
        self.seen_edit = form.add_line_edit(
            "seen", self.tr("Seen"), self.tr("what is wrong, exactly where")
        )
        self.action_edit = form.add_line_edit(
            "action", self.tr("Done"), self.tr("what you did about it, if anything")
        )
        self.escalated_edit = form.add_line_edit(
            "escalated_to", self.tr("Told"), self.tr("the duty manager you told, if anyone")
        )
        self.seen_edit.setMaxLength(FINDING_TEXT_MAX)
        self.action_edit.setMaxLength(FINDING_TEXT_MAX)
        self.escalated_edit.setMaxLength(PERSON_MAX)
        self.finding_fields: list[QWidget] = [
            self.category_combo,
            self.seen_edit,
            self.action_edit,
            self.escalated_edit,
        ]
        self.ticket_check = QCheckBox(self.tr("Open a repair ticket for it"))
        self.ticket_check.setObjectName("ticket")
        self.repair_category_combo = choice_combo(
            enum_choices(RepairCategory, category_name), "repair_category"
        )
        self.priority_combo = choice_combo(enum_choices(RepairPriority, priority_name), "priority")
        self.priority_combo.setCurrentIndex(
            self.priority_combo.findData(RepairPriority.NORMAL.value)
        )
        if self.offers_ticket:
            form.add_field("ticket", self.tr("Repair"), self.ticket_check)
            form.add_field(
                "repair_category", self.tr("Repair category"), self.repair_category_combo
            )
            form.add_field("priority", self.tr("Priority"), self.priority_combo)
        else:
            for widget in (self.ticket_check, self.repair_category_combo, self.priority_combo):
                widget.setParent(self)
                widget.hide()
        self.category_combo.currentIndexChanged.connect(self._follow_category)
        self.ticket_check.clicked.connect(self._ticket_chosen)
        self.ticket_check.toggled.connect(self._enable_ticket_fields)
        self._enable_ticket_fields(self.ticket_check.isChecked())

    # -- the ticket follows the kind of issue ---------------------------------------
    def category(self) -> FindingCategory | None:
        value = self.category_combo.currentData()
        return FindingCategory(value) if value else None

    def _follow_category(self) -> None:
        category = self.category()
        if category is None:
            return
        found = self.repair_category_combo.findData(TICKET_CATEGORY[category].value)
        self.repair_category_combo.setCurrentIndex(max(found, 0))
        if self._ticket_follows_category:
            # Broken doors, fire equipment, lights, facilities usually need a technician.
            self.ticket_check.setChecked(category in REPAIR_CATEGORIES)

    def _ticket_chosen(self) -> None:
        self._ticket_follows_category = False

    def _enable_ticket_fields(self, wanted: bool) -> None:
        self.repair_category_combo.setEnabled(wanted)
        self.priority_combo.setEnabled(wanted)

    def wants_ticket(self) -> bool:
        return self.offers_ticket and self.ticket_check.isChecked()

    # -- saving ----------------------------------------------------------------------
    def _save(self) -> None:
        if self.finding is None:
            self.finding = self._record()
            # Recorded: OK again must not record it twice.
            for widget in self.finding_fields:
                widget.setEnabled(False)
        if self.wants_ticket() and self.ticket is None:
            self.ticket = self._open_ticket(self.finding)

    def _record(self) -> FindingInfo:
        category = self.category()
        if category is None:
            raise UserError(
                QT_TRANSLATE_NOOP("messages", "Choose what kind of issue it is."),
                field="category",
            )
        data = FindingInput(
            category=category,
            seen=self.seen_edit.text(),
            action=self.action_edit.text(),
            escalated_to=self.escalated_edit.text(),
        )
        return self._patrol.findings.record(
            self._actor, self.round.id, self.checkpoint.checkpoint_id, data
        )

    def _open_ticket(self, finding: FindingInfo) -> LinkedTicket:
        try:
            return self._patrol.findings.open_ticket(
                self._actor,
                finding.id,
                RepairCategory(self.repair_category_combo.currentData()),
                RepairPriority(self.priority_combo.currentData()),
            )
        except UserError as exc:
            self.set_intro(
                self.tr(
                    "The issue is recorded, but the repair ticket was not opened. Change "
                    "what is marked and press OK again, or Cancel to leave it without a ticket."
                )
            )
            if exc.field not in _TICKET_FIELDS:
                exc.field = "ticket"
            raise
