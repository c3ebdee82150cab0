"""Inspections (巡检检查表): five pages.

* Due: every live checklist × area, overdue first; Enter records that inspection.
* Inspections: the list above (filters, pages), the chosen inspection below with the
  actions on a failed item (a rectification notice, a repair ticket); "New
  inspection… (F2)" asks which checklist, then opens the form.
* Rectifications: the notices, the chosen one's facts, the fix, the re-inspection,
  voiding, printing.
* Equipment: the register (设施设备档案).
* Templates: the checklists and their items; managers load the defaults, edit, retire.

What one page changes, the others show when they come to the front: each page is read
again as it is shown, and the window asks the tab to refresh when the tab is shown.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.inspections.equipment import DueFilter
from propdesk.services.inspections.rectifications import NoticeFilter
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.inspections.views import (
    InspectionDetail,
    InspectionFilter,
    RectificationInfo,
)
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.inspections.due_panel import DuePanel
from propdesk.ui.tabs.inspections.equipment_panel import EquipmentPanel
from propdesk.ui.tabs.inspections.inspection_detail import InspectionDetailPanel
from propdesk.ui.tabs.inspections.inspection_entry import InspectionEntryDialog
from propdesk.ui.tabs.inspections.inspection_list import InspectionListPanel
from propdesk.ui.tabs.inspections.rectification_panel import RectificationPanel
from propdesk.ui.tabs.inspections.template_choice import TemplateChoiceDialog
from propdesk.ui.tabs.inspections.template_panel import TemplatePanel
from propdesk.ui.widgets.module_tab import ModuleTab
from propdesk.ui.widgets.one_form import OneFormAtATime

REFRESH_MS = 60 * 1000  # days roll over and deadlines pass while a page is on screen


class InspectionsTab(ModuleTab):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        doors: InspectionServices | None = None,
    ) -> None:
        """`doors` for tests built before the module is registered; else the
        registry's front door."""
        super().__init__(services, actor, parent)
        self._doors = doors if doors is not None else services.module(InspectionServices)
        self.may_record = actor.may(Module.INSPECTIONS, Action.CREATE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QTabWidget()
        self.pages.setObjectName("inspections_pages")
        self.pages.setCornerWidget(self._build_top(), Qt.Corner.TopRightCorner)

        self.due_panel = DuePanel(self._doors, actor, services)
        self.due_panel.recorded.connect(self._on_recorded)
        self.pages.addTab(self.due_panel, self.tr("Due"))
        self.inspections_page = self._build_inspections_page()
        self.pages.addTab(self.inspections_page, self.tr("Inspections"))
        self.rectification_panel = RectificationPanel(self._doors, actor, services)
        self.rectification_panel.changed.connect(self._on_notice_changed)
        self.pages.addTab(self.rectification_panel, self.tr("Rectifications"))
        inspections = self._doors.inspections
        self.equipment_panel = EquipmentPanel(
            self._doors.equipment,
            actor,
            estate_name=self._estate_name,
            history=lambda item_id: inspections.equipment_history(actor, item_id),
        )
        self.pages.addTab(self.equipment_panel, self.tr("Equipment"))
        self.template_panel = TemplatePanel(self._doors.templates, actor)
        self.template_panel.changed.connect(self.due_panel.refresh)
        self.pages.addTab(self.template_panel, self.tr("Templates"))
        self.pages.currentChanged.connect(lambda _index: self._refresh_page())
        layout.addWidget(self.pages, 1)

        # F2 on the Inspections page: a new inspection, whatever has the focus there.
        self.new_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self.inspections_page)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(self.new_inspection)
        self.new_shortcut.setEnabled(self.may_record)
        self.forms = OneFormAtATime(self, self.list_panel.view.setFocus)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._on_timer)
        self.refresh_timer.start()

    # -- building ------------------------------------------------------------------
    def _build_top(self) -> QWidget:
        """What was just done and the new-inspection button, beside the page tabs."""
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 2)
        self.status_label = QLabel()
        self.status_label.setObjectName("inspection_status")
        self.new_button = QPushButton(self.tr("New inspection… (F2)"))
        self.new_button.setObjectName("new_inspection")
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_inspection)
        self.new_button.setVisible(self.may_record)
        row.addWidget(self.status_label, 1)
        row.addWidget(self.new_button)
        return top

    def _build_inspections_page(self) -> QWidget:
        self.list_panel = InspectionListPanel(self._doors, self._actor, self._services)
        self.list_panel.inspection_chosen.connect(self._on_inspection_chosen)
        self.detail_panel = InspectionDetailPanel(self._doors, self._actor, self._services)
        self.detail_panel.notice_issued.connect(self._on_notice_issued)
        self.detail_panel.ticket_opened.connect(lambda _ticket: self.list_panel.refresh())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list_panel)
        splitter.addWidget(self.detail_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        page = QWidget()  # the margins the other pages have
        QVBoxLayout(page).addWidget(splitter)
        return page

    @property
    def doors(self) -> InspectionServices:
        return self._doors

    @property
    def actor(self) -> Actor:
        return self._actor

    def _estate_name(self) -> str:
        info = self._services.estate.get()
        return info.name if info is not None else ""

    # -- reading -------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the page shown again: the window asks when the tab comes to the front
        (TabParts.on_shown), the timer each minute."""
        self._refresh_page()

    def _refresh_page(self) -> None:
        current = self.pages.currentWidget()
        if current is self.due_panel:
            self.due_panel.refresh()
        elif current is self.inspections_page:
            self.list_panel.refresh()
            self.detail_panel.refresh()
        elif current is self.rectification_panel:
            self.rectification_panel.refresh()
        elif current is self.equipment_panel:
            self.equipment_panel.reload()
        elif current is self.template_panel:
            self.template_panel.refresh()

    def _on_timer(self) -> None:
        if self.isVisible() and not self._any_form_open():
            self.refresh()

    def _any_form_open(self) -> bool:
        panels = (self, self.due_panel, self.rectification_panel, self.template_panel)
        return (
            any(panel.forms.showing() for panel in panels) or self.equipment_panel.forms.showing()
        )

    # -- the navigation views (services/inspections/navigation.py) -----------------
    def show_due(self, overdue_only: bool = False) -> None:
        self.pages.setCurrentWidget(self.due_panel)
        self.due_panel.set_overdue_only(overdue_only)
        self.due_panel.refresh()

    def show_inspections(self, wanted: InspectionFilter) -> None:
        """The inspections list with this filter (the filter bar shows it)."""
        self.pages.setCurrentWidget(self.inspections_page)
        self.list_panel.show_filter(wanted)

    def show_inspection(self, inspection_id: uuid.UUID) -> bool:
        """The inspection below the list, the list searched by its number (so Clear
        brings the list back); False when it cannot be read (the user is told why)."""
        try:
            detail = self._doors.inspections.detail(self._actor, inspection_id)
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        self.pages.setCurrentWidget(self.inspections_page)
        self.list_panel.show_filter(InspectionFilter(text=detail.number))
        self.list_panel.select_inspection(detail.id)
        self.detail_panel.show_detail(detail)
        return True

    def show_notices(self, wanted: NoticeFilter) -> None:
        self.pages.setCurrentWidget(self.rectification_panel)
        self.rectification_panel.show_filter(wanted)

    def show_notice(self, notice_id: uuid.UUID) -> bool:
        self.pages.setCurrentWidget(self.rectification_panel)
        return self.rectification_panel.show_notice(notice_id)

    def show_equipment(self, due: DueFilter = DueFilter.ALL) -> None:
        self.pages.setCurrentWidget(self.equipment_panel)
        combo = self.equipment_panel.due_combo
        combo.setCurrentIndex(combo.findData(DueFilter(due).value))
        self.equipment_panel.search()

    def show_equipment_code(self, code: str) -> None:
        """The register searched by the item's code, the item chosen."""
        self.show_equipment(DueFilter.ALL)
        self.equipment_panel.search_edit.setText(code)
        self.equipment_panel.search()
        self.equipment_panel.select_item(code)

    # -- recording -----------------------------------------------------------------
    def new_inspection(self) -> TemplateChoiceDialog | None:
        """Which checklist, then the inspection form for it."""
        if not self.may_record:
            return None
        self.pages.setCurrentWidget(self.inspections_page)
        return self.forms.open(
            lambda: TemplateChoiceDialog(self._doors.templates.templates(self._actor), self),
            self._template_chosen,
        )

    def _template_chosen(self, dialog: TemplateChoiceDialog) -> None:
        template = dialog.chosen
        if template is None:
            return
        # After the chooser has closed (one form at a time): the inspection form.
        QTimer.singleShot(0, lambda: self.open_entry(template.id))

    def open_entry(self, template_id: uuid.UUID, area: str = "") -> InspectionEntryDialog | None:
        def make() -> InspectionEntryDialog:
            template = self._doors.templates.version(self._actor, template_id)
            dialog = InspectionEntryDialog(
                self._doors, self._actor, self._services, template, area, self
            )
            dialog.saved.connect(self._on_recorded)
            return dialog

        return self.forms.open(make, lambda _dialog: None)

    @property
    def entry_form(self) -> InspectionEntryDialog | None:
        form = self.forms.form
        return form if isinstance(form, InspectionEntryDialog) else None

    def _on_recorded(self, detail: object) -> None:
        if not isinstance(detail, InspectionDetail):
            return
        self.status_label.setText(
            self.tr("Inspection {number} recorded: {name}, {area}").format(
                number=detail.number, name=detail.row.template_name, area=detail.row.area
            )
        )
        self.pages.setCurrentWidget(self.inspections_page)
        self.list_panel.show_filter(InspectionFilter())
        self.list_panel.select_inspection(detail.id)
        self.detail_panel.show_detail(detail)

    def _on_inspection_chosen(self, inspection_id: object) -> None:
        if isinstance(inspection_id, uuid.UUID):
            self.detail_panel.show_inspection(inspection_id)

    def _on_notice_issued(self, notice: object) -> None:
        """A notice for a failed item: the Rectifications page lists it (read when
        shown), the status line says so."""
        if isinstance(notice, RectificationInfo):
            self.status_label.setText(
                self.tr("Notice {number} issued to {department}").format(
                    number=notice.number, department=notice.department
                )
            )
        self.rectification_panel.refresh()

    def _on_notice_changed(self) -> None:
        self.due_panel.refresh()
        self.list_panel.refresh()
