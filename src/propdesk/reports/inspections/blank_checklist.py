"""The blank checklist (空白检查表): a template printed on A4 for an inspector who walks
with paper and types the results in afterwards.

At the top the estate, the template (name, kind, frequency, version), the area (given,
or a line to write it on) and lines for the inspector, the date and the time; then
the items' table (checklist_table), a few lines for other findings and the lines
the inspector and the supervisor sign. Many items flow over pages under a
continuation line and the repeated header row; every page says "page n of m".

`layout_blank_checklist` gives the pages as the slips' primitives (the ui's preview
draws those); `blank_checklist_pdf` writes them as a PDF.
"""

from __future__ import annotations

from dataclasses import replace
from typing import BinaryIO

from propdesk.domain.inspections.templates import Template
from propdesk.reports.inspections.checklist_table import columns, header_band, item_band
from propdesk.reports.inspections.form_rows import FormCell, form_row
from propdesk.reports.inspections.labels import inspection_label
from propdesk.reports.patrol.paper import write_pages
from propdesk.reports.slips.bands import Band, Piece, aligned, line_band, moved
from propdesk.reports.slips.model import A4
from propdesk.reports.slips.page_flow import Flow
from propdesk.reports.slips.page_metrics import PageMetrics
from propdesk.reports.slips.primitives import LaidOutPage, Primitive, Rule
from propdesk.reports.slips.sections import signature_bands
from propdesk.reports.slips.text_metrics import text_width
from propdesk.reports.slips.text_wrap import wrap_text

__all__ = ["CHECKLIST_PAGE", "blank_checklist_pdf", "layout_blank_checklist"]

# A smaller body than the handover sheet's: a 12-item template fits one page with
# room to write in every row.
CHECKLIST_PAGE = replace(A4, name="A4 checklist", margin_mm=12.0, body_pt=9.5)
REMARK_LINES = 3
REMARK_LINE_GAP = 8.0  # mm between the lines to write other findings on
FOOTER_GRAY = 0.35


def _centred(m: PageMetrics, text: str, size: float, bold: bool) -> list[Band]:
    return [
        line_band([Piece(aligned(line, size, bold, m.left, m.width, "centre"), line, size, bold)])
        for line in wrap_text(text, m.width, size, bold=bold)
    ]


def _head(m: PageMetrics, template: Template, estate: str, area: str, lang: str | None) -> Band:
    """Estate, title, and the rows naming the template and what is to be filled in."""
    words = inspection_label
    colon = words("colon", lang)
    pad = m.gap * 0.5
    bands = _centred(m, estate, m.estate, False) if estate else []
    bands += _centred(m, words("checklist.title", lang), m.title, True)
    bands.append(Band(m.gap * 0.4))
    bands.append(Band(0.3, [Rule(m.left, 0.15, m.right, 0.15, 1.0)]))
    bands.append(Band(m.gap * 0.5))
    rows = [
        (
            FormCell(words("checklist.template", lang), template.name, 0.62),
            FormCell(
                words("checklist.version", lang),
                words("version.value", lang, version=template.version),
                0.38,
            ),
        ),
        (
            FormCell(
                words("checklist.kind", lang), words(f"kind.{template.kind.value}", lang), 0.62
            ),
            FormCell(
                words("checklist.frequency", lang),
                words(f"frequency.{template.frequency.value}", lang),
                0.38,
            ),
        ),
        (FormCell(words("checklist.area", lang), area.strip()),),
        (
            FormCell(words("checklist.inspector", lang), share=0.34),
            FormCell(words("checklist.date", lang), share=0.33),
            FormCell(words("checklist.time", lang), share=0.33),
        ),
    ]
    bands += [form_row(m, row, colon, pad) for row in rows]
    return _stack(bands)


def _stack(bands: list[Band]) -> Band:
    """Bands one under the other, as one band (kept on one page)."""
    whole = Band(0.0)
    for band in bands:
        whole.items.extend(moved(item, whole.height) for item in band.items)
        whole.height += band.height
    return whole


def _remarks(m: PageMetrics, lang: str | None) -> list[Band]:
    """A heading and lines to write other findings on."""
    heading = line_band(
        [Piece(m.left, inspection_label("checklist.remarks", lang), m.body, True)],
        pad_top=m.gap * 1.5,
    )
    lines = [
        Band(REMARK_LINE_GAP, [Rule(m.left, REMARK_LINE_GAP, m.right, REMARK_LINE_GAP, 0.5, 0.25)])
        for _ in range(REMARK_LINES)
    ]
    return [heading, *lines]


