"""The small forms that carry an open finding on: who was told (escalated), a repair
ticket opened for it, or how it was dealt with. Each says which finding it is about,
calls the service on OK and shows a refused field's message next to that field."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.services.core.actor import Actor
from propdesk.services.core.handoffs import LinkedTicket
from propdesk.services.patrol.findings import FindingService
from propdesk.services.patrol.round_detail import FindingInfo
from propdesk.ui.tabs.patrol.names import (
    TICKET_CATEGORY,
    finding_category_name,
    local_moment,
    repair_category_name,
    repair_priority_name,
)
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.form_dialog import FormDialog


class _FindingForm(FormDialog):
    def __init__(
        self,
        title: str,
        findings: FindingService,
        actor: Actor,
        finding: FindingInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
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


class EscalateForm(_FindingForm):
    """Who was told (the duty manager), and when: now unless changed."""

    def __init__(
        self,
        findings: FindingService,
        actor: Actor,
        finding: FindingInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Escalate finding"), findings, actor, finding, parent)
        self.setObjectName("patrol_escalate_form")
        self.saved: FindingInfo | None = None
        self.to_edit = self.form.add_line_edit(
            "escalated_to",
            self.tr("Who was told"),
            self.tr("e.g. the duty manager's name"),
            finding.escalated_to,
        )
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.when_edit.setObjectName("escalated_at")
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setToolTip(self.tr("Change it only when they were told earlier."))
        self._when_changed = False
        self.when_edit.dateTimeChanged.connect(self._on_when_changed)
        self.form.add_field("escalated_at", self.tr("When"), self.when_edit)
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        self.on_save(self._save)

    def _on_when_changed(self) -> None:
        self._when_changed = True

    def when(self) -> datetime | None:
        if not self._when_changed:
            return None
        moment = self.when_edit.dateTime().toPython()
        assert isinstance(moment, datetime)
        return moment.astimezone()

    def _save(self) -> None:
        self.saved = self._findings.escalate(
            self._actor, self.finding.id, self.to_edit.text(), self.when()
        )


class ResolveForm(_FindingForm):
    """Dealt with: what was done about it."""

    def __init__(
        self,
        findings: FindingService,
        actor: Actor,
        finding: FindingInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Finding dealt with"), findings, actor, finding, parent)
        self.setObjectName("patrol_resolve_form")
        self.saved: FindingInfo | None = None
        self.resolution_edit = self.form.add_line_edit(
            "resolution", self.tr("How it was dealt with"), self.tr("e.g. door locked again")
        )
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        self.on_save(self._save)

    def _save(self) -> None:
        self.saved = self._findings.resolve(
            self._actor, self.finding.id, self.resolution_edit.text()
        )


class OpenTicketForm(_FindingForm):
    """A repair ticket for the finding: its category (suggested from the finding's)
    and priority; the rest comes from the finding."""

    def __init__(
        self,
        findings: FindingService,
        actor: Actor,
        finding: FindingInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Open repair ticket"), findings, actor, finding, parent)
        self.setObjectName("patrol_ticket_form")
        self.saved: LinkedTicket | None = None
        self.category_combo = choice_combo(
            enum_choices(RepairCategory, repair_category_name), "category"
        )
        self.category_combo.setCurrentIndex(
            self.category_combo.findData(TICKET_CATEGORY[finding.category].value)
        )
        self.priority_combo = choice_combo(
            enum_choices(RepairPriority, repair_priority_name), "priority"
        )
        self.priority_combo.setCurrentIndex(
            self.priority_combo.findData(RepairPriority.NORMAL.value)
        )
        self.form.add_field("category", self.tr("Repair category"), self.category_combo)
        self.form.add_field("priority", self.tr("Priority"), self.priority_combo)
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        self.on_save(self._save)

    def _save(self) -> None:
        self.saved = self._findings.open_ticket(
            self._actor,
            self.finding.id,
            RepairCategory(self.category_combo.currentData()),
            RepairPriority(self.priority_combo.currentData()),
        )
