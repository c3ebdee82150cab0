"""The work logs' tab as the main window sees it (see ui/module_tabs.py): the views of
services/worklogs/navigation.py it shows, and the quick-search hits it opens."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from propdesk.services.worklogs.navigation import EntryList, EntryView, WeekView
from propdesk.services.worklogs.search import KIND_ENTRY
from propdesk.ui.module_tabs import TabParts
from propdesk.ui.tabs.worklogs.tab import WorklogsTab


def _show_view(tab: QWidget, view: object) -> bool:
    if not isinstance(tab, WorklogsTab):
        return False
    if isinstance(view, WeekView):
        tab.show_week(view.day)
        return True
    if isinstance(view, EntryList):
        tab.show_entries(view.filter)
        return True
    if isinstance(view, EntryView):
        return tab.show_entry(view.entry_id)
    return False


def _open_record(tab: QWidget, kind: str, record_id: uuid.UUID) -> bool:
    if isinstance(tab, WorklogsTab) and kind == KIND_ENTRY:
        return tab.show_entry(record_id)
    return False


def _on_shown(tab: QWidget) -> None:
    if isinstance(tab, WorklogsTab):
        tab.refresh()


TAB = TabParts(
    make=WorklogsTab,
    show_view=_show_view,
    record_kinds=frozenset({KIND_ENTRY}),
    open_record=_open_record,
    on_shown=_on_shown,
)
