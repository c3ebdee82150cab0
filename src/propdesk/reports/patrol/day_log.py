"""A day's patrol log (巡逻日志) as an A4 PDF: the summary, every slot and how it was
answered, each round's checkpoint times, the findings and what was done, and the
lines the guard and the supervisor sign. It runs over as many pages as the day needs,
with the estate, the title and the day atop each page and "page x of y" at its foot.

Results are words, never colour alone (a late or missed slot is shaded as well);
times print in the station's local time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from propdesk.reports.labels import normalise_lang
from propdesk.reports.monthly.blocks import paragraph
from propdesk.reports.monthly.styles import (
    CONTENT_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    Styles,
    grid_style,
    styles,
)
from propdesk.reports.patrol.cells import cell, lines_cell
from propdesk.reports.patrol.day_log_model import (
    LogFinding,
    LogRound,
    LogSlot,
    LogVisit,
    PatrolDayLog,
)
from propdesk.reports.patrol.day_log_pages import LogFurniture, numbered_canvas, page_template
from propdesk.reports.patrol.day_log_text import (
    day_break_text,
    finding_cells,
    flags_text,
    hour_text,
    local_day,
    reached_text,
    result_text,
    round_heading,
    slot_rows,
    stamp_text,
    summary,
    visits_text,
    walked_text,
)
from propdesk.reports.patrol.labels import patrol_label
from propdesk.reports.patrol.look import VERDICT_FILLS
from propdesk.reports.slips.pdf import CREATOR

__all__ = ["LogFinding", "LogRound", "LogSlot", "LogVisit", "PatrolDayLog", "day_log_pdf"]

# Column widths in parts of the text width, so a time, a round number and a ticket
# number each stay on one line (measured at the cell size, 8.5 pt).
SLOT_COLUMNS = (12, 16, 26, 24, 17, 22, 12, 45)
SLOT_COLUMNS_EN = (12, 21, 26, 22, 17, 22, 15, 39)
VISIT_COLUMNS = (36, 138)
FINDING_COLUMNS = (28, 27, 36, 36, 21, 26)
DAY_BREAK_FILL = colors.HexColor("#DCE6F0")
HEADING_ROOM = 35 * mm  # a heading never ends a page: this much room below it or a new page


def _widths(parts: Sequence[float]) -> list[float]:
    total = sum(parts)
    return [CONTENT_WIDTH * p / total for p in parts]


def _heading(title: str, st: Styles) -> list[Flowable]:
    return [CondPageBreak(HEADING_ROOM), paragraph(title, st.subheading)]


# -- the title and the summary ---------------------------------------------------------
def _title(log: PatrolDayLog, lang: str, st: Styles) -> list[Flowable]:
    s = summary(log)
    pairs = [
        (patrol_label("log.date", lang), log.day.isoformat()),
        (
            patrol_label("log.slots", lang),
            patrol_label(
                "log.slots_value",
                lang,
                slots=s.slots,
                on_time=s.on_time,
                late=s.late,
                missed=s.missed,
            ),
        ),
        (
            patrol_label("log.rounds", lang),
            patrol_label(
                "log.rounds_value", lang, rounds=s.rounds, extra=s.extra, abandoned=s.abandoned
            ),
        ),
        (
            patrol_label("log.findings", lang),
            patrol_label("log.findings_value", lang, count=len(log.findings)),
        ),
        (
            patrol_label("log.refused", lang),
            patrol_label("log.refused_value", lang, count=log.refused_scans),
        ),
    ]
    facts = Table(
        [[paragraph(k, st.cell), cell(v, st.cell)] for k, v in pairs],
        colWidths=[32 * mm, CONTENT_WIDTH - 32 * mm],
        hAlign="LEFT",
    )
    facts.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [
        cell(log.estate, st.cover_office),
        paragraph(patrol_label("log.title", lang), st.cover_month),
        Spacer(1, 3 * mm),
        facts,
        Spacer(1, 3 * mm),
    ]


# -- the tables of slots and of rounds ---------------------------------------------------
class _Grid:
    """A table being filled: its rows, its style, and a spanning row wherever the
    rows reach a later day (so the times need no date)."""

    def __init__(self, headers: Sequence[str], log: PatrolDayLog, lang: str, st: Styles):
        self.st, self.lang, self.log = st, lang, log
        self.rows: list[list[Flowable | str]] = [[paragraph(h, st.cell) for h in headers]]
        self.style = grid_style(st.font)
        self.day = log.day

    def day_of(self, moment: datetime) -> None:
        """Open the rows of `moment`'s day if it is later than the rows' so far."""
        day = local_day(moment)
        if day <= self.day:
            return
        self.day = day
        index = len(self.rows)
        self.rows.append([paragraph(day_break_text(day, self.log.day, self.lang), self.st.cell)])
        self.rows[-1] += [""] * (len(self.rows[0]) - 1)
        self.style.add("SPAN", (0, index), (-1, index))
        self.style.add("BACKGROUND", (0, index), (-1, index), DAY_BREAK_FILL)

    def add(self, cells: Sequence[Flowable | str]) -> int:
        self.rows.append([cell(c, self.st.cell) if isinstance(c, str) else c for c in cells])
        return len(self.rows) - 1

    def table(self, parts: Sequence[float]) -> Table:
        table = Table(self.rows, colWidths=_widths(parts), repeatRows=1, hAlign="LEFT")
        table.setStyle(self.style)
        return table


# -- the slots and the rounds answering them ------------------------------------------
def _slots(log: PatrolDayLog, lang: str, st: Styles) -> list[Flowable]:
    flow = _heading(patrol_label("log.slot_table", lang), st)
    rows = slot_rows(log)
    if not rows:
        return [*flow, paragraph(patrol_label("log.no_slots", lang), st.body)]
    keys = ("slot", "result", "round", "route", "guard", "walked", "reached", "notes")
    grid = _Grid([patrol_label(f"col.{key}", lang) for key in keys], log, lang, st)
    for row in rows:
        grid.day_of(row.at)
        r = row.round
        time = ""
        if row.slot is not None:
            time = hour_text(row.slot.at)
        elif row.first:  # a round outside the schedule answers no slot
            time = patrol_label("none", lang)
        cells = [time, result_text(row, lang), row.number]
        if r is not None:
            cells += [r.route, r.guard, walked_text(r, lang), reached_text(r), flags_text(r, lang)]
        else:
            cells += [""] * 5
        index = grid.add(cells)
        if row.slot is not None and row.slot.verdict in VERDICT_FILLS:
            grid.style.add("BACKGROUND", (1, index), (1, index), VERDICT_FILLS[row.slot.verdict])
    return [*flow, grid.table(SLOT_COLUMNS_EN if lang == "en" else SLOT_COLUMNS)]


# -- each round's checkpoints ----------------------------------------------------------
def _visits(log: PatrolDayLog, lang: str, st: Styles) -> list[Flowable]:
    if not log.rounds:
        return []
    flow = _heading(patrol_label("log.visit_table", lang), st)
    headers = (patrol_label("col.round", lang), patrol_label("log.visit_table", lang))
    grid = _Grid(headers, log, lang, st)
    for r in sorted(log.rounds, key=lambda r: (r.started_at, r.number)):
        grid.day_of(r.started_at)
        grid.add([lines_cell(round_heading(r), st.cell), visits_text(r, lang)])
    return [*flow, grid.table(VISIT_COLUMNS)]


# -- the findings ----------------------------------------------------------------------
def _findings(log: PatrolDayLog, lang: str, st: Styles) -> list[Flowable]:
    flow = _heading(patrol_label("log.finding_table", lang), st)
    if not log.findings:
        return [*flow, paragraph(patrol_label("log.no_findings", lang), st.body)]
    keys = ("finding", "where", "seen", "action", "escalated", "ticket")
    table: list[list[Flowable]] = [
        [paragraph(patrol_label(f"col.{key}", lang), st.cell) for key in keys]
    ]
    for finding in sorted(log.findings, key=lambda f: (f.seen_at, f.number)):
        c = finding_cells(finding, log.day, lang)
        table.append(
            [
                lines_cell(lines, st.cell)
                for lines in (c.number, c.where, c.seen, c.action, c.escalated, c.ticket)
            ]
        )
    grid = Table(table, colWidths=_widths(FINDING_COLUMNS), repeatRows=1, hAlign="LEFT")
    style = grid_style(st.font)
    style.add("VALIGN", (0, 1), (-1, -1), "TOP")
    grid.setStyle(style)
    return [*flow, grid]


# -- the signatures --------------------------------------------------------------------
def _signatures(lang: str, st: Styles) -> list[Flowable]:
    line = "_" * 22

    def block(key: str) -> list[Flowable]:
        return [
            Spacer(1, 9 * mm),
            paragraph(
                patrol_label("sign.line", lang, label=patrol_label(key, lang), line=line), st.body
            ),
            Spacer(1, 5 * mm),
            paragraph(
                patrol_label("sign.line", lang, label=patrol_label("sign.date", lang), line=line),
                st.body,
            ),
        ]

    half = CONTENT_WIDTH / 2
    table = Table([[block("sign.guard"), block("sign.supervisor")]], colWidths=[half, half])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [KeepTogether([Spacer(1, 4 * mm), table])]


def day_log_story(log: PatrolDayLog, lang: str) -> list[Flowable]:
    st = styles(lang)
    return [
        *_title(log, lang, st),
        *_slots(log, lang, st),
        *_visits(log, lang, st),
        *_findings(log, lang, st),
        *_signatures(lang, st),
    ]


def day_log_pdf(log: PatrolDayLog, lang: str | None, target: BinaryIO) -> int:
    """Write the day's log as an A4 PDF into `target`; returns the pages written.
    `lang` None prints Simplified Chinese."""
    lang = normalise_lang(lang)
    st = styles(lang)
    title = patrol_label("log.title", lang)
    furniture = LogFurniture(
        font=st.font,
        lang=lang,
        header=f"{log.estate} · {title} · {log.day.isoformat()}",
        printed=patrol_label("log.printed", lang, at=stamp_text(log.printed_at)),
    )
    doc = BaseDocTemplate(
        target,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{log.estate} {title} {log.day.isoformat()}",
        author=log.estate,
        subject=title,
        creator=CREATOR,
        lang=lang.replace("_", "-"),
        # Else the page preamble names Helvetica: listed, never used, not embedded.
        initialFontName=st.font,
        pageCompression=1,
    )
    doc.addPageTemplates([page_template(furniture)])
    doc.build(day_log_story(log, lang), canvasmaker=numbered_canvas(furniture))
    return int(doc.page)
