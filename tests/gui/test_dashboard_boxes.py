"""The home dashboard builds a box for each module's group it is given, in order, two or
three to a row, each figure a tile with its name right above it and a link to its
module's view (when the window may open that tab) that Tab reaches after the figures
above it and before what lies below."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from propdesk.domain.roles import Role
from propdesk.domain.service_targets import Period
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import (
    DashboardFigure,
    DashboardGroup,
    TargetLink,
    ViewRequest,
)
from propdesk.services.reporting.dashboard import Dashboard
from propdesk.ui.tabs.home.dashboard import DashboardPanel, columns_for
from propdesk.ui.tabs.home.tab import HomeTab

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
NOW = datetime(2026, 11, 20, 9, 30).astimezone()


@dataclass(frozen=True)
class ShowFakes:
    late_only: bool = False


def fake_group(key: str, late: int = 0) -> DashboardGroup:
    return DashboardGroup(
        key,
        f"{key.title()} box",
        (
            DashboardFigure(
                f"{key}_counted",
                "Counted:",
                "{done} of {all}",
                {"done": "1,200", "all": "1,500"},
                ViewRequest(f"{key}_tab", ShowFakes()),
                "Show the fakes",
                detail="{done} counted today",
            ),
            DashboardFigure.count(
                f"{key}_late",
                "Late:",
                late,
                ViewRequest(f"{key}_tab", ShowFakes(late_only=True)),
                "Show the late fakes",
                emphasis=bool(late),
            ),
        ),
    )


@dataclass
class FakeDashboard:
    """Gives the groups it holds now (as the registry's modules would, for the role)."""

    groups: list[DashboardGroup] = field(default_factory=list)

    def snapshot(self, _actor: Actor) -> Dashboard:
        return Dashboard(NOW, Period.month(2026, 11), tuple(self.groups), None, {})


@pytest.fixture
def fake(ready_services: Services, monkeypatch: pytest.MonkeyPatch) -> FakeDashboard:
    dashboard = FakeDashboard()
    monkeypatch.setattr(ready_services, "dashboard", dashboard)
    return dashboard


def _read(qtbot: QtBot, panel: DashboardPanel) -> None:
    panel.updated_label.setText("")
    panel.refresh()
    qtbot.waitUntil(lambda: panel.updated_label.text() != "", timeout=10_000)


def _panel(qtbot: QtBot, services: Services, can_open: set[str]) -> DashboardPanel:
    panel = DashboardPanel(services, lambda: MANAGER, can_open=lambda tab: tab in can_open)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.updated_label.text() != "", timeout=10_000)
    return panel


def _place(panel: DashboardPanel, key: str) -> tuple[int, int]:
    row, column, _rows, _columns = panel.groups_grid.getItemPosition(
        panel.groups_grid.indexOf(panel.boxes[key])
    )
    return row, column


def test_a_modules_group_gets_a_box_whose_figures_lead_to_its_tab(
    qtbot: QtBot, ready_services: Services, fake: FakeDashboard
) -> None:
    fake.groups = [fake_group("fake", late=3)]
    panel = _panel(qtbot, ready_services, can_open={"fake_tab"})
    box = panel.findChild(QGroupBox, "fake_box")
    assert box is panel.boxes["fake"]
    assert box.title() == "Fake box"
    assert not box.isHidden()
    tiles = panel.tiles["fake"]
    assert [tile.caption.text() for tile in tiles.values()] == ["Counted", "Late"]
    counted, late = panel.figure("fake_counted"), panel.figure("fake_late")
    assert panel.figures() == [counted, late]
    assert counted.label.text() == "1,200 of 1,500"
    assert counted.detail.text() == "1,200 counted today"
    assert counted.text() == "1,200 of 1,500 1,200 counted today"
    assert counted.button.accessibleName() == "Counted 1,200 of 1,500 1,200 counted today"
    assert late.detail.isHidden()  # nothing to add
    # The figure right under its name, at the tile's left: read together at a glance.
    for tile in tiles.values():
        caption, figure = tile.caption.geometry(), tile.figure.geometry()
        assert 0 <= figure.top() - caption.bottom() < 8
        assert abs(figure.left() - caption.left()) < 4
        assert tile.figure.button.geometry().left() < 8
    assert counted.label.font().pointSizeF() > box.font().pointSizeF() * 1.5
    assert counted.button.toolTip() == "Show the fakes"
    assert late.text() == "3"
    assert "color" in late.button.styleSheet()  # something is late: red
    with qtbot.waitSignal(panel.sig_view_requested) as sent:
        qtbot.mouseClick(late.button, Qt.MouseButton.LeftButton)
    assert sent.args == ["fake_tab", ShowFakes(late_only=True)]
    assert panel.targets_box.isHidden()  # no targets in this snapshot


