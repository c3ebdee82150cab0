"""The week's work sheet (保洁绿化周工作表): A4 landscape, for the office wall and the
supervisors' signatures. Every task on the books that week × its seven days, each day
in words and colour (done, not done, missing, planned, extra), the completion per
trade and area beside it, a legend and the signature lines. Long weeks flow over
pages under the repeated header row; every page names the estate and the week."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from propdesk.domain.worklogs.kinds import DayState, Trade
from propdesk.domain.worklogs.schedule import Schedule
from propdesk.reports.fonts import register_cjk_font
from propdesk.reports.monthly.worklogs_values import WorklogAreaLine
from propdesk.reports.worklogs.labels import frequency_text, rate_text, text, weekday_text

PAGE = landscape(A4)
MARGIN = 12 * mm
WIDTH = PAGE[0] - 2 * MARGIN
INK = colors.HexColor("#1F2933")
RULE = colors.HexColor("#C9CED6")
HEADER_FILL = colors.HexColor("#E4ECF4")
# The same colours as the window's grid (ui/tabs/worklogs/week_model.py).
FILLS = {
    DayState.DONE: colors.HexColor("#D7F0DD"),
    DayState.NOT_DONE: colors.HexColor("#F9D6D5"),
    DayState.MISSING: colors.HexColor("#FCE8C3"),
    DayState.PLANNED: colors.white,
    DayState.EXTRA: colors.HexColor("#E3E8F8"),
}


@dataclass(frozen=True)
class WeekLine:
    trade: Trade
    area: str
    task: str
    schedule: Schedule
    cells: tuple[DayState | None, ...]  # Monday … Sunday
    notes: tuple[str, ...] = ()  # per day: who, or who and why not


def _styles(font: str) -> dict[str, ParagraphStyle]:
    def style(name: str, size: float, **extra: object) -> ParagraphStyle:
        values: dict[str, object] = {"textColor": INK, **extra}
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.3, **values)

    return {
        "office": style("office", 10, alignment=1),
        "title": style("title", 16, alignment=1, spaceAfter=2),
        "period": style("period", 10, alignment=1),
        "cell": style("cell", 8),
        "small": style("small", 7, textColor=colors.HexColor("#52606D")),
        "state": style("state", 8, alignment=1),
        "sub": style("sub", 10, spaceBefore=4, spaceAfter=2),
    }


def _p(value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(value), style)


def _cell(state: DayState | None, note: str, st: dict[str, ParagraphStyle], lang: str) -> object:
    if state is None:
        return ""
    words = escape(text(f"state.{state.value}", lang))
    if note:
        words += f"<br/><font size=6>{escape(note[:24])}</font>"
    return Paragraph(words, st["state"])


def _grid(
    lines: Sequence[WeekLine], monday: date, lang: str, font: str, st: dict[str, ParagraphStyle]
) -> Table:
    days = [monday + timedelta(days=n) for n in range(7)]
    head: list[object] = [
        _p(text(k, lang), st["cell"])
        for k in ("col.trade", "col.area", "col.task", "col.frequency")
    ]
    head += [
        _p(f"{weekday_text(d.isoweekday(), lang)} {d.month}/{d.day}", st["cell"]) for d in days
    ]
    rows: list[list[object]] = [head]
    style: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for r, line in enumerate(lines, start=1):
        notes = line.notes or ("",) * 7
        rows.append(
            [
                _p(text(f"trade.{line.trade.value}", lang), st["cell"]),
                _p(line.area, st["cell"]),
                _p(line.task, st["cell"]),
                _p(
                    frequency_text(
                        line.schedule.frequency.value,
                        line.schedule.weekdays,
                        line.schedule.month_day,
                        lang,
                    ),
                    st["cell"],
                ),
                *(_cell(s, n, st, lang) for s, n in zip(line.cells, notes, strict=True)),
            ]
        )
        for c, state in enumerate(line.cells):
            if state is not None:
                style.append(("BACKGROUND", (4 + c, r), (4 + c, r), FILLS[state]))
    fixed = [16 * mm, 34 * mm, 44 * mm, 30 * mm]
    day_width = (WIDTH - sum(fixed)) / 7
    table = Table(rows, colWidths=[*fixed, *([day_width] * 7)], repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _completion(
    areas: Sequence[WorklogAreaLine], lang: str, font: str, st: dict[str, ParagraphStyle]
) -> Table:
    keys = (
        "col.trade",
        "col.area",
        "col.planned",
        "col.done",
        "col.not_done",
        "col.missing",
        "col.rate",
    )
    rows: list[list[object]] = [[_p(text(k, lang), st["cell"]) for k in keys]]
    for line in areas:
        c = line.completion
        rows.append(
            [
                _p(text(f"trade.{line.trade.value}", lang), st["cell"]),
                _p(line.area or text("week.total", lang), st["cell"]),
                str(c.planned),
                str(c.done),
                str(c.not_done),
                str(c.missing),
                rate_text(c.done, c.judged, lang),
            ]
        )
    widths = [20 * mm, 50 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm, 24 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def _signatures(lang: str, font: str) -> Table:
    cells = [
        f"{text(k, lang)}：________________    {text('week.sign.date', lang)}：__________"
        for k in ("week.sign.cleaning", "week.sign.greening", "week.sign.office")
    ]
    table = Table([cells], colWidths=[WIDTH / 3] * 3)
    table.setStyle(
        TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9)])
    )
    return table


def week_sheet_pdf(
    estate: str,
    monday: date,
    lines: Sequence[WeekLine],
    areas: Sequence[WorklogAreaLine],
    printed_at: datetime,
    lang: str,
    target: BinaryIO,
) -> int:
    """The sheet as a PDF into `target`; returns the pages written."""
    font = register_cjk_font()
    st = _styles(font)
    sunday = monday + timedelta(days=6)
    period = text(
        "week.period",
        lang,
        first=monday.isoformat(),
        last=sunday.isoformat(),
        week=monday.isocalendar().week,
    )
    story: list[object] = []
    if estate:
        story.append(_p(text("week.office", lang, estate=estate), st["office"]))
    story += [
        _p(text("week.title", lang), st["title"]),
        _p(period, st["period"]),
        Spacer(1, 4 * mm),
    ]
    if lines:
        story.append(_grid(lines, monday, lang, font, st))
    else:
        story.append(_p(text("week.none", lang), st["cell"]))
    story += [
        Spacer(1, 2 * mm),
        _p(text("week.legend", lang), st["small"]),
        # The completion and the signatures on one page: a signature line alone
        # on a last page signs nothing the reader can see.
        KeepTogether(
            [
                _p(text("week.completion", lang), st["sub"]),
                _completion(areas, lang, font, st),
                Spacer(1, 10 * mm),
                _signatures(lang, font),
            ]
        ),
    ]
    pages: list[int] = []
    footer = f"{text('week.title', lang)} · {period} · " + text(
        "week.printed", lang, at=printed_at.astimezone().strftime("%Y-%m-%d %H:%M")
    )

    def on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        pages.append(doc.page)
        canvas.saveState()
        canvas.setFont(font, 7)
        canvas.setFillColor(colors.HexColor("#52606D"))
        canvas.drawString(MARGIN, 7 * mm, footer)
        canvas.drawRightString(PAGE[0] - MARGIN, 7 * mm, str(doc.page))
        canvas.restoreState()

    document = SimpleDocTemplate(
        target,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=14 * mm,
        title=text("week.title", lang),
    )
    document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return len(pages)