def _footer(
    m: PageMetrics, lines: list[str], height: float, index: int, count: int, lang: str | None
) -> list[Primitive]:
    """What the sheet is (left) and "page n of m" (right), under a rule."""
    top = m.page.height_mm - m.page.margin_mm - height
    items: list[Primitive] = [Rule(m.left, top - 0.8, m.right, top - 0.8, 0.4, 0.5)]
    y = top
    for line in lines:
        band = line_band([Piece(m.left, line, m.small, gray=FOOTER_GRAY)])
        items += [moved(item, y) for item in band.items]
        y += band.height
    page_no = inspection_label("page", lang, page=index + 1, pages=count)
    x = m.right - text_width(page_no, m.small)
    band = line_band([Piece(x, page_no, m.small, gray=FOOTER_GRAY)])
    items += [moved(item, top) for item in band.items]
    return items


def layout_blank_checklist(
    template: Template, estate: str, lang: str | None, *, area: str = ""
) -> tuple[LaidOutPage, ...]:
    """The checklist's pages; `area` "" leaves a line to write the area on. `lang`
    None prints Simplified Chinese (the template's own words print as they are)."""
    m = PageMetrics(CHECKLIST_PAGE)
    words = inspection_label
    title = words("checklist.title", lang)
    version = words("version", lang, version=template.version)
    widest_page_no = text_width(words("page", lang, page=99, pages=99), m.small) + 4.0
    about = " · ".join(part for part in (estate, template.name, version) if part)
    footer_lines = wrap_text(about, m.width - widest_page_no, m.small)
    footer_height = len(footer_lines) * line_band([Piece(0, "x", m.small)]).height
    bottom = m.page.height_mm - m.page.margin_mm - footer_height - 2.0
    continued = words(
        "continued",
        lang,
        text=" · ".join(part for part in (title, template.name, area.strip()) if part),
    )

    def continuation() -> Band:
        band = _stack(
            [
                line_band([Piece(m.left, line, m.small, gray=FOOTER_GRAY)])
                for line in wrap_text(continued, m.width, m.small)
            ]
        )
        band.items.append(Rule(m.left, band.height + 0.5, m.right, band.height + 0.5, 0.4, 0.5))
        band.height += 0.5 + m.gap
        return band

    flow = Flow(CHECKLIST_PAGE, bottom, continuation)
    flow.place(_head(m, template, estate, area, lang))
    flow.space(m.gap * 1.5)
    cols = columns(m, template.items, lang)
    header = header_band(m, cols, lang)
    rows = [
        item_band(m, cols, position, item, lang)
        for position, item in enumerate(template.items, start=1)
    ]
    tail = [*_remarks(m, lang), *signature_bands(m, _signatures(lang))]
    # The header never ends a page alone: it goes with the first row.
    flow.need(header.height + rows[0].height)
    flow.begin_frame(m.left, cols.total, 0.8)
    flow.place(header)
    flow.repeat = header
    for row in rows[:-1]:
        flow.place(row)
    # The last row goes with the remarks and the signatures: no page of signatures alone.
    flow.need(rows[-1].height + sum(band.height for band in tail))
    flow.place(rows[-1])
    flow.end_frame()
    for band in tail:
        flow.place(band)
    count = len(flow.pages)
    return tuple(
        LaidOutPage(
            CHECKLIST_PAGE,
            (*items, *_footer(m, footer_lines, footer_height, index, count, lang)),
        )
        for index, items in enumerate(flow.pages)
    )


def _signatures(lang: str | None) -> tuple[str, ...]:
    words = inspection_label
    return (
        words("sign.inspector", lang),
        words("sign.reviewer", lang),
        words("sign.date", lang),
        words("sign.date", lang),
    )


def blank_checklist_pdf(
    template: Template, estate: str, lang: str | None, out: BinaryIO, *, area: str = ""
) -> int:
    """Write the blank checklist as an A4 PDF into `out`; returns the pages written."""
    pages = layout_blank_checklist(template, estate, lang, area=area)
    title = f"{template.name} {inspection_label('checklist.title', lang)}"
    return write_pages(pages, out, title=title, author=estate, lang=lang)
