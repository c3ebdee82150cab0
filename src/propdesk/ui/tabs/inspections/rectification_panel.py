"""The Rectifications page of the inspections tab (整改通知单): the notices (live,
overdue, closed or all) newest first a page at a time, the chosen notice's facts
below, and what may be done with it now:

* Fix reported… — the department says it is fixed, with a note (UPDATE);
* Re-inspection… — the notice's item inspected again (CREATE); a pass by someone
  other than who reported the fix closes the notice, a fail opens it again;
* Void… — with a reason (VOID: managers);
* Print notice… — the A4 notice in print preview, for the department to sign.

Each button is shown to the roles that have its right and enabled in the states the
service allows it; the service checks both again. After a change the list and the
notice are read again and `changed` tells the tab (the Due page and the inspections
list move too).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.inspections.rectification import RectificationState
from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.paging import Key
from propdesk.services.inspections.rectifications import NoticeFilter
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.inspections.views import RectificationInfo
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.inspections.inspection_entry import InspectionEntryDialog
from propdesk.ui.tabs.inspections.rectification_facts import NoticeFacts
from propdesk.ui.tabs.inspections.rectification_forms import FixReportDialog, VoidNoticeDialog
from propdesk.ui.tabs.inspections.rectification_model import (
    RectificationTableModel,
    notice_filter_name,
)
from propdesk.ui.tabs.inspections.rectification_printing import preview_notice
from propdesk.ui.widgets.buttons import left_row, push_button
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.keyset_pager import KeysetPager
from propdesk.ui.widgets.labelled import add_labelled
from propdesk.ui.widgets.one_form import OneFormAtATime
from propdesk.ui.widgets.paged_list import PAGE_SIZE
from propdesk.ui.widgets.record_table import record_table


class RectificationPanel(QWidget):
    # Something changed (a fix, a re-inspection, a void): the tab reads its pages again.
    changed = Signal()

    def __init__(
        self,
        doors: InspectionServices,
        actor: Actor,
        services: Services,
        parent: QWidget | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rectification_panel")
        self._doors = doors
        self._actor = actor
        self._services = services
        self.page_size = page_size
        self.may_fix = actor.may(Module.INSPECTIONS, Action.UPDATE)
        self.may_reinspect = actor.may(Module.INSPECTIONS, Action.CREATE)
        self.may_void = actor.may(Module.INSPECTIONS, Action.VOID)
        self.forms = OneFormAtATime(self, self.view_focus)

        self.filter_combo = choice_combo(
            enum_choices(NoticeFilter, notice_filter_name), "notice_filter"
        )
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_combo.currentIndexChanged.connect(lambda _index: self.search())
        top = QHBoxLayout()
        add_labelled(top, self.tr("&Show"), self.filter_combo)
        top.addStretch(1)

        self.model = RectificationTableModel(self)
        self.view = record_table(
            self.model, "notices_view", stretch=[RectificationTableModel.COL_ITEM]
        )
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.pager: KeysetPager[Key] = KeysetPager("notice", self.page_size)
        self.pager.load_page.connect(lambda _start: self._load())
        self.facts = NoticeFacts()
        self._build_buttons()

        # The list takes the spare height; the chosen notice's facts below take what
        # they need (two pairs a line), its buttons under them.
        self.facts.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.pager)
        layout.addWidget(self.facts)
        layout.addLayout(
            left_row(self.fix_button, self.reinspect_button, self.void_button, self.print_button)
        )

        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._on_current())
        self._filter = NoticeFilter.LIVE
        self.search()

    def _build_buttons(self) -> None:
        self.fix_button = push_button(self.tr("Fix reported…"), self.report_fix, "notice_fix")
        self.reinspect_button = push_button(
            self.tr("Re-inspection…"), self.reinspect, "notice_reinspect"
        )
        self.void_button = push_button(self.tr("Void…"), self.void, "notice_void")
        self.print_button = push_button(self.tr("Print notice…"), self.print_notice, "notice_print")
        self.fix_button.setVisible(self.may_fix)
        self.reinspect_button.setVisible(self.may_reinspect)
        self.void_button.setVisible(self.may_void)
        for button in (self.fix_button, self.reinspect_button, self.void_button):
            button.setAutoDefault(False)
        self.print_button.setAutoDefault(False)

    # -- reading ---------------------------------------------------------------------
    @property
    def notice(self) -> RectificationInfo | None:
        return self.facts.notice

    def show_filter(self, wanted: NoticeFilter) -> None:
        """The list with this filter (the combo shows it), newest first."""
        index = self.filter_combo.findData(NoticeFilter(wanted).value)
        if index == self.filter_combo.currentIndex():
            self.search()
        else:
            self.filter_combo.setCurrentIndex(index)  # searches

    def search(self) -> None:
        self._filter = NoticeFilter(self.filter_combo.currentData())
        self.pager.reset()
        self._load()

    def refresh(self) -> None:
        """Read the page shown and the chosen notice again."""
        self._load()

    def _load(self) -> None:
        keep = self.notice
        try:
            page = self._doors.rectifications.rows(
                self._actor, self._filter, before=self.pager.start, limit=self.page_size
            )
        except PropdeskError as exc:
            show_error(self, exc)
            return
        if self.pager.back_if_empty(len(page.rows)):
            return
        self.model.set_rows(page.rows)
        first, shown = self.pager.first_row, len(page.rows)
        self.pager.show_page(
            page.next_before,
            self.tr("Notices {first}–{last}").format(first=first, last=first + shown - 1)
            if shown
            else self.tr("No notices"),
        )
        if keep is not None and not self.select_notice(keep.id):
            # Gone from this filter (closed, voided): still shown below as it is now.
            self._read_notice(keep.id)
        elif keep is None:
            self._enable()

    def rows(self) -> list[RectificationInfo]:
        return self.model.rows()

    def select_notice(self, notice_id: uuid.UUID) -> bool:
        """Make the notice current when it is on this page (its facts shown)."""
        for number, row in enumerate(self.model.rows()):
            if row.id == notice_id:
                self.view.setCurrentIndex(self.model.index(number, 0))
                self.view.selectRow(number)
                self.facts.show_notice(row)
                self._enable()
                return True
        return False

    def show_notice(self, notice_id: uuid.UUID) -> bool:
        """The notice below the list, whichever filter shows it (all when the live
        ones do not); False when it cannot be read (the user is told why)."""
        if not self._read_notice(notice_id):
            return False
        if not self.select_notice(notice_id):
            self.show_filter(NoticeFilter.ALL)
            self.select_notice(notice_id)
        return True

    def _read_notice(self, notice_id: uuid.UUID) -> bool:
        try:
            notice = self._doors.rectifications.detail(self._actor, notice_id)
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        self.facts.show_notice(notice)
        self._enable()
        return True

    def _on_current(self) -> None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.facts.show_notice(row)
        self._enable()

    def _enable(self) -> None:
        state = self.notice.state if self.notice is not None else None
        self.fix_button.setEnabled(state is RectificationState.OPEN)
        # A notice from an assessment is closed by its spot checks, not re-inspected here.
        inspected = self.notice is not None and self.notice.inspection_id is not None
        self.reinspect_button.setEnabled(state is RectificationState.FIXED and inspected)
        self.void_button.setEnabled(state in (RectificationState.OPEN, RectificationState.FIXED))
        self.print_button.setEnabled(state is not None)

    def view_focus(self) -> None:
        self.view.setFocus()

    # -- changes ---------------------------------------------------------------------
    def report_fix(self) -> FixReportDialog | None:
        notice = self.notice
        if notice is None or not self.may_fix:
            return None
        return self.forms.open(
            lambda: FixReportDialog(self._doors.rectifications, self._actor, notice, self),
            self._after_form,
        )

    def void(self) -> VoidNoticeDialog | None:
        notice = self.notice
        if notice is None or not self.may_void:
            return None
        return self.forms.open(
            lambda: VoidNoticeDialog(self._doors.rectifications, self._actor, notice, self),
            self._after_form,
        )

    def _after_form(self, form: FixReportDialog | VoidNoticeDialog) -> None:
        if form.saved is not None:
            self._changed(form.saved)

    def reinspect(self) -> InspectionEntryDialog | None:
        notice = self.notice
        if notice is None or not self.may_reinspect:
            return None

        def make() -> InspectionEntryDialog:
            dialog = InspectionEntryDialog.for_reinspection(
                self._doors, self._actor, self._services, notice, self
            )
            dialog.saved.connect(lambda _detail: self._reread(notice.id))
            return dialog

        return self.forms.open(make, _nothing)

    def _reread(self, notice_id: uuid.UUID) -> None:
        if self._read_notice(notice_id) and self.notice is not None:
            self._changed(self.notice)

    def _changed(self, notice: RectificationInfo) -> None:
        self.facts.show_notice(notice)
        self._load()
        self.changed.emit()

    def print_notice(self) -> bool:
        notice = self.notice
        if notice is None:
            return False
        try:
            info = self._services.estate.get()
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        preview_notice(self, notice, info.name if info is not None else "")
        return True


def _nothing(_form: object) -> None:
    """The entry dialog says itself when it saved (its `saved` signal)."""
