"""The analysis chart widget draws the domain's one chart definition: a bar per
category at its count, the bar series stacked in order, the share line on the right
axis; a click on a bar or Left/Right and Enter open that category."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from propdesk.domain.complaints.analysis import (
    BAR_COLOUR,
    LATE_COLOUR,
    LINE_COLOUR,
    Compliance,
    MonthFigures,
    monthly_chart,
    pareto,
    pareto_chart,
)
from propdesk.domain.complaints.kinds import ComplaintCategory as C
from propdesk.ui.widgets.analysis_chart import AnalysisChartView, nice_top

CATEGORIES = [C.NOISE] * 6 + [C.CLEANING] * 3 + [C.PARKING]


def name(category: object) -> str:
    return category.value if isinstance(category, C) else f"{category:%m}"


@pytest.fixture
def view(qtbot: QtBot) -> AnalysisChartView:
    widget = AnalysisChartView("test_chart", name)
    qtbot.addWidget(widget)
    widget.resize(600, 320)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def colour_at(image: QImage, x: float, y: float) -> str:
    return QColor(image.pixel(int(x), int(y))).name().upper()


def test_the_pareto_chart_paints_one_bar_per_category_at_its_count(
    view: AnalysisChartView,
) -> None:
    bars = pareto(CATEGORIES)
    view.show_chart(pareto_chart(bars))
    image = view.grab().toImage()

    assert view.bars_drawn() == 3
    heights = [view.bar_rect(i).height() for i in range(3)]
    assert heights[0] == pytest.approx(2 * heights[1]) == pytest.approx(6 * heights[2])
    for index in range(3):
        middle = view.bar_rect(index).center()
        assert colour_at(image, middle.x(), middle.y()) == BAR_COLOUR
    # The cumulative share ends at 100 %: its last point at the plot's top, on the line.
    plot = view.plot_rect()
    last = view.slot_rect(2).center().x()
    assert colour_at(image, last, plot.top()) == LINE_COLOUR
    # Beside the bars the plot is not painted in the series' colours.
    assert colour_at(image, plot.right() - 2, plot.bottom() - 5) not in (
        BAR_COLOUR,
        LINE_COLOUR,
    )


def test_the_monthly_chart_stacks_late_answers_on_the_rest(view: AnalysisChartView) -> None:
    months = [
        MonthFigures(date(2026, 1, 1), 4, Compliance(2, 1, 1, 0, 0)),
        MonthFigures(date(2026, 2, 1), 0, Compliance(0, 0, 0, 0, 0)),
        MonthFigures(date(2026, 3, 1), 2, Compliance(2, 0, 0, 0, 0)),
    ]
    view.show_chart(monthly_chart(months))
    image = view.grab().toImage()

    assert view.bars_drawn() == 2  # February has none
    january = view.bar_rect(0)
    assert view.bar_rect(0).height() == pytest.approx(2 * view.bar_rect(2).height())
    # Two of four answered late or overdue: the upper half is the late colour.
    assert colour_at(image, january.center().x(), january.top() + january.height() / 4) == (
        LATE_COLOUR
    )
    assert colour_at(image, january.center().x(), january.bottom() - january.height() / 4) == (
        BAR_COLOUR
    )
    assert "2026" not in view.category_tip(1)
    assert "02" in view.category_tip(1)
    assert "—" in view.category_tip(1)  # no share to draw in an empty month


def test_a_click_or_enter_opens_the_category(qtbot: QtBot, view: AnalysisChartView) -> None:
    view.show_chart(pareto_chart(pareto(CATEGORIES)))
    second = view.bar_rect(1).center().toPoint()
    with qtbot.waitSignal(view.bar_activated, timeout=1000) as clicked:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=second)
    assert clicked.args == [1]

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.chosen == 2
    with qtbot.waitSignal(view.bar_activated, timeout=1000) as entered:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert entered.args == [2]
    assert view.category_tip(0).splitlines()[:3] == [
        "noise",
        "Complaints: 6",
        "Cumulative share: 60.0%",
    ]


def test_a_chart_that_leads_nowhere_is_a_picture(qtbot: QtBot, view: AnalysisChartView) -> None:
    view.show_chart(pareto_chart(pareto(CATEGORIES)), linked=False)
    with qtbot.assertNotEmitted(view.bar_activated):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.bar_rect(0).center().toPoint())
    assert view.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert view.category_at(QPoint(1, 1)) is None


def test_the_count_axis_ends_on_a_round_number() -> None:
    assert nice_top(0) == (1, 1)
    assert nice_top(38) == (40, 10)
    assert nice_top(7) == (8, 2)
    assert nice_top(1234) == (1500, 500)
