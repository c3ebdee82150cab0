"""The users tab as the main window sees it (see ui/module_tabs.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from propdesk.ui.module_tabs import TabParts
from propdesk.ui.tabs.users.tab import UsersTab


def _on_shown(tab: QWidget) -> None:
    if isinstance(tab, UsersTab):
        tab.refresh()


TAB = TabParts(make=UsersTab, on_shown=_on_shown)
