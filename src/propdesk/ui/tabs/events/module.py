"""The events tab as the main window sees it (see ui/module_tabs.py): the views of
services/events/views.py it shows, and the quick-search hits it opens."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from propdesk.services.events.search import KIND_EVENT
from propdesk.services.events.views import EventList, EventView
from propdesk.ui.module_tabs import TabParts
from propdesk.ui.tabs.events.tab import EventsTab


def _show_view(tab: QWidget, view: object) -> bool:
    if not isinstance(tab, EventsTab):
        return False
    if isinstance(view, EventList):
        tab.show_list(view.filter)
        return True
    if isinstance(view, EventView):
        return tab.open_event_by_id(view.event_id)
    return False


def _open_record(tab: QWidget, kind: str, record_id: uuid.UUID) -> bool:
    if not isinstance(tab, EventsTab) or kind != KIND_EVENT:
        return False
    return tab.open_event_by_id(record_id)


def _on_shown(tab: QWidget) -> None:
    if isinstance(tab, EventsTab):
        tab.refresh()


TAB = TabParts(
    make=EventsTab,
    show_view=_show_view,
    record_kinds=frozenset({KIND_EVENT}),
    open_record=_open_record,
    on_shown=_on_shown,
)
