"""The fake module's tab (what ui/module_tabs.py looks for)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLabel, QWidget

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.ui.module_tabs import TabParts
from tests.fake_module.spec import FakeDoor


class FakeTab(QLabel):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__(f"fake tab at {services.module(FakeDoor).station()} for {actor.username}")
        self.opened: list[uuid.UUID] = []
        self.views: list[object] = []


def _open(tab: QWidget, _kind: str, record_id: uuid.UUID) -> bool:
    assert isinstance(tab, FakeTab)
    tab.opened.append(record_id)
    return True


def _show(tab: QWidget, view: object) -> bool:
    assert isinstance(tab, FakeTab)
    tab.views.append(view)
    return True


TAB = TabParts(make=FakeTab, record_kinds=frozenset({"fake"}), open_record=_open, show_view=_show)
