"""Repairs (报修工单): take a call down in seconds (F2), then carry the ticket step by
step to the end, with the dispatch slip for the technician.

Above: the ticket list (filters, pages, export), each technician's workload and the
open backlog. Below, once a ticket is chosen: the ticket, the buttons for exactly the
steps it can take now, and its timeline. Until then (and after Close) the list takes
the whole height: at 1366×768 that is 24 tickets instead of 8. Forms open without
blocking and one at a time; after a save the list, the overviews and the detail are
read again.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.repairs.workflow import RepairStep, StepRequest
from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.repairs.detail import TicketDetail
from propdesk.services.repairs.queries import TicketFilter
from propdesk.services.repairs.service import RepairServices
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.repairs.detail_panel import TicketDetailPanel
from propdesk.ui.tabs.repairs.names import step_name
from propdesk.ui.tabs.repairs.overview_models import BacklogTableModel, WorkloadTableModel
from propdesk.ui.tabs.repairs.repair_printing import RepairPrinting
from propdesk.ui.tabs.repairs.step_forms import FORMS, DispatchForm, StepForm, needs_form
from propdesk.ui.tabs.repairs.ticket_form import TicketForm
from propdesk.ui.tabs.repairs.ticket_list import TicketListView
from propdesk.ui.widgets.module_tab import ModuleTab
from propdesk.ui.widgets.one_form import OneFormAtATime
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.table_export import install_export

REFRESH_MS = 60 * 1000  # ages and time left keep counting
DETAIL_SHARE = 0.4  # at most this share of the height goes to the chosen ticket at first


class RepairsTab(ModuleTab):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.printing = RepairPrinting(services, self)
        layout = QVBoxLayout(self)
        # The list above with the full width (twelve columns), the ticket below: beside
        # the list the ticket would leave the columns too narrow to read at 1366 px.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_views())
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 1)  # a taller window shows more tickets
        splitter.setStretchFactor(1, 0)
        layout.addWidget(splitter, 1)
        self.splitter = splitter
        self._detail_height = 0  # as the user left it; 0: what the ticket needs
        self.detail_panel.hide()  # until a ticket is chosen
        # Forms open without blocking, one at a time; closed, the list has the focus
        # again: F2 takes the next call at once.
        self.forms = OneFormAtATime(self, self.list_view.view.setFocus)
        self._apply_role()
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._on_timer)
        self.refresh_timer.start()

    # -- building ------------------------------------------------------------------
    def _build_top(self) -> QWidget:
        """The new-ticket button and what was just done, beside the view tabs (a row of
        their own would cost the list a ticket)."""
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 2)
        self.new_button = QPushButton(self.tr("New ticket (F2)"))
        self.new_button.setObjectName("new_ticket")
        self.new_button.clicked.connect(self.open_ticket_form)
        self.new_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self)
        self.new_shortcut.activated.connect(self.open_ticket_form)
        self.status_label = QLabel()
        self.status_label.setObjectName("repair_status")
        row.addWidget(self.status_label, 1)
        row.addWidget(self.new_button)
        return top

    def _build_views(self) -> QTabWidget:
        self.views = QTabWidget()
        self.views.setObjectName("repair_views")
        self.views.setCornerWidget(self._build_top(), Qt.Corner.TopRightCorner)
        self.list_view = TicketListView(self._services, self._actor)
        self.list_view.selected.connect(self.show_ticket)
        self.views.addTab(self.list_view, self.tr("Tickets"))
        self.workload_model = WorkloadTableModel(self)
        self.workload_view = record_table(self.workload_model, "repair_workload")
        self.workload_view.doubleClicked.connect(self._on_workload_double_click)
        self.workload_view.setToolTip(self.tr("Double-click: this technician's open tickets"))
        self.views.addTab(self.workload_view, self.tr("Workload"))
        self.backlog_model = BacklogTableModel(self)
        self.backlog_view = record_table(self.backlog_model, "repair_backlog")
        self.backlog_view.clicked.connect(self._on_backlog_click)
        self.views.addTab(self.backlog_view, self.tr("Backlog"))
        for view, title in (
            (self.workload_view, self.tr("Repair workload")),
            (self.backlog_view, self.tr("Repair backlog")),
        ):
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
            install_export(view, self._services.exports, self._actor, Module.REPAIRS, title)
        self.views.currentChanged.connect(lambda _index: self.refresh_overviews())
        return self.views

    def _build_detail(self) -> TicketDetailPanel:
        self.detail_panel = TicketDetailPanel(self._actor)
        self.detail_panel.step_wanted.connect(self.take_step)
        self.detail_panel.print_wanted.connect(self.print_dispatch_slip)
        self.detail_panel.close_wanted.connect(self.close_ticket)
        return self.detail_panel

    def _apply_role(self) -> None:
        may_open = self._actor.may(Module.REPAIRS, Action.CREATE)
        self.new_button.setVisible(may_open)
        self.new_shortcut.setEnabled(may_open)

    # -- reading -------------------------------------------------------------------
    @property
    def detail(self) -> TicketDetail | None:
        return self.detail_panel.detail

    def show_ticket(self, ticket_id: uuid.UUID | None) -> None:
        if ticket_id is None:
            self._present(None)
            return
        try:
            detail = self._services.module(RepairServices).tickets.detail(self._actor, ticket_id)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self._present(detail)

    def close_ticket(self) -> None:
        """Hide the ticket; the list takes the whole height and has the keyboard."""
        self.list_view.forget_selection()
        self._present(None)
        self.list_view.view.setFocus()

    def _present(self, detail: TicketDetail | None) -> None:
        """Show the ticket below the list (the panel as high as the user left it, or
        as the ticket needs), or, without one, hide the panel."""
        panel = self.detail_panel
        showing = not panel.isHidden()
        if detail is None:
            if showing:
                self._detail_height = self.splitter.sizes()[1]
            panel.show_detail(None)
            panel.hide()
            return
        panel.show_detail(detail)
        if showing:
            return
        panel.show()
        total = sum(self.splitter.sizes())
        if total <= 0:  # not laid out yet: the stretch factors decide
            return
        wanted = self._detail_height or panel.sizeHint().height()
        # The list keeps most of the height: a clerk goes on scanning it while working
        # (the ticket's facts and timeline scroll when they need more).
        height = min(wanted, int(total * DETAIL_SHARE))
        self.splitter.setSizes([total - height, height])

    def refresh(self) -> None:
        """Read the list, the overview shown and the selected ticket again."""
        self.list_view.refresh()
        self.refresh_overviews()
        if self.detail is not None:
            self.show_ticket(self.detail.id)

    def refresh_overviews(self) -> None:
        current = self.views.currentWidget()
        try:
            if current is self.workload_view:
                self.workload_model.set_rows(
                    self._services.module(RepairServices).tickets.workload(self._actor)
                )
            elif current is self.backlog_view:
                self.backlog_model.set_rows(
                    self._services.module(RepairServices).tickets.backlog(self._actor)
                )
        except PropdeskError as exc:
            show_error(self, exc)

    def _on_timer(self) -> None:
        if self.isVisible() and not self.forms.showing():
            self.refresh()

    def show_tickets(self, wanted: TicketFilter) -> None:
        """The ticket list with this filter (the filter bar shows it), newest first."""
        self.views.setCurrentWidget(self.list_view)
        self.list_view.filter_bar.set_filter(wanted)  # searches

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _on_backlog_click(self, index: QModelIndex) -> None:
        row = self.backlog_model.row_at(index.row())
        if row is not None:
            self.show_ticket(row.id)
            self.list_view.select_ticket(row.id)  # the list follows the detail

    def _on_workload_double_click(self, index: QModelIndex) -> None:
        row = self.workload_model.row_at(index.row())
        if row is None or row.technician_id is None:
            return
        bar = self.list_view.filter_bar
        found = bar.technician_combo.findData(str(row.technician_id))
        if found >= 0:
            bar.clear()
            bar.technician_combo.setCurrentIndex(found)  # searches
            self.views.setCurrentWidget(self.list_view)

    # -- forms ---------------------------------------------------------------------
    @property
    def open_form(self) -> QDialog | None:
        return self.forms.form

    def open_ticket_form(self) -> TicketForm | None:
        if not self._actor.may(Module.REPAIRS, Action.CREATE):
            return None
        if isinstance(self.open_form, TicketForm) and self.open_form.isVisible():
            return self.open_form
        return self.forms.open(lambda: TicketForm(self._services, self._actor, self), self._opened)

    def _opened(self, form: TicketForm) -> None:
        ticket = form.saved
        if ticket is None:
            return
        self.status_label.setText(
            self.tr("Ticket {number} opened: {location}").format(
                number=ticket.number, location=ticket.location
            )
        )
        self._present(ticket)
        self.list_view.newest()
        self.list_view.select_ticket(ticket.id)
        self.refresh_overviews()

    def take_step(self, step: RepairStep) -> StepForm | None:
        """The step's form, or — for a step with nothing to ask — the step at once."""
        detail = self.detail
        if detail is None or not self._actor.may(Module.REPAIRS, Action.UPDATE):
            return None
        if needs_form(step):
            make = FORMS[step]
            return self.forms.open(
                lambda: make(self._services, self._actor, detail, self), self._stepped_by
            )
        try:
            done = self._services.module(RepairServices).tickets.step(
                self._actor, detail.id, StepRequest(step)
            )
        except PropdeskError as exc:
            show_error(self, exc)
            self.refresh()  # another station moved the ticket on: show where it is
            return None
        self._stepped(done, step)
        return None

    def _stepped_by(self, form: StepForm) -> None:
        if form.saved is None:
            return
        self._stepped(form.saved, form.STEP)
        if isinstance(form, DispatchForm) and form.print_check.isChecked():
            self.printing.dispatch_slip(form.saved)

    def _stepped(self, detail: TicketDetail, step: RepairStep) -> None:
        self.status_label.setText(
            self.tr("Ticket {number}: {step}").format(number=detail.number, step=step_name(step))
        )
        self._present(detail)
        self.list_view.refresh()
        self.refresh_overviews()

    def print_dispatch_slip(self) -> None:
        if self.detail is not None:
            self.printing.dispatch_slip(self.detail)
