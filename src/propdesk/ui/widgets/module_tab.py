"""The base of a main-window tab: its TabParts makes it with the services and who is
acting (ui/module_tabs.py), and every tab keeps both for its own calls."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor


class ModuleTab(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
