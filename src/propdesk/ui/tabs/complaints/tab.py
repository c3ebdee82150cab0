"""Complaints and inquiries (投诉与咨询): three pages.

* Complaints: take one down in a minute (F2), then carry it step by step until the
  complainant is satisfied and the follow-up visit is recorded. The list above
  (filters, pages); below, once a complaint is chosen, its facts, the buttons for
  exactly the steps possible now, the repair ticket and the timeline. Until then (and
  after Close) the list takes the whole height.
* Inquiries: the reception's log (InquiryPanel); a complaint made from an inquiry is
  shown here at once.
* Analysis (AnalysisPanel): a figure's link shows the complaints behind it here.

Forms open without blocking and one at a time; after a save the list and the detail
are read again.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
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

from propdesk.domain.complaints.workflow import ComplaintStep, StepRequest
from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.detail import ComplaintDetail
from propdesk.services.complaints.queries import ComplaintFilter
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.core.actor import Actor
from propdesk.ui.complaint_names import step_name
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.complaints.analysis_panel import AnalysisPanel
from propdesk.ui.tabs.complaints.complaint_form import ComplaintForm
from propdesk.ui.tabs.complaints.complaint_list import ComplaintListView
from propdesk.ui.tabs.complaints.complaint_printing import ComplaintPrinting
from propdesk.ui.tabs.complaints.detail_panel import ComplaintDetailPanel
from propdesk.ui.tabs.complaints.inquiry_panel import InquiryPanel
from propdesk.ui.tabs.complaints.step_forms import (
    FORMS,
    ComplaintStepForm,
    LinkRepairForm,
    OpenRepairForm,
)
from propdesk.ui.widgets.module_tab import ModuleTab
from propdesk.ui.widgets.one_form import OneFormAtATime
from propdesk.ui.widgets.reason_dialog import ReasonDialog

REFRESH_MS = 60 * 1000  # deadlines pass while the list is on screen
DETAIL_SHARE = 0.5  # at most this share of the height goes to the chosen complaint at first


class ComplaintsTab(ModuleTab):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self._door = services.module(ComplaintServices)
        self.printing = ComplaintPrinting(services, actor, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QTabWidget()
        self.pages.setObjectName("complaints_pages")
        self.pages.setCornerWidget(self._build_top(), Qt.Corner.TopRightCorner)
        self.complaints_page = self._build_complaints_page()
        self.pages.addTab(self.complaints_page, self.tr("Complaints"))
        # F2 while the complaints are shown; the inquiry page has its own keys.
        self.new_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self.complaints_page)
        self.new_shortcut.activated.connect(self.open_complaint_form)
        self.inquiry_panel = InquiryPanel(services, actor)
        self.inquiry_panel.complaint_opened.connect(self._on_complaint_opened)
        self.pages.addTab(self.inquiry_panel, self.tr("Inquiries"))
        self.analysis_panel = AnalysisPanel(services, actor)
        self.analysis_panel.records_wanted.connect(self.show_list)
        self.pages.addTab(self.analysis_panel, self.tr("Analysis"))
        self.pages.currentChanged.connect(lambda _index: self._refresh_page())
        layout.addWidget(self.pages, 1)
        # Forms open without blocking, one at a time; closed, the list has the focus
        # again: F2 takes the next complaint at once.
        self.forms = OneFormAtATime(self, self.list_view.view.setFocus)
        self._apply_role()
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._on_timer)
        self.refresh_timer.start()

    # -- building ------------------------------------------------------------------
    def _build_top(self) -> QWidget:
        """What was just done and the new-complaint button, beside the page tabs."""
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 2)
        self.status_label = QLabel()
        self.status_label.setObjectName("complaint_status")
        self.new_button = QPushButton(self.tr("New complaint (F2)"))
        self.new_button.setObjectName("new_complaint")
        self.new_button.clicked.connect(self.open_complaint_form)
        row.addWidget(self.status_label, 1)
        row.addWidget(self.new_button)
        return top

    def _build_complaints_page(self) -> QWidget:
        self.list_view = ComplaintListView(self._services, self._actor)
        self.list_view.selected.connect(self.show_complaint)
        self.detail_panel = ComplaintDetailPanel(self._actor)
        self.detail_panel.step_wanted.connect(self.take_step)
        self.detail_panel.repair_wanted.connect(self.open_repair_ticket)
        self.detail_panel.link_wanted.connect(self.link_repair_ticket)
        self.detail_panel.print_wanted.connect(self.print_handling_sheet)
        self.detail_panel.close_wanted.connect(self.close_complaint)
        # The list above with the full width (twelve columns), the complaint below.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list_view)
        splitter.addWidget(self.detail_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        self.splitter = splitter
        self._detail_height = 0  # as the user left it; 0: what the complaint needs
        self.detail_panel.hide()  # until a complaint is chosen
        return splitter

    def _apply_role(self) -> None:
        may_take = self._actor.may(Module.COMPLAINTS, Action.CREATE)
        self.new_button.setVisible(may_take)
        self.new_shortcut.setEnabled(may_take)

    # -- reading -------------------------------------------------------------------
    @property
    def detail(self) -> ComplaintDetail | None:
        return self.detail_panel.detail

    def show_complaint(self, complaint_id: uuid.UUID | None) -> bool:
        """The complaint below the list (the Complaints page to the front); False when
        it cannot be read (the user is told why)."""
        if complaint_id is None:
            self._present(None)
            return False
        try:
            detail = self._door.complaints.detail(self._actor, complaint_id)
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        self.pages.setCurrentWidget(self.complaints_page)
        self._present(detail)
        return True

    def close_complaint(self) -> None:
        """Hide the complaint; the list takes the whole height and has the keyboard."""
        self.list_view.forget_selection()
        self._present(None)
        self.list_view.view.setFocus()

    def _present(self, detail: ComplaintDetail | None) -> None:
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
        height = min(wanted, int(total * DETAIL_SHARE))
        self.splitter.setSizes([total - height, height])

    def refresh(self) -> None:
        """Read the page shown again (the list and the chosen complaint): the window
        asks when the tab comes to the front (TabParts.on_shown), the timer each
        minute; made, the tab has just read its list."""
        self._refresh_page()

    def _refresh_page(self) -> None:
        current = self.pages.currentWidget()
        if current is self.inquiry_panel:
            self.inquiry_panel.refresh()
        elif current is self.analysis_panel:
            self.analysis_panel.refresh()
        else:
            self.list_view.refresh()
            if self.detail is not None:
                self.show_complaint(self.detail.id)

    def _on_timer(self) -> None:
        if self.isVisible() and not self.forms.showing():
            self.refresh()

    def show_list(self, wanted: object) -> None:
        """The complaint list with this filter (the filter bar shows it), newest first."""
        if not isinstance(wanted, ComplaintFilter):
            return
        self.pages.setCurrentWidget(self.complaints_page)
        self.list_view.filter_bar.set_filter(wanted)  # searches

    def show_inquiries_due(self, day: date) -> None:
        self.pages.setCurrentWidget(self.inquiry_panel)
        self.inquiry_panel.show_due(day)

    def show_inquiry(self, inquiry_id: uuid.UUID) -> bool:
        self.pages.setCurrentWidget(self.inquiry_panel)
        return self.inquiry_panel.show_inquiry(inquiry_id)

    def show_analysis(self, year: int) -> None:
        self.pages.setCurrentWidget(self.analysis_panel)
        self.analysis_panel.show_year(year)

    def _on_complaint_opened(self, complaint_id: object) -> None:
        if isinstance(complaint_id, uuid.UUID) and self.show_complaint(complaint_id):
            self.list_view.newest()
            self.list_view.select_complaint(complaint_id)

    # -- forms ---------------------------------------------------------------------
    @property
    def open_form(self) -> QDialog | None:
        return self.forms.form

    def open_complaint_form(self) -> ComplaintForm | None:
        if not self._actor.may(Module.COMPLAINTS, Action.CREATE):
            return None
        if isinstance(self.open_form, ComplaintForm) and self.open_form.isVisible():
            return self.open_form
        self.pages.setCurrentWidget(self.complaints_page)
        return self.forms.open(
            lambda: ComplaintForm(self._services, self._actor, self), self._taken
        )

    def _taken(self, form: ComplaintForm) -> None:
        complaint = form.saved
        if complaint is None:
            return
        self.status_label.setText(
            self.tr("Complaint {number} taken: {place}").format(
                number=complaint.number, place=complaint.location
            )
        )
        self._present(complaint)
        self.list_view.newest()
        self.list_view.select_complaint(complaint.id)

    def take_step(self, step: ComplaintStep) -> QDialog | None:
        """The step's form (voiding: the reason only)."""
        detail = self.detail
        if detail is None or not self._actor.may(Module.COMPLAINTS, Action.UPDATE):
            return None
        if step is ComplaintStep.VOID:
            return self.forms.open(lambda: self._void_dialog(detail), self._voided)
        make = FORMS[step]
        return self.forms.open(
            lambda: make(self._services, self._actor, detail, self), self._stepped_by
        )

    def _void_dialog(self, detail: ComplaintDetail) -> ReasonDialog:
        def void(reason: str) -> None:
            dialog.saved = self._door.complaints.step(
                self._actor, detail.id, StepRequest(ComplaintStep.VOID, reason=reason)
            )

        dialog = _VoidDialog(
            self.tr("Void complaint {number}").format(number=detail.number),
            self.tr("Reason"),
            void,
            self,
        )
        dialog.setObjectName("complaint_step_void")
        return dialog

    def _voided(self, dialog: ReasonDialog) -> None:
        if isinstance(dialog, _VoidDialog) and dialog.saved is not None:
            self._stepped(dialog.saved, ComplaintStep.VOID)

    def _stepped_by(self, form: ComplaintStepForm) -> None:
        if form.saved is not None:
            self._stepped(form.saved, form.STEP)

    def _stepped(self, detail: ComplaintDetail, step: ComplaintStep) -> None:
        self.status_label.setText(
            self.tr("Complaint {number}: {step}").format(number=detail.number, step=step_name(step))
        )
        self._present(detail)
        self.list_view.refresh()

    def open_repair_ticket(self) -> OpenRepairForm | None:
        detail = self.detail
        if detail is None:
            return None
        return self.forms.open(
            lambda: OpenRepairForm(self._services, self._actor, detail, self), self._linked
        )

    def link_repair_ticket(self) -> LinkRepairForm | None:
        detail = self.detail
        if detail is None:
            return None
        return self.forms.open(
            lambda: LinkRepairForm(self._services, self._actor, detail, self), self._linked
        )

    def _linked(self, form: OpenRepairForm | LinkRepairForm) -> None:
        if form.saved is not None:
            self._stepped(form.saved, ComplaintStep.LINK_REPAIR)

    def print_handling_sheet(self) -> None:
        if self.detail is not None:
            self.printing.handling_sheet(self.detail)


class _VoidDialog(ReasonDialog):
    saved: ComplaintDetail | None = None
