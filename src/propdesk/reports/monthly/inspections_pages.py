"""The inspections' section in the PDF: the month's figures (inspections, items
passed, notices issued, closed and still open), the pass rate per kind as a chart
and a table, the month's failed items with the notice or ticket each led to, and the
equipment whose next service or expiry falls in the month after."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from propdesk.reports.monthly.blocks import StoryContext, chart_block, filled_columns, paragraph
from propdesk.reports.monthly.formatting import local_time_text, number_text, share_text
from propdesk.reports.monthly.inspections_chart import pass_rates
from propdesk.reports.monthly.inspections_values import InspectionValues
from propdesk.reports.monthly.labels import month_title, text
from propdesk.reports.monthly.styles import CONTENT_WIDTH, RULE, grid_style

# A subheading never ends a page: this much room below it. The guard also ends the
# block the signatures are kept with (keep_tail), so that block is the equipment's.
HEADING_ROOM = 35 * mm


def inspections_story(figures: InspectionValues, context: StoryContext) -> list[Flowable]:
    return [
        *_figures(figures, context),
        *_failed(figures, context),
        *_equipment(figures, context),
    ]


def _ratio(good: int, total: int, lang: str) -> str:
    if not total:
        return text("outcome.no_data", lang)
    return f"{share_text(good, total, lang)} ({good:,} / {total:,})"


def _figures(v: InspectionValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    heading = context.heading(text("section.inspections", lang))
    basis = paragraph(text("inspections.basis", lang, as_of=local_time_text(v.as_of)), st.small)
    passed, judged = v.items
    pairs = [
        (text("inspections.made", lang), number_text(v.inspections)),
        (text("inspections.failed", lang), number_text(v.failed_inspections)),
        (text("inspections.items_judged", lang), number_text(judged)),
        (text("inspections.items_failed", lang), number_text(judged - passed)),
        (text("inspections.pass_rate", lang), _ratio(passed, judged, lang)),
        (text("inspections.reinspections", lang), number_text(v.reinspections)),
        (text("inspections.notices_issued", lang), number_text(v.notices_issued)),
        (text("inspections.notices_closed", lang), number_text(v.notices_closed)),
        (text("inspections.notices_live", lang), number_text(v.notices_live)),
        (text("inspections.notices_overdue", lang), number_text(v.notices_overdue)),
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
    table = Table(rows, colWidths=[key_width, CONTENT_WIDTH / 2 - key_width] * 2, hAlign="LEFT")
    style = grid_style(st.font)
    style.add("LINEBEFORE", (2, 0), (2, -1), 0.6, RULE)
    table.setStyle(style)
    flow: list[Flowable] = [*heading, table, Spacer(1, 1 * mm), basis, Spacer(1, 3 * mm)]
    if not v.rates:
        return [*flow, paragraph(text("inspections.none", lang), st.body)]
    chart = pass_rates(v.rates, CONTENT_WIDTH, st.font, lang)
    return [
        *flow,
        KeepTogether(
            [*chart_block(text("chart.pass_rates", lang), chart, st), _rates_table(v, context)]
        ),
        Spacer(1, 3 * mm),
    ]


def _rates_table(v: InspectionValues, context: StoryContext) -> Table:
    lang, st = context.lang, context.st
    keys = (
        "inspections.kind",
        "inspections.count",
        "inspections.failed_count",
        "inspections.judged",
        "inspections.passed",
        "inspections.rate",
    )
    rows: list[list[object]] = [[paragraph(text(k, lang), st.cell) for k in keys]]
    rows += [
        [
            paragraph(text(f"inspection_kind.{r.kind.value}", lang), st.cell),
            number_text(r.inspections),
            number_text(r.failed_inspections),
            number_text(r.items_judged),
            number_text(r.items_passed),
            share_text(r.items_passed, r.items_judged, lang),
        ]
        for r in v.rates
    ]
    table = Table(rows, colWidths=_widths((34, 13, 13, 13, 13, 14)), repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(st.font, numeric_from=1))
    return table


def _failed(v: InspectionValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    title = _subheading(text("inspections.failed_items", lang), context)
    if not v.failed_items:
        return [*title, paragraph(text("inspections.no_failed", lang), st.body)]
    as_of = local_time_text(v.as_of)
    note = _listed(
        "inspections.failed_note", v.failed_total, len(v.failed_items), lang, as_of=as_of
    )
    keys = (
        "col.inspection",
        "col.inspected",
        "col.checklist",
        "col.area",
        "col.item",
        "col.notice",
        "col.repair_ticket",
    )
    body = [
        [
            item.inspection,
            _short_time(item.inspected_at),
            item.checklist,
            item.area,
            item.item,
            item.notice,
            item.ticket,
        ]
        for item in v.failed_items
    ]
    states = [
        text(f"rectification_state.{item.notice_state.value}", lang)
        if item.notice_state is not None
        else ""
        for item in v.failed_items
    ]
    # In points, so a number or a time stays on one line; the notice's state goes
    # under its number (a column of its own would squeeze the numbers onto two lines).
    parts = (72, 58, 64, 52, 98, 76, 72)
    shown = filled_columns(body)
    notice = keys.index("col.notice")
    rows: list[list[object]] = [[paragraph(text(keys[i], lang), st.cell) for i in shown]]
    for row, state in zip(body, states, strict=True):
        cells: list[object] = []
        for i in shown:
            cell = paragraph(row[i], st.cell)
            cells.append([cell, paragraph(state, st.cell)] if i == notice and state else cell)
        rows.append(cells)
    table = Table(rows, colWidths=_widths([parts[i] for i in shown]), repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(st.font))
    return [*title, paragraph(note, st.body), table, Spacer(1, 3 * mm)]


def _equipment(v: InspectionValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    month = month_title(v.next_month.first.year, v.next_month.first.month, lang)
    title = _subheading(text("inspections.equipment_due", lang, month=month), context)
    expired = (
        text("inspections.expired", lang, count=f"{v.expired:,}")
        if v.expired
        else text("inspections.none_expired", lang)
    )
    if not v.due_items:
        return [
            *title,
            paragraph(text("inspections.no_equipment_due", lang, month=month), st.body),
            paragraph(expired, st.body),
        ]
    as_of = local_time_text(v.register_as_of)
    note = _listed(
        "inspections.equipment_note", v.due_total, len(v.due_items), lang, month=month, as_of=as_of
    )
    keys = ("col.equipment_code", "col.equipment_kind", "col.location", "col.due_on", "col.due_for")
    rows: list[list[object]] = [[paragraph(text(k, lang), st.cell) for k in keys]]
    rows += [
        [
            paragraph(item.code, st.cell),
            paragraph(text(f"equipment_kind.{item.kind.value}", lang), st.cell),
            paragraph(item.place, st.cell),
            item.due_on.isoformat(),
            paragraph(text("due.expiry" if item.expiry else "due.service", lang), st.cell),
        ]
        for item in v.due_items
    ]
    table = Table(rows, colWidths=_widths((22, 20, 40, 14, 16)), repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(st.font))
    return [*title, paragraph(note, st.body), table, Spacer(1, 1 * mm), paragraph(expired, st.body)]


def _listed(key: str, total: int, shown: int, lang: str, **more: str) -> str:
    """The note above a list: how many there are and, when the list is cut short
    (`key`; else `key`_all), how many it shows."""
    chosen = key if shown < total else f"{key}_all"
    return text(chosen, lang, total=f"{total:,}", shown=f"{shown:,}", **more)


def _subheading(title: str, context: StoryContext) -> list[Flowable]:
    return [CondPageBreak(HEADING_ROOM), paragraph(title, context.st.subheading)]


def _short_time(moment: datetime) -> str:
    """12-04 09:00: the month is the report's, the year need not be said again."""
    return local_time_text(moment)[5:]


def _widths(parts: Sequence[float]) -> list[float]:
    """Column widths in proportion to `parts`, filling the text width."""
    total = sum(parts)
    return [CONTENT_WIDTH * p / total for p in parts]
