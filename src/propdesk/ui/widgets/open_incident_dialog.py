"""Open a safety incident from another tab's record in one step (a patrol finding, a
gate journal entry): the kind, a title and what happened (filled in from the record);
the rest — when, where, what was done — comes from the record. OK calls `open`; a
refused field's message shows next to it and the dialog stays."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from propdesk.domain.incidents.kinds import IncidentKind
from propdesk.services.core.handoffs import LinkedIncident
from propdesk.ui.incident_names import kind_name
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.form_dialog import FormDialog

TITLE_MAX = 60
WHAT_MAX = 1000

# (kind, title, what happened) -> the incident opened
OpenIncident = Callable[[IncidentKind, str, str], LinkedIncident]


class OpenIncidentDialog(FormDialog):
    saved: LinkedIncident | None = None

    def __init__(
        self,
        intro: str,
        what_happened: str,
        open_incident: OpenIncident,
        parent: QWidget | None = None,
        kind: IncidentKind = IncidentKind.OTHER,
    ) -> None:
        super().__init__(self.tr("Open safety incident"), parent)
        self.setObjectName("open_incident_dialog")
        self.set_intro(intro)
        self._open = open_incident
        self.kind_combo = choice_combo(enum_choices(IncidentKind, kind_name), "kind")
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        self.form.add_field("kind", self.tr("Kind"), self.kind_combo)
        self.title_edit = self.form.add_line_edit(
            "title", self.tr("Title"), self.tr("e.g. bicycle stolen from the bike shed")
        )
        self.title_edit.setMaxLength(TITLE_MAX)
        self.what_edit = self.form.add_line_edit(
            "what_happened", self.tr("What happened"), "", what_happened[:WHAT_MAX]
        )
        self.what_edit.setMaxLength(WHAT_MAX)
        self.what_edit.setMinimumWidth(360)
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        self.on_save(self._save)

    def _save(self) -> None:
        self.saved = self._open(
            IncidentKind(self.kind_combo.currentData()),
            self.title_edit.text(),
            self.what_edit.text(),
        )
