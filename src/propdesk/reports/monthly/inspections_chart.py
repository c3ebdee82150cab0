"""The inspections' chart: each kind's items passed, in percent, as horizontal bars
(the kinds' names are long — 公共区域消防, "Water supply and drainage" — and read
better on the left than slanted under columns). A kind with nothing judged shows no
bar and says "–", as its table row does: no data is not 0 %.

Built with the report's chart helpers (charts), as analysis_chart is.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from propdesk.domain.service_targets import share_percent
from propdesk.reports.monthly import charts
from propdesk.reports.monthly.formatting import share_text
from propdesk.reports.monthly.inspections_values import KindRate
from propdesk.reports.monthly.labels import text
from propdesk.reports.monthly.styles import ACCENT, INK

NAME_SIZE = 8
ROW_HEIGHT = 18.0
VALUE_ROOM = 40.0  # right of the plot: "100.0%" at the end of a full bar


def pass_rates(rates: Sequence[KindRate], width: float, font: str, lang: str) -> Drawing:
    """Items passed per kind, 0–100 %, in the kinds' order from the top."""
    names = [text(f"inspection_kind.{r.kind.value}", lang) for r in rates]
    name_room = max((stringWidth(n, font, NAME_SIZE) for n in names), default=0.0) + 10
    height = 26.0 + ROW_HEIGHT * max(1, len(rates))
    drawing = charts._drawing(width, height, font)
    chart = HorizontalBarChart()
    chart.x, chart.y = name_room, 18
    chart.width, chart.height = width - name_room - VALUE_ROOM, height - 24
    # Drawn bottom-up: reversed, so the first kind is on top.
    shares = [
        float(share_percent(r.items_passed, r.items_judged)) if r.items_judged else 0.0
        for r in reversed(rates)
    ]
    chart.data = [shares or [0.0]]
    chart.categoryAxis.categoryNames = list(reversed(names)) or [""]
    charts._fill(chart, ACCENT)
    charts._axes(chart, font, 100)
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.categoryAxis.labels.fontSize = NAME_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.barWidth = 10
    drawing.add(chart)
    # Each bar's figure at its end, as the table prints it (cut down to one decimal).
    step = chart.height / max(1, len(rates))
    for index, rate in enumerate(reversed(rates)):
        share = shares[index]
        drawing.add(
            String(
                chart.x + chart.width * share / 100 + 3,
                chart.y + step * (index + 0.5) - charts.LABEL_FONT_SIZE / 3,
                share_text(rate.items_passed, rate.items_judged, lang),
                fontName=font,
                fontSize=charts.LABEL_FONT_SIZE,
                fillColor=INK,
                textAnchor="start",
            )
        )
    return drawing
