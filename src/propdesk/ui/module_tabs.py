"""The ui side of the module registry: each tab package's `module.py` declares its tab
as `TAB = TabParts(...)` (how it is made, how it shows a dashboard view or a quick
search hit, what it does when it comes to the front, its settings dialogs), and the
registry's `TabRef.ui` names that package. The main window iterates
`services.modules` and finds each tab's parts here; nothing central names a tab.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from PySide6.QtWidgets import QWidget

from propdesk.domain.roles import Action, Module
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import TabRef


def _never_shows(_tab: QWidget, _view: object) -> bool:
    return False


def _opens_nothing(_tab: QWidget, _kind: str, _record_id: uuid.UUID) -> bool:
    return False


def _nothing_on_show(_tab: QWidget) -> None:
    return None


@dataclass(frozen=True)
class SettingsEntry:
    """An entry of the Settings menu that opens a module's settings dialog."""

    object_name: str  # the action's object name: "gate_settings_action"
    title: str  # English, marked with QT_TRANSLATE_NOOP("MainWindow", "&Gate…")
    right: Module  # shown to roles with `action` on `right`
    action: Action
    # (services, actor, parent window) -> the dialog, opened modeless; or raises a
    # PropdeskError the window shows
    open: Callable[[Services, Actor, QWidget], object]


@dataclass(frozen=True)
class TabParts:
    make: Callable[[Services, Actor], QWidget]
    # Show what a dashboard figure stands for (services.<module>.views); False when
    # this tab does not know the view.
    show_view: Callable[[QWidget, object], bool] = _never_shows
    # The quick-search hits it opens (their `open_kind`, e.g. "unit"), and how: the
    # window brings the tab to the front first, then asks it to show the record.
    record_kinds: frozenset[str] = frozenset()
    open_record: Callable[[QWidget, str, uuid.UUID], bool] = _opens_nothing
    # Called when the tab comes to the front (another station may have changed things).
    on_shown: Callable[[QWidget], None] = _nothing_on_show
    settings: tuple[SettingsEntry, ...] = ()


@cache
def tab_parts(ref: TabRef) -> TabParts:
    """The parts the tab package of `ref` declares in its module.py."""
    module = importlib.import_module(f"{ref.package}.module")
    parts = getattr(module, "TAB", None)
    if not isinstance(parts, TabParts):
        raise TypeError(f"{ref.package}.module must declare TAB = TabParts(...)")
    return parts
