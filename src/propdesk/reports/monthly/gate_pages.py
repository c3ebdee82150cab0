"""The gate's section in the PDF: the month's figures beside their daily averages, the
busiest day, and the daily entries and parking fees as charts."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from propdesk.reports.monthly import charts
from propdesk.reports.monthly.blocks import StoryContext, chart_block, paragraph
from propdesk.reports.monthly.formatting import number_text, yuan_text
from propdesk.reports.monthly.gate_counts import GateCounts, GateDay
from propdesk.reports.monthly.labels import text
from propdesk.reports.monthly.styles import CONTENT_WIDTH, RULE, grid_style

# The figures table's rows (GateCounts fields), in two columns; the fees and the
# number of journal rows close it.
GATE_ROWS = (
    "resident_entries",
    "visitors_in",
    "visitors_out",
    "vehicles_in",
    "vehicles_out",
    "items_in",
    "items_out",
    "notices",
    "refused_cards",
)


def gate_story(
    days: Sequence[GateDay], totals: GateCounts, context: StoryContext
) -> list[Flowable]:
    """The gate's section (gate_section.GateFigures): the period's `days`, every one,
    and their `totals`."""
    lang, st = context.lang, context.st
    day_count = max(1, len(days))
    cells = [(text(f"gate.{name}", lang), getattr(totals, name)) for name in GATE_ROWS]
    half = (len(cells) + 1) // 2
    header = [
        text("gate.figure", lang),
        text("gate.month_total", lang),
        text("gate.daily_average", lang),
    ]
    rows: list[list[str]] = [header + header]
    for i in range(half):
        row: list[str] = []
        for name, value in cells[i : len(cells) : half][:2]:  # this row's left and right
            row += [name, number_text(value), f"{value / day_count:,.1f}"]
        rows.append(row + [""] * (6 - len(row)))
    rows.append(
        [
            text("gate.fees", lang),
            yuan_text(totals.fees_fen),
            yuan_text(round(totals.fees_fen / day_count)),
            text("gate.events", lang),
            number_text(totals.events),
            f"{totals.events / day_count:,.1f}",
        ]
    )
    narrow = (CONTENT_WIDTH - 2 * 44 * mm) / 4
    table = Table(rows, colWidths=[44 * mm, narrow, narrow] * 2, hAlign="LEFT")
    style = grid_style(st.font, numeric_from=1)
    style.add("ALIGN", (3, 1), (3, -1), "LEFT")
    style.add("LINEBEFORE", (3, 0), (3, -1), 0.6, RULE)
    table.setStyle(style)
    flow: list[Flowable] = [*context.heading(text("section.gate", lang)), table, Spacer(1, 3 * mm)]
    busiest = max(days, key=lambda d: d.counts.entries, default=None)
    if busiest is not None and busiest.counts.entries:
        flow.append(
            paragraph(
                text(
                    "gate.busiest_text",
                    lang,
                    day=busiest.day.isoformat(),
                    count=f"{busiest.counts.entries:,}",
                ),
                st.body,
            )
        )
    flow += [
        KeepTogether(
            chart_block(
                text("chart.daily_traffic", lang),
                charts.daily_traffic(days, CONTENT_WIDTH, st.font, lang),
                st,
            )
        ),
        KeepTogether(
            chart_block(
                text("chart.daily_fees", lang),
                charts.daily_fees(days, CONTENT_WIDTH, st.font),
                st,
            )
        ),
    ]
    return flow
