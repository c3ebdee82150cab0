"""The drills tab as the main window sees it (see ui/module_tabs.py): the views of
services/drills/navigation.py it shows, and the quick-search hits it opens."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from propdesk.services.drills.navigation import PlanView, SessionList, SessionView
from propdesk.services.drills.search import KIND_SESSION
from propdesk.ui.module_tabs import TabParts
from propdesk.ui.tabs.drills.tab import DrillsTab


def _show_view(tab: QWidget, view: object) -> bool:
    if not isinstance(tab, DrillsTab):
        return False
    if isinstance(view, PlanView):
        tab.show_plan(view.year)
        return True
    if isinstance(view, SessionList):
        tab.show_sessions(view.filter)
        return True
    if isinstance(view, SessionView):
        return tab.show_session(view.session_id)
    return False


def _open_record(tab: QWidget, kind: str, record_id: uuid.UUID) -> bool:
    if not isinstance(tab, DrillsTab) or kind != KIND_SESSION:
        return False
    return tab.show_session(record_id)


def _on_shown(tab: QWidget) -> None:
    if isinstance(tab, DrillsTab):
        tab.refresh()


TAB = TabParts(
    make=DrillsTab,
    show_view=_show_view,
    record_kinds=frozenset({KIND_SESSION}),
    open_record=_open_record,
    on_shown=_on_shown,
)
