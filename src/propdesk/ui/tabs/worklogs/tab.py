"""Cleaning and greening work logs (保洁 / 绿化日志): three pages.

* Entries: the list (filters, pages), the chosen entry below; "Log an area… (F2)"
  opens the quick entry of a whole area's day; managers void an entry with a reason;
  right-click exports the list as shown.
* Week plan: the week's tasks × days against what was logged, completion per trade
  and area, and the printable week's work sheet.
* Tasks: what each trade owes each area and how often; managers add, retire and load
  the default set.

Each page is read again as it comes to the front, and when the window shows the tab.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.roles import Action, Module
from propdesk.domain.worklogs.kinds import Trade
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.worklogs.service import WorklogServices
from propdesk.services.worklogs.views import EntryFilter
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.worklogs.entry_detail import EntryDetailLabel
from propdesk.ui.tabs.worklogs.entry_list import EntryListPanel
from propdesk.ui.tabs.worklogs.quick_entry import QuickEntryDialog, StaffChoices
from propdesk.ui.tabs.worklogs.task_panel import TaskPanel
from propdesk.ui.tabs.worklogs.week_panel import WeekPanel
from propdesk.ui.widgets.module_tab import ModuleTab
from propdesk.ui.widgets.one_form import OneFormAtATime
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from propdesk.ui.widgets.table_export import install_export


class WorklogsTab(ModuleTab):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        doors: WorklogServices | None = None,
    ) -> None:
        """`doors` for tests built before the module is registered; else the
        registry's front door."""
        super().__init__(services, actor, parent)
        self.doors = doors if doors is not None else services.module(WorklogServices)
        self.actor = actor
        self.may_log = actor.may(Module.WORKLOGS, Action.CREATE)
        self.may_void = actor.may(Module.WORKLOGS, Action.VOID)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QTabWidget()
        self.pages.setObjectName("worklogs_pages")
        self.pages.setCornerWidget(self._build_top(), Qt.Corner.TopRightCorner)
        self.entries_page = self._build_entries_page()
        self.pages.addTab(self.entries_page, self.tr("Entries"))
        self.week_panel = WeekPanel(self.doors, actor, self._estate_name())
        self.pages.addTab(self.week_panel, self.tr("Week plan"))
        self.task_panel = TaskPanel(self.doors, actor, self.staff_choices)
        self.task_panel.changed.connect(self.week_panel.refresh)
        self.pages.addTab(self.task_panel, self.tr("Tasks"))
        self.pages.currentChanged.connect(lambda _index: self.refresh())
        layout.addWidget(self.pages, 1)
        self.forms = OneFormAtATime(self, self.list_panel.view.setFocus)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.log_area)
        shortcut.setEnabled(self.may_log)

    # -- building ------------------------------------------------------------------
    def _build_top(self) -> QWidget:
        top = QWidget()
        row = QHBoxLayout(top)
        # Clear of the window's right edge, which cut the button's border off.
        row.setContentsMargins(0, 0, 6, 2)
        self.status_label = QLabel()
        self.status_label.setObjectName("worklog_status")
        self.status_label.setMinimumWidth(220)  # the corner gives it no room of its own
        self.log_button = QPushButton(self.tr("Log an area… (F2)"))
        self.log_button.setObjectName("worklog_log_area")
        self.log_button.setVisible(self.may_log)
        self.log_button.clicked.connect(self.log_area)
        row.addWidget(self.status_label)
        row.addWidget(self.log_button)
        return top

    def _build_entries_page(self) -> QWidget:
        page = QWidget()
        self.list_panel = EntryListPanel(self.doors, self.actor, self._services)
        self.list_panel.entry_chosen.connect(self._on_entry_chosen)
        install_export(
            self.list_panel.view,
            self._services.exports,
            self.actor,
            Module.WORKLOGS,
            self.tr("Work logs"),
        )
        self.detail = EntryDetailLabel()
        self.void_button = QPushButton(self.tr("Void entry…"))
        self.void_button.setObjectName("worklog_void")
        self.void_button.setVisible(self.may_void)
        self.void_button.setEnabled(False)
        self.void_button.clicked.connect(self.void_selected)
        bottom = QHBoxLayout()
        bottom.addWidget(self.detail, 1)
        bottom.addWidget(self.void_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(page)
        layout.addWidget(self.list_panel, 1)
        layout.addLayout(bottom)
        return page

    def _estate_name(self) -> str:
        info = self._services.estate.get()
        return info.name if info is not None else ""

    def staff_choices(self) -> StaffChoices:
        """Each trade's live staff (its department's), by name."""
        found: StaffChoices = {}
        try:
            departments = {d.code: d.id for d in self._services.staff.list_departments(self.actor)}
            for trade in Trade:
                department = departments.get(trade.department_code)
                staff = (
                    self._services.staff.list_staff(self.actor, department)
                    if department is not None
                    else []
                )
                found[trade] = [(s.id, s.name) for s in staff]
        except PropdeskError as exc:
            show_error(self, exc)
        return found

    # -- views ----------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.pages.currentWidget()
        if current is self.entries_page:
            self.list_panel.refresh()
        elif current is self.week_panel:
            self.week_panel.refresh()
        elif current is self.task_panel:
            self.task_panel.refresh()

    def show_entries(self, wanted: EntryFilter) -> None:
        self.pages.setCurrentWidget(self.entries_page)
        self.list_panel.show_filter(wanted)

    def show_week(self, day: date) -> None:
        self.pages.setCurrentWidget(self.week_panel)
        self.week_panel.show_week(day)

    def show_entry(self, entry_id: uuid.UUID) -> bool:
        try:
            detail = self.doors.entries.detail(self.actor, entry_id)
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        row = detail.row
        self.show_entries(EntryFilter(row.day, row.day, row.trade, row.area))
        self.list_panel.select_entry(entry_id)
        self._show_detail(entry_id)
        return True

    # -- actions --------------------------------------------------------------------
    def log_area(self) -> QuickEntryDialog | None:
        if not self.may_log:
            return None
        try:
            areas = self.doors.tasks.areas(self.actor)
        except PropdeskError as exc:
            show_error(self, exc)
            return None
        if not areas:
            self.status_label.setText(self.tr("No tasks yet: add them on the Tasks page."))
            return None
        staff = self.staff_choices()

        def make() -> QuickEntryDialog:
            dialog = QuickEntryDialog(
                self.doors, self.actor, areas, staff, self, today=date.today()
            )
            dialog.saved.connect(self._on_logged)
            return dialog

        return self.forms.open(make, lambda _dialog: self.refresh())

    def _on_logged(self, count: int) -> None:
        self.status_label.setText(self.tr("{n} entries saved.").format(n=count))
        self.list_panel.refresh()

    def void_selected(self) -> ReasonDialog | None:
        row = self.list_panel.current_row()
        if not self.may_void or row is None or row.voided:
            return None

        def make() -> ReasonDialog:
            dialog = ReasonDialog(
                self.tr("Void {task} of {area} on {day}").format(
                    task=row.task_name, area=row.area, day=row.day.isoformat()
                ),
                self.tr("Reason"),
                lambda reason: self.doors.entries.void(self.actor, row.id, reason),
                self,
            )
            dialog.fields_first_in_tab_order()
            dialog.tab_through_fields()
            return dialog

        def voided(_dialog: ReasonDialog) -> None:
            self.list_panel.refresh()
            self._show_detail(row.id)

        return self.forms.open(make, voided)

    def _on_entry_chosen(self, entry_id: uuid.UUID) -> None:
        self._show_detail(entry_id)

    def _show_detail(self, entry_id: uuid.UUID) -> None:
        try:
            detail = self.doors.entries.detail(self.actor, entry_id)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self.detail.show_detail(detail)
        self.void_button.setEnabled(not detail.row.voided)
