"""The report's charts as reportlab.graphics drawings (vector, so they print sharp):
daily gate entries, daily parking fees, repairs by category, arrival in time by
priority against the target, the backlog's age, and the patrols by day against the
target. Titles are set above each chart by the document, in the paragraph font, so a
drawing holds only axes, bars and labels.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from propdesk.reports.monthly.formatting import at_least_text, number_text, share_text, yuan
from propdesk.reports.monthly.gate_counts import GateDay
from propdesk.reports.monthly.labels import text
from propdesk.reports.monthly.patrol_values import PatrolDay
from propdesk.reports.monthly.repairs_values import AgeBucket, PriorityFigures
from propdesk.reports.monthly.styles import ACCENT, ACCENT_2, ACCENT_3, INK, MUTED, RULE

AXIS_FONT_SIZE = 7
LABEL_FONT_SIZE = 7
LATE = colors.HexColor("#E07B39")
THRESHOLD = colors.HexColor("#B42318")
MISSED = colors.HexColor("#8E1B12")

# A chart's series, as stacked from the bottom: each one's colour and its name's label.
Series = tuple[tuple[colors.Color, str], ...]
TRAFFIC_SERIES: Series = (
    (ACCENT, "legend.residents"),
    (ACCENT_2, "legend.visitors"),
    (ACCENT_3, "legend.vehicles"),
)
ARRIVAL_SERIES: Series = ((ACCENT, "legend.in_time"), (LATE, "legend.late"))


def _drawing(width: float, height: float, font: str) -> Drawing:
    # The drawing's own font: else the renderer starts each drawing in Helvetica, which
    # the PDF then lists (never used, not embedded).
    drawing = Drawing(width, height)
    drawing.initialFontName = font
    return drawing


def _columns(
    width: float, height: float, font: str, *, below: float = 22, above: float, right: float = 10
) -> tuple[Drawing, VerticalBarChart]:
    """A drawing and the column chart placed in it, for the caller to fill and add. The
    plot starts 34 points in (room for the value axis' labels) and leaves `below` (the
    category names), `above` (a legend) and `right` free."""
    drawing = _drawing(width, height, font)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, below
    chart.width, chart.height = width - (34 + right), height - (below + above)
    return drawing, chart


def _fill(chart: VerticalBarChart | HorizontalBarChart, *colours: colors.Color) -> None:
    """Each series' bars in its colour, without an outline."""
    for index, colour in enumerate(colours):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None


def _counts_on_bars(chart: VerticalBarChart | HorizontalBarChart, font: str) -> None:
    """Each bar's count printed with it."""
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = LABEL_FONT_SIZE
    chart.barLabels.fillColor = INK


