"""The report's look: A4 geometry, colours, paragraph and table styles, all in the
bundled CJK font (it has no bold face, so emphasis is size, colour and shading)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from propdesk.domain.service_targets import Outcome
from propdesk.reports.fonts import register_cjk_font
from propdesk.reports.labels import normalise_lang

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm  # room for the running header
MARGIN_BOTTOM = 20 * mm  # room for the footer
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.HexColor("#1F2933")
ACCENT = colors.HexColor("#1F4E79")  # headings, chart series
ACCENT_2 = colors.HexColor("#5B9BD5")
ACCENT_3 = colors.HexColor("#A9C8E8")
MUTED = colors.HexColor("#6B7280")
RULE = colors.HexColor("#C9CED6")
HEADER_FILL = colors.HexColor("#E8EEF5")
STRIPE_FILL = colors.HexColor("#F6F8FA")
OUTCOME_COLOURS = {
    Outcome.MET: colors.HexColor("#1E7B34"),
    Outcome.NOT_MET: colors.HexColor("#B42318"),
    Outcome.NO_DATA: MUTED,
}
OUTCOME_FILLS = {
    Outcome.MET: colors.HexColor("#E6F4EA"),
    Outcome.NOT_MET: colors.HexColor("#FDECEA"),
    Outcome.NO_DATA: colors.HexColor("#F1F2F4"),
}


@dataclass(frozen=True)
class Styles:
    font: str
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_centre: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    cover_office: ParagraphStyle
    cover_title: ParagraphStyle
    cover_month: ParagraphStyle


@cache
def styles(lang: str) -> Styles:
    """Chinese wraps between any two characters; English between words."""
    font = register_cjk_font()
    wrap = None if normalise_lang(lang) == "en" else "CJK"

    def style(name: str, size: float, **extra: object) -> ParagraphStyle:
        values: dict[str, object] = {
            "fontName": font,
            "fontSize": size,
            "leading": size * 1.45,
            "textColor": INK,
            "wordWrap": wrap,
        }
        values.update(extra)
        return ParagraphStyle(f"{name}-{lang}", **values)

    return Styles(
        font=font,
        body=style("body", 10, spaceAfter=4),
        small=style("small", 8, textColor=MUTED),
        cell=style("cell", 8.5, leading=11),
        cell_right=style("cell-right", 8.5, leading=11, alignment=TA_RIGHT),
        cell_centre=style("cell-centre", 8.5, leading=11, alignment=TA_CENTER),
        heading=style(
            "heading", 14, textColor=ACCENT, spaceBefore=8, spaceAfter=6, alignment=TA_LEFT
        ),
        subheading=style("subheading", 11, textColor=ACCENT, spaceBefore=6, spaceAfter=4),
        cover_office=style("cover-office", 14, alignment=TA_CENTER, textColor=MUTED),
        cover_title=style("cover-title", 30, leading=40, alignment=TA_CENTER, textColor=ACCENT),
        cover_month=style("cover-month", 18, leading=26, alignment=TA_CENTER),
    )


def grid_style(font: str, *, header_rows: int = 1, numeric_from: int | None = None) -> TableStyle:
    """A ruled table with a shaded header row and striped body rows."""
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, ACCENT),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, STRIPE_FILL]),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if numeric_from is not None:
        commands.append(("ALIGN", (numeric_from, header_rows), (-1, -1), "RIGHT"))
    return TableStyle(commands)
