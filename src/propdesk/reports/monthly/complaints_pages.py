"""The complaints' section in the PDF: the month's figures (received, answered in
time, the complainants' verdicts, follow-ups), the Pareto chart by category (drawn
from the analysis' own chart definition, analysis_chart), the places complained about
again and again, then the oldest complaints still open at the month's end."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from propdesk.reports.monthly import analysis_chart
from propdesk.reports.monthly.blocks import StoryContext, chart_block, filled_columns, paragraph
from propdesk.reports.monthly.complaints_values import ComplaintValues
from propdesk.reports.monthly.formatting import local_time_text, number_text, share_text
from propdesk.reports.monthly.labels import text
from propdesk.reports.monthly.styles import CONTENT_WIDTH, RULE, grid_style


def complaints_story(figures: ComplaintValues, context: StoryContext) -> list[Flowable]:
    return [*_figures(figures, context), *_repeats(figures, context), *_open(figures, context)]


def _ratio(good: int, total: int, lang: str) -> str:
    if not total:
        return text("outcome.no_data", lang)
    return f"{share_text(good, total, lang)} ({good:,} / {total:,})"


def _figures(c: ComplaintValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    heading = context.heading(text("section.complaints", lang))
    if not c.received:
        return [*heading, paragraph(text("complaints.none", lang), st.body)]
    judged = c.compliance
    s = c.satisfaction
    mean = s.mean_rating
    rating = (
        text("repairs.rating_value", lang, value=f"{mean:.2f}", count=f"{s.rated:,}")
        if mean is not None
        else text("outcome.no_data", lang)
    )
    pairs = [
        (text("complaints.received", lang), number_text(c.received)),
        (text("complaints.in_time", lang), _ratio(judged.in_time, judged.judged, lang)),
        (text("complaints.late", lang), number_text(judged.late)),
        (text("complaints.overdue", lang), number_text(judged.overdue)),
        (text("complaints.verdict_share", lang), _ratio(c.satisfied_verdicts, s.verdicts, lang)),
        (text("complaints.sent_back", lang), number_text(s.satisfied_later)),
        (text("complaints.not_satisfied", lang), number_text(s.not_satisfied)),
        (text("complaints.follow_up_rate", lang), _ratio(s.rated, s.closed, lang)),
        (text("repairs.average_rating", lang), rating),
        (text("complaints.open", lang), number_text(c.open_total)),
    ]
    header: list[object] = [text("repairs.figure", lang), text("repairs.value", lang)]
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
    key_width = 40 * mm
    value_width = CONTENT_WIDTH / 2 - key_width
    table = Table(rows, colWidths=[key_width, value_width] * 2, hAlign="LEFT")
    style = grid_style(st.font)
    style.add("LINEBEFORE", (2, 0), (2, -1), 0.6, RULE)
    table.setStyle(style)
    basis = text("complaints.basis", lang, as_of=local_time_text(c.open_as_of))
    chart = analysis_chart.draw(c.pareto_chart, CONTENT_WIDTH, st.font, lang)
    return [
        *heading,
        table,
        Spacer(1, 1 * mm),
        paragraph(basis, st.small),
        Spacer(1, 3 * mm),
        KeepTogether(
            [*chart_block(text("chart.pareto", lang), chart, st), _pareto_table(c, context)]
        ),
    ]


def _pareto_table(c: ComplaintValues, context: StoryContext) -> Table:
    lang, st = context.lang, context.st
    rows: list[list[object]] = [
        [
            text("complaints.category", lang),
            text("complaints.count", lang),
            text("complaints.share", lang),
            text("complaints.cumulative", lang),
        ]
    ]
    running = 0
    for bar in c.pareto:
        running += bar.count
        rows.append(
            [
                paragraph(text(f"complaint_category.{bar.category.value}", lang), st.cell),
                number_text(bar.count),
                share_text(bar.count, c.received, lang),
                share_text(running, c.received, lang),
            ]
        )
    table = Table(rows, colWidths=[CONTENT_WIDTH / 4] * 4, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(st.font, numeric_from=1))
    return table


def _repeats(c: ComplaintValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    title = paragraph(text("complaints.repeats", lang), st.subheading)
    if not c.repeat_places:
        return [title, paragraph(text("complaints.no_repeats", lang), st.body)]
    rows: list[list[object]] = [
        [
            text("complaints.place", lang),
            text("complaints.times", lang),
            text("complaints.window", lang),
            text("complaints.in_90_days", lang),
        ]
    ]
    rows += [
        [
            paragraph(r.place, st.cell),
            number_text(r.count),
            f"{r.first.isoformat()} – {r.last.isoformat()}",
            number_text(r.total),
        ]
        for r in c.repeat_places
    ]
    widths = _widths((40, 14, 32, 14))
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(st.font, numeric_from=1))
    return [title, table, Spacer(1, 3 * mm)]


def _open(c: ComplaintValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    flow = context.heading(text("section.open_complaints", lang))
    if not c.open_items:
        return [*flow, paragraph(text("complaints.no_open", lang), st.body)]
    flow.append(
        paragraph(
            text(
                "complaints.open_items_note",
                lang,
                as_of=local_time_text(c.open_as_of),
                shown=len(c.open_items),
                total=c.open_total,
            ),
            st.body,
        )
    )
    keys = (
        "col.complaint",
        "col.received",
        "col.location",
        "complaints.category",
        "col.severity",
        "col.state",
        "col.handler",
        "col.answer_due",
        "col.overdue",
    )
    body = [
        [
            item.number,
            local_time_text(item.received_at),
            item.place,
            text(f"complaint_category.{item.category.value}", lang),
            text(f"complaint_severity.{item.severity.value}", lang),
            text(f"complaint_state.{item.state.value}", lang),
            item.handler,
            _short_time(item.due_at),
            text("yes", lang) if item.overdue else "",
        ]
        for item in c.open_items
    ]
    # In points, so a time stays on one line and no word is split.
    chinese = (66, 84, 60, 46, 44, 40, 40, 60, 28)
    english = (74, 78, 50, 50, 42, 50, 40, 56, 48)
    parts = english if lang == "en" else chinese
    shown = filled_columns(body)
    styles = {"col.overdue": st.cell_centre}
    rows: list[list[object]] = [[paragraph(text(keys[i], lang), st.cell) for i in shown]]
    rows += [[paragraph(row[i], styles.get(keys[i], st.cell)) for i in shown] for row in body]
    table = Table(rows, colWidths=_widths([parts[i] for i in shown]), repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(st.font))
    return [*flow, table]


def _short_time(moment: datetime) -> str:
    """10-04 09:00: the deadline beside the full time received, on one line."""
    return local_time_text(moment)[5:]


def _widths(parts: Sequence[float]) -> list[float]:
    """Column widths in proportion to `parts`, filling the text width."""
    total = sum(parts)
    return [CONTENT_WIDTH * p / total for p in parts]
