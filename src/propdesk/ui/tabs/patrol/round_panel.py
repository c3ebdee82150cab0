"""The gatehouse's side of the patrol tab (巡逻): start a round, then tick its
checkpoints by scanning their labels — keyboard first, for a guard whose reader types
the code and Enter.

Ctrl+N starts a round of the chosen route for the chosen guard (the person logged in
unless another is picked) and puts the cursor in the scan box. Each code read ticks
its checkpoint (a green line says which); a code refused is shown in a big red banner
with the reason, the box keeps the code selected for the next scan and nothing else
changes. Space ticks the selected checkpoint by hand (a torn label), Ctrl+I records an
issue there, Ctrl+Enter finishes the round, Ctrl+Shift+A abandons it with a reason.

Open rounds are rows like any other: after a lock, a restart or a change of shift the
list below shows every open round (any station's), and the guard continues one.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from propdesk.errors import PropdeskError, StorageError, UserError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.patrol.inputs import CODE_MAX, clean_code
from propdesk.services.patrol.round_detail import RoundCheckpoint, RoundDetail
from propdesk.services.patrol.service import PatrolServices
from propdesk.ui.dialogs import show_error, user_message
from propdesk.ui.fonts import enlarge
from propdesk.ui.tabs.patrol.finding_form import FindingForm
from propdesk.ui.tabs.patrol.names import (
    clock,
    round_state_name,
    ticket_text,
    verdict_name,
    visit_flags,
)
from propdesk.ui.tabs.patrol.open_rounds import OpenRoundsModel
from propdesk.ui.tabs.patrol.pickers import chosen_id, guard_choices, route_choices
from propdesk.ui.tabs.patrol.round_checkpoints_model import RoundCheckpointsModel
from propdesk.ui.widgets.buttons import left_row, push_button
from propdesk.ui.widgets.choices import refill_combo
from propdesk.ui.widgets.field_form import ERROR_STYLE, FieldForm
from propdesk.ui.widgets.labelled import add_labelled
from propdesk.ui.widgets.one_form import OneFormAtATime
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.scan_outcome import ScanOutcome
from propdesk.ui.widgets.titled_box import titled_box

TITLE_STYLE = "font-weight: bold;"

START_KEY = QKeySequence("Ctrl+N")
FINISH_KEYS = (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"))
ABANDON_KEY = QKeySequence("Ctrl+Shift+A")
ISSUE_KEY = QKeySequence("Ctrl+I")
TICK_KEY = QKeySequence(Qt.Key.Key_Space)


def key_text(key: QKeySequence) -> str:
    """The key as this platform writes it, for a button's label."""
    return key.toString(QKeySequence.SequenceFormat.NativeText)


