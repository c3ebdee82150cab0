"""One sheet of a StreamBook: its rows streamed to a scratch file as the caller builds
their XML, everything else kept until the sheet is done and written around them."""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass

from propdesk.reports.xlsx_stream.xml_text import (
    absolute_range,
    attribute,
    cell_range,
    number_text,
    quoted_sheet,
)

_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_WORKSHEET = (
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
)
_COPY_CHUNK = 1 << 20
# zipfile needs to know before a part is written whether it may pass 4 GiB (ZIP64).
_ZIP64_FROM = int(zipfile.ZIP64_LIMIT * 0.9)


@dataclass(frozen=True)
class Column:
    """A column's width (Excel's character units) and the style of its empty cells
    (0: none), as the sheet's <cols> holds them."""

    width: float
    style: int = 0


@dataclass(frozen=True)
class DefinedName:
    """A name the workbook defines for a sheet (print titles, the filter's range)."""

    name: str  # e.g. _xlnm.Print_Titles
    sheet_index: int
    sheet_name: str
    value: str  # e.g. '门岗'!$1:$1
    hidden: bool = False


def _style(style: int) -> str:
    return f' style="{style}"' if style else ""


class SheetPart:
    """A sheet being written. The rows go through `write_rows` in order; the print
    settings are set through the methods print_setup (xlsx_print) calls, named as on an
    xlsxwriter worksheet; `finish` gives the rest; `copy_into` writes the whole part."""

    def __init__(self, name: str, index: int) -> None:
        self.name = name
        self.index = index
        # Closed by close(), which the book calls whether the sheet is done or not.
        self._rows = tempfile.TemporaryFile(prefix="propdesk-sheet-")  # noqa: SIM115
        self._size = 0
        self._columns: Sequence[Column] = ()
        self._last: tuple[int, int] = (0, 0)  # the last row and column holding a cell
        self._filter: tuple[int, int] | None = None
        self._frozen_rows = 0
        self._paper = 0
        self._margins = (0.7, 0.7, 0.75, 0.75)
        self._header_margin = self._footer_margin = 0.3
        self._landscape = False
        self._fit: tuple[int, int] | None = None
        self._title_rows: tuple[int, int] | None = None
        self._header = self._footer = ""

    # -- rows ------------------------------------------------------------------------
    def write_rows(self, xml: str) -> None:
        """`xml`, whole <row> elements in order, appended to the sheet's rows."""
        data = xml.encode()
        self._rows.write(data)
        self._size += len(data)

    def finish(
        self,
        columns: Sequence[Column],
        last_row: int,
        last_column: int,
        *,
        frozen_rows: int = 0,
        filter_rows: int | None = None,
    ) -> None:
        """The sheet's columns, its extent (0-based: the last row and column holding
        a cell), the rows frozen at the top, and an auto-filter over the first
        `filter_rows` + 1 rows (the header and the data) when given."""
        self._columns = columns
        self._last = (last_row, last_column)
        self._frozen_rows = frozen_rows
        if filter_rows is not None:
            self._filter = (filter_rows, len(columns) - 1)

    # -- how it prints: the calls of xlsx_print.print_setup ------------------------------
    def set_paper(self, paper: int) -> None:
        self._paper = paper

    def set_margins(self, left: float, right: float, top: float, bottom: float) -> None:
        self._margins = (left, right, top, bottom)

    def set_landscape(self) -> None:
        self._landscape = True

    def set_portrait(self) -> None:
        self._landscape = False

    def fit_to_pages(self, width: int, height: int) -> None:
        self._fit = (width, height)

    def repeat_rows(self, first: int, last: int | None = None) -> None:
        self._title_rows = (first, first if last is None else last)

    def set_header(self, text: str, margin: float | None = None) -> None:
        self._header = text
        if margin is not None:
            self._header_margin = margin

    def set_footer(self, text: str, margin: float | None = None) -> None:
        self._footer = text
        if margin is not None:
            self._footer_margin = margin

    # -- the part ----------------------------------------------------------------------
    def defined_names(self) -> list[DefinedName]:
        """The names the workbook must define for this sheet."""
        names = []
        sheet = quoted_sheet(self.name)
        if self._filter is not None:
            value = f"{sheet}!{absolute_range(*self._filter)}"
            names.append(
                DefinedName("_xlnm._FilterDatabase", self.index, self.name, value, hidden=True)
            )
        if self._title_rows is not None:
            first, last = self._title_rows
            value = f"{sheet}!${first + 1}:${last + 1}"
            names.append(DefinedName("_xlnm.Print_Titles", self.index, self.name, value))
        return names

    def copy_into(self, archive: zipfile.ZipFile, name: str) -> None:
        """The whole sheet as the part `name` of `archive`."""
        head = self._head().encode()
        tail = self._tail().encode()
        size = len(head) + self._size + len(tail)
        with archive.open(name, "w", force_zip64=size > _ZIP64_FROM) as part:
            part.write(head)
            self._rows.seek(0)
            shutil.copyfileobj(self._rows, part, _COPY_CHUNK)
            part.write(tail)

    def close(self) -> None:
        """Remove the scratch file (done or not)."""
        self._rows.close()

    def _head(self) -> str:
        fit = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' if self._fit else ""
        selected = ' tabSelected="1"' if self.index == 0 else ""
        pane = ""
        if self._frozen_rows:
            top = f"A{self._frozen_rows + 1}"
            pane = (
                f'<pane ySplit="{self._frozen_rows}" topLeftCell="{top}" '
                'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>'
            )
        return (
            f"{_XML_HEAD}{_WORKSHEET}{fit}"
            f'<dimension ref="{cell_range(*self._last)}"/>'
            f'<sheetViews><sheetView{selected} workbookViewId="0">{pane}</sheetView>'
            '</sheetViews><sheetFormatPr defaultRowHeight="15"/>'
            f"{self._cols()}<sheetData>"
        )

    def _cols(self) -> str:
        """<cols>, side by side columns alike as one range (as Excel writes them)."""
        ranges: list[tuple[int, int, Column]] = []
        for number, column in enumerate(self._columns, start=1):
            if ranges and ranges[-1][2] == column and ranges[-1][1] == number - 1:
                ranges[-1] = (ranges[-1][0], number, column)
            else:
                ranges.append((number, number, column))
        if not ranges:
            return ""
        cols = "".join(
            f'<col min="{first}" max="{last}" width="{number_text(c.width)}"'
            f'{_style(c.style)} customWidth="1"/>'
            for first, last, c in ranges
        )
        return f"<cols>{cols}</cols>"

    def _tail(self) -> str:
        parts = ["</sheetData>"]
        if self._filter is not None:
            parts.append(f'<autoFilter ref="{cell_range(*self._filter)}"/>')
        left, right, top, bottom = (number_text(m) for m in self._margins)
        parts.append(
            f'<pageMargins left="{left}" right="{right}" top="{top}" bottom="{bottom}" '
            f'header="{number_text(self._header_margin)}" '
            f'footer="{number_text(self._footer_margin)}"/>'
        )
        setup = []
        if self._paper:
            setup.append(f'paperSize="{self._paper}"')
        if self._fit:
            width, height = self._fit
            if width != 1:
                setup.append(f'fitToWidth="{width}"')
            if height != 1:
                setup.append(f'fitToHeight="{height}"')
        setup.append(f'orientation="{"landscape" if self._landscape else "portrait"}"')
        parts.append(f"<pageSetup {' '.join(setup)}/>")
        if self._header or self._footer:
            header = f"<oddHeader>{attribute(self._header)}</oddHeader>" if self._header else ""
            footer = f"<oddFooter>{attribute(self._footer)}</oddFooter>" if self._footer else ""
            parts.append(f"<headerFooter>{header}{footer}</headerFooter>")
        parts.append("</worksheet>")
        return "".join(parts)
