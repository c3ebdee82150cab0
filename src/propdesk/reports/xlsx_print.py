"""How a written sheet prints from a spreadsheet program (Excel, WPS, LibreOffice):
on A4, as wide as the page and no wider (the columns never split over pages; as many
pages down as the rows need), landscape when the columns are too wide to be read
upright, the header row on every page, the sheet's title at the top and "page x of y"
at the bottom. Every export and the monthly workbook are written through here, the
import error report too. Without it the residents' register printed on 262 pages with
its columns split over them, the monthly workbook on 2,369.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# Character units across A4 portrait between the default margins at 100 % (95); a
# sheet up to a fifth wider still prints upright, shrunk to no less than about 80 %,
# which reads well and holds half as many rows again as landscape. Wider prints
# landscape. Either way it is fitted to the page's width.
PORTRAIT_COLUMNS = 120
PAGE_NUMBER = "&P / &N"  # the page and the number of pages, in any language
A4 = 9  # the paper's number in a sheet's page setup
# Inches: left, right, top, bottom, and the header's and footer's from the edge: the
# margins every sheet has printed with (openpyxl's defaults, wider than Excel's).
MARGINS = (0.75, 0.75, 1.0, 1.0)
EDGE = 0.5


def print_setup(ws: Any, title: str, widths: Sequence[float], *, footnote: str = "") -> None:
    """The same as print_layout, for a sheet the exports and the monthly workbook
    write (xlsx_stream.sheet.SheetPart; its methods are named as xlsxwriter's
    worksheet's, which the tests' reference writer passes): header row 1 repeated."""
    ws.set_paper(A4)
    ws.set_margins(*MARGINS)
    if sum(widths) > PORTRAIT_COLUMNS:
        ws.set_landscape()
    else:
        ws.set_portrait()
    ws.fit_to_pages(1, 0)  # as many pages down as the rows need
    ws.repeat_rows(0)
    # An empty part would be written as a bare "&C".
    ws.set_header("&C" + header_text(title) if header_text(title) else "", margin=EDGE)
    left = "&L" + header_text(footnote) if header_text(footnote) else ""
    ws.set_footer(left + "&C" + PAGE_NUMBER, margin=EDGE)


def fit_to_page(ws: Any) -> None:
    """Mark the sheet as fitted to the page. A streamed sheet writes this flag with its
    first row, so it is set before any."""
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def print_layout(
    ws: Any, title: str, widths: Sequence[float], *, header_rows: int = 1, footnote: str = ""
) -> None:
    """A4, one page wide, landscape when `widths` (the columns' widths) need it; the
    first `header_rows` rows repeated on each page; `title` above, page numbers below
    (and `footnote` on their left). For a sheet openpyxl writes (the import's error
    report)."""
    from openpyxl.worksheet.worksheet import Worksheet  # the exports write without it

    fit_to_page(ws)
    setup = ws.page_setup
    setup.paperSize = Worksheet.PAPERSIZE_A4
    wide = sum(widths) > PORTRAIT_COLUMNS
    setup.orientation = Worksheet.ORIENTATION_LANDSCAPE if wide else Worksheet.ORIENTATION_PORTRAIT
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as the rows need
    ws.print_title_rows = f"1:{header_rows}"
    if header_text(title):  # an empty part would be written as a bare "&C"
        ws.oddHeader.center.text = header_text(title)
    ws.oddFooter.center.text = PAGE_NUMBER
    if header_text(footnote):
        ws.oddFooter.left.text = header_text(footnote)


def header_text(title: str) -> str:
    """`title` as header text: "&" starts a header code, so a literal one is doubled."""
    return " ".join(title.split()).replace("&", "&&")
