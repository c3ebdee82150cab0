"""Patrol (巡逻记录): on the left the gatehouse's work — start a round and scan its
checkpoints, keyboard first (round_panel.py); on the right the day grid of slots
against routes and the findings not dealt with yet. Above: paper rounds entered
afterwards (clerks) and the routes with their label sheets.

Roles: guards run rounds and record findings; clerks enter paper rounds; managers do
everything. What a role may not use is not shown.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.patrol.service import PatrolServices
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.patrol.day_grid import DayGridPanel
from propdesk.ui.tabs.patrol.findings_panel import FindingsPanel
from propdesk.ui.tabs.patrol.month_panel import MonthPanel
from propdesk.ui.tabs.patrol.names import verdict_name
from propdesk.ui.tabs.patrol.paper_round_dialog import PaperRoundDialog
from propdesk.ui.tabs.patrol.round_detail_dialog import RoundDetailDialog
from propdesk.ui.tabs.patrol.round_panel import RoundPanel
from propdesk.ui.tabs.patrol.routes_dialog import RoutesDialog
from propdesk.ui.widgets.buttons import push_button
from propdesk.ui.widgets.module_tab import ModuleTab
from propdesk.ui.widgets.one_form import OneFormAtATime

if TYPE_CHECKING:
    from propdesk.ui.tabs.patrol.wand_import_dialog import WandImportDialog

REFRESH_MS = 60 * 1000  # slots fall due and their grace runs out while the tab is open


class PatrolTab(ModuleTab):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self._patrol = services.module(PatrolServices)
        # Walking rounds takes ticking them: guards, managers, admins.
        self.runs_rounds = actor.may(Module.PATROL, Action.CREATE) and actor.may(
            Module.PATROL, Action.UPDATE
        )
        self.forms = OneFormAtATime(self, self._back_to_work)
        self.detail_dialog: RoundDetailDialog | None = None
        self.routes_dialog: RoutesDialog | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.round_panel: RoundPanel | None = None
        if self.runs_rounds:
            self.round_panel = RoundPanel(services, actor)
            self.round_panel.changed.connect(self._on_rounds_changed)
            self.splitter.addWidget(self.round_panel)
            self.setFocusProxy(self.round_panel)
        self.splitter.addWidget(self._build_views())
        self.splitter.setSizes([640, 700] if self.runs_rounds else [1])
        layout.addWidget(self.splitter, 1)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._on_timer)
        self.refresh_timer.start()

    # -- building ------------------------------------------------------------------
    def _build_top(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setObjectName("patrol_status")
        self.status_label.setWordWrap(True)
        self.paper_button = push_button(
            self.tr("Enter paper round…"),
            self.open_paper_round,
            "enter_paper_round",
            self.tr("A round walked with a paper sheet, entered afterwards with its times"),
        )
        self.paper_button.setVisible(self._actor.may(Module.PATROL, Action.CREATE))
        self.wand_button = push_button(
            self.tr("Import wand records…"),
            self.open_wand_import,
            "import_wand_records",
            self.tr("Rounds recorded by patrol wands, from the file their software exports"),
        )
        self.wand_button.setVisible(self._actor.may(Module.PATROL, Action.CREATE))
        self.routes_button = push_button(
            self.tr("Routes and labels…"),
            self.open_routes,
            "patrol_routes",
            self.tr("The routes, their checkpoints and the QR label sheets to print"),
        )
        row.addWidget(self.status_label, 1)
        row.addWidget(self.paper_button)
        row.addWidget(self.wand_button)
        row.addWidget(self.routes_button)
        return row

    def _build_views(self) -> QTabWidget:
        self.views = QTabWidget()
        self.views.setObjectName("patrol_views")
        self.day_grid = DayGridPanel(self._services, self._actor)
        self.day_grid.round_activated.connect(self.show_round)
        self.views.addTab(self.day_grid, self.tr("Day grid"))
        self.findings_panel = FindingsPanel(self._services, self._actor)
        self.findings_panel.round_activated.connect(self.show_round)
        self.views.addTab(self.findings_panel, self.tr("Open findings"))
        # The month reads itself when shown and when its month changes, not on the timer.
        self.month_panel = MonthPanel(self._services, self._actor)
        self.month_panel.day_activated.connect(self.show_day)
        self.month_panel.round_activated.connect(self.show_round)
        self.views.addTab(self.month_panel, self.tr("Month"))
        self.views.currentChanged.connect(lambda _index: self._refresh_view())
        return self.views

    # -- reading -------------------------------------------------------------------
    def refresh(self) -> None:
        """The round panel and the view shown, read again (another station may have
        walked, finished or entered rounds)."""
        if self.round_panel is not None:
            self.round_panel.refresh()
        self._refresh_view()

    def _refresh_view(self) -> None:
        current = self.views.currentWidget()
        if current is self.day_grid:
            self.day_grid.refresh()
        elif current is self.findings_panel:
            self.findings_panel.refresh()

    def _on_rounds_changed(self) -> None:
        self._refresh_view()

    def _on_timer(self) -> None:
        if self.isVisible() and not self.forms.showing():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.round_panel is not None:
            self.round_panel.back_to_scan()

    def _back_to_work(self) -> None:
        if self.round_panel is not None:
            self.round_panel.back_to_scan()

    # -- what the window asks to show ------------------------------------------------
    def show_day(self, day: date) -> None:
        self.views.setCurrentWidget(self.day_grid)
        self.day_grid.show_day(day)

    def show_open_findings(self) -> None:
        self.views.setCurrentWidget(self.findings_panel)
        self.findings_panel.refresh()

    def show_round(self, round_id: uuid.UUID) -> RoundDetailDialog | None:
        """The round's detail, beside the tab (one at a time: a second replaces it)."""
        try:
            dialog = RoundDetailDialog(self._services, self._actor, round_id, self)
        except PropdeskError as exc:
            show_error(self, exc)
            return None
        if self.detail_dialog is not None:
            self.detail_dialog.close()
        self.detail_dialog = dialog
        dialog.voided.connect(lambda _id: self.refresh())
        dialog.finished.connect(lambda _result: self._detail_closed(dialog))
        dialog.open()
        return dialog

    def _detail_closed(self, dialog: RoundDetailDialog) -> None:
        if self.detail_dialog is dialog:
            self.detail_dialog = None
        dialog.deleteLater()

    def show_checkpoint(self, checkpoint_id: uuid.UUID) -> RoutesDialog | None:
        """The checkpoint in its route, in the routes dialog."""
        try:
            routes = self._patrol.routes.routes(self._actor)
        except PropdeskError as exc:
            show_error(self, exc)
            return None
        route = next((r for r in routes if any(c.id == checkpoint_id for c in r.checkpoints)), None)
        dialog = self.open_routes()
        if dialog is not None and route is not None:
            dialog.reload(route.id, (checkpoint_id,))
        return dialog

    # -- dialogs ---------------------------------------------------------------------
    @property
    def open_form(self) -> QDialog | None:
        return self.forms.form

    def open_paper_round(self) -> PaperRoundDialog | None:
        if not self._actor.may(Module.PATROL, Action.CREATE):
            return None
        return self.forms.open(
            lambda: PaperRoundDialog(self._services, self._actor, self), self._paper_entered
        )

    def _paper_entered(self, dialog: PaperRoundDialog) -> None:
        detail = dialog.saved
        if detail is None:
            return
        self.status_label.setText(
            self.tr("Paper round {number} of {route} entered: {verdict}.").format(
                number=detail.number,
                route=detail.route_name,
                verdict=verdict_name(detail.verdict),
            )
        )
        self.refresh()

    def open_wand_import(self) -> WandImportDialog | None:
        """The wand import, one form at a time like the others; the lists are read
        again when it closes (it may have made rounds). Imported here: it reads Excel
        with openpyxl, which the window's start need not load."""
        if not self._actor.may(Module.PATROL, Action.CREATE):
            return None
        from propdesk.ui.tabs.patrol.wand_import_dialog import WandImportDialog

        dialog = self.forms.open(
            lambda: WandImportDialog(self._services, self._actor, self), lambda _dialog: None
        )
        if dialog is not None:
            dialog.finished.connect(lambda _result: self.refresh())
        return dialog

    def open_routes(self) -> RoutesDialog | None:
        """The routes and their checkpoints (managers edit them; every role prints
        their labels). One at a time, beside the tab."""
        if self.routes_dialog is not None:
            self.routes_dialog.raise_()
            self.routes_dialog.activateWindow()
            return self.routes_dialog
        try:
            dialog = RoutesDialog(self._services, self._actor, self)
        except PropdeskError as exc:
            show_error(self, exc)
            return None
        self.routes_dialog = dialog
        dialog.finished.connect(lambda _result: self._routes_closed(dialog))
        dialog.open()
        return dialog

    def _routes_closed(self, dialog: RoutesDialog) -> None:
        if self.routes_dialog is dialog:
            self.routes_dialog = None
        dialog.deleteLater()
        self.refresh()  # routes and checkpoints may have changed
