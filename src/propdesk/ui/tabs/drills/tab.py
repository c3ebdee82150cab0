"""Drills and training (应急演练 / 员工培训): three pages.

* Sessions: the list above (filters, pages), the chosen session below (print its
  record or its sign-in sheet, void it); "New session… (F2)" opens the form.
* Plan: the year's plan with each entry's state in words and colour; the default
  plan in one click; entries added, changed, voided.
* Staff history: pick a staff member, see every session they took part in.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
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
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.drills.service import DrillServices
from propdesk.services.drills.views import SessionFilter
from propdesk.ui.tabs.drills.history_panel import HistoryPanel
from propdesk.ui.tabs.drills.plan_panel import PlanPanel
from propdesk.ui.tabs.drills.session_detail import SessionDetailPanel
from propdesk.ui.tabs.drills.session_form import SessionForm
from propdesk.ui.tabs.drills.session_list import SessionListPanel
from propdesk.ui.widgets.module_tab import ModuleTab
from propdesk.ui.widgets.one_form import OneFormAtATime
from propdesk.ui.widgets.table_export import install_export


class DrillsTab(ModuleTab):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        doors: DrillServices | None = None,
    ) -> None:
        super().__init__(services, actor, parent)
        self.doors = doors if doors is not None else services.module(DrillServices)
        self.actor = actor
        self.may_record = actor.may(Module.DRILLS, Action.CREATE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QTabWidget()
        self.pages.setObjectName("drills_pages")
        self.pages.setCornerWidget(self._build_top(), Qt.Corner.TopRightCorner)

        self.sessions_page = QWidget()
        self.list_panel = SessionListPanel(self.doors, actor, services)
        install_export(
            self.list_panel.view,
            services.exports,
            actor,
            Module.DRILLS,
            self.tr("Drills and training"),
        )
        self.detail_panel = SessionDetailPanel(self.doors, actor)
        self.list_panel.session_chosen.connect(self.detail_panel.show_session)
        self.detail_panel.voided.connect(lambda _id: self._after_change())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list_panel)
        splitter.addWidget(self.detail_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        page = QVBoxLayout(self.sessions_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(splitter)
        self.pages.addTab(self.sessions_page, self.tr("Sessions"))
        self.plan_panel = PlanPanel(self.doors, actor)
        self.pages.addTab(self.plan_panel, self.tr("Year plan"))
        self.history_panel = HistoryPanel(self.doors, actor, services)
        self.pages.addTab(self.history_panel, self.tr("Staff history"))
        self.pages.currentChanged.connect(lambda _index: self.refresh())
        layout.addWidget(self.pages, 1)

        self.new_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(self.new_session)
        self.new_shortcut.setEnabled(self.may_record)
        self.forms = OneFormAtATime(self, self.list_panel.view.setFocus)

    def _build_top(self) -> QWidget:
        top = QWidget()
        row = QHBoxLayout(top)
        # Clear of the window's right edge, which cut the button's border off.
        row.setContentsMargins(0, 0, 6, 2)
        self.status_label = QLabel()
        self.status_label.setObjectName("drill_status")
        # Room for "YL202612-0001 recorded." in any of the languages, never clipped.
        self.status_label.setMinimumWidth(
            self.status_label.fontMetrics().horizontalAdvance("M" * 24)
        )
        self.new_button = QPushButton(self.tr("New session… (F2)"))
        self.new_button.setObjectName("drill_new")
        self.new_button.clicked.connect(self.new_session)
        self.new_button.setVisible(self._actor.may(Module.DRILLS, Action.CREATE))
        row.addWidget(self.status_label)
        row.addWidget(self.new_button)
        return top

    # -- actions ------------------------------------------------------------------------
    def new_session(self) -> SessionForm | None:
        if not self.may_record:
            return None
        return self.forms.open(lambda: SessionForm(self.doors, self.actor, self), self._on_saved)

    def _on_saved(self, form: SessionForm) -> None:
        if form.saved is None:
            return
        self.status_label.setText(self.tr("{number} recorded.").format(number=form.saved.number))
        self.pages.setCurrentWidget(self.sessions_page)
        self.list_panel.refresh()
        self.list_panel.select_session(form.saved.id)
        self.detail_panel.show_detail(form.saved)
        self._after_change()

    def _after_change(self) -> None:
        self.list_panel.refresh()
        self.plan_panel.refresh()

    # -- views the window asks for ----------------------------------------------------
    def refresh(self) -> None:
        page = self.pages.currentWidget()
        if page is self.sessions_page:
            self.list_panel.refresh()
        elif page is self.plan_panel:
            self.plan_panel.refresh()
        elif page is self.history_panel:
            self.history_panel.refresh()

    def show_plan(self, year: int) -> None:
        self.pages.setCurrentWidget(self.plan_panel)
        self.plan_panel.show_year(year)

    def show_sessions(self, wanted: SessionFilter) -> None:
        self.pages.setCurrentWidget(self.sessions_page)
        self.list_panel.show_filter(wanted)

    def show_session(self, session_id: uuid.UUID) -> bool:
        self.pages.setCurrentWidget(self.sessions_page)
        if not self.detail_panel.show_session(session_id):
            return False
        if not self.list_panel.select_session(session_id) and self.detail_panel.detail:
            number = self.detail_panel.detail.number
            self.list_panel.show_filter(SessionFilter(text=number))
            self.list_panel.select_session(session_id)
        return True