class RoundPanel(QWidget):
    # A round was started, ticked, finished or abandoned: what shows rounds reads again.
    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("round_panel")
        self._services = services
        self._actor = actor
        self._patrol = services.module(PatrolServices)
        self.current: RoundDetail | None = None  # the round being walked at this station
        self.forms = OneFormAtATime(self, self._after_form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_start())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_round())
        splitter.addWidget(self._build_open_rounds())
        splitter.setSizes([480, 200])
        layout.addWidget(splitter, 1)
        self._build_shortcuts()
        self.setFocusProxy(self.scan_edit)
        self.refresh()

    # -- building ------------------------------------------------------------------
    def _build_start(self) -> QGroupBox:
        """One row: route, guard, the start button; a refusal in red under it."""
        box = QGroupBox(self.tr("Start a round"))
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        self.route_combo = QComboBox()
        self.route_combo.setObjectName("route_id")
        add_labelled(row, self.tr("&Route"), self.route_combo)
        row.addSpacing(8)
        self.guard_combo = QComboBox()
        self.guard_combo.setObjectName("guard_id")
        add_labelled(row, self.tr("&Guard"), self.guard_combo)
        self.start_button = push_button(
            self.tr("Start round ({key})").format(key=key_text(START_KEY)),
            self.start_round,
            "start_round",
        )
        row.addSpacing(8)
        row.addWidget(self.start_button)
        row.setStretch(1, 1)
        row.setStretch(4, 1)
        column.addLayout(row)
        self.start_error = QLabel()
        self.start_error.setObjectName("start_error")
        self.start_error.setStyleSheet(ERROR_STYLE)
        self.start_error.setWordWrap(True)
        self.start_error.hide()
        column.addWidget(self.start_error)
        self._fill_guards()
        return box

    def _fill_guards(self) -> None:
        """The person logged in first, then the staff (security first) when this role
        may read the staff list."""
        me = self._actor.display_name or self._actor.username
        self.guard_combo.addItem(self.tr("Me ({name})").format(name=me), None)
        try:
            choices = guard_choices(self._services, self._actor)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        for text, staff_id in choices:
            self.guard_combo.addItem(text, staff_id)

    def _build_round(self) -> QGroupBox:
        self.round_box = QGroupBox(self.tr("Round under way"))
        column = QVBoxLayout(self.round_box)
        self.title_label = QLabel()
        self.title_label.setObjectName("round_title")
        self.title_label.setStyleSheet(TITLE_STYLE)
        self.title_label.setWordWrap(True)
        enlarge(self.title_label, 1.2)
        column.addWidget(self.title_label)
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("scan_code")
        self.scan_edit.setMaxLength(CODE_MAX)
        self.scan_edit.setPlaceholderText(self.tr("Scan the checkpoint's label, or type its code"))
        enlarge(self.scan_edit, 1.8)
        self.scan_edit.setMinimumHeight(44)
        self.scan_edit.returnPressed.connect(self.scan)
        self.scan_form = FieldForm()
        self.scan_form.add_field("code", self.tr("Checkpoint code"), self.scan_edit)
        column.addLayout(self.scan_form)
        self.scan_outcome = ScanOutcome(column, "scan_ok", 1.3)
        self.ok_label = self.scan_outcome.ok_label
        self.refused_banner = self.scan_outcome.banner
        self.checkpoints_model = RoundCheckpointsModel(self)
        self.checkpoints_view = record_table(
            self.checkpoints_model, "round_checkpoints", stretch=[RoundCheckpointsModel.COL_NAME]
        )
        self.checkpoints_view.selectionModel().currentRowChanged.connect(self._show_checklist)
        column.addWidget(self.checkpoints_view, 1)
        self.checklist_label = QLabel()
        self.checklist_label.setObjectName("checklist")
        self.checklist_label.setWordWrap(True)
        column.addWidget(self.checklist_label)
        self.tick_button = push_button(
            self.tr("Tick by hand ({key})").format(key=key_text(TICK_KEY)),
            self.tick_selected,
            "tick_by_hand",
            self.tr("For a checkpoint whose label cannot be read"),
        )
        self.issue_button = push_button(
            self.tr("Issue… ({key})").format(key=key_text(ISSUE_KEY)),
            self.open_finding_form,
            "record_issue",
        )
        self.finish_button = push_button(
            self.tr("Finish round ({key})").format(key=key_text(FINISH_KEYS[0])),
            self.finish_round,
            "finish_round",
        )
        self.abandon_button = push_button(
            self.tr("Abandon… ({key})").format(key=key_text(ABANDON_KEY)),
            self.abandon_round,
            "abandon_round",
        )
        column.addLayout(
            left_row(self.tick_button, self.issue_button, self.finish_button, self.abandon_button)
        )
        return self.round_box

    def _build_open_rounds(self) -> QGroupBox:
        self.open_model = OpenRoundsModel(self)
        self.open_view = record_table(self.open_model, "open_rounds")
        self.open_view.activated.connect(self._on_open_activated)  # Enter, double-click
        self.continue_button = push_button(
            self.tr("Continue this round"), self.continue_selected, "continue_round"
        )
        return titled_box(self.tr("Open rounds"), self.open_view, [self.continue_button])

    def _build_shortcuts(self) -> None:
        self.shortcuts: list[QShortcut] = []
        for key, slot in (
            (START_KEY, self.start_round),
            (ISSUE_KEY, self.open_finding_form),
            (ABANDON_KEY, self.abandon_round),
            *((key, self.finish_round) for key in FINISH_KEYS),
        ):
            shortcut = QShortcut(key, self)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)
        # Space ticks only in the list: in the scan box it is a character.
        tick = QShortcut(TICK_KEY, self.checkpoints_view)
        tick.setContext(Qt.ShortcutContext.WidgetShortcut)
        tick.activated.connect(self.tick_selected)
        self.shortcuts.append(tick)

    # -- reading -------------------------------------------------------------------
    def refresh(self) -> None:
        """Routes, open rounds and the round under way, read again (another station may
        have ticked, finished or abandoned it)."""
        try:
            routes = self._patrol.routes.routes(self._actor)
            refill_combo(self.route_combo, route_choices(routes))
            self.open_model.set_rows(self._patrol.rounds.open_rounds(self._actor))
            if self.current is not None:
                self.current = self._patrol.rounds.detail(self._actor, self.current.id)
        except PropdeskError as exc:
            show_error(self, exc)
        self._show_round()

    def _show_round(self) -> None:
        detail = self.current
        selected = self.selected_checkpoint()
        self.checkpoints_model.show_round(detail)
        if detail is None:
            self.title_label.setText(
                self.tr(
                    "No round under way here: start one ({key}), or continue an open round "
                    "below. A scanned code also finds its open round."
                ).format(key=key_text(START_KEY))
            )
        else:
            self.title_label.setText(self._title(detail))
            if selected is not None:
                self.select_checkpoint(selected.checkpoint_id)
        under_way = detail is not None and detail.is_open
        for button in (
            self.tick_button,
            self.issue_button,
            self.finish_button,
            self.abandon_button,
        ):
            button.setEnabled(under_way)
        self._show_checklist()

    def _title(self, detail: RoundDetail) -> str:
        if detail.slot_at is not None:
            slot = self.tr("{time} slot, {verdict}").format(
                time=clock(detail.slot_at), verdict=verdict_name(detail.verdict)
            )
        else:
            slot = verdict_name(None)
        head = self.tr("{number} · {route} · {guard} · started {time} · {slot}").format(
            number=detail.number,
            route=detail.route_name,
            guard=detail.guard_name,
            time=clock(detail.started_at),
            slot=slot,
        )
        reached = self.tr("{visited} of {total} reached").format(
            visited=detail.visited, total=len(detail.checkpoints)
        )
        if not detail.is_open:
            reached = f"{reached} · {round_state_name(detail.state)}"
        return f"{head}\n{reached}"

    def selected_checkpoint(self) -> RoundCheckpoint | None:
        return self.checkpoints_model.row_at(self.checkpoints_view.currentIndex().row())

    def select_checkpoint(self, checkpoint_id: uuid.UUID) -> None:
        row = self.checkpoints_model.row_of(checkpoint_id)
        if row < 0:
            return
        index = self.checkpoints_model.index(row, 0)
        self.checkpoints_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.checkpoints_view.scrollTo(index)

    def _show_checklist(self) -> None:
        checkpoint = self.selected_checkpoint()
        if checkpoint is None:
            self.checklist_label.setText(self.tr("Select a checkpoint to see what to check there."))
        elif not checkpoint.checklist:
            self.checklist_label.setText(
                self.tr("Nothing listed to check at {name}.").format(name=checkpoint.name)
            )
        else:
            items = "\n".join(f"• {item}" for item in checkpoint.checklist)
            self.checklist_label.setText(
                self.tr("To check at {name}:").format(name=checkpoint.name) + "\n" + items
            )

    # -- messages ----------------------------------------------------------------------
    def _say(self, text: str) -> None:
        """A short green line: what was just done."""
        self.scan_outcome.say(text)

    def _refuse(self, exc: UserError) -> None:
        """The big red banner with the service's message, and the system's beep: the
        guard is looking at the wall, not the screen. The code stays selected so the
        next scan replaces it."""
        self.scan_outcome.refuse(user_message(exc))
        QApplication.beep()
        self.scan_edit.setFocus()
        self.scan_edit.selectAll()

    def back_to_scan(self) -> None:
        self.scan_edit.setFocus()
        self.scan_edit.selectAll()

    def _failed(self, exc: PropdeskError) -> None:
        if isinstance(exc, UserError):
            self._refuse(exc)
        else:
            show_error(self, exc)

    # -- starting, scanning, ticking -------------------------------------------------
    def start_round(self) -> RoundDetail | None:
        if self.forms.showing():
            return None
        self.start_error.hide()
        route_id = chosen_id(self.route_combo)
        if route_id is None:
            self.route_combo.setFocus()
            return None
        try:
            detail = self._patrol.rounds.start(self._actor, route_id, chosen_id(self.guard_combo))
        except UserError as exc:
            # Next to the choice it is about: the route (its slot taken, no checkpoints)
            # or the guard.
            self.start_error.setText(user_message(exc))
            self.start_error.show()
            chosen = self.guard_combo if exc.field == "guard_id" else self.route_combo
            chosen.setFocus()
            return None
        except StorageError as exc:
            show_error(self, exc)
            return None
        self.current = detail
        self._say(
            self.tr("Round {number} of {route} started: scan the first checkpoint.").format(
                number=detail.number, route=detail.route_name
            )
        )
        self._changed()
        self.back_to_scan()
        return detail

    def scan(self) -> RoundDetail | None:
        """The code in the box, as the reader typed it: in the round under way here, or
        (none) in the open round whose route has it."""
        typed = self.scan_edit.text().strip()
        if not typed:
            return None
        round_id = self.current.id if self.current is not None and self.current.is_open else None
        try:
            detail = self._patrol.rounds.scan(self._actor, typed, round_id)
        except PropdeskError as exc:
            # Refused and logged by the service: nothing else changes here.
            self._failed(exc)
            return None
        self.scan_edit.clear()
        self.current = detail
        self._changed()
        reached = next((c for c in detail.checkpoints if c.code == clean_code(typed)), None)
        if reached is not None:
            self.select_checkpoint(reached.checkpoint_id)
            self._say(self._reached_text(reached, detail))
        self.back_to_scan()
        return detail

    def _reached_text(self, checkpoint: RoundCheckpoint, detail: RoundDetail) -> str:
        text = self.tr("✓ {position}. {name} at {time} — {visited} of {total}").format(
            position=checkpoint.position,
            name=checkpoint.name,
            time=clock(checkpoint.visit.at if checkpoint.visit else None),
            visited=detail.visited,
            total=len(detail.checkpoints),
        )
        flags = visit_flags(checkpoint.visit)
        return f"{text} ({flags})" if flags else text

    def tick_selected(self) -> RoundDetail | None:
        """Tick the selected checkpoint by hand (its label torn off or unreadable)."""
        checkpoint = self.selected_checkpoint()
        if self.current is None or not self.current.is_open or checkpoint is None:
            return None
        try:
            detail = self._patrol.rounds.tick(
                self._actor, self.current.id, checkpoint.checkpoint_id
            )
        except PropdeskError as exc:
            self._failed(exc)
            return None
        self.current = detail
        self._changed()
        self.select_checkpoint(checkpoint.checkpoint_id)
        ticked = self.selected_checkpoint()
        if ticked is not None:
            self._say(self._reached_text(ticked, detail))
        self.back_to_scan()
        return detail

    # -- issues -----------------------------------------------------------------------
    def open_finding_form(self) -> FindingForm | None:
        """An issue at the selected checkpoint, or else at the last one reached."""
        detail = self.current
        if detail is None or not detail.is_open:
            return None
        checkpoint = self.selected_checkpoint() or self._last_reached(detail)
        if checkpoint is None:
            self.checkpoints_view.setFocus()
            return None
        return self.forms.open(
            lambda: FindingForm(self._services, self._actor, detail, checkpoint, self),
            self._recorded,
        )

    @staticmethod
    def _last_reached(detail: RoundDetail) -> RoundCheckpoint | None:
        reached = [(c.visit.at, c) for c in detail.checkpoints if c.visit is not None]
        return max(reached, key=lambda pair: pair[0])[1] if reached else None

    @property
    def finding_form(self) -> FindingForm | None:
        form = self.forms.form
        return form if isinstance(form, FindingForm) else None

    def _recorded(self, form: FindingForm) -> None:
        if form.finding is None:
            return
        text = self.tr("Issue {number} recorded at {name}.").format(
            number=form.finding.number, name=form.checkpoint.name
        )
        if form.ticket is not None:
            text += " " + self.tr("Repair ticket {ticket} opened.").format(
                ticket=ticket_text(form.ticket)
            )
        self._say(text)

    def _after_form(self) -> None:
        # Read again however the form closed: a finding stays recorded when its ticket
        # was then cancelled.
        self.refresh()
        self.changed.emit()
        self.back_to_scan()

    # -- ending -----------------------------------------------------------------------
    def finish_round(self) -> RoundDetail | None:
        detail = self.current
        if detail is None or not detail.is_open or self.forms.showing():
            return None
        try:
            done = self._patrol.rounds.finish(self._actor, detail.id)
        except PropdeskError as exc:
            self._failed(exc)
            return None
        self.current = None
        self._say(
            self.tr("Round {number} finished: {visited} of {total} reached, {verdict}.").format(
                number=done.number,
                visited=done.visited,
                total=len(done.checkpoints),
                verdict=verdict_name(done.verdict),
            )
        )
        self.refresh()
        self.changed.emit()
        self.back_to_scan()
        return done

    def abandon_round(self) -> ReasonDialog | None:
        detail = self.current
        if detail is None or not detail.is_open:
            return None

        def abandon(reason: str) -> object:
            return self._patrol.rounds.abandon(self._actor, detail.id, reason)

        def abandoned(_form: ReasonDialog) -> None:
            self.current = None
            self._say(self.tr("Round {number} abandoned.").format(number=detail.number))

        return self.forms.open(
            lambda: ReasonDialog(
                self.tr("Abandon round {number}").format(number=detail.number),
                self.tr("Why"),
                abandon,
                self,
            ),
            abandoned,
        )

    # -- open rounds --------------------------------------------------------------------
    def continue_round(self, round_id: uuid.UUID) -> RoundDetail | None:
        """Walk on with an open round (another station's, the last shift's)."""
        try:
            detail = self._patrol.rounds.detail(self._actor, round_id)
        except PropdeskError as exc:
            show_error(self, exc)
            return None
        self.current = detail
        self._show_round()
        if detail.is_open:
            self._say(
                self.tr("Continuing round {number}: scan the next checkpoint.").format(
                    number=detail.number
                )
            )
        self.back_to_scan()
        return detail

    def continue_selected(self) -> RoundDetail | None:
        row = self.open_model.row_at(self.open_view.currentIndex().row())
        return self.continue_round(row.id) if row is not None else None

    def _on_open_activated(self, index: QModelIndex) -> None:
        row = self.open_model.row_at(index.row())
        if row is not None:
            self.continue_round(row.id)

    def _changed(self) -> None:
        try:
            self.open_model.set_rows(self._patrol.rounds.open_rounds(self._actor))
        except PropdeskError as exc:
            show_error(self, exc)
        self._show_round()
        self.changed.emit()
