"""The repairs tab as the main window sees it (see ui/module_tabs.py)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.repairs.queries import TicketFilter
from propdesk.services.repairs.search import KIND_TICKET
from propdesk.services.repairs.service import RepairServices
from propdesk.services.repairs.views import TicketList
from propdesk.ui.module_tabs import SettingsEntry, TabParts
from propdesk.ui.tabs.repairs.settings_dialog import RepairSettingsDialog
from propdesk.ui.tabs.repairs.tab import RepairsTab


def _show_view(tab: QWidget, view: object) -> bool:
    if isinstance(tab, RepairsTab) and isinstance(view, TicketList):
        tab.show_tickets(view.filter)
        return True
    return False


def _open_record(tab: QWidget, _kind: str, ticket_id: uuid.UUID) -> bool:
    """A ticket quick search found: the list searched by its number (so it is the row
    selected, and Clear brings the list back) and the ticket below it."""
    if not isinstance(tab, RepairsTab):
        return False
    tab.show_ticket(ticket_id)
    detail = tab.detail
    if detail is None or detail.id != ticket_id:
        return False  # gone, or not readable: show_ticket said why
    tab.show_tickets(TicketFilter(text=detail.number))
    tab.list_view.select_ticket(ticket_id)
    return True


def _open_settings(services: Services, actor: Actor, parent: QWidget) -> RepairSettingsDialog:
    dialog = RepairSettingsDialog(services.module(RepairServices).settings, actor, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


TAB = TabParts(
    make=RepairsTab,
    show_view=_show_view,
    record_kinds=frozenset({KIND_TICKET}),
    open_record=_open_record,
    settings=(
        # Arrival limits and stale days, estate-wide: read-only for roles that may only
        # view settings.
        SettingsEntry(
            "repair_settings_action",
            QT_TRANSLATE_NOOP("MainWindow", "&Repairs…"),
            Module.SETTINGS,
            Action.VIEW,
            _open_settings,
        ),
    ),
)
