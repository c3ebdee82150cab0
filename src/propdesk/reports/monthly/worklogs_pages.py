"""The work logs' section in the PDF: the month's completion in a few figures, a table
per trade and area (planned, done, not done, missing, completion) and the main reasons
for not done."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from propdesk.reports.monthly.blocks import StoryContext, paragraph
from propdesk.reports.monthly.formatting import number_text
from propdesk.reports.monthly.styles import CONTENT_WIDTH, grid_style
from propdesk.reports.monthly.worklogs_values import WorklogAreaLine, WorklogValues
from propdesk.reports.worklogs.labels import rate_text, text

REASONS_SHOWN = 8
# A subheading never ends a page: this much room below it. The guard also ends the
# block the report's signatures are kept with (keep_tail), which must not be a
# KeepTogether.
HEADING_ROOM = 35 * mm


def worklogs_story(v: WorklogValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    heading = context.heading(text("section.worklogs", lang))
    if not v.trades:
        return [*heading, paragraph(text("month.none", lang), st.body)]
    total = v.total
    pairs = [
        (text("month.entries", lang), number_text(v.entries)),
        (text("month.planned", lang), number_text(total.planned)),
        (text("month.rate", lang), _rate(total.done, total.judged, lang)),
        *(
            (
                text(f"trade.{line.trade.value}", lang),
                _rate(line.completion.done, line.completion.judged, lang),
            )
            for line in v.trades
        ),
    ]
    figures = Table(
        [[paragraph(k, st.cell), paragraph(value, st.cell_right)] for k, value in pairs],
        colWidths=[50 * mm, 45 * mm],
        hAlign="LEFT",
    )
    figures.setStyle(grid_style(st.font, header_rows=0))
    return [
        *heading,
        figures,
        Spacer(1, 1 * mm),
        paragraph(text("month.basis", lang), st.small),
        Spacer(1, 3 * mm),
        KeepTogether([paragraph(text("month.by_area", lang), st.subheading), _areas(v, context)]),
        Spacer(1, 3 * mm),
        *_reasons(v, context),
    ]


def _rate(done: int, judged: int, lang: str) -> str:
    if not judged:
        return text("no_data", lang)
    return f"{rate_text(done, judged, lang)} ({done:,} / {judged:,})"


def _area_row(line: WorklogAreaLine, context: StoryContext) -> list[object]:
    lang, st = context.lang, context.st
    c = line.completion
    return [
        paragraph(text(f"trade.{line.trade.value}", lang), st.cell),
        paragraph(line.area or text("week.total", lang), st.cell),
        number_text(c.planned),
        number_text(c.done),
        number_text(c.not_done),
        number_text(c.missing),
        rate_text(c.done, c.judged, lang),
    ]


def _areas(v: WorklogValues, context: StoryContext) -> Table:
    lang, st = context.lang, context.st
    keys = (
        "col.trade",
        "col.area",
        "col.planned",
        "col.done",
        "col.not_done",
        "col.missing",
        "col.rate",
    )
    rows: list[list[object]] = [[paragraph(text(k, lang), st.cell) for k in keys]]
    rows += [_area_row(line, context) for line in (*v.areas, *v.trades)]
    widths = [w * CONTENT_WIDTH / 100 for w in (12, 30, 11, 11, 11, 11, 14)]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = grid_style(st.font, numeric_from=2)
    style.add("FONTNAME", (0, len(rows) - len(v.trades)), (-1, -1), st.font)
    style.add(
        "LINEABOVE", (0, len(rows) - len(v.trades)), (-1, len(rows) - len(v.trades)), 0.6, "#2F5D8A"
    )
    table.setStyle(style)
    return table


def _reasons(v: WorklogValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    title = paragraph(text("month.reasons", lang), st.subheading)
    if not v.reasons:
        return [
            CondPageBreak(HEADING_ROOM),
            title,
            paragraph(text("month.no_reasons", lang), st.body),
        ]
    rows: list[list[object]] = [
        [paragraph(text("col.reason", lang), st.cell), text("col.times", lang)]
    ]
    rows += [
        [paragraph(r.reason, st.cell), number_text(r.count)] for r in v.reasons[:REASONS_SHOWN]
    ]
    table = Table(
        rows, colWidths=[CONTENT_WIDTH * 0.7, CONTENT_WIDTH * 0.15], repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(grid_style(st.font, numeric_from=1))
    return [CondPageBreak(HEADING_ROOM), title, table]
