"""The patrols' section in the PDF: the month's figures, each day's slots on time,
late and missed against the target, the late and missed slots, each guard's figures,
and the findings with what became of them (a repair ticket, closed or open; resolved
or not). A month without any patrol record says so in one line."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from propdesk.domain.service_targets import DEFAULT_THRESHOLDS, TargetKey, TargetResult
from propdesk.reports.monthly import charts
from propdesk.reports.monthly.blocks import StoryContext, chart_block, filled_columns, paragraph
from propdesk.reports.monthly.formatting import number_text, share_text
from propdesk.reports.monthly.patrol_values import PatrolValues
from propdesk.reports.monthly.styles import CONTENT_WIDTH, RULE, grid_style
from propdesk.reports.patrol.cells import cell, lines_cell
from propdesk.reports.patrol.labels import patrol_label
from propdesk.reports.patrol.look import VERDICT_FILLS

# Column widths in parts (mm) of the text width, so a time, a finding's or a ticket's
# number and "Resolved" each stay on one line (measured at the cell size, 8.5 pt).
LATE_COLUMNS = (30, 18, 40, 40)
GUARD_COLUMNS = (40, 20, 20, 20, 20, 20, 24)
FINDING_COLUMNS = (27, 26, 42, 38, 26, 15)
HEADING_ROOM = 35 * mm  # a subheading never ends a page: this much room below it


def patrol_story(values: PatrolValues, context: StoryContext) -> list[Flowable]:
    """The patrols' section (patrol_section.PatrolFigures)."""
    lang, st = context.lang, context.st
    flow = context.heading(patrol_label("section.patrol", lang))
    if values.is_empty:
        return [*flow, paragraph(patrol_label("month.none", lang), st.body)]
    return [
        *flow,
        *_figures(values, context),
        *_late_and_missed(values, context),
        *_guards(values, context),
        *_findings(values, context),
    ]


def _widths(parts: Sequence[float]) -> list[float]:
    total = sum(parts)
    return [CONTENT_WIDTH * p / total for p in parts]


