"""A module's charts on the home dashboard: drawn in a titled box under the figures and
targets, each bar its series stacked in the legend's colours; a link like a figure —
a click on a bar, or Left/Right and Enter from the keyboard, opens that bar's list
(the chart's, beside the bars or with no bar chosen); Tab reaches the charts after
the targets; a chart whose tab the role may not open is a picture only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QGroupBox
from pytestqt.qtbot import QtBot

from propdesk.domain.roles import Role
from propdesk.domain.service_targets import Period
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import (
    ChartSeries,
    DashboardChart,
    DashboardFigure,
    DashboardGroup,
    ViewRequest,
)
from propdesk.services.reporting.dashboard import Dashboard
from propdesk.ui.tabs.home.bar_chart import SERIES_COLOURS, BarChart, axis_text
from propdesk.ui.tabs.home.dashboard import DashboardPanel

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
NOW = datetime(2026, 12, 5, 9, 30).astimezone()
DAYS = (date(2026, 12, 3), date(2026, 12, 4), date(2026, 12, 5))


@dataclass(frozen=True)
class ShowDays:
    first: date
    last: date


def week_chart() -> DashboardChart:
    return DashboardChart(
        "fakes_by_day",
        "Fakes by day",
        DAYS,
        (ChartSeries("Big fakes", (10, 0, 30)), ChartSeries("Small fakes", (5, 0, 10))),
        ViewRequest("fake_tab", ShowDays(DAYS[0], DAYS[-1])),
        "Show the fakes of these days",
        tuple(ViewRequest("fake_tab", ShowDays(day, day)) for day in DAYS),
    )


def group_with_chart(key: str = "fake") -> DashboardGroup:
    figure = DashboardFigure.count(
        f"{key}_count", "Fakes:", 55, ViewRequest("fake_tab", "all"), "Show the fakes"
    )
    return DashboardGroup(key, "Fakes", (figure,), (week_chart(),))


@dataclass
class FakeDashboard:
    groups: list[DashboardGroup] = field(default_factory=list)

    def snapshot(self, _actor: Actor) -> Dashboard:
        return Dashboard(NOW, Period.month(2026, 12), tuple(self.groups), None, {})


@pytest.fixture
def fake(ready_services: Services, monkeypatch: pytest.MonkeyPatch) -> FakeDashboard:
    dashboard = FakeDashboard([group_with_chart()])
    monkeypatch.setattr(ready_services, "dashboard", dashboard)
    return dashboard


def _panel(qtbot: QtBot, services: Services, can_open: set[str]) -> DashboardPanel:
    panel = DashboardPanel(services, lambda: MANAGER, can_open=lambda tab: tab in can_open)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.updated_label.text() != "", timeout=10_000)
    return panel


def _read(qtbot: QtBot, panel: DashboardPanel) -> None:
    panel.updated_label.setText("")
    panel.refresh()
    qtbot.waitUntil(lambda: panel.updated_label.text() != "", timeout=10_000)


def _bar_point(chart: BarChart, bar: int) -> QPoint:
    return chart.bar_rect(bar).center().toPoint()


def test_a_modules_chart_is_drawn_in_its_box_bars_stacked_in_the_legends_colours(
    qtbot: QtBot, ready_services: Services, fake: FakeDashboard
) -> None:
    panel = _panel(qtbot, ready_services, can_open={"fake_tab"})
    box = panel.findChild(QGroupBox, "fakes_by_day_box")
    assert box is not None
    assert box.title() == "Fakes by day"
    chart = panel.charts_row.chart("fakes_by_day")
    assert panel.charts_row.charts() == [chart]
    assert chart.isVisibleTo(panel)
    assert chart.height() >= 120
    assert axis_text(DAYS[0]) == "12/3 Thu"
    assert axis_text(time(8)) == "8"
    picture = chart.grab().toImage()
    ratio = picture.devicePixelRatio()
    bottom = chart.bar_rect(2).bottom() - 3  # the first series sits at the bottom
    top_of_bar = chart.bar_rect(2).top() + 3  # the tallest bar reaches the top: the second
    x = chart.bar_rect(2).center().x()
    assert picture.pixelColor(int(x * ratio), int(bottom * ratio)) == QColor(SERIES_COLOURS[0])
    assert picture.pixelColor(int(x * ratio), int(top_of_bar * ratio)) == QColor(SERIES_COLOURS[1])
    empty = chart.bar_rect(1)  # a bar of nothing draws nothing
    assert picture.pixelColor(
        int(empty.center().x() * ratio), int((empty.bottom() - 3) * ratio)
    ).name() not in {QColor(colour).name() for colour in SERIES_COLOURS}
    lines = chart.bar_text(2).splitlines()
    assert lines[0].startswith("2026-12-05")
    assert lines[1:] == ["Total: 40", "Big fakes: 30", "Small fakes: 10"]


def test_a_click_on_a_bar_opens_its_list_beside_the_bars_the_charts(
    qtbot: QtBot, ready_services: Services, fake: FakeDashboard
) -> None:
    panel = _panel(qtbot, ready_services, can_open={"fake_tab"})
    chart = panel.charts_row.chart("fakes_by_day")
    assert chart.toolTip() == "Show the fakes of these days"
    with qtbot.waitSignal(panel.sig_view_requested) as sent:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=_bar_point(chart, 1))
    assert sent.args == ["fake_tab", ShowDays(DAYS[1], DAYS[1])]
    with qtbot.waitSignal(panel.sig_view_requested) as sent:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))  # the legend
    assert sent.args == ["fake_tab", ShowDays(DAYS[0], DAYS[-1])]


def test_the_keyboard_reaches_a_chart_after_the_figures_and_opens_a_bar(
    qtbot: QtBot, ready_services: Services, fake: FakeDashboard
) -> None:
    panel = _panel(qtbot, ready_services, can_open={"fake_tab"})
    panel.activateWindow()
    qtbot.waitActive(panel)
    chart = panel.charts_row.chart("fakes_by_day")
    assert chart.focusPolicy() == Qt.FocusPolicy.StrongFocus
    figure = panel.figure("fake_count").button
    figure.setFocus()
    qtbot.keyClick(figure, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is chart
    with qtbot.waitSignal(panel.sig_view_requested) as sent:
        qtbot.keyClick(chart, Qt.Key.Key_Return)  # no bar chosen: the chart's list
    assert sent.args == ["fake_tab", ShowDays(DAYS[0], DAYS[-1])]
    qtbot.keyClick(chart, Qt.Key.Key_Left)  # from the end: today first
    assert chart.chosen == 2
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.chosen == 1
    with qtbot.waitSignal(panel.sig_view_requested) as sent:
        qtbot.keyClick(chart, Qt.Key.Key_Space)
    assert sent.args == ["fake_tab", ShowDays(DAYS[1], DAYS[1])]
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.chosen == 0
    qtbot.keyClick(chart, Qt.Key.Key_Escape)
    assert chart.chosen is None


def test_a_chart_whose_tab_may_not_be_opened_is_a_picture_only(
    qtbot: QtBot, ready_services: Services, fake: FakeDashboard
) -> None:
    panel = _panel(qtbot, ready_services, can_open=set())
    chart = panel.charts_row.chart("fakes_by_day")
    assert chart.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert chart.toolTip() == ""
    with qtbot.assertNotEmitted(panel.sig_view_requested):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=_bar_point(chart, 1))


def test_the_charts_of_a_box_no_longer_shown_are_hidden_with_it(
    qtbot: QtBot, ready_services: Services, fake: FakeDashboard
) -> None:
    panel = _panel(qtbot, ready_services, can_open=set())
    assert not panel.charts_row.isHidden()
    fake.groups = [DashboardGroup("other", "Others", group_with_chart().figures)]
    _read(qtbot, panel)
    assert panel.charts_row.charts() == []
    assert panel.charts_row.isHidden()
    fake.groups = [group_with_chart()]
    _read(qtbot, panel)
    assert not panel.charts_row.isHidden()
    assert not panel.charts_row.boxes["fakes_by_day"].isHidden()


def test_a_chart_needs_a_value_and_at_most_one_list_per_bar() -> None:
    with pytest.raises(ValueError, match="a value per category"):
        DashboardChart("bad", "Bad", DAYS, (ChartSeries("Fakes", (1, 2)),))
    with pytest.raises(ValueError, match="none or one per category"):
        DashboardChart("bad", "Bad", DAYS, (), bar_views=(ViewRequest("fake_tab", "one day"),))
