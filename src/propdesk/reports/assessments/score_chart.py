"""The assessments' charts, drawn with reportlab: a department's year as a line of its
twelve monthly scores (the sheet), and the month's scores per department as bars (the
monthly report). A month not assessed has no point and the line breaks there: no data
is not 0."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from propdesk.reports.assessments.labels import month_label

LINE = colors.HexColor("#1F4E79")
GRID = colors.HexColor("#C9CED6")
INK = colors.HexColor("#1F2933")
FLOOR = 60  # scores below are rare; the axis starts here unless one is lower


def _floor(values: Sequence[int | None]) -> int:
    low = min((v for v in values if v is not None), default=FLOOR)
    return min(FLOOR, (low // 10) * 10)


def year_line(
    scores: Sequence[int | None], top: int, width: float, height: float, font: str, lang: str | None
) -> Drawing:
    """Twelve monthly scores from January, on an axis from FLOOR (or lower) to `top`."""
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # else the PDF lists Helvetica (reports/monthly/charts)
    plot = LinePlot()
    plot.x, plot.y = 30, 22
    plot.width, plot.height = width - 40, height - 32
    runs: list[list[tuple[int, int]]] = [[]]
    for month, value in enumerate(scores, start=1):
        if value is None:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append((month, value))
    data = [run for run in runs if run] or [[(1, top)]]
    plot.data = data
    for index in range(len(data)):
        plot.lines[index].strokeColor = (
            LINE if any(scores) or scores.count(None) < 12 else colors.white
        )
        plot.lines[index].strokeWidth = 1.5
        plot.lines[index].symbol = makeMarker("FilledCircle", size=3.5, fillColor=LINE)
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 0.5, 12.5
    plot.xValueAxis.valueSteps = list(range(1, 13))
    plot.xValueAxis.labelTextFormat = lambda m: month_label(int(m), lang)
    plot.xValueAxis.labels.fontName = font
    plot.xValueAxis.labels.fontSize = 7
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = _floor(scores), top
    plot.yValueAxis.valueStep = 10
    plot.yValueAxis.labels.fontName = font
    plot.yValueAxis.labels.fontSize = 7
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = GRID
    drawing.add(plot)
    for month, value in enumerate(scores, start=1):
        if value is None:
            continue
        x = plot.x + plot.width * (month - 0.5) / 12
        y = plot.y + plot.height * (value - plot.yValueAxis.valueMin) / (
            top - plot.yValueAxis.valueMin
        )
        drawing.add(
            String(
                x,
                y + 5,
                str(value),
                fontName=font,
                fontSize=6.5,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    return drawing


def department_bars(
    names: Sequence[str], scores: Sequence[int | None], width: float, height: float, font: str
) -> Drawing:
    """The month's score of each department; a department not assessed has no bar."""
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # else the PDF lists Helvetica (reports/monthly/charts)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 20
    chart.width, chart.height = width - 40, height - 30
    chart.data = [[float(v) if v is not None else 0.0 for v in scores] or [0.0]]
    chart.categoryAxis.categoryNames = list(names) or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = _floor(scores)
    chart.valueAxis.valueMax = (
        100 if all(v is None or v <= 100 for v in scores) else max(v or 0 for v in scores)
    )
    chart.valueAxis.valueStep = 10
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.bars[0].fillColor = LINE
    chart.bars[0].strokeColor = None
    chart.barWidth = 14
    drawing.add(chart)
    step = chart.width / max(1, len(scores))
    low = chart.valueAxis.valueMin
    top = chart.valueAxis.valueMax
    for index, value in enumerate(scores):
        if value is None:
            continue
        x = chart.x + step * (index + 0.5)
        y = chart.y + chart.height * (max(value, low) - low) / (top - low)
        drawing.add(
            String(
                x, y + 3, str(value), fontName=font, fontSize=7, fillColor=INK, textAnchor="middle"
            )
        )
    return drawing
