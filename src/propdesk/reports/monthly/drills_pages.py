"""The drills' section in the PDF: the month's figures, the month's sessions, and the
year's plan with each entry's state (done, due, overdue) in words."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from propdesk.reports.monthly.blocks import StoryContext, paragraph
from propdesk.reports.monthly.drills_labels import drill_text
from propdesk.reports.monthly.drills_values import DrillValues
from propdesk.reports.monthly.formatting import local_time_text, number_text
from propdesk.reports.monthly.styles import CONTENT_WIDTH, RULE, grid_style

HEADING_ROOM = 35 * mm
STATE_COLORS = {
    "overdue": colors.HexColor("#b00020"),
    "done_late": colors.HexColor("#a15c00"),
    "due": colors.HexColor("#a15c00"),
}


def drills_story(v: DrillValues, context: StoryContext) -> list[Flowable]:
    return [*_figures(v, context), *_sessions(v, context), *_plan(v, context)]


def _figures(v: DrillValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    heading = context.heading(drill_text("section.drills", lang))
    pairs = [
        (drill_text("drills.drills", lang), number_text(v.count("drill"))),
        (drill_text("drills.trainings", lang), number_text(v.count("training"))),
        (drill_text("drills.staff", lang), number_text(v.staff)),
        (drill_text("drills.residents", lang), number_text(v.residents)),
        (drill_text("drills.minutes", lang), number_text(v.minutes)),
        (
            drill_text("drills.problems", lang),
            number_text(sum(1 for s in v.sessions if s.has_problems)),
        ),
    ]
    header: list[object] = [drill_text("repairs.figure", lang), drill_text("repairs.value", lang)]
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
    return [*heading, table, Spacer(1, 3 * mm)]


def _sessions(v: DrillValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    title = _subheading(drill_text("drills.sessions", lang), context)
    if not v.sessions:
        return [*title, paragraph(drill_text("drills.none", lang), st.body), Spacer(1, 3 * mm)]
    keys = (
        "col.session",
        "col.held",
        "col.topic",
        "col.title",
        "col.organiser",
        "col.staff",
        "col.residents",
        "col.minutes",
    )
    rows: list[list[object]] = [[paragraph(drill_text(k, lang), st.cell) for k in keys]]
    rows += [
        [
            paragraph(s.number, st.cell),
            paragraph(local_time_text(s.held_at)[5:], st.cell),
            paragraph(drill_text(f"topic.{s.topic}", lang), st.cell),
            paragraph(s.title, st.cell),
            paragraph(s.organiser, st.cell),
            number_text(s.staff),
            number_text(s.residents),
            number_text(s.minutes),
        ]
        for s in v.sessions
    ]
    table = Table(
        rows, colWidths=_widths((27, 19, 24, 40, 15, 11, 11, 11)), repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(grid_style(st.font, numeric_from=5))
    return [*title, table, Spacer(1, 3 * mm)]


def _plan(v: DrillValues, context: StoryContext) -> list[Flowable]:
    lang, st = context.lang, context.st
    title = _subheading(drill_text("drills.plan", lang, year=v.year), context)
    if not v.plan:
        return [*title, paragraph(drill_text("drills.no_plan", lang), st.body)]
    summary = drill_text(
        "drills.plan_summary",
        lang,
        total=len(v.plan),
        done=v.plan_count("done", "done_late"),
        late=v.plan_count("done_late"),
        due=v.plan_count("due"),
        overdue=v.plan_count("overdue"),
        planned=v.plan_count("planned"),
    )
    keys = ("col.topic", "col.due_on", "col.state", "col.answered_by", "col.held_on", "col.notes")
    rows: list[list[object]] = [[paragraph(drill_text(k, lang), st.cell) for k in keys]]
    rows += [
        [
            paragraph(drill_text(f"topic.{e.topic}", lang), st.cell),
            e.due_on.isoformat(),
            # Plain text, so the grid's colour (red overdue, amber due) reaches it.
            drill_text(f"plan_state.{e.state}", lang),
            paragraph(e.session, st.cell),
            e.held_on.isoformat() if e.held_on else "",
            paragraph(e.notes, st.cell),
        ]
        for e in v.plan
    ]
    table = Table(rows, colWidths=_widths((30, 17, 16, 25, 17, 35)), repeatRows=1, hAlign="LEFT")
    style = grid_style(st.font)
    for i, entry in enumerate(v.plan, start=1):
        color = STATE_COLORS.get(entry.state)
        if color is not None:
            style.add("TEXTCOLOR", (2, i), (2, i), color)
    table.setStyle(style)
    basis = drill_text("drills.plan_basis", lang, as_of=local_time_text(v.as_of))
    return [
        *title,
        paragraph(summary, st.body),
        table,
        Spacer(1, 1 * mm),
        paragraph(basis, st.small),
        Spacer(1, 3 * mm),
    ]


def _subheading(title: str, context: StoryContext) -> list[Flowable]:
    return [CondPageBreak(HEADING_ROOM), paragraph(title, context.st.subheading)]


def _widths(parts: Sequence[float]) -> list[float]:
    total = sum(parts)
    return [CONTENT_WIDTH * p / total for p in parts]
