"""Add a checkpoint to a route or edit one: the code its label carries (what the
reader types; unique across every route), its name, where it is, and what to check
there, one item per line. A code already in use is said under the code field."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from propdesk.services.core.actor import Actor
from propdesk.services.patrol.inputs import (
    CHECKLIST_MAX,
    CHECKPOINT_NAME_MAX,
    CODE_MAX,
    PLACE_MAX,
    CheckpointInput,
)
from propdesk.services.patrol.routes import CheckpointInfo, RouteService
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.text_limit import cap_plain_text

CHECKLIST_LINES = 5


class CheckpointForm(FormDialog):
    def __init__(
        self,
        routes: RouteService,
        actor: Actor,
        route_id: uuid.UUID,
        route_name: str,
        checkpoint: CheckpointInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("New checkpoint on {route}")
            if checkpoint is None
            else self.tr("Checkpoint on {route}")
        )
        super().__init__(title.format(route=route_name), parent)
        self.setObjectName("patrol_checkpoint_form")
        self._routes = routes
        self._actor = actor
        self._route_id = route_id
        self.checkpoint = checkpoint
        self.saved: CheckpointInfo | None = None
        self.code_edit = self.form.add_line_edit(
            "code",
            self.tr("Code"),
            self.tr("e.g. XG-E-01: letters, digits and - _ . /"),
            checkpoint.code if checkpoint else "",
        )
        self.code_edit.setMaxLength(CODE_MAX)
        self.name_edit = self.form.add_line_edit(
            "name",
            self.tr("Name"),
            self.tr("e.g. Building 1 lobby"),
            checkpoint.name if checkpoint else "",
        )
        self.name_edit.setMaxLength(CHECKPOINT_NAME_MAX)
        self.place_edit = self.form.add_line_edit(
            "place",
            self.tr("Place"),
            self.tr("optional: where the label hangs"),
            checkpoint.place if checkpoint else "",
        )
        self.place_edit.setMaxLength(PLACE_MAX)
        self.checklist_edit = QPlainTextEdit(checkpoint.checklist_text if checkpoint else "")
        self.checklist_edit.setObjectName("checklist")
        self.checklist_edit.setPlaceholderText(self.tr("one item per line, e.g. fire door closed"))
        self.checklist_edit.setTabChangesFocus(True)  # Tab leaves; Enter starts a new item
        cap_plain_text(self.checklist_edit, CHECKLIST_MAX)
        metrics = self.checklist_edit.fontMetrics()
        self.checklist_edit.setFixedHeight(metrics.lineSpacing() * CHECKLIST_LINES + 12)
        self.form.add_field("checklist", self.tr("What to check"), self.checklist_edit)
        if checkpoint is not None:
            note = QLabel(self.tr("A new code needs a new label: print it after saving."))
            note.setWordWrap(True)
            self.form.addRow(note)
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        self.on_save(self._save)

    def _save(self) -> None:
        data = CheckpointInput(
            self.code_edit.text(),
            self.name_edit.text(),
            self.place_edit.text(),
            self.checklist_edit.toPlainText(),
        )
        if self.checkpoint is None:
            self.saved = self._routes.add_checkpoint(self._actor, self._route_id, data)
        else:
            self.saved = self._routes.update_checkpoint(self._actor, self.checkpoint.id, data)
