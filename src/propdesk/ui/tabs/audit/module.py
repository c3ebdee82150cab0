"""The audit-log tab as the main window sees it (see ui/module_tabs.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from propdesk.ui.module_tabs import TabParts
from propdesk.ui.tabs.audit.tab import AuditTab


def _on_shown(tab: QWidget) -> None:
    if isinstance(tab, AuditTab):
        tab.refresh()


TAB = TabParts(make=AuditTab, on_shown=_on_shown)
