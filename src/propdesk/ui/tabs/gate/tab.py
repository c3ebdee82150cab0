"""The gate (门岗): keyboard first, for a guard with a card reader that types the card
number and Enter. Cards and vehicles at the top, visitors and the other flows on
function keys, and below: who is inside now, the journal, release slips, handovers.

Forms open without blocking (the window behind keeps running) and, when they close,
focus goes back to the card field so the next swipe works without a click.

Every action's result — a card, a plate, a visitor leaving, a form saved — is said in
one banner under the card and the plates, green or red, with the next step when there
is one; the next action clears it. Its place is reserved, so nothing below moves.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.roles import Action, Module
from propdesk.errors import NotFoundError, PropdeskError, UserError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.entries import PASS_NUMBER_MAX, CardEntryResult
from propdesk.services.gate.items import may_record_slips
from propdesk.services.gate.search import GateRecordPlace
from propdesk.services.gate.service import GateServices
from propdesk.services.master_data.cards import CARD_TYPED_MAX, CardStatus
from propdesk.ui.dialogs import show_error, user_message
from propdesk.ui.fonts import enlarge
from propdesk.ui.tabs.gate.gate_printing import GatePrinting
from propdesk.ui.tabs.gate.handover_form import HandoverForm
from propdesk.ui.tabs.gate.inside_now_model import InsideNowTableModel, VehiclesInsideTableModel
from propdesk.ui.tabs.gate.item_forms import ItemInForm, ItemOutForm, ReleaseSlipForm
from propdesk.ui.tabs.gate.journal_view import JournalView
from propdesk.ui.tabs.gate.notice_form import NoticeForm
from propdesk.ui.tabs.gate.record_lists import HandoverTableModel, ReleaseSlipsPanel
from propdesk.ui.tabs.gate.vehicle_panel import VehiclePanel
from propdesk.ui.tabs.gate.visitor_form import VisitorForm
from propdesk.ui.widgets.buttons import left_row, push_button
from propdesk.ui.widgets.field_form import FieldForm
from propdesk.ui.widgets.module_tab import ModuleTab
from propdesk.ui.widgets.one_form import FormT, OneFormAtATime
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.scan_outcome import ScanOutcome
from propdesk.ui.widgets.table_export import install_export
from propdesk.ui.widgets.titled_box import titled_box

REFRESH_MS = 60 * 1000  # the minutes inside keep counting
HINT_STYLE = "color: #555;"


class GateTab(ModuleTab):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.printing = GatePrinting(services, actor, self)
        # Forms open without blocking, one at a time; closed, the card field is next.
        self.forms = OneFormAtATime(self, self._back_to_card)
        self._statuses = {
            CardStatus.ACTIVE: self.tr("active"),
            CardStatus.LOST: self.tr("reported lost"),
            CardStatus.REVOKED: self.tr("revoked"),
            CardStatus.RETURNED: self.tr("returned"),
        }
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        layout.addLayout(top)
        # One banner for every action's result, the full width under the card and the
        # plates it mostly answers.
        self.outcome = ScanOutcome(layout, "welcome_label", 1.4)
        self.welcome_label = self.outcome.ok_label
        self.refused_banner = self.outcome.banner
        top.addWidget(self._build_scan_box(), 3)
        self.vehicle_panel = VehiclePanel(services, actor, self.outcome)
        self.vehicle_panel.logged.connect(self.refresh)
        self.vehicle_panel.receipt_wanted.connect(self.printing.parking_receipt)
        top.addWidget(self.vehicle_panel, 2)
        layout.addLayout(self._build_visitor_row())
        layout.addLayout(self._build_actions_row())
        layout.addWidget(self._build_views(), 1)
        self._build_shortcuts()
        self._apply_role()
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._on_timer)
        self.refresh_timer.start()
        self.refresh()

    # -- building ------------------------------------------------------------
    def _build_scan_box(self) -> QWidget:
        self.scan_box = QGroupBox(self.tr("Card"))
        column = QVBoxLayout(self.scan_box)
        self.card_edit = QLineEdit()
        self.card_edit.setObjectName("card_number")
        self.card_edit.setPlaceholderText(self.tr("Scan or type the card number, then Enter"))
        self.card_edit.setMaxLength(CARD_TYPED_MAX)
        enlarge(self.card_edit, 2.0)
        self.card_edit.setMinimumHeight(48)
        self.card_edit.returnPressed.connect(self._on_card)
        self.scan_form = FieldForm()
        self.scan_form.add_field("card_number", self.tr("Card number"), self.card_edit)
        column.addLayout(self.scan_form)
        self.setFocusProxy(self.card_edit)
        return self.scan_box

    def _build_visitor_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_visitor_button = push_button(
            self.tr("New visitor (F2)"), self.open_visitor_form, "new_visitor"
        )
        self.exit_box = QGroupBox(self.tr("Visitor leaves"))
        self.pass_edit = QLineEdit()
        self.pass_edit.setObjectName("pass_number")
        self.pass_edit.setPlaceholderText(self.tr("Type or scan the pass number, then Enter"))
        self.pass_edit.setMaxLength(PASS_NUMBER_MAX)
        self.pass_edit.returnPressed.connect(self._on_exit)
        self.exit_form = FieldForm(self.exit_box)
        self.exit_form.add_field("pass_number", self.tr("Pass number"), self.pass_edit)
        row.addWidget(self.new_visitor_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.exit_box, 1)
        return row

    def _build_actions_row(self) -> QHBoxLayout:
        self.action_buttons: dict[str, QPushButton] = {
            name: push_button(text, slot, name)
            for name, text, slot in (
                ("items_out", self.tr("Items out (F5)"), self.open_item_out_form),
                ("items_in", self.tr("Materials in (Shift+F5)"), self.open_item_in_form),
                ("release_slip", self.tr("New release slip (F7)"), self.open_release_slip_form),
                ("notice", self.tr("Parking notice (F6)"), self.open_notice_form),
                ("handover", self.tr("Hand over shift (F8)"), self.open_handover_form),
            )
        }
        row = left_row(*self.action_buttons.values())
        # The keys that are not on a button, where the guard looks for them.
        self.keys_hint = QLabel(self.tr("Plates: F3 in, F4 out · Quick search: Ctrl+K"))
        self.keys_hint.setObjectName("gate_keys_hint")
        self.keys_hint.setStyleSheet(HINT_STYLE)
        row.addWidget(self.keys_hint)
        return row

    def _build_views(self) -> QTabWidget:
        self.views = QTabWidget()
        self.views.setObjectName("gate_views")
        self.inside_model = InsideNowTableModel(self)
        self.inside_view = record_table(self.inside_model, "inside_now_view")
        self.vehicles_model = VehiclesInsideTableModel(self)
        self.vehicles_view = record_table(self.vehicles_model, "vehicles_inside_view")
        for view, title in (
            (self.inside_view, self.tr("Visitors inside now")),
            (self.vehicles_view, self.tr("Vehicles inside now")),
        ):
            install_export(view, self._services.exports, self._actor, Module.GATE, title)
        self.inside_page = inside = QSplitter()
        inside.addWidget(titled_box(self.tr("Visitors"), self.inside_view))
        inside.addWidget(titled_box(self.tr("Vehicles"), self.vehicles_view))
        self.views.addTab(inside, self.tr("Inside now"))
        self.journal_view = JournalView(self._services, self._actor)
        self.views.addTab(self.journal_view, self.tr("Journal"))
        # New release slip… (the front desk too), Print…, Void slip… (supervisors).
        self.slips_panel = ReleaseSlipsPanel(self._services, self._actor)
        self.slips_panel.new_wanted.connect(self.open_release_slip_form)
        self.slips_panel.print_wanted.connect(self.printing.release_slip)
        self.slips_model, self.slips_view = self.slips_panel.model, self.slips_panel.view
        self.views.addTab(self.slips_panel, self.tr("Open release slips"))
        self.handovers_model = HandoverTableModel(self)
        self.handovers_view = record_table(self.handovers_model, "handovers_view")
        self.handovers_view.doubleClicked.connect(self._print_selected_handover)
        self.views.addTab(
            self._with_print(self.handovers_view, self._print_selected_handover),
            self.tr("Handovers"),
        )
        self.views.currentChanged.connect(lambda _index: self.refresh())
        return self.views

    def _with_print(self, view: QWidget, slot: Callable[[], None]) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(view)
        column.addWidget(push_button(self.tr("Print…"), slot), 0, Qt.AlignmentFlag.AlignRight)
        return holder

    def _build_shortcuts(self) -> None:
        self.shortcuts: list[QShortcut] = []
        for key, slot in (
            (Qt.Key.Key_F2, self.open_visitor_form),
            (Qt.Key.Key_F3, self.vehicle_panel.in_edit.setFocus),
            (Qt.Key.Key_F4, self.vehicle_panel.out_edit.setFocus),
            (Qt.Key.Key_F5, self.open_item_out_form),
            (QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F5), self.open_item_in_form),
            (Qt.Key.Key_F6, self.open_notice_form),
            (Qt.Key.Key_F7, self.open_release_slip_form),
            (Qt.Key.Key_F8, self.open_handover_form),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)
        self.new_visitor_shortcut = self.shortcuts[0]
        self.release_slip_shortcut = self.shortcuts[6]

    def _apply_role(self) -> None:
        may_enter = self._actor.may(Module.GATE, Action.CREATE)
        may_exit = self._actor.may(Module.GATE, Action.UPDATE)
        self.scan_box.setVisible(may_enter)
        self.new_visitor_button.setVisible(may_enter)
        self.vehicle_panel.setVisible(may_enter and may_exit)
        for button in self.action_buttons.values():
            button.setVisible(may_enter)
        for shortcut in self.shortcuts:
            shortcut.setEnabled(may_enter)
        # Release slips are recorded at the front desk too (services/gate/items.py).
        may_slip = may_record_slips(self._actor)
        self.action_buttons["release_slip"].setVisible(may_slip)
        self.release_slip_shortcut.setEnabled(may_slip)
        self.exit_box.setVisible(may_exit)
        self.outcome.place.setVisible(may_enter or may_exit)  # no action, no result
        self.keys_hint.setVisible(may_enter)
        if not may_enter:
            self.setFocusProxy(None)  # type: ignore[arg-type]  # None: no proxy (the stubs omit it)

    # -- refreshing ----------------------------------------------------------
    def refresh(self) -> None:
        gate = self._services.module(GateServices)
        try:
            self.inside_model.set_rows(gate.entries.inside_now(self._actor))
            self.vehicles_model.set_rows(gate.vehicles.inside_now(self._actor))
            current = self.views.currentWidget()
            if current is self.journal_view:
                self.journal_view.refresh()
            elif current is self.slips_panel:
                self.slips_panel.refresh()
            elif current is self.handovers_view.parentWidget():
                self.handovers_model.set_rows(gate.handover.recent(self._actor))
        except PropdeskError as exc:
            show_error(self, exc)

    def _on_timer(self) -> None:
        if self.isVisible():
            self.refresh()

    def show_journal(self, date_from: date | None, date_to: date | None) -> None:
        """The journal of these days (both inclusive), nothing else filtered."""
        self._show_view(self.journal_view)
        self.journal_view.show_days(date_from, date_to)

    def show_inside_now(self) -> None:
        """The visitors and the vehicles inside now, read afresh."""
        self._show_view(self.inside_page)
        self.refresh()

    def record_place(self, record_id: uuid.UUID) -> GateRecordPlace | None:
        """Where a gate event or release slip quick search found is now (shown by
        ui/tabs/gate/found_record.py); None, after saying why, when it cannot be read."""
        try:
            return self._services.module(GateServices).search.place(self._actor, record_id)
        except PropdeskError as exc:
            show_error(self, exc)
            return None

    def _show_view(self, page: QWidget) -> None:
        # Quietly: the caller reads what the page should show (changing the view reads
        # the page as it was filtered before, which may be years of journal).
        self.views.blockSignals(True)
        try:
            self.views.setCurrentWidget(page)
        finally:
            self.views.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        if self.card_edit.isVisibleTo(self):
            self.card_edit.setFocus()

    def _back_to_card(self) -> None:
        if self.card_edit.isVisibleTo(self):
            self.card_edit.setFocus()

    def _on_logged(self, line: str) -> None:
        self.outcome.say(line)
        self.refresh()

    # -- cards ---------------------------------------------------------------
    def _on_card(self) -> None:
        number = self.card_edit.text().strip()
        self.card_edit.clear()
        self.outcome.clear()
        if not number:
            self._back_to_card()
            return
        try:
            result = self._services.module(GateServices).entries.card_entry(self._actor, number)
        except NotFoundError as exc:  # not registered: the person may come in as a visitor
            self.outcome.refuse(user_message(exc), self._visitor_step())
        except UserError as exc:
            self.outcome.refuse(user_message(exc))
        except PropdeskError as exc:
            show_error(self, exc)
        else:
            self._show_card(result)
        self._back_to_card()
        self.refresh()

    def _visitor_step(self) -> str:
        return self.tr("Press F2 to register a visitor.")

    def _show_card(self, result: CardEntryResult) -> None:
        if result.admitted:
            self.outcome.say(
                self.tr("Welcome, {name} ({unit})").format(
                    name=result.holder_name, unit=result.unit_code
                )
            )
            return
        holder = result.holder_name or self.tr("no holder")
        self.outcome.refuse(
            self.tr("STOP — card {number} of {name} ({unit}) is {status}. Do not let in.").format(
                number=result.card_number,
                name=holder,
                unit=result.unit_code,
                status=self._statuses[result.status],
            ),
            self._visitor_step(),
        )

    # -- forms ---------------------------------------------------------------
    @property
    def open_form(self) -> QDialog | None:
        return self.forms.form

    def _open(
        self,
        form_type: Callable[[Services, Actor, QWidget], FormT],
        line: Callable[[Any], str],
        then: Callable[[Any], None] | None = None,
        may: bool | None = None,
    ) -> FormT | None:
        """Open a gate form without blocking, one at a time. What it saved is told on
        the status line (`line`), then handed to `then` (a slip to print)."""

        def saved(form: FormT) -> None:
            record = getattr(form, "saved", None)
            if record is not None:
                self._on_logged(line(record))
                if then is not None:
                    then(record)

        if not (self._actor.may(Module.GATE, Action.CREATE) if may is None else may):
            return None
        form = self.forms.open(lambda: form_type(self._services, self._actor, self), saved)
        if form is not None:  # the next action: the last one's result goes
            self.outcome.clear()
        return form

    @property
    def visitor_form(self) -> VisitorForm | None:
        return self.open_form if isinstance(self.open_form, VisitorForm) else None

    def open_visitor_form(self) -> VisitorForm | None:
        if self.visitor_form is not None and self.visitor_form.isVisible():
            return self.visitor_form
        form = self._open(
            VisitorForm,
            lambda visit: self.tr("Pass {number} issued to {name} for {unit}").format(
                number=visit.pass_number, name=visit.name, unit=visit.unit_code
            ),
            self.printing.visitor_pass,
        )
        if form is not None:
            form.name_edit.setFocus()
        return form

    def open_item_out_form(self) -> ItemOutForm | None:
        return self._open(
            ItemOutForm,
            lambda out: self.tr("Items out on slip {number}: {description}").format(
                number=out.slip_number, description=out.description
            ),
        )

    def open_item_in_form(self) -> ItemInForm | None:
        return self._open(
            ItemInForm,
            lambda came: self.tr("Materials in for {unit}: {description}").format(
                unit=came.unit_code, description=came.description
            ),
        )

    def open_release_slip_form(self) -> ReleaseSlipForm | None:
        return self._open(
            ReleaseSlipForm,
            lambda slip: self.tr("Release slip {number} recorded for {unit}").format(
                number=slip.number, unit=slip.unit_code
            ),
            self.printing.release_slip,
            may=may_record_slips(self._actor),
        )

    def open_notice_form(self) -> NoticeForm | None:
        return self._open(
            NoticeForm,
            lambda notice: self.tr("Notice {number} for {plate} at {place}").format(
                number=notice.number, plate=notice.plate, place=notice.place
            ),
            self.printing.parking_notice,
        )

    def open_handover_form(self) -> HandoverForm | None:
        # The form reads the shift's counts: when they cannot be read, the user is told.
        return self._open(
            HandoverForm,
            lambda handover: self.tr("Shift handed over to {name} ({number})").format(
                name=handover.to_name, number=handover.number
            ),
            self.printing.handover_sheet,
        )

    # -- visitor exit and reprints ---------------------------------------------
    def _on_exit(self) -> None:
        number = self.pass_edit.text().strip()
        self.outcome.clear()
        if not number:
            return
        try:
            visit = self._services.module(GateServices).entries.visitor_exit(self._actor, number)
        except UserError as exc:
            self.outcome.refuse(user_message(exc))
            self.pass_edit.selectAll()  # the next pass typed replaces it
            return
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self.pass_edit.clear()
        self.outcome.say(
            self.tr("{name} left (pass {number})").format(name=visit.name, number=visit.pass_number)
        )
        self.refresh()
        self._back_to_card()

    def _print_selected_handover(self) -> None:
        row = self.handovers_model.row_at(self.handovers_view.currentIndex().row())
        if row is not None:
            self.printing.handover_sheet(row)
