"""The small forms that carry an open finding on: who was told (escalated), a repair
ticket opened for it, or how it was dealt with. Each says which finding it is about,
calls the service on OK and shows a refused field's message next to that field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.actor import Actor
from propdesk.services.core.handoffs import LinkedTicket
from propdesk.services.patrol.findings import FindingService
from propdesk.services.patrol.inputs import FINDING_TEXT_MAX, PERSON_MAX
from propdesk.services.patrol.round_detail import FindingInfo
from propdesk.ui.repair_names import category_name, priority_name
from propdesk.ui.tabs.patrol.names import (
    TICKET_CATEGORY,
    finding_category_name,
    local_moment,
)
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.moment_edit import MomentEdit


class _FindingForm(FormDialog):
    NAME = ""  # the form's object name
    TITLE = ""  # marked with QT_TRANSLATE_NOOP in the form's own context

    def __init__(
        self,
        findings: FindingService,
        actor: Actor,
        finding: FindingInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr(self.TITLE), parent)  # tr: in the form's context
        self.setObjectName(self.NAME)
        self._findings = findings
        self._actor = actor
        self.finding = finding
        self.set_intro(
            self.tr("{number} · {checkpoint} {place} · {category}: {seen} ({at})").format(
                number=finding.number,
                checkpoint=finding.checkpoint_name,
                place=finding.place,
                category=finding_category_name(finding.category),
                seen=finding.seen,
                at=local_moment(finding.seen_at),
            )
        )
        self._add_fields()
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        self.on_save(self._save)

    # -- what each form declares (each subclass defines both as methods) -------------
    # The form's fields, in reading order (`finding` is set).
    _add_fields: Callable[[], None]
    # The one service call OK stands for; it sets `saved`.
    _save: Callable[[], None]


class EscalateForm(_FindingForm):
    """Who was told (the duty manager), and when: now unless changed."""

    NAME = "patrol_escalate_form"
    TITLE = QT_TRANSLATE_NOOP("EscalateForm", "Escalate finding")
    saved: FindingInfo | None = None

    def _add_fields(self) -> None:
        self.to_edit = self.form.add_line_edit(
            "escalated_to",
            self.tr("Who was told"),
            self.tr("e.g. the duty manager's name"),
            self.finding.escalated_to,
        )
        self.to_edit.setMaxLength(PERSON_MAX)
        self.when_edit = MomentEdit(
            "escalated_at", self.tr("Change it only when they were told earlier.")
        )
        self.form.add_field("escalated_at", self.tr("When"), self.when_edit)

    def _save(self) -> None:
        self.saved = self._findings.escalate(
            self._actor, self.finding.id, self.to_edit.text(), self.when_edit.moment()
        )


class ResolveForm(_FindingForm):
    """Dealt with: what was done about it."""

    NAME = "patrol_resolve_form"
    TITLE = QT_TRANSLATE_NOOP("ResolveForm", "Finding dealt with")
    saved: FindingInfo | None = None

    def _add_fields(self) -> None:
        self.resolution_edit = self.form.add_line_edit(
            "resolution", self.tr("How it was dealt with"), self.tr("e.g. door locked again")
        )
        self.resolution_edit.setMaxLength(FINDING_TEXT_MAX)

    def _save(self) -> None:
        self.saved = self._findings.resolve(
            self._actor, self.finding.id, self.resolution_edit.text()
        )


class OpenTicketForm(_FindingForm):
    """A repair ticket for the finding: its category (suggested from the finding's)
    and priority; the rest comes from the finding."""

    NAME = "patrol_ticket_form"
    TITLE = QT_TRANSLATE_NOOP("OpenTicketForm", "Open repair ticket")
    saved: LinkedTicket | None = None

    def _add_fields(self) -> None:
        self.category_combo = choice_combo(enum_choices(RepairCategory, category_name), "category")
        self.category_combo.setCurrentIndex(
            self.category_combo.findData(TICKET_CATEGORY[self.finding.category].value)
        )
        self.priority_combo = choice_combo(enum_choices(RepairPriority, priority_name), "priority")
        self.priority_combo.setCurrentIndex(
            self.priority_combo.findData(RepairPriority.NORMAL.value)
        )
        self.form.add_field("category", self.tr("Repair category"), self.category_combo)
        self.form.add_field("priority", self.tr("Priority"), self.priority_combo)

    def _save(self) -> None:
        self.saved = self._findings.open_ticket(
            self._actor,
            self.finding.id,
            RepairCategory(self.category_combo.currentData()),
            RepairPriority(self.priority_combo.currentData()),
        )
