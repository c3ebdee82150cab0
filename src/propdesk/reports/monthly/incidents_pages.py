"""The safety incidents' section in the PDF: the month's and the year's counts, the
year's incidents by kind, and the month's incidents as a table (number, time, kind,
place, summary, police/fire report number, state)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from propdesk.reports.incidents.labels import incident_label
from propdesk.reports.monthly.blocks import StoryContext, paragraph
from propdesk.reports.monthly.formatting import local_time_text, number_text
from propdesk.reports.monthly.incidents_values import IncidentLine, IncidentValues
from propdesk.reports.monthly.styles import CONTENT_WIDTH, RULE, grid_style

COUNTS = 5  # the figures before the year by kind are counts, set to the right
SUMMARY_MAX = 80  # characters of what happened the list prints (the report has it all)


def incidents_story(v: IncidentValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    words = incident_label
    heading = context.heading(words("section", lang))
    kinds = "、".join(f"{words(f'kind.{k}', lang)} {n}" for k, n in v.by_kind) or "—"
    if lang == "en":
        kinds = ", ".join(f"{words(f'kind.{k}', lang)} {n}" for k, n in v.by_kind) or "—"
    pairs = [
        (words("month_count", lang), number_text(v.month_count)),
        (words("year_count", lang), number_text(v.year_count)),
        (words("open_count", lang), number_text(v.open_count)),
        (words("overdue_actions", lang), number_text(v.overdue_actions)),
        (words("police_count", lang), number_text(v.called)),
        (words("by_kind", lang), kinds),
    ]
    header: list[object] = [words("figure", lang), words("value", lang)]
    rows: list[list[object]] = [header + header]
    for i in range(0, len(pairs), 2):
        rows.append(
            [
                paragraph(pairs[i][0], st.cell),
                paragraph(pairs[i][1], st.cell_right if i < COUNTS else st.cell),
                paragraph(pairs[i + 1][0], st.cell),
                paragraph(pairs[i + 1][1], st.cell_right if i + 1 < COUNTS else st.cell),
            ]
        )
    key_width = 36 * mm
    table = Table(rows, colWidths=[key_width, CONTENT_WIDTH / 2 - key_width] * 2, hAlign="LEFT")
    style = grid_style(st.font)
    style.add("LINEBEFORE", (2, 0), (2, -1), 0.6, RULE)
    table.setStyle(style)
    basis = paragraph(words("basis", lang, as_of=local_time_text(v.as_of)), st.small)
    flow: list[Flowable] = [*heading, table, Spacer(1, 1 * mm), basis, Spacer(1, 3 * mm)]
    if not v.lines:
        return [*flow, paragraph(words("none_this_month", lang), st.body), Spacer(1, 3 * mm)]
    return [*flow, _lines(v.lines, context), Spacer(1, 3 * mm)]


def _report_numbers(line: IncidentLine) -> str:
    return " / ".join(n for n in (line.police_report, line.fire_report) if n)


def _lines(lines: tuple[IncidentLine, ...], context: StoryContext) -> Table:
    lang, st = context.lang, context.st
    words = incident_label
    keys = (
        "col.number",
        "col.occurred_at",
        "col.kind",
        "col.place",
        "col.summary",
        "col.reports",
        "col.state",
    )
    rows: list[list[object]] = [[paragraph(words(k, lang), st.cell) for k in keys]]
    for line in lines:
        summary = line.title
        if line.summary:
            more = line.summary[:SUMMARY_MAX] + ("…" if len(line.summary) > SUMMARY_MAX else "")
            summary = f"{line.title}：{more}" if lang != "en" else f"{line.title}: {more}"
        state = words(f"state.{line.state}", lang)
        if line.actions_overdue:
            state = f"{state}（{words('overdue_actions', lang)} {line.actions_overdue}）"
        rows.append(
            [
                paragraph(line.number, st.cell),
                paragraph(local_time_text(line.occurred_at), st.cell),
                paragraph(words(f"kind.{line.kind}", lang), st.cell),
                paragraph(line.place, st.cell),
                paragraph(summary, st.cell),
                paragraph(_report_numbers(line), st.cell),
                paragraph(state, st.cell),
            ]
        )
    parts = (24, 20, 14, 22, 50, 30, 18)
    scale = CONTENT_WIDTH / sum(parts)
    table = Table(rows, colWidths=[p * scale for p in parts], repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(st.font))
    return table
