"""The staff tab as the main window sees it (see ui/module_tabs.py)."""

from __future__ import annotations

from propdesk.ui.module_tabs import TabParts
from propdesk.ui.tabs.staff.tab import StaffTab

TAB = TabParts(make=StaffTab)