def test_a_figure_whose_tab_may_not_be_opened_is_plain_text(
    qtbot: QtBot, ready_services: Services, fake: FakeDashboard
) -> None:
    fake.groups = [fake_group("fake")]
    panel = _panel(qtbot, ready_services, can_open=set())
    figure = panel.figure("fake_counted")
    assert figure.button.isHidden()
    assert figure.label.isVisibleTo(panel)
    assert "color" not in panel.figure("fake_late").label.styleSheet()  # nothing late


def test_a_figure_the_module_leaves_out_is_hidden_with_its_label(
    qtbot: QtBot, ready_services: Services, fake: FakeDashboard
) -> None:
    fake.groups = [fake_group("fake")]
    panel = _panel(qtbot, ready_services, can_open=set())
    full = fake.groups[0]
    fake.groups = [DashboardGroup(full.key, full.title, full.figures[:1])]
    _read(qtbot, panel)
    tiles = panel.tiles["fake"]
    assert [tile.isHidden() for tile in tiles.values()] == [False, True]
    fake.groups = [full]
    _read(qtbot, panel)
    assert [tile.isHidden() for tile in tiles.values()] == [False, False]


def test_boxes_follow_the_groups_order_up_to_four_to_a_row(
    qtbot: QtBot, ready_services: Services, fake: FakeDashboard
) -> None:
    assert [columns_for(n) for n in range(1, 8)] == [1, 2, 3, 4, 3, 3, 4]
    fake.groups = [fake_group(key) for key in ("a", "b")]
    panel = _panel(qtbot, ready_services, can_open=set())
    assert [_place(panel, key) for key in ("a", "b")] == [(0, 0), (0, 1)]
    fake.groups = [fake_group(key) for key in ("a", "b", "c", "d", "e")]
    _read(qtbot, panel)
    assert [_place(panel, key) for key in "abcde"] == [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1)]
    fake.groups = [fake_group(key) for key in ("b", "d")]  # another role sees fewer
    _read(qtbot, panel)
    assert panel.shown_groups() == ["b", "d"]
    assert [_place(panel, key) for key in "bd"] == [(0, 0), (0, 1)]
    assert panel.boxes["a"].isHidden()
    assert panel.boxes["c"].isHidden()


def test_tab_reaches_boxes_made_later_between_what_lies_above_and_below(
    qtbot: QtBot, ready_services: Services, fake: FakeDashboard
) -> None:
    fake.groups = [fake_group("b")]  # the first role sees one box
    window = QWidget()  # as in the main window: something Tab reaches above the home tab
    above = QPushButton("Above")
    home = HomeTab(ready_services, actor=lambda: MANAGER, can_open=lambda _tab: True)
    layout = QVBoxLayout(window)
    layout.addWidget(above)
    layout.addWidget(home)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    panel = home.dashboard
    qtbot.waitUntil(lambda: panel.updated_label.text() != "", timeout=10_000)
    fake.groups = [fake_group("a"), fake_group("b")]  # the next sees one more, first
    _read(qtbot, panel)
    assert panel.shown_groups() == ["a", "b"]
    links = [figure.button for figure in panel.figures()]
    assert [b.objectName() for b in links] == [
        "a_counted_link",
        "a_late_link",
        "b_counted_link",
        "b_late_link",
    ]
    # The home tab's own button stands on the estate's line, above the dashboard.
    (open_data,) = [b for b in home.findChildren(QPushButton) if b.text() == "Open data folder"]
    above.setFocus()
    for here, following in itertools.pairwise([above, open_data, *links]):
        assert QApplication.focusWidget() is here
        qtbot.keyClick(here, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is following
    qtbot.keyClick(links[-1], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() not in (*links, open_data)  # on past the dashboard


def test_a_target_link_is_the_modules(
    qtbot: QtBot, ready_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The targets' figures lead where the module's link says, for the month shown."""
    real = ready_services.dashboard.snapshot(MANAGER)
    link = TargetLink(lambda month: ViewRequest("fake_tab", month.first), "Show the month")
    key = real.targets[0].key if real.targets else None
    assert key is not None

    class WithLink:
        def snapshot(self, _actor: Actor) -> Dashboard:
            return Dashboard(real.as_of, real.month, (), real.targets, {key: link})

    monkeypatch.setattr(ready_services, "dashboard", WithLink())
    panel = _panel(qtbot, ready_services, can_open={"fake_tab"})
    _name, figure, _outcome = panel.target_rows[key]
    assert figure.button.toolTip() == "Show the month"
    with qtbot.waitSignal(panel.sig_view_requested) as sent:
        qtbot.keyClick(figure.button, Qt.Key.Key_Space)
    assert sent.args == ["fake_tab", real.month.first]
    others = [f for k, (_n, f, _o) in panel.target_rows.items() if k is not key]
    assert others
    assert all(f.button.isHidden() and f.button.toolTip() == "" for f in others)
