"""The assessment sheet (考核表) on A4: the department, the month and who assessed it;
the standard's items with their points, the points each lost and what the spot checks
found; the score; the department's year as a line of monthly scores; remarks, the
notices opened, and the lines the assessor and the department head sign on.

The same layout prints blank (`blank=True` in the model: no number, no deductions)
for the assessor's walk round: a column to write deductions and findings in.
Every page says "page n of m" at its foot; the items' header repeats on each page.
"""

from __future__ import annotations

from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from propdesk.reports.assessments.labels import assessment_label
from propdesk.reports.assessments.score_chart import year_line
from propdesk.reports.assessments.sheet_model import AssessmentSheet
from propdesk.reports.fonts import register_cjk_font
from propdesk.reports.monthly.styles import CONTENT_WIDTH, MARGIN_BOTTOM, MARGIN_X
from propdesk.reports.page_furniture import PageFurniture, numbered_canvas

MARGIN = MARGIN_X
WIDTH = CONTENT_WIDTH
HEADER = colors.HexColor("#E8EEF5")
RULE = colors.HexColor("#8A93A0")
MUTED = colors.HexColor("#6B7280")
BLANK_ROW = 16 * mm  # room to write a finding by hand


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=13)
    return {
        "estate": ParagraphStyle(
            "estate", parent=base, fontSize=10, alignment=TA_CENTER, textColor=MUTED
        ),
        "title": ParagraphStyle("title", parent=base, fontSize=16, leading=22, alignment=TA_CENTER),
        "cell": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
        "strong": ParagraphStyle("strong", parent=base, fontSize=11, leading=15),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _head(sheet: AssessmentSheet, st: dict[str, ParagraphStyle], lang: str | None) -> list[Any]:
    w = assessment_label
    colon = w("colon", lang)
    blank = not sheet.number
    title = w("sheet.blank_title" if blank else "sheet.title", lang)
    version = w("version", lang, version=sheet.version)
    pairs = [
        (w("department", lang), sheet.department),
        (w("month", lang), sheet.month),
        (w("standard", lang), f"{sheet.standard} · {version}"),
        (w("number", lang), sheet.number),
        (w("assessor", lang), sheet.assessor),
        (
            w("assessed_at", lang),
            sheet.assessed_at.astimezone().strftime("%Y-%m-%d %H:%M") if sheet.assessed_at else "",
        ),
    ]
    rows = [
        [
            _p(pairs[i][0] + colon, st["cell"]),
            _p(pairs[i][1], st["cell"]),
            _p(pairs[i + 1][0] + colon, st["cell"]),
            _p(pairs[i + 1][1], st["cell"]),
        ]
        for i in range(0, len(pairs), 2)
    ]
    table = Table(rows, colWidths=[24 * mm, WIDTH / 2 - 24 * mm] * 2)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, -1), 0.4, RULE),
                ("LINEBELOW", (3, 0), (3, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    flow: list[Any] = []
    if sheet.estate:
        flow.append(_p(sheet.estate, st["estate"]))
    flow += [_p(title, st["title"]), Spacer(1, 3 * mm), table, Spacer(1, 4 * mm)]
    return flow


def _items(sheet: AssessmentSheet, st: dict[str, ParagraphStyle], lang: str | None) -> Table:
    w = assessment_label
    blank = not sheet.number
    header = [
        w("col.no", lang),
        w("col.item", lang),
        w("col.points", lang),
        w("col.deducted", lang),
        w("col.got", lang),
        w("col.findings", lang),
    ]
    rows: list[list[Any]] = [[_p(h, st["cell"]) for h in header]]
    for n, item in enumerate(sheet.items, start=1):
        got = "" if item.deducted is None else str(item.points - item.deducted)
        lost = "" if item.deducted is None else (str(item.deducted) if item.deducted else "0")
        rows.append(
            [
                str(n),
                _p(item.text, st["cell"]),
                str(item.points),
                lost,
                got,
                _p("\n".join(item.findings), st["small"]),
            ]
        )
    total_lost = "" if sheet.deducted is None else str(sheet.deducted)
    total_got = "" if sheet.score is None else str(sheet.score)
    rows.append(["", _p(w("total", lang), st["cell"]), str(sheet.total), total_lost, total_got, ""])
    widths = [12 * mm, 54 * mm, 19 * mm, 19 * mm, 19 * mm]
    widths.append(WIDTH - sum(widths))
    heights = [None] + [BLANK_ROW if blank else None] * len(sheet.items) + [None]
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st["cell"].fontName),
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER),
                ("BACKGROUND", (0, -1), (-1, -1), HEADER),
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("ALIGN", (2, 1), (4, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _tail(
    sheet: AssessmentSheet, st: dict[str, ParagraphStyle], lang: str | None, font: str
) -> list[Any]:
    w = assessment_label
    colon = w("colon", lang)
    flow: list[Any] = [Spacer(1, 3 * mm)]
    if sheet.score is not None:
        value = w(
            "score.value", lang, score=sheet.score, total=sheet.total, deducted=sheet.deducted or 0
        )
        state = w(f"state.{sheet.state}", lang) if sheet.state else ""
        flow.append(
            _p(
                f"{w('score', lang)}{colon}{value}" + (f"　（{state}）" if state else ""),
                st["strong"],
            )
        )
        if not any(item.findings for item in sheet.items):
            flow.append(_p(w("no_checks", lang), st["cell"]))
    if sheet.notices:
        flow.append(_p(f"{w('col.notice', lang)}{colon}{'、'.join(sheet.notices)}", st["cell"]))
    if sheet.trend_year is not None and sheet.trend:
        chart = year_line(sheet.trend, max(sheet.total, 1), WIDTH, 48 * mm, font, lang)
        flow.append(
            KeepTogether(
                [
                    Spacer(1, 3 * mm),
                    _p(w("trend.title", lang, year=sheet.trend_year), st["cell"]),
                    chart,
                ]
            )
        )
    remarks = sheet.remarks or ""
    flow.append(Spacer(1, 3 * mm))
    flow.append(_p(f"{w('remarks', lang)}{colon}{remarks}", st["cell"]))
    if not remarks:
        lines = Table([[""]] * 2, colWidths=[WIDTH], rowHeights=[8 * mm] * 2)
        lines.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
        flow.append(lines)
    signs = Table(
        [
            [
                _p(w("sign.assessor", lang) + colon, st["cell"]),
                "",
                _p(w("sign.head", lang) + colon, st["cell"]),
                "",
            ],
            [
                _p(w("sign.date", lang) + colon, st["cell"]),
                "",
                _p(w("sign.date", lang) + colon, st["cell"]),
                "",
            ],
        ],
        colWidths=[46 * mm, WIDTH / 2 - 46 * mm, 46 * mm, WIDTH / 2 - 46 * mm],
        rowHeights=[12 * mm, 9 * mm],
    )
    signs.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, -1), 0.4, RULE),
                ("LINEBELOW", (3, 0), (3, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    flow += [Spacer(1, 5 * mm), KeepTogether([signs])]
    return flow


def assessment_sheet_pdf(sheet: AssessmentSheet, lang: str | None, out: BinaryIO) -> int:
    """Write the sheet as an A4 PDF into `out`; returns the pages written."""
    font = register_cjk_font()
    st = _styles(font)
    about = " · ".join(p for p in (sheet.estate, sheet.department, sheet.month, sheet.number) if p)
    furniture = PageFurniture(
        font, "", about, lambda page, pages: assessment_label("page", lang, page=page, pages=pages)
    )
    counted = [0]

    def count(canvas: Any, doc: Any) -> None:
        del canvas
        counted[0] = doc.page

    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN_BOTTOM,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{sheet.department} {sheet.month} {assessment_label('sheet.title', lang)}",
        author=sheet.estate,
    )
    story = [*_head(sheet, st, lang), _items(sheet, st, lang), *_tail(sheet, st, lang, font)]
    doc.build(story, onFirstPage=count, onLaterPages=count, canvasmaker=numbered_canvas(furniture))
    return counted[0]
