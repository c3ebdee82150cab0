"""The main window's module tabs, each made the first time it is needed.

Making every tab at login read each module's lists before the window could paint
(issue 18: 8 % of a start on the five-year demo). Each tab the actor may view gets an
empty page of the same object name ("gate_tab") in the QTabWidget; the real tab
replaces it at the same place the first time it is asked for: when it comes to the
front, or when the window (a dashboard link, a quick-search hit) or a test looks it up
by name. A tab the actor may not view has no page, so it is never made.

As a mapping (object name → tab) it answers `in` without making anything; looking a
tab up (`[name]`, `.get(name)`) makes it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from PySide6.QtWidgets import QTabWidget, QWidget

from propdesk.services.core.module_spec import TabRef


@dataclass
class _Slot:
    ref: TabRef
    widget: QWidget  # the empty page until the tab is made, then the tab
    made: bool = False


class LazyTabs(Mapping[str, QWidget]):
    def __init__(self, tabs: QTabWidget, make: Callable[[TabRef], QWidget]) -> None:
        self._tabs = tabs
        self._make = make
        self._slots: dict[str, _Slot] = {}

    # -- the mapping: names without making, tabs made when looked up -----------------------
    def __getitem__(self, name: str) -> QWidget:
        slot = self._slots[name]
        if not slot.made:
            self._make_tab(slot)
        return slot.widget

    def __contains__(self, name: object) -> bool:
        return name in self._slots

    def __iter__(self) -> Iterator[str]:
        return iter(self._slots)

    def __len__(self) -> int:
        return len(self._slots)

    # -- the window's side -----------------------------------------------------------------
    def add(self, ref: TabRef, title: str) -> None:
        """A page for `ref`'s tab at the end of the tab bar, the tab not made yet."""
        page = QWidget()
        page.setObjectName(ref.object_name)
        self._slots[ref.object_name] = _Slot(ref, page)
        self._tabs.addTab(page, title)

    def clear(self) -> None:
        """Every page and tab taken out of the tab bar and freed (a new login)."""
        for slot in self._slots.values():
            index = self._tabs.indexOf(slot.widget)
            if index >= 0:
                self._tabs.removeTab(index)
            slot.widget.deleteLater()
        self._slots = {}

    def is_made(self, name: str) -> bool:
        return name in self._slots and self._slots[name].made

    def ref(self, name: str) -> TabRef:
        return self._slots[name].ref

    def ref_of(self, widget: QWidget) -> TabRef | None:
        """Whose page or tab `widget` is (None for the home tab)."""
        for slot in self._slots.values():
            if slot.widget is widget:
                return slot.ref
        return None

    def make_if_empty(self, widget: QWidget) -> bool:
        """Make the tab whose empty page `widget` is (it came to the front); True when
        it was made now."""
        for slot in self._slots.values():
            if slot.widget is widget and not slot.made:
                self._make_tab(slot)
                return True
        return False

    def _make_tab(self, slot: _Slot) -> None:
        page = slot.widget
        tab = self._make(slot.ref)
        tab.setObjectName(slot.ref.object_name)
        index = self._tabs.indexOf(page)
        title = self._tabs.tabText(index)
        was_current = self._tabs.currentIndex() == index
        # Swapped in place without telling the window: the tab is not new to it, and a
        # tab coming to the front was just made, so it has nothing to refresh.
        blocked = self._tabs.blockSignals(True)
        try:
            self._tabs.removeTab(index)
            self._tabs.insertTab(index, tab, title)
            if was_current:
                self._tabs.setCurrentIndex(index)
        finally:
            self._tabs.blockSignals(blocked)
        slot.widget, slot.made = tab, True
        page.deleteLater()
