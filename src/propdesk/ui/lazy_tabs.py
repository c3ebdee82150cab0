"""The main window's module tabs, each made the first time it is needed.

Making every tab at login read each module's lists before the window could paint
(issue 18: 8 % of a start on the five-year demo). Each tab the actor may view gets an
empty page of the same object name ("gate_tab") in the QTabWidget; the real tab
replaces it at the same place the first time it is asked for: when it comes to the
front, or when the window (a dashboard link, a quick-search hit) or a test looks it up
by name. A tab the actor may not view has no page, so it is never made.

As a mapping (object name → tab) it answers `in` without making anything; looking a
tab up (`[name]`, `.get(name)`) makes it.

A tab of a group (TabRef.group: the work plan's registers) is a page of an inner tab
bar that stands once in the window's bar, where the group's first tab would stand; the
window asks `current()` for the module tab in front and `bring_to_front(tab)` to show
one, wherever it stands.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from PySide6.QtWidgets import QTabWidget, QWidget

from propdesk.services.core.module_spec import TabGroup, TabRef


@dataclass
class _Slot:
    ref: TabRef
    widget: QWidget  # the empty page until the tab is made, then the tab
    bar: QTabWidget  # the window's tab bar, or its group's inner one
    made: bool = False


class LazyTabs(Mapping[str, QWidget]):
    def __init__(
        self,
        tabs: QTabWidget,
        make: Callable[[TabRef], QWidget],
        on_group_page_changed: Callable[[], None] | None = None,
    ) -> None:
        self._tabs = tabs
        self._make = make
        self._slots: dict[str, _Slot] = {}
        # The groups' inner tab bars by group key; a page coming to the front in one
        # is reported as the window's own bar reports its tabs.
        self.groups: dict[str, QTabWidget] = {}
        self._on_group_page_changed = on_group_page_changed

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
    def add(self, ref: TabRef, title: str, group_title: str = "") -> None:
        """A page for `ref`'s tab at the end of the tab bar (or of its group's inner
        bar, `group_title` naming the group's place in the window's bar), the tab not
        made yet."""
        page = QWidget()
        page.setObjectName(ref.object_name)
        bar = self._tabs if ref.group is None else self._group_bar(ref.group, group_title)
        self._slots[ref.object_name] = _Slot(ref, page, bar)
        bar.addTab(page, title)

    def _group_bar(self, group: TabGroup, title: str) -> QTabWidget:
        bar = self.groups.get(group.key)
        if bar is None:
            bar = QTabWidget()
            bar.setObjectName(group.object_name)
            if self._on_group_page_changed is not None:
                changed = self._on_group_page_changed
                bar.currentChanged.connect(lambda _index: changed())
            self.groups[group.key] = bar
            self._tabs.addTab(bar, title)
        return bar

    def clear(self) -> None:
        """Every page and tab taken out of the tab bar and freed (a new login)."""
        for slot in self._slots.values():
            index = slot.bar.indexOf(slot.widget)
            if index >= 0:
                slot.bar.removeTab(index)
            slot.widget.deleteLater()
        for bar in self.groups.values():
            index = self._tabs.indexOf(bar)
            if index >= 0:
                self._tabs.removeTab(index)
            bar.deleteLater()
        self._slots = {}
        self.groups = {}

    def current(self) -> QWidget | None:
        """The module tab (or its empty page) in front: in a group's place, the group's
        page in front; otherwise the window bar's current widget (the home tab too)."""
        widget = self._tabs.currentWidget()
        for bar in self.groups.values():
            if widget is bar:
                return bar.currentWidget()
        return widget

    def bring_to_front(self, widget: QWidget) -> None:
        """Show a module tab, in its group's place when it has one."""
        for slot in self._slots.values():
            if slot.widget is widget and slot.bar is not self._tabs:
                if self._tabs.currentWidget() is slot.bar:
                    slot.bar.setCurrentWidget(widget)  # its change says which came
                    return
                # Quietly, then the group's place: one change, when `widget` is in
                # front (no other page of the group made on the way).
                blocked = slot.bar.blockSignals(True)
                try:
                    slot.bar.setCurrentWidget(widget)
                finally:
                    slot.bar.blockSignals(blocked)
                self._tabs.setCurrentWidget(slot.bar)
                return
        self._tabs.setCurrentWidget(widget)

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
        page, bar = slot.widget, slot.bar
        tab = self._make(slot.ref)
        tab.setObjectName(slot.ref.object_name)
        index = bar.indexOf(page)
        title = bar.tabText(index)
        was_current = bar.currentIndex() == index
        # Swapped in place without telling the window: the tab is not new to it, and a
        # tab coming to the front was just made, so it has nothing to refresh.
        blocked = bar.blockSignals(True)
        try:
            bar.removeTab(index)
            bar.insertTab(index, tab, title)
            if was_current:
                bar.setCurrentIndex(index)
        finally:
            bar.blockSignals(blocked)
        slot.widget, slot.made = tab, True
        page.deleteLater()