def _time_text(moment: datetime) -> str:
    """Local "MM-DD HH:MM": the month is the report's."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"expected a timezone-aware datetime, got {moment!r}")
    return moment.astimezone().strftime("%m-%d %H:%M")


def _subheading(title: str, context: StoryContext) -> list[Flowable]:
    return [CondPageBreak(HEADING_ROOM), paragraph(title, context.st.subheading)]


def _threshold(targets: Sequence[TargetResult]) -> Decimal:
    for result in targets:
        if result.key is TargetKey.PATROLS:
            return result.threshold
    return DEFAULT_THRESHOLDS[TargetKey.PATROLS]


# -- the figures and the chart ---------------------------------------------------------
def _figures(v: PatrolValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    judged = v.on_time + v.late + v.missed
    share = f"{share_text(v.on_time, judged, lang)} ({v.on_time:,} / {judged:,})" if judged else "–"
    pairs = [
        ("month.scheduled", number_text(v.scheduled)),
        ("month.on_time_share", share),
        ("month.on_time", number_text(v.on_time)),
        ("month.rounds", number_text(v.rounds)),
        ("month.late", number_text(v.late)),
        ("month.extra_rounds", number_text(v.extra_rounds)),
        ("month.missed", number_text(v.missed)),
        ("month.abandoned", number_text(v.abandoned)),
        ("month.visits", number_text(v.visits)),
        ("month.skipped", number_text(v.skipped_checkpoints)),
        ("month.too_fast", number_text(v.too_fast_rounds)),
        ("month.findings", number_text(v.findings_total)),
        ("month.tickets", number_text(v.tickets_opened)),
        ("month.findings_open", number_text(v.findings_open)),
    ]
    header: list[object] = [patrol_label("month.figure", lang), patrol_label("month.value", lang)]
    rows: list[list[object]] = [header + header]
    for i in range(0, len(pairs), 2):
        row: list[object] = []
        for key, value in pairs[i : i + 2]:
            row += [paragraph(patrol_label(key, lang), st.cell), paragraph(value, st.cell_right)]
        rows.append(row)
    key_width = 44 * mm
    value_width = CONTENT_WIDTH / 2 - key_width
    table = Table(rows, colWidths=[key_width, value_width] * 2, hAlign="LEFT")
    style = grid_style(st.font)
    style.add("LINEBEFORE", (2, 0), (2, -1), 0.6, RULE)
    table.setStyle(style)
    names = (
        patrol_label("verdict.on_time", lang),
        patrol_label("verdict.late", lang),
        patrol_label("verdict.missed", lang),
    )
    chart = charts.patrols_by_day(
        v.days, _threshold(context.targets), CONTENT_WIDTH, st.font, lang, names
    )
    return [
        table,
        Spacer(1, 2 * mm),
        KeepTogether(chart_block(patrol_label("month.chart", lang), chart, st)),
    ]


# -- the late and missed slots ---------------------------------------------------------
def _late_and_missed(v: PatrolValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    flow = _subheading(patrol_label("month.late_heading", lang), context)
    if not v.missed_slots:
        return [*flow, paragraph(patrol_label("month.late_none", lang), st.body)]
    if v.missed_slots_total > len(v.missed_slots):
        note = patrol_label(
            "month.late_note", lang, shown=len(v.missed_slots), total=v.missed_slots_total
        )
        flow.append(paragraph(note, st.body))
    keys = ("col.time", "col.result", "col.route", "col.guard")
    body = [
        [
            _time_text(slot.at),
            patrol_label(f"verdict.{slot.verdict.value}", lang),
            slot.route,
            slot.guard,
        ]
        for slot in v.missed_slots
    ]
    # Only missed slots: no route and no guard to name, so no such columns.
    shown = filled_columns(body)
    rows: list[list[object]] = [[paragraph(patrol_label(keys[i], lang), st.cell) for i in shown]]
    rows += [[cell(row[i], st.cell) for i in shown] for row in body]
    widths = [_widths(LATE_COLUMNS)[i] for i in shown]  # narrower, not stretched
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = grid_style(st.font)
    result = shown.index(1)  # the verdict is never empty
    for index, slot in enumerate(v.missed_slots, start=1):
        if slot.verdict in VERDICT_FILLS:
            style.add("BACKGROUND", (result, index), (result, index), VERDICT_FILLS[slot.verdict])
    table.setStyle(style)
    return [*flow, table]


# -- the guards ------------------------------------------------------------------------
def _guards(v: PatrolValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    if not v.guards:
        return []
    keys = (
        "col.guard",
        "col.rounds",
        "month.on_time",
        "month.late",
        "col.too_fast",
        "month.findings",
        "month.on_time_share",
    )
    rows: list[list[object]] = [[paragraph(patrol_label(k, lang), st.cell) for k in keys]]
    for g in v.guards:
        rows.append(
            [
                cell(g.guard, st.cell),
                *(
                    paragraph(number_text(n), st.cell_right)
                    for n in (g.rounds, g.on_time, g.late, g.too_fast, g.findings)
                ),
                paragraph(share_text(g.on_time, g.judged, lang), st.cell_right),
            ]
        )
    table = Table(rows, colWidths=_widths(GUARD_COLUMNS), repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(st.font))
    return [*_subheading(patrol_label("month.guards_heading", lang), context), table]


# -- the findings ----------------------------------------------------------------------
def _findings(v: PatrolValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    flow = _subheading(patrol_label("month.findings_heading", lang), context)
    if not v.findings:
        return [*flow, paragraph(patrol_label("month.findings_none", lang), st.body)]
    note = patrol_label(
        "month.findings_note",
        lang,
        total=v.findings_total,
        open=v.findings_open,
        shown=len(v.findings),
    )
    keys = ("col.finding", "col.where", "col.seen", "col.action", "col.ticket", "col.resolved")
    rows: list[list[object]] = [[paragraph(patrol_label(k, lang), st.cell) for k in keys]]
    none = patrol_label("none", lang)
    for f in v.findings:
        ticket = [f.ticket] if f.ticket else [none]
        if f.ticket and f.ticket_closed is not None:
            ticket.append(patrol_label("ticket.closed" if f.ticket_closed else "ticket.open", lang))
        category = patrol_label(f"category.{f.category.value}", lang)
        rows.append(
            [
                lines_cell([f.number, _time_text(f.seen_at)], st.cell),
                lines_cell([f.checkpoint, category], st.cell),
                cell(f.seen, st.cell),
                cell(f.action or none, st.cell),
                lines_cell(ticket, st.cell),
                paragraph(patrol_label("yes" if f.resolved else "no", lang), st.cell_centre),
            ]
        )
    table = Table(rows, colWidths=_widths(FINDING_COLUMNS), repeatRows=1, hAlign="LEFT")
    style = grid_style(st.font)
    style.add("VALIGN", (0, 1), (-1, -1), "TOP")
    table.setStyle(style)
    return [*flow, paragraph(note, st.body), table]
