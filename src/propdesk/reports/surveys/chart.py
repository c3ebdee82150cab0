"""Satisfaction by service area as horizontal bars (0–100 %, the figure at each bar's
end), for the committee's summary and the monthly report. An area nobody answered
shows no bar and says "–": no data is not 0 %. Built with the report's chart helpers,
as the inspections' pass-rate chart is."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from propdesk.domain.surveys.areas import Area
from propdesk.domain.surveys.figures import Tally
from propdesk.reports.monthly import charts
from propdesk.reports.monthly.styles import ACCENT, INK
from propdesk.reports.surveys.labels import area_label

NAME_SIZE = 8
ROW_HEIGHT = 20.0
VALUE_ROOM = 44.0
TARGET = colors.HexColor("#B42318")


def share_label(tally: Tally) -> str:
    share = tally.share
    return "–" if share is None else f"{share:.1f}%"


def area_bars(
    areas: Sequence[tuple[Area, Tally]],
    width: float,
    font: str,
    lang: str,
    target: float | None = 90.0,
) -> Drawing:
    """One bar per area, the first on top; a dashed line at `target` percent."""
    names = [area_label(area, lang) for area, _tally in areas]
    name_room = max((stringWidth(n, font, NAME_SIZE) for n in names), default=0.0) + 10
    height = 28.0 + ROW_HEIGHT * max(1, len(areas))
    drawing = charts._drawing(width, height, font)
    chart = HorizontalBarChart()
    chart.x, chart.y = name_room, 18
    chart.width, chart.height = width - name_room - VALUE_ROOM, height - 26
    shares = [float(t.share) if t.share is not None else 0.0 for _a, t in reversed(areas)]
    chart.data = [shares or [0.0]]
    chart.categoryAxis.categoryNames = list(reversed(names)) or [""]
    charts._fill(chart, ACCENT)
    charts._axes(chart, font, 100)
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.categoryAxis.labels.fontSize = NAME_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.barWidth = 11
    drawing.add(chart)
    if target is not None:
        x = chart.x + chart.width * target / 100
        drawing.add(
            Line(x, chart.y, x, chart.y + chart.height, strokeColor=TARGET, strokeDashArray=[3, 2])
        )
    step = chart.height / max(1, len(areas))
    for index, (_area, tally) in enumerate(reversed(areas)):
        drawing.add(
            String(
                chart.x + chart.width * shares[index] / 100 + 3,
                chart.y + step * (index + 0.5) - charts.LABEL_FONT_SIZE / 3,
                share_label(tally),
                fontName=font,
                fontSize=charts.LABEL_FONT_SIZE,
                fillColor=INK,
                textAnchor="start",
            )
        )
    return drawing
