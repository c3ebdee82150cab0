"""The residents-and-units tab as the main window sees it (see ui/module_tabs.py)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from propdesk.ui.module_tabs import TabParts
from propdesk.ui.tabs.residents.tab import ResidentsTab


def _open_record(tab: QWidget, open_kind: str, open_id: uuid.UUID) -> bool:
    """Every master-data hit (unit, resident, vehicle, card) opens its unit."""
    return open_kind == "unit" and isinstance(tab, ResidentsTab) and tab.select_unit(open_id)


def _on_shown(tab: QWidget) -> None:
    if isinstance(tab, ResidentsTab):
        tab.reload()  # another station may have changed the registers


TAB = TabParts(
    make=ResidentsTab,
    record_kinds=frozenset({"unit"}),
    open_record=_open_record,
    on_shown=_on_shown,
)
