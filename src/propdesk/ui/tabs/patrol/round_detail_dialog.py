"""One round, read-only (巡逻记录详情): who walked which route when, the slot it
answered and how it was judged, every checkpoint with its time and flags (the skipped
ones named), and its findings with their repair tickets.

A round is never edited: roles with the patrol void right void one with a reason (it
is then entered again).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.patrol.round_detail import RoundDetail
from propdesk.services.patrol.service import PatrolServices
from propdesk.ui.dialogs import show_error
from propdesk.ui.fonts import enlarge
from propdesk.ui.tabs.patrol.names import (
    clock,
    local_moment,
    round_flags,
    round_state_name,
    source_name,
    verdict_name,
)
from propdesk.ui.tabs.patrol.round_checkpoints_model import RoundCheckpointsModel
from propdesk.ui.tabs.patrol.round_findings_model import RoundFindingsModel
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.titled_box import titled_box

TITLE_STYLE = "font-weight: bold;"
VOID_STYLE = "color: #b00020; font-weight: bold;"


class RoundDetailDialog(QDialog):
    voided = Signal(object)  # the round's id, once voided

    def __init__(
        self, services: Services, actor: Actor, round_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("round_detail")
        self._patrol = services.module(PatrolServices)
        self._actor = actor
        self.round_id = round_id
        self.detail: RoundDetail | None = None
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        self.title_label = QLabel()
        self.title_label.setObjectName("round_detail_title")
        self.title_label.setStyleSheet(TITLE_STYLE)
        enlarge(self.title_label, 1.3)
        layout.addWidget(self.title_label)
        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("route", self.tr("Route")),
            ("guard", self.tr("Guard")),
            ("time", self.tr("Walked")),
            ("slot", self.tr("Slot")),
            ("source", self.tr("Recorded")),
            ("flags", self.tr("Flags")),
            ("skipped", self.tr("Skipped")),
            ("abandoned", self.tr("Abandoned because")),
            ("void", self.tr("Void because")),
        ):
            value = QLabel()
            value.setObjectName(f"round_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(label, value)
            self.values[key] = value
        self.values["void"].setStyleSheet(VOID_STYLE)
        layout.addLayout(self.facts)
        self.checkpoints_model = RoundCheckpointsModel(self)
        self.checkpoints_view = record_table(
            self.checkpoints_model,
            "round_detail_checkpoints",
            stretch=[RoundCheckpointsModel.COL_NAME],
        )
        self.findings_model = RoundFindingsModel(self)
        self.findings_view = record_table(
            self.findings_model, "round_detail_findings", stretch=[RoundFindingsModel.COL_SEEN]
        )
        body = QSplitter(Qt.Orientation.Vertical)
        body.setChildrenCollapsible(False)
        body.addWidget(titled_box(self.tr("Checkpoints"), self.checkpoints_view))
        body.addWidget(titled_box(self.tr("Findings"), self.findings_view))
        body.setSizes([360, 200])
        layout.addWidget(body, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.void_button = QPushButton(self.tr("Void round…"))
        self.void_button.setObjectName("void_round")
        self.void_button.clicked.connect(self.void_round)
        self.buttons.addButton(self.void_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(self.buttons)
        self.load()

    def load(self) -> None:
        """Read the round and its findings' tickets; raises what the service raises (the
        caller shows it: a round gone is not shown)."""
        detail = self._patrol.rounds.detail(self._actor, self.round_id)
        rows = self._patrol.findings.rows_for(self._actor, detail.findings)
        self.detail = detail
        self.setWindowTitle(self.tr("Patrol round {number}").format(number=detail.number))
        self.title_label.setText(
            self.tr("{number} — {state}").format(
                number=detail.number, state=round_state_name(detail.state)
            )
        )
        self._show_facts(detail)
        self.checkpoints_model.show_round(detail)
        self.findings_model.set_rows(rows)
        self.void_button.setVisible(
            self._actor.may(Module.PATROL, Action.VOID) and not detail.voided
        )

    def _show_facts(self, detail: RoundDetail) -> None:
        finished = clock(detail.finished_at) if detail.finished_at else self.tr("not yet")
        skipped = [
            f"{c.position}. {c.name}"
            for c in detail.checkpoints
            if c.visit is None and not detail.is_open
        ]
        slot = (
            self.tr("{time}, {verdict}").format(
                time=local_moment(detail.slot_at), verdict=verdict_name(detail.verdict)
            )
            if detail.slot_at is not None
            else verdict_name(None)
        )
        texts = {
            "route": detail.route_name,
            "guard": detail.guard_name,
            "time": self.tr("{start} – {end} · {visited} of {total} checkpoints reached").format(
                start=local_moment(detail.started_at),
                end=finished,
                visited=detail.visited,
                total=len(detail.checkpoints),
            ),
            "slot": slot,
            "source": self.tr("{source}, by {user}").format(
                source=source_name(detail.source), user=detail.created_by
            ),
            "flags": round_flags(detail.out_of_order, detail.too_fast, detail.entered_later),
            "skipped": ", ".join(skipped),
            "abandoned": detail.abandon_reason,
            "void": detail.void_reason if detail.voided else "",
        }
        for key, text in texts.items():
            self.values[key].setText(text)
            self.facts.setRowVisible(self.values[key], bool(text))

    def void_round(self) -> ReasonDialog | None:
        """Ask for the reason (OK voids the round); the dialog asking, or None when
        this role may not void or the round is void already."""
        detail = self.detail
        if detail is None or detail.voided or not self._actor.may(Module.PATROL, Action.VOID):
            return None
        dialog = ReasonDialog(
            self.tr("Void round {number}").format(number=detail.number),
            self.tr("Reason"),
            lambda reason: self._patrol.rounds.void(self._actor, detail.id, reason),
            self,
        )
        dialog.setObjectName("void_round_dialog")
        dialog.accepted.connect(lambda: self._after_void(detail.id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _after_void(self, round_id: uuid.UUID) -> None:
        try:
            self.load()
        except PropdeskError as exc:
            show_error(self, exc)
        self.voided.emit(round_id)
