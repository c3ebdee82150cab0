"""What both charts share (ui.widgets.slot_chart): a chart with the focus is framed in
the highlight colour and still shows its bars (the analysis chart's points left their
brush behind, which filled the frame over the whole chart), and the keys choose the
same slots in the dashboard's chart and the analysis chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from propdesk.domain.complaints.analysis import BAR_COLOUR, LINE_COLOUR, pareto, pareto_chart
from propdesk.domain.complaints.kinds import ComplaintCategory as C
from propdesk.ui.widgets.analysis_chart import AnalysisChartView
from propdesk.ui.widgets.slot_chart import SlotChart

CATEGORIES = [C.NOISE] * 6 + [C.CLEANING] * 3 + [C.PARKING]


def _view(qtbot: QtBot) -> AnalysisChartView:
    view = AnalysisChartView("slot_chart_test", lambda c: str(getattr(c, "value", c)))
    qtbot.addWidget(view)
    view.resize(600, 320)
    view.show_chart(pareto_chart(pareto(CATEGORIES)))
    view.show()
    qtbot.waitExposed(view)
    return view


def _colour(image: QImage, x: float, y: float) -> str:
    return QColor(image.pixel(int(x), int(y))).name().upper()


def test_a_focused_chart_is_framed_not_filled(qtbot: QtBot) -> None:
    view = _view(qtbot)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    image = view.grab().toImage()

    assert isinstance(view, SlotChart)
    window = view.palette().color(QPalette.ColorRole.Window).name().upper()
    highlight = view.palette().color(QPalette.ColorRole.Highlight).name().upper()
    # The frame on the edge, the background inside it, the bar where it stands.
    assert _colour(image, view.width() / 2, 0) == highlight
    assert _colour(image, view.width() - 3, view.height() / 2) == window
    assert _colour(image, view.width() - 3, view.height() / 2) != LINE_COLOUR.upper()
    noise = view.bar_rect(0)
    assert _colour(image, noise.center().x(), noise.bottom() - 4) == BAR_COLOUR.upper()


def test_the_keys_choose_a_slot_and_escape_none(qtbot: QtBot) -> None:
    view = _view(qtbot)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Left)  # the first press: the end one
    assert view.chosen == 2
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.chosen == 0
    qtbot.keyClick(view, Qt.Key.Key_Left)  # no further than the first
    assert view.chosen == 0
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.chosen == 2
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.chosen is None
