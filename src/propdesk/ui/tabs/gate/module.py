"""The gate tab as the main window sees it (see ui/module_tabs.py)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.search import OPEN_EVENT, OPEN_SLIP
from propdesk.services.gate.service import GateServices
from propdesk.services.gate.views import InsideNow, JournalDays
from propdesk.ui.module_tabs import SettingsEntry, TabParts
from propdesk.ui.tabs.gate.found_record import show_place
from propdesk.ui.tabs.gate.settings_dialog import GateSettingsDialog
from propdesk.ui.tabs.gate.tab import GateTab


def _show_view(tab: QWidget, view: object) -> bool:
    if not isinstance(tab, GateTab):
        return False
    if isinstance(view, JournalDays):
        tab.show_journal(view.date_from, view.date_to)
    elif isinstance(view, InsideNow):
        tab.show_inside_now()
    else:
        return False
    return True


def _open_record(tab: QWidget, _kind: str, record_id: uuid.UUID) -> bool:
    """A pass, a permit, a release slip or someone inside now: where it is now."""
    if not isinstance(tab, GateTab):
        return False
    place = tab.record_place(record_id)
    return place is not None and show_place(tab, place)


def _open_settings(services: Services, actor: Actor, parent: QWidget) -> GateSettingsDialog:
    dialog = GateSettingsDialog(services.module(GateServices).settings, actor, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


TAB = TabParts(
    make=GateTab,
    show_view=_show_view,
    record_kinds=frozenset({OPEN_EVENT, OPEN_SLIP}),
    open_record=_open_record,
    settings=(
        # Estate-wide gate settings: roles that may only view them see them read-only.
        SettingsEntry(
            "gate_settings_action",
            QT_TRANSLATE_NOOP("MainWindow", "&Gate…"),
            Module.SETTINGS,
            Action.VIEW,
            _open_settings,
        ),
    ),
)
