"""Tabs of a group (the work plan's registers) share one place in the window's tab bar:
each is a page of the group's inner tab bar, made the first time it is needed as any
module tab is, and brought to the front through its group's place."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from propdesk.domain.roles import Module
from propdesk.services.core.module_spec import TabGroup, TabRef
from propdesk.ui.lazy_tabs import LazyTabs

PLAN = TabGroup("plan", "Plan")
GATE = TabRef("gate", "Gate", Module.GATE)
INCIDENTS = TabRef("incidents", "Incidents", Module.COMPLAINTS, group=PLAN)
EVENTS = TabRef("events", "Events", Module.INSPECTIONS, group=PLAN)
REPORTS = TabRef("reports", "Reports", Module.REPORTS)


def _tabs(qtbot: QtBot) -> tuple[QTabWidget, LazyTabs, list[str], list[str]]:
    bar = QTabWidget()
    qtbot.addWidget(bar)
    made: list[str] = []
    changed: list[str] = []
    tabs = LazyTabs(
        bar,
        lambda ref: (made.append(ref.key), QLabel(ref.key))[1],
        on_group_page_changed=lambda: changed.append(_name(tabs.current())),
    )
    # What the window hears: its own bar's changes and the groups' pages'.
    bar.currentChanged.connect(lambda _i: changed.append(_name(tabs.current())))
    bar.addTab(QWidget(), "Home")
    for ref in (GATE, INCIDENTS, EVENTS, REPORTS):
        tabs.add(ref, ref.title, ref.group.title if ref.group else "")
    bar.show()
    changed.clear()  # the first tabs added came to the front by themselves
    return bar, tabs, made, changed


def _name(widget: QWidget | None) -> str:
    return widget.objectName() if widget is not None else ""


def test_a_group_stands_once_where_its_first_tab_would(qtbot: QtBot) -> None:
    bar, tabs, made, _changed = _tabs(qtbot)
    assert [bar.tabText(i) for i in range(bar.count())] == ["Home", "Gate", "Plan", "Reports"]
    inner = tabs.groups["plan"]
    assert inner.objectName() == "plan_tabs"
    assert [inner.tabText(i) for i in range(inner.count())] == ["Incidents", "Events"]
    assert list(tabs) == ["gate_tab", "incidents_tab", "events_tab", "reports_tab"]
    assert made == []  # nothing made by being listed


def test_a_grouped_tab_is_made_in_its_place_and_brought_to_the_front(qtbot: QtBot) -> None:
    bar, tabs, made, changed = _tabs(qtbot)
    inner = tabs.groups["plan"]
    events = tabs["events_tab"]  # looked up: made now, in the inner bar's second place
    assert made == ["events"]
    assert isinstance(events, QLabel)
    assert inner.widget(1) is events
    assert inner.tabText(1) == "Events"
    assert tabs.current() is bar.widget(0)  # still at home
    tabs.bring_to_front(events)
    assert bar.currentWidget() is inner
    assert inner.currentWidget() is events
    assert tabs.current() is events
    assert changed == ["events_tab"]  # once, and no other page of the group on the way
    inner_events = inner.indexOf(events)
    inner.setCurrentIndex(1 - inner_events)  # the group's other page, by its own bar
    assert changed[-1] == "incidents_tab"
    tabs.bring_to_front(tabs["gate_tab"])
    assert tabs.current() is tabs["gate_tab"]


def test_a_page_shown_in_the_group_is_made_when_it_comes_to_the_front(qtbot: QtBot) -> None:
    bar, tabs, made, _changed = _tabs(qtbot)
    inner = tabs.groups["plan"]
    bar.setCurrentWidget(inner)
    page = tabs.current()
    assert _name(page) == "incidents_tab"
    assert not tabs.is_made("incidents_tab")
    assert page is not None
    assert tabs.make_if_empty(page)
    assert made == ["incidents"]
    assert tabs.current() is tabs["incidents_tab"]


def test_a_new_login_takes_the_groups_out_too(qtbot: QtBot) -> None:
    bar, tabs, _made, _changed = _tabs(qtbot)
    tabs.clear()
    assert [bar.tabText(i) for i in range(bar.count())] == ["Home"]
    assert tabs.groups == {}
    assert list(tabs) == []
    tabs.add(EVENTS, "Events", "Plan")  # and they come back as the role allows
    assert [bar.tabText(i) for i in range(bar.count())] == ["Home", "Plan"]
