"""The community events' section in the PDF: the month's figures, its events, and
the year's events held per month as a one-row table (the "one a month" target at a
glance: a month with none stands out as 0)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from propdesk.reports.events.labels import event_text, month_short
from propdesk.reports.monthly.blocks import StoryContext, paragraph
from propdesk.reports.monthly.events_values import EventValues
from propdesk.reports.monthly.formatting import local_time_text, number_text, yuan_text
from propdesk.reports.monthly.styles import CONTENT_WIDTH, grid_style

MISSED = "#b00020"


def events_story(v: EventValues, context: StoryContext) -> list[Flowable]:
    return [*_figures(v, context), *_list(v, context), *_year(v, context)]


def _figures(v: EventValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    pairs = [
        (event_text("report.held", lang), number_text(len(v.held))),
        (event_text("report.participants", lang), number_text(v.participants)),
        (event_text("report.cost", lang), yuan_text(v.cost_fen)),
        (event_text("report.cancelled", lang), number_text(v.cancelled)),
        (event_text("report.planned_next", lang), number_text(v.planned_next)),
        ("", ""),
    ]
    header: list[object] = [event_text("report.figure", lang), event_text("report.value", lang)]
    rows: list[list[object]] = [header + header]
    for i in range(0, len(pairs), 2):
        rows.append(
            [
                paragraph(pairs[i][0], st.cell),
                paragraph(pairs[i][1], st.cell_right),
                paragraph(pairs[i + 1][0], st.cell),
                paragraph(pairs[i + 1][1], st.cell_right),
            ]
        )
    key = 40 * mm
    table = Table(rows, colWidths=[key, CONTENT_WIDTH / 2 - key] * 2, hAlign="LEFT")
    table.setStyle(grid_style(st.font))
    return [
        *context.heading(event_text("section.events", lang)),
        table,
        Spacer(1, 1 * mm),
        paragraph(event_text("report.basis", lang), st.small),
        Spacer(1, 3 * mm),
    ]


def _list(v: EventValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    title = paragraph(event_text("report.list", lang), st.subheading)
    if not v.events:
        return [title, paragraph(event_text("report.none", lang), st.body), Spacer(1, 3 * mm)]
    keys = ("col.date", "col.theme", "col.place", "col.state", "col.participants", "col.cost")
    rows: list[list[object]] = [[paragraph(event_text(k, lang), st.cell) for k in keys]]
    for e in v.events:
        rows.append(
            [
                local_time_text(e.starts_at)[5:],
                paragraph(e.theme, st.cell),
                paragraph(e.place, st.cell),
                paragraph(event_text(f"state.{e.state.value}", lang), st.cell),
                "" if e.participants is None else number_text(e.participants),
                "" if e.cost_fen is None else f"{e.cost_fen / 100:,.2f}",
            ]
        )
    parts = (26, 60, 44, 18, 18, 22)
    widths = [CONTENT_WIDTH * p / sum(parts) for p in parts]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(st.font, numeric_from=4))
    return [title, table, Spacer(1, 3 * mm)]


def _year(v: EventValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    title = paragraph(event_text("report.year", lang, year=v.year), st.subheading)
    header = [paragraph(month_short(m, lang), st.cell) for m in range(1, 13)]
    header.append(paragraph(event_text("report.year_total", lang), st.cell))
    counts: list[object] = [
        str(n) if m <= v.month else "" for m, n in enumerate(v.by_month, start=1)
    ]
    counts.append(str(sum(v.by_month[: v.month])))
    width = CONTENT_WIDTH / 13
    table = Table([header, counts], colWidths=[width] * 13, hAlign="LEFT")
    style = grid_style(st.font, numeric_from=0)
    for m, n in enumerate(v.by_month[: v.month]):
        if n == 0:  # a month without an event held: the target missed
            style.add("TEXTCOLOR", (m, 1), (m, 1), MISSED)
    table.setStyle(style)
    return [title, table, Spacer(1, 3 * mm)]
