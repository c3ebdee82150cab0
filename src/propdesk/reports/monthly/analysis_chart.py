"""A chart of the complaints analysis (domain.complaints.analysis.AnalysisChart) as a
reportlab drawing: the same value the analysis window draws, so the PDF's Pareto chart
and the window's are one definition, not two hand-drawn copies.

Bar series stand on the left axis (counts), stacked when there are several; line
series join their points over the bars' centres on a right axis of 0–100 %. Colours
are the definition's. Category names and series names are the report's words
(reports.monthly.labels); a series the labels do not know keeps its English name.
"""

from __future__ import annotations

from datetime import date

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib import colors

from propdesk.domain.complaints.analysis import AnalysisChart, AnalysisSeries, Axis, Mark
from propdesk.reports.monthly import charts
from propdesk.reports.monthly.labels import text
from propdesk.reports.monthly.styles import MUTED, RULE

# The definition's series names (English, as domain.complaints.analysis marks them)
# and the report's words for them.
SERIES_WORDS = {
    "Complaints": "legend.complaints",
    "Cumulative share": "legend.cumulative_share",
}
SHARE_STEPS = (0, 20, 40, 60, 80, 100)
RIGHT_AXIS_ROOM = 34.0  # the share axis' labels, right of the plot
HEADROOM = 1.12
# A bar is as wide as it would be among this many categories: two categories do not
# make two slabs across the page.
WIDEST_AMONG = 9
BAR_SHARE = 0.6  # of a category's width, with WIDEST_AMONG categories or more


def category_name(category: object, lang: str) -> str:
    """A category code by the report's words; a month as 2026-10."""
    if isinstance(category, date):
        return f"{category:%Y-%m}"
    return text(f"complaint_category.{category}", lang)


def series_name(series: AnalysisSeries, lang: str) -> str:
    key = SERIES_WORDS.get(series.label)
    return text(key, lang) if key is not None else series.label


def draw(
    chart: AnalysisChart, width: float, font: str, lang: str, height: float = 190.0
) -> Drawing:
    bars = [s for s in chart.series if s.mark is Mark.BARS and s.axis is Axis.COUNT]
    lines = [s for s in chart.series if s.mark is Mark.LINE and s.axis is Axis.SHARE]
    drawing, plot = charts._columns(
        width, height, font, below=30, above=26, right=RIGHT_AXIS_ROOM if lines else 10
    )
    count = len(chart.categories)
    plot.data = [[v or 0.0 for v in s.values] for s in bars] or [[0.0] * max(1, count)]
    plot.categoryAxis.categoryNames = [category_name(c, lang) for c in chart.categories] or [""]
    if len(bars) > 1:
        plot.categoryAxis.style = "stacked"
    charts._fill(plot, *(colors.HexColor(s.colour) for s in bars))
    _bar_widths(plot, count)
    if len(bars) == 1:
        charts._counts_on_bars(plot, font)
        plot.barLabels.boxAnchor = "s"  # above the bar, not on its dark top
        plot.barLabels.dy = 2
    tops = [sum((s.values[i] or 0.0) for s in bars) for i in range(count)]
    # Headroom for the counts printed above the bars.
    charts._axes(plot, font, max(tops, default=0.0) * HEADROOM)
    plot.categoryAxis.labels.angle = 30 if count > 6 else 0
    plot.categoryAxis.labels.boxAnchor = "ne" if count > 6 else "n"
    drawing.add(plot)
    if lines:
        _share_axis(drawing, plot.x + plot.width, plot.y, plot.height, font)
    step = plot.width / max(1, count)
    for series in lines:
        _line(drawing, series, plot.x, plot.y, step, plot.height)
    charts._add_named_legend(
        drawing, font, [(colors.HexColor(s.colour), series_name(s, lang)) for s in chart.series]
    )
    return drawing


def _bar_widths(plot: VerticalBarChart, count: int) -> None:
    """Bars of one width whatever the number of categories (up to WIDEST_AMONG)."""
    share = BAR_SHARE * min(1.0, max(1, count) / WIDEST_AMONG)
    plot.barWidth = 10
    plot.groupSpacing = plot.barWidth * (1 - share) / share


def _share_axis(drawing: Drawing, x: float, y: float, height: float, font: str) -> None:
    """0–100 % up the plot's right edge."""
    drawing.add(Line(x, y, x, y + height, strokeColor=RULE, strokeWidth=0.5))
    for percent in SHARE_STEPS:
        level = y + height * percent / 100
        drawing.add(Line(x, level, x + 3, level, strokeColor=RULE, strokeWidth=0.5))
        drawing.add(
            String(
                x + 5,
                level - charts.AXIS_FONT_SIZE / 3,
                f"{percent}%",
                fontName=font,
                fontSize=charts.AXIS_FONT_SIZE,
                fillColor=MUTED,
            )
        )


def _line(
    drawing: Drawing, series: AnalysisSeries, x: float, y: float, step: float, height: float
) -> None:
    """The series' points over the bars' centres, joined where they follow one another
    (a None leaves a gap)."""
    colour = colors.HexColor(series.colour)
    run: list[float] = []
    for index, value in enumerate(series.values):
        if value is None:
            _flush(drawing, run, colour)
            run = []
            continue
        px, py = x + step * (index + 0.5), y + height * max(0.0, min(1.0, value))
        run += [px, py]
        drawing.add(Circle(px, py, 2, fillColor=colour, strokeColor=None))
    _flush(drawing, run, colour)


def _flush(drawing: Drawing, points: list[float], colour: colors.Color) -> None:
    if len(points) >= 4:
        drawing.add(PolyLine(points, strokeColor=colour, strokeWidth=1.2))