def _nice_max(value: float) -> tuple[float, float]:
    """An axis top at or above `value` and a step of 1, 2 or 5 × 10ⁿ (about 5 steps),
    so gridlines fall on round numbers; an empty chart still gets an axis."""
    if value <= 0:
        return 1.0, 1.0
    raw = value / 5
    power = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    top = step * -(-value // step)
    return float(top), float(step)


def _axes(chart: VerticalBarChart | HorizontalBarChart, font: str, top: float) -> None:
    vmax, vstep = _nice_max(top)
    value_axis = chart.valueAxis
    value_axis.valueMin = 0
    value_axis.valueMax = vmax
    value_axis.valueStep = vstep
    value_axis.labels.fontName = font
    value_axis.labels.fontSize = AXIS_FONT_SIZE
    value_axis.labels.fillColor = MUTED
    value_axis.strokeColor = RULE
    value_axis.visibleGrid = True
    value_axis.gridStrokeColor = RULE
    value_axis.gridStrokeWidth = 0.3
    value_axis.labelTextFormat = lambda v: number_text(Decimal(str(v)))
    category_axis = chart.categoryAxis
    category_axis.labels.fontName = font
    category_axis.labels.fontSize = AXIS_FONT_SIZE
    category_axis.labels.fillColor = INK
    category_axis.strokeColor = MUTED
    category_axis.tickShift = 0


def _add_legend(drawing: Drawing, font: str, lang: str, series: Series) -> None:
    """The series' colours and names, in a row at the drawing's top right."""
    _add_named_legend(drawing, font, [(colour, text(key, lang)) for colour, key in series])


def _add_named_legend(
    drawing: Drawing, font: str, pairs: Sequence[tuple[colors.Color, str]]
) -> None:
    """Colours and names already in the report's language (a module's own words)."""
    legend = Legend()
    legend.x, legend.y = drawing.width, drawing.height
    legend.fontName = font
    legend.fontSize = LABEL_FONT_SIZE
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.boxAnchor = "ne"
    legend.dx = legend.dy = 6
    legend.deltax = 60
    legend.strokeWidth = 0
    legend.strokeColor = None
    legend.colorNamePairs = list(pairs)
    drawing.add(legend)


def _add_target_line(
    drawing: Drawing, chart: VerticalBarChart, threshold: Decimal, font: str, lang: str
) -> None:
    """The target: a dashed line across a 0–100 % plot at its share, labelled on the
    right (the chart leaves room there) as the targets table prints it."""
    y = chart.y + chart.height * float(threshold) / 100
    line = Line(chart.x, y, chart.x + chart.width, y, strokeColor=THRESHOLD, strokeWidth=0.8)
    line.strokeDashArray = [3, 2]
    drawing.add(line)
    drawing.add(
        String(
            chart.x + chart.width + 3,
            y - LABEL_FONT_SIZE / 3,
            at_least_text(threshold, lang),
            fontName=font,
            fontSize=LABEL_FONT_SIZE,
            fillColor=THRESHOLD,
            textAnchor="start",
        )
    )


def daily_traffic(days: Sequence[GateDay], width: float, font: str, lang: str) -> Drawing:
    """Entries per day, stacked: residents' cards, visitors, vehicles."""
    height = 170.0
    drawing, chart = _columns(width, height, font, above=22)
    series = [
        [d.counts.resident_entries for d in days],
        [d.counts.visitors_in for d in days],
        [d.counts.vehicles_in for d in days],
    ]
    chart.data = series
    chart.categoryAxis.categoryNames = [str(d.day.day) for d in days]
    chart.categoryAxis.style = "stacked"
    chart.barSpacing = 0
    chart.groupSpacing = 2
    _fill(chart, *(colour for colour, _ in TRAFFIC_SERIES))
    top = max((sum(column) for column in zip(*series, strict=True)), default=0)
    _axes(chart, font, top)
    drawing.add(chart)
    _add_legend(drawing, font, lang, TRAFFIC_SERIES)
    return drawing


def daily_fees(days: Sequence[GateDay], width: float, font: str) -> Drawing:
    """Parking fees collected per day, in yuan."""
    height = 120.0
    drawing, chart = _columns(width, height, font, below=18, above=10)
    values = [float(yuan(d.counts.fees_fen)) for d in days]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [str(d.day.day) for d in days]
    chart.groupSpacing = 2
    _fill(chart, ACCENT_2)
    _axes(chart, font, max(values, default=0))
    drawing.add(chart)
    return drawing


def by_category(counts: Sequence[tuple[str, int]], width: float, font: str) -> Drawing:
    """Tickets per category, largest first, names on the left, counts at the bar ends."""
    ordered = sorted(counts, key=lambda item: -item[1])
    height = 30.0 + 17 * len(ordered)
    drawing = _drawing(width, height, font)
    chart = HorizontalBarChart()
    label_room = 72.0
    chart.x, chart.y = label_room, 18
    chart.width, chart.height = width - label_room - 26, height - 26
    # Drawn bottom-up: reverse, so the largest is on top.
    chart.data = [[n for _, n in reversed(ordered)]]
    chart.categoryAxis.categoryNames = [name for name, _ in reversed(ordered)]
    _fill(chart, ACCENT)
    _counts_on_bars(chart, font)
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    _axes(chart, font, max((n for _, n in ordered), default=0))
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    drawing.add(chart)
    return drawing


def arrival_by_priority(
    priorities: Sequence[PriorityFigures],
    threshold: Decimal,
    width: float,
    font: str,
    lang: str,
) -> Drawing:
    """Share reached in time per priority (in time vs late or overdue, stacked to 100 %),
    with the target as a dashed line."""
    height = 175.0
    # Room on the right for the target's label beside its line.
    drawing, chart = _columns(width, height, font, above=28, right=36)
    judged = [f.arrival.met + f.arrival.late + f.arrival.overdue for f in priorities]
    in_time = [
        100.0 * f.arrival.met / n if n else 0.0 for f, n in zip(priorities, judged, strict=True)
    ]
    late = [100.0 - share if n else 0.0 for share, n in zip(in_time, judged, strict=True)]
    chart.data = [in_time, late]
    chart.categoryAxis.categoryNames = [
        text(f"priority.{f.priority.value}", lang) for f in priorities
    ]
    chart.categoryAxis.style = "stacked"
    chart.barWidth = 18
    chart.groupSpacing = 14
    _fill(chart, *(colour for colour, _ in ARRIVAL_SERIES))
    _axes(chart, font, 100)
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labelTextFormat = "%d%%"
    drawing.add(chart)
    _add_target_line(drawing, chart, threshold, font, lang)
    step = chart.width / max(1, len(in_time))
    for index, (figures, n) in enumerate(zip(priorities, judged, strict=True)):
        if n:  # a priority with nothing judged shows no bar and no figure
            drawing.add(
                String(
                    chart.x + step * (index + 0.5),
                    chart.y + 4,
                    # The table's figure, cut down the same way (never 88.7 beside 88.6).
                    share_text(figures.arrival.met, n, lang),
                    fontName=font,
                    fontSize=LABEL_FONT_SIZE,
                    fillColor=colors.white,
                    textAnchor="middle",
                )
            )
    _add_legend(drawing, font, lang, ARRIVAL_SERIES)
    return drawing


def backlog_age(buckets: Sequence[AgeBucket], width: float, font: str, lang: str) -> Drawing:
    """Open tickets at the period's end by age."""
    height = 150.0
    drawing, chart = _columns(width, height, font, above=12)
    chart.data = [[b.count for b in buckets]]
    chart.categoryAxis.categoryNames = [text(f"age.{i}", lang) for i in range(len(buckets))]
    chart.barWidth = 16
    chart.groupSpacing = 12
    _fill(chart, ACCENT_2)
    _counts_on_bars(chart, font)
    chart.barLabels.nudge = 6
    _axes(chart, font, max((b.count for b in buckets), default=0))
    drawing.add(chart)
    return drawing


PATROL_PARTS = ("on_time", "late", "missed")  # PatrolDay fields, stacked from the bottom


def patrols_by_day(
    days: Sequence[PatrolDay],
    threshold: Decimal,
    width: float,
    font: str,
    lang: str,
    names: tuple[str, str, str],
) -> Drawing:
    """Each day's slots on time, late and missed, stacked to 100 % (a day without
    slots shows no bar), with the target as a dashed line. `names` are the three
    parts' names in the report's language (the patrol papers' words)."""
    height = 160.0
    # Room on the right for the target's label beside its line.
    drawing, chart = _columns(width, height, font, above=22, right=36)
    chart.data = [
        [100.0 * getattr(d, part) / d.scheduled if d.scheduled else 0.0 for d in days]
        for part in PATROL_PARTS
    ]
    chart.categoryAxis.categoryNames = [str(d.day.day) for d in days]
    chart.categoryAxis.style = "stacked"
    chart.barSpacing = 0
    chart.groupSpacing = 2
    colours = (ACCENT, LATE, MISSED)
    _fill(chart, *colours)
    _axes(chart, font, 100)
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labelTextFormat = "%d%%"
    drawing.add(chart)
    _add_target_line(drawing, chart, threshold, font, lang)
    _add_named_legend(drawing, font, list(zip(colours, names, strict=True)))
    return drawing
