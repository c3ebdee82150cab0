"""The repairs tab as the main window sees it (see ui/module_tabs.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from propdesk.services.repairs.views import TicketList
from propdesk.ui.module_tabs import TabParts
from propdesk.ui.tabs.repairs.tab import RepairsTab


def _show_view(tab: QWidget, view: object) -> bool:
    if isinstance(tab, RepairsTab) and isinstance(view, TicketList):
        tab.show_tickets(view.filter)
        return True
    return False


TAB = TabParts(make=RepairsTab, show_view=_show_view)
