"""The patrol tab as the main window sees it (see ui/module_tabs.py)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QWidget

from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.patrol.search import KIND_CHECKPOINT, KIND_ROUND
from propdesk.services.patrol.views import DayGridView, OpenFindings, RoundView
from propdesk.ui.module_tabs import SettingsEntry, TabParts
from propdesk.ui.tabs.patrol.routes_dialog import RoutesDialog
from propdesk.ui.tabs.patrol.schedule_dialog import ScheduleDialog
from propdesk.ui.tabs.patrol.tab import PatrolTab


def _show_view(tab: QWidget, view: object) -> bool:
    if not isinstance(tab, PatrolTab):
        return False
    if isinstance(view, DayGridView):
        tab.show_day(view.day)
    elif isinstance(view, OpenFindings):
        tab.show_open_findings()
    elif isinstance(view, RoundView):
        return tab.show_round(view.round_id) is not None
    else:
        return False
    return True


def _open_record(tab: QWidget, kind: str, record_id: uuid.UUID) -> bool:
    if not isinstance(tab, PatrolTab):
        return False
    if kind == KIND_ROUND:
        return tab.show_round(record_id) is not None
    if kind == KIND_CHECKPOINT:
        return tab.show_checkpoint(record_id) is not None
    return False


def _on_shown(tab: QWidget) -> None:
    if isinstance(tab, PatrolTab):
        tab.refresh()


def _modeless(dialog: QDialog) -> QDialog:
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _open_schedule(services: Services, actor: Actor, parent: QWidget) -> QDialog:
    return _modeless(ScheduleDialog(services, actor, parent))


def _open_routes(services: Services, actor: Actor, parent: QWidget) -> QDialog:
    return _modeless(RoutesDialog(services, actor, parent))


TAB = TabParts(
    make=PatrolTab,
    show_view=_show_view,
    record_kinds=frozenset({KIND_ROUND, KIND_CHECKPOINT}),
    open_record=_open_record,
    on_shown=_on_shown,
    settings=(
        SettingsEntry(
            "patrol_schedule_action",
            QT_TRANSLATE_NOOP("MainWindow", "&Patrol schedule…"),
            Module.SETTINGS,
            Action.UPDATE,
            _open_schedule,
        ),
        SettingsEntry(
            "patrol_routes_action",
            QT_TRANSLATE_NOOP("MainWindow", "Patrol &routes and checkpoints…"),
            Module.SETTINGS,
            Action.UPDATE,
            _open_routes,
        ),
    ),
)
