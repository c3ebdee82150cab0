"""The repairs' section in the PDF: the month's figures, arrival in time by priority,
the charts (by category, in time against the target, the backlog's age), then the
oldest tickets still open at the month's end."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from propdesk.domain.service_targets import TargetKey, TargetResult
from propdesk.reports.monthly import charts
from propdesk.reports.monthly.blocks import StoryContext, chart_block, filled_columns, paragraph
from propdesk.reports.monthly.formatting import age_text, local_time_text, number_text, share_text
from propdesk.reports.monthly.labels import text
from propdesk.reports.monthly.repairs_values import RepairValues
from propdesk.reports.monthly.styles import CONTENT_WIDTH, RULE, grid_style


def repairs_story(figures: RepairValues, context: StoryContext) -> list[Flowable]:
    return [*_figures(figures, context), *_open_items(figures, context)]


def _figures(r: RepairValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    a = r.arrival
    average = r.average_rating
    rating = (
        text("repairs.rating_value", lang, value=f"{average:.2f}", count=f"{r.rated:,}")
        if average is not None
        else text("outcome.no_data", lang)
    )
    judged = r.arrival_judged
    arrival = (
        f"{share_text(a.met, judged, lang)} ({a.met:,} / {judged:,})"
        if judged
        else text("outcome.no_data", lang)
    )
    pairs = [
        (text("repairs.opened", lang), number_text(r.opened)),
        (text("repairs.resolved", lang), number_text(r.resolved)),
        (text("repairs.cancelled", lang), number_text(r.cancelled)),
        (text("repairs.arrival", lang), arrival),
        (text("repairs.average_rating", lang), rating),
        (text("repairs.backlog", lang), number_text(r.backlog_total)),
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

    priority_rows: list[list[str]] = [
        [
            text("repairs.priority", lang),
            text("repairs.count", lang),
            text("repairs.judged", lang),
            text("repairs.in_time", lang),
            text("repairs.arrival", lang),
        ]
    ]
    for row in r.by_priority:
        p = row.arrival
        n = p.met + p.late + p.overdue
        priority_rows.append(
            [
                text(f"priority.{row.priority.value}", lang),
                number_text(row.opened),
                number_text(n),
                number_text(p.met),
                share_text(p.met, n, lang),
            ]
        )
    by_priority = Table(priority_rows, colWidths=[CONTENT_WIDTH / 5] * 5, hAlign="LEFT")
    by_priority.setStyle(grid_style(st.font, numeric_from=1))

    half = (CONTENT_WIDTH - 6 * mm) / 2
    categories = [(text(f"category.{c.value}", lang), n) for c, n in r.by_category]
    threshold = _arrival_threshold(context.targets)
    side_by_side = Table(
        [
            [
                chart_block(
                    text("chart.by_category", lang),
                    charts.by_category(categories, half, st.font),
                    st,
                ),
                chart_block(
                    text("chart.sla", lang),
                    charts.arrival_by_priority(r.by_priority, threshold, half, st.font, lang),
                    st,
                ),
            ]
        ],
        colWidths=[half + 6 * mm, half],
        hAlign="LEFT",
    )
    side_by_side.setStyle(
        TableStyle(
            [
                # Every table names the font, even one holding only flowables: a cell's
                # default (Helvetica) would be listed in the PDF, never embedded.
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    as_of = local_time_text(r.backlog_as_of)
    return [
        *context.heading(text("section.repairs", lang)),
        table,
        Spacer(1, 4 * mm),
        by_priority,
        Spacer(1, 2 * mm),
        KeepTogether([side_by_side]),
        KeepTogether(
            chart_block(
                text("chart.backlog", lang, as_of=as_of),
                charts.backlog_age(r.backlog, CONTENT_WIDTH, st.font, lang),
                st,
            )
        ),
    ]


def _arrival_threshold(targets: Sequence[TargetResult]) -> Decimal:
    for result in targets:
        if result.key is TargetKey.REPAIR_ARRIVAL:
            return result.threshold
    return Decimal(95)


# -- the tickets open at the end -------------------------------------------------------
def _open_items(r: RepairValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    flow = context.heading(text("section.open_items", lang))
    if not r.open_items:
        return [*flow, paragraph(text("repairs.no_open", lang), st.body)]
    flow.append(
        paragraph(
            text(
                "repairs.open_items_note",
                lang,
                as_of=local_time_text(r.backlog_as_of),
                shown=len(r.open_items),
                total=r.backlog_total,
            ),
            st.body,
        )
    )
    keys = (
        "col.number",
        "col.reported",
        "col.location",
        "repairs.category",
        "repairs.priority",
        "col.state",
        "col.technician",
        "col.age",
        "col.overdue",
    )
    body = [
        [
            item.number,
            local_time_text(item.reported_at),
            item.location,
            text(f"category.{item.category.value}", lang),
            text(f"priority.{item.priority.value}", lang),
            text(f"state.{item.state.value}", lang),
            item.technician,
            age_text(item.age, lang),
            text("yes", lang) if item.overdue else "",
        ]
        for item in r.open_items
    ]
    # Measured in points so a time stays on one line, and no word is split: Chinese
    # needs room for 待业主确认报价, English for "Emergency" and "Technician".
    chinese = (70, 86, 66, 50, 44, 66, 44, 36, 28)
    english = (72, 80, 46, 54, 52, 58, 52, 28, 44)
    parts = english if lang == "en" else chinese
    # No ticket overdue, none dispatched yet: those columns are left out, not blank.
    shown = filled_columns(body)
    styles = {"col.age": st.cell_right, "col.overdue": st.cell_centre}
    rows: list[list[object]] = [[paragraph(text(keys[i], lang), st.cell) for i in shown]]
    rows += [[paragraph(row[i], styles.get(keys[i], st.cell)) for i in shown] for row in body]
    table = Table(rows, colWidths=_widths([parts[i] for i in shown]), repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(st.font))
    return [*flow, table]


def _widths(parts: Sequence[float]) -> list[float]:
    """Column widths in proportion to `parts`, filling the text width."""
    total = sum(parts)
    return [CONTENT_WIDTH * p / total for p in parts]
