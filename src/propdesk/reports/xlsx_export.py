"""Export to Excel: the one writer behind every table's "Export to Excel".

The caller passes exactly what the table shows: the visible columns with their
translated headers, and the rows in view order. Rows are streamed into a write-only
workbook, so a table of any length needs little memory. Each column has a kind, so
numbers and dates arrive in Excel as numbers and dates, not as text:

  TEXT      str (anything else is written as its str())
  INT       int (General format)
  DECIMAL   Decimal / int / float, shown with 2 decimals
  MONEY     integer fen (分), written as yuan with the format 0.00
  DATE      date, a real Excel date shown as yyyy-mm-dd
  DATETIME  datetime, a real Excel date-time; an aware one is shown in local time

Text is written as text whatever it starts with: a leading =, +, -, @, tab or CR is
escaped (see xlsx_text.cell_text), so a hostile name cannot become a formula. Each
column is as wide as the widest thing it shows in any row, capped (xlsx_widths), and
every sheet prints one page wide with its header row on each page (xlsx_print).
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Unpack

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from propdesk.errors import QT_TRANSLATE_NOOP, UserError
from propdesk.reports.table_columns import (
    ColumnKind,
    ExportColumn,
    Progress,
    SheetOptions,
    TableSheet,
)
from propdesk.reports.xlsx_files import write_atomically
from propdesk.reports.xlsx_print import fit_to_page, print_layout
from propdesk.reports.xlsx_text import cell_text, column_width
from propdesk.reports.xlsx_widths import ColumnWidths, replace_widths

# Rows measured for the column widths before the first row is written.
WIDTH_SAMPLE = 200
PROGRESS_EVERY = 500

FORMATS = {
    ColumnKind.DECIMAL: "0.00",
    ColumnKind.MONEY: "0.00",
    ColumnKind.DATE: "yyyy-mm-dd",
    ColumnKind.DATETIME: "yyyy-mm-dd hh:mm:ss",
}
# What a formatted value looks like, for the column width.
_SHOWN_WIDTH = {ColumnKind.DATE: 10, ColumnKind.DATETIME: 19}


class ExportCancelledError(UserError):
    """The progress callback asked to stop; no file was written."""


def _value(kind: ColumnKind, value: object) -> Any:
    """A Python value as openpyxl should store it for this column kind."""
    if value is None or value == "":
        return None
    if kind is ColumnKind.MONEY and isinstance(value, int):
        return Decimal(value) / 100
    if kind is ColumnKind.DATETIME and isinstance(value, datetime) and value.tzinfo:
        return value.astimezone().replace(tzinfo=None)  # Excel has no time zones
    if kind is ColumnKind.DATE and isinstance(value, datetime):
        return value.date()
    if kind is not ColumnKind.TEXT and isinstance(value, int | float | Decimal | date):
        return value
    return cell_text(str(value))


def _shown(kind: ColumnKind, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal | float):
        return f"{value:.2f}"
    if kind in _SHOWN_WIDTH and isinstance(value, date):
        return "0" * _SHOWN_WIDTH[kind]
    return str(value)


class _Sheet:
    """Converts rows into cells for one write-only worksheet, measuring what each
    column shows for its width."""

    def __init__(self, ws: Any, columns: Sequence[ExportColumn]) -> None:
        self._ws = ws
        self._kinds = [c.kind for c in columns]
        self._styled = [c.kind in FORMATS for c in columns]
        self.widths = ColumnWidths([c.header for c in columns])

    def cells(self, row: Sequence[object]) -> list[Any]:
        out: list[Any] = []
        see = self.widths.see
        for index, (kind, styled, raw) in enumerate(
            zip(self._kinds, self._styled, row, strict=False)
        ):
            value = _value(kind, raw)
            if value is not None:
                see(index, value if isinstance(value, str) else _shown(kind, value))
            if styled and value is not None and not isinstance(value, str):
                cell = WriteOnlyCell(self._ws, value=value)
                cell.number_format = FORMATS[kind]
                out.append(cell)
            else:
                out.append(value)
        return out


def _layout(ws: Any, columns: Sequence[ExportColumn], sample: list[Sequence[object]]) -> None:
    """Widths from the header and the first rows (replaced by every row's when the
    sheet is done: xlsx_widths), frozen header row, fitted to the page's width: what a
    streamed sheet writes before its first row."""
    for index, column in enumerate(columns):
        texts = [column.header]
        texts += [
            _shown(column.kind, _value(column.kind, row[index]))
            for row in sample
            if index < len(row)
        ]
        ws.column_dimensions[get_column_letter(index + 1)].width = column_width(texts)
    ws.freeze_panes = "A2"
    fit_to_page(ws)


def _header(ws: Any, columns: Sequence[ExportColumn]) -> list[Any]:
    bold = Font(bold=True)
    cells = []
    for column in columns:
        cell = WriteOnlyCell(ws, value=cell_text(column.header))
        cell.font = bold
        cells.append(cell)
    return cells


def export_table(
    path: Path,
    columns: Sequence[ExportColumn],
    rows: Iterable[Sequence[object]],
    **options: Unpack[SheetOptions],
) -> int:
    """Write the table to `path` (.xlsx); returns the number of data rows written.

    `rows` may be a generator; it is read once. `progress(done, total)` is called
    every few hundred rows and at the end; returning False cancels
    (ExportCancelledError, nothing written). An unwritable path raises FileWriteError.
    """
    sheet = TableSheet(options.get("sheet_title", ""), columns, rows, options.get("total"))
    return export_tables(path, [sheet], progress=options.get("progress"))[0]


def export_tables(
    path: Path, sheets: Sequence[TableSheet], *, progress: Progress | None = None
) -> list[int]:
    """Several tables, one sheet each in this order, in one workbook written all or
    nothing; returns the rows written per sheet. Progress counts the rows of all
    sheets together (the total is known when every sheet's is)."""
    if not sheets or any(not sheet.columns for sheet in sheets):
        raise UserError(QT_TRANSLATE_NOOP("messages", "There are no columns to export."))
    totals = [sheet.total for sheet in sheets]
    grand_total = None if None in totals else sum(t for t in totals if t is not None)
    written: list[int] = []

    def write(temporary: Path) -> None:
        wb = Workbook(write_only=True)
        try:
            for sheet in sheets:
                written.append(_fill(wb, sheet, sum(written), grand_total, progress))
        except BaseException:
            # Finish the half-written sheet into the doomed temporary file: this closes
            # openpyxl's row stream and removes its own scratch file.
            with contextlib.suppress(Exception):
                wb.save(temporary)
            raise
        wb.save(temporary)

    write_atomically(path, write)
    return written


def _fill(
    wb: Workbook,
    table: TableSheet,
    before: int,
    total: int | None,
    progress: Progress | None,
) -> int:
    """One sheet: bold frozen header, rows, auto-filter, widths from every row, and
    how it prints (xlsx_print)."""
    columns = table.columns
    ws = wb.create_sheet(title=_sheet_title(table.title))
    sheet = _Sheet(ws, columns)
    iterator = iter(table.rows)
    sample = list(itertools.islice(iterator, WIDTH_SAMPLE))
    _layout(ws, columns, sample)
    ws.append(_header(ws, columns))
    written = 0
    for row in sample:
        ws.append(sheet.cells(row))
        written += 1
    _report(progress, before + written, total, force=True)
    for row in iterator:
        ws.append(sheet.cells(row))
        written += 1
        if written % PROGRESS_EVERY == 0:
            _report(progress, before + written, total, force=True)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{written + 1}"
    widths = sheet.widths.widths()
    print_layout(ws, table.title, widths, footnote=table.footnote)
    replace_widths(ws, widths)
    _report(progress, before + written, total, force=True)
    return written


def _report(
    progress: Progress | None, done: int, total: int | None, *, force: bool = False
) -> None:
    if progress is None or not (force or done % PROGRESS_EVERY == 0):
        return
    if progress(done, total) is False:
        raise ExportCancelledError(QT_TRANSLATE_NOOP("messages", "The export was cancelled."))


def _sheet_title(title: str) -> str:
    """Excel's rules: at most 31 characters, none of : \\ / ? * [ ]."""
    cleaned = "".join(" " if ch in ":\\/?*[]" else ch for ch in title).strip(" '")
    return cleaned[:31].rstrip(" '") or "Sheet1"
