"""The incidents tab as the main window sees it (see ui/module_tabs.py): the views of
services/incidents/views.py it shows, and the quick-search hits it opens."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from propdesk.services.incidents.search import KIND_INCIDENT
from propdesk.services.incidents.views import IncidentList, IncidentView
from propdesk.ui.module_tabs import TabParts
from propdesk.ui.tabs.incidents.tab import IncidentsTab


def _show_view(tab: QWidget, view: object) -> bool:
    if not isinstance(tab, IncidentsTab):
        return False
    if isinstance(view, IncidentList):
        tab.show_list(view.filter)
        return True
    if isinstance(view, IncidentView):
        return tab.show_incident(view.incident_id)
    return False


def _open_record(tab: QWidget, kind: str, record_id: uuid.UUID) -> bool:
    if not isinstance(tab, IncidentsTab) or kind != KIND_INCIDENT:
        return False
    return tab.show_incident(record_id)


def _on_shown(tab: QWidget) -> None:
    if isinstance(tab, IncidentsTab):
        tab.refresh()


TAB = TabParts(
    make=IncidentsTab,
    show_view=_show_view,
    record_kinds=frozenset({KIND_INCIDENT}),
    open_record=_open_record,
    on_shown=_on_shown,
)
