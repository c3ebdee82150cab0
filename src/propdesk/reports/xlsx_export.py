"""Export to Excel: the one writer behind every table's "Export to Excel".

The caller passes exactly what the table shows: the visible columns with their
translated headers, and the rows in view order. Rows are streamed into the file by
xlsxwriter in constant-memory mode, so a table of any length needs little memory.
Each column has a kind, so numbers and dates arrive in Excel as numbers and dates, not
as text:

  TEXT      str (anything else is written as its str())
  INT       int (General format)
  DECIMAL   Decimal / int / float, shown with 2 decimals
  MONEY     integer fen (分), written as yuan with the format 0.00
  DATE      date, a real Excel date shown as yyyy-mm-dd
  DATETIME  datetime, a real Excel date-time; an aware one is shown in local time

A column's number format is set once on the column, and its cells take it from there:
no per-cell objects. Each column's writer is chosen once (a text, a date-time or any
column), calls xlsxwriter's cell methods without their "A1"-parsing decorator, and a
date-time column stores Excel's number computed here (xlsx_serial): the same cells
as xlsxwriter's write_datetime, with less of its work per cell.

xlsxwriter rather than openpyxl because it writes the same cells at the speed the
issue asks for (issue 18, tests/bench/bench_export.py: openpyxl's write-only mode
makes a cell object for every value, and could not come within 1.1× of xlsxwriter);
reading workbooks (imports) stays with openpyxl.

Text is written as text whatever it starts with: a leading =, +, -, @, tab or CR is
escaped (see xlsx_text.cell_text), so a hostile name cannot become a formula. Each
column is as wide as the widest thing it shows in any row, capped (xlsx_widths), and
every sheet prints one page wide with its header row on each page (xlsx_print).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Unpack

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from propdesk.errors import QT_TRANSLATE_NOOP, UserError
from propdesk.reports.table_columns import (
    ColumnKind,
    ExportColumn,
    Progress,
    SheetOptions,
    TableSheet,
)
from propdesk.reports.xlsx_files import write_atomically
from propdesk.reports.xlsx_print import print_setup
from propdesk.reports.xlsx_serial import FIRST, excel_serial
from propdesk.reports.xlsx_text import cell_text
from propdesk.reports.xlsx_widths import ColumnWidths

PROGRESS_EVERY = 500
TITLE_MAX = 31  # Excel's limit on a sheet's name
SHEET_ROWS = 1_048_576  # Excel's limit on a sheet's rows, the header's included

FORMATS = {
    ColumnKind.DECIMAL: "0.00",
    ColumnKind.MONEY: "0.00",
    ColumnKind.DATE: "yyyy-mm-dd",
    ColumnKind.DATETIME: "yyyy-mm-dd hh:mm:ss",
}
# A width goes to xlsxwriter in pixels (a digit of the default font is 7), so the file
# holds the width column_width gave, as it always has; xlsxwriter would add a cell's
# padding to a width given in characters.
_PIXELS_PER_CHARACTER = 7
# What a formatted date looks like, for the column width.
_SHOWN_DATE = {ColumnKind.DATE: "0" * 10, ColumnKind.DATETIME: "0" * 19}

# (row index, value) → writes one cell of a column and tells the widths what it shows.
_Put = Callable[[int, object], None]


def _undecorated(ws: Worksheet, name: str) -> Callable[..., Any]:
    """The worksheet's method `name` without xlsxwriter's decorator that reads "A1"
    cell names (functools.wraps keeps the inner function as __wrapped__): the exporter
    gives row and column numbers, and the decorator's check cost as much as a tenth of
    an export (issue 18). The decorated method when a version has no __wrapped__."""
    inner = getattr(getattr(type(ws), name), "__wrapped__", None)
    bound: Callable[..., Any] = inner.__get__(ws) if inner is not None else getattr(ws, name)
    return bound


class ExportCancelledError(UserError):
    """The progress callback asked to stop; no file was written."""


def _value(kind: ColumnKind, value: object) -> Any:
    """A Python value as it goes into a cell of this column kind: None for an empty
    cell, a number, a date (naive, local) or text."""
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


def _shown(value: Any, kind: ColumnKind) -> str:
    """What a converted value shows in its cell, for the column's width."""
    if isinstance(value, str):
        return value
    if isinstance(value, Decimal | float):
        return f"{value:.2f}"
    if isinstance(value, date):
        return _SHOWN_DATE.get(kind, str(value))
    return str(value)


def _any_cell(
    ws: Worksheet, column: int, kind: ColumnKind, widths: ColumnWidths, general: Format
) -> _Put:
    """A column's cells by way of _value: right for any value of any kind. Text in a
    column formatted for numbers or dates (a "total" row's label) is General, as a
    cell that was never formatted."""
    see = widths.see
    text_format = general if kind in FORMATS else None
    write_string = _undecorated(ws, "write_string")
    write_boolean = _undecorated(ws, "write_boolean")
    write_datetime = _undecorated(ws, "write_datetime")
    write_number = _undecorated(ws, "write_number")

    def put(row: int, raw: object) -> None:
        value = _value(kind, raw)
        if value is None:
            return
        see(column, _shown(value, kind))
        if isinstance(value, str):
            write_string(row, column, value, text_format)
        elif isinstance(value, bool):
            write_boolean(row, column, value)
        elif isinstance(value, date):
            write_datetime(row, column, value)
        else:
            # As a float: the number written as its shortest digits ("100", not a
            # Decimal's "100.00"), as Excel itself writes it.
            write_number(row, column, float(value))

    return put


def _text_cell(ws: Worksheet, column: int, widths: ColumnWidths, general: Format) -> _Put:
    """A text column's cells: the common case (a str that needs no escaping) without
    a detour; anything else through _value."""
    see = widths.see
    write = _undecorated(ws, "write_string")
    other = _any_cell(ws, column, ColumnKind.TEXT, widths, general)
    floor = 0  # the column's widest so far: a text half as long cannot widen it

    def put(row: int, raw: object) -> None:
        nonlocal floor
        if type(raw) is str and raw[:1] not in _TRIGGER_STARTS and raw.isprintable():
            if 2 * len(raw) > floor:  # printable: no control character to drop, no CR
                floor = see(column, raw)
            write(row, column, raw)
        else:
            other(row, raw)

    return put


# A first character that cell_text would escape ("" too: an empty cell stays empty).
_TRIGGER_STARTS = frozenset(("", "=", "+", "-", "@", "\t", "\r"))


def _datetime_cell(ws: Worksheet, column: int, widths: ColumnWidths, general: Format) -> _Put:
    """A date-time column's cells, an aware datetime (as read from the store) shown in
    local time; the column's format shows them. The cell holds Excel's number for the
    time (xlsx_serial), the number xlsxwriter's write_datetime would store, in the cell
    it would write: a number, formatted by its column."""
    write_number = _undecorated(ws, "write_number")
    other = _any_cell(ws, column, ColumnKind.DATETIME, widths, general)
    shown = False  # every date-time shows as wide: measured once

    def put(row: int, raw: object) -> None:
        nonlocal shown
        if type(raw) is datetime:
            if not shown:
                widths.see(column, _SHOWN_DATE[ColumnKind.DATETIME])
                shown = True
            local = raw.astimezone().replace(tzinfo=None) if raw.tzinfo else raw
            if local >= FIRST:
                write_number(row, column, excel_serial(local))
                return
        other(row, raw)

    return put


def _cell_writer(
    ws: Worksheet, column: int, kind: ColumnKind, widths: ColumnWidths, general: Format
) -> _Put:
    if kind is ColumnKind.TEXT:
        return _text_cell(ws, column, widths, general)
    if kind is ColumnKind.DATETIME:
        return _datetime_cell(ws, column, widths, general)
    return _any_cell(ws, column, kind, widths, general)


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
        wb = xlsxwriter.Workbook(
            str(temporary),
            # Text stays text: no formulas, numbers or links read into a string.
            {"constant_memory": True, "strings_to_urls": False, "strings_to_formulas": False},
        )
        try:
            for sheet in sheets:
                written.append(_fill(wb, sheet, sum(written), grand_total, progress))
        except BaseException:
            # Close the doomed workbook: this removes its row streams' scratch files.
            with contextlib.suppress(Exception):
                wb.close()
            raise
        try:
            wb.close()
        except FileCreateError as exc:  # xlsxwriter's wrapper of the OSError
            raise OSError(str(exc)) from exc

    write_atomically(path, write)
    return written


def _fill(
    wb: xlsxwriter.Workbook,
    table: TableSheet,
    before: int,
    total: int | None,
    progress: Progress | None,
) -> int:
    """One sheet: bold frozen header, rows, auto-filter, widths from every row, and
    how it prints (xlsx_print)."""
    columns = table.columns
    ws = wb.add_worksheet(_unique_title(_sheet_title(table.title), wb))
    widths = ColumnWidths([c.header for c in columns])
    formats = {kind: wb.add_format({"num_format": text}) for kind, text in FORMATS.items()}
    for index, column in enumerate(columns):
        if column.kind in formats:
            ws.set_column(index, index, None, formats[column.kind])
    ws.freeze_panes(1, 0)
    bold = wb.add_format({"bold": True})
    for index, column in enumerate(columns):
        ws.write_string(0, index, cell_text(column.header), bold)
    general = wb.add_format()  # no number format: the workbook's default style
    puts = [_cell_writer(ws, i, c.kind, widths, general) for i, c in enumerate(columns)]
    written = 0
    for row in table.rows:
        written += 1
        if written >= SHEET_ROWS:
            _too_many_rows(table.title)
        for put, raw in zip(puts, row, strict=False):
            if raw is not None and raw != "":  # an empty cell is not written
                put(written, raw)
        if written % PROGRESS_EVERY == 0:
            _report(progress, before + written, total)
    ws.autofilter(0, 0, written, len(columns) - 1)
    measured = widths.widths()
    for index, (column, width) in enumerate(zip(columns, measured, strict=True)):
        pixels = round(width * _PIXELS_PER_CHARACTER)
        ws.set_column_pixels(index, index, pixels, formats.get(column.kind))
    print_setup(ws, table.title, measured, footnote=table.footnote)
    _report(progress, before + written, total)
    return written


def _too_many_rows(title: str) -> None:
    """A sheet cannot hold the rows: refused whole (xlsxwriter would drop the rest and
    a reader would not know), before anything is written."""
    raise UserError(
        QT_TRANSLATE_NOOP(
            "messages",
            "The sheet {title} would have more than {limit} rows, more than Excel can "
            "open. Export fewer days at a time.",
        ),
        title=title,
        limit=f"{SHEET_ROWS - 1:,}",
    )


def _report(progress: Progress | None, done: int, total: int | None) -> None:
    if progress is not None and progress(done, total) is False:
        raise ExportCancelledError(QT_TRANSLATE_NOOP("messages", "The export was cancelled."))


def _sheet_title(title: str) -> str:
    """Excel's rules: at most 31 characters, none of : \\ / ? * [ ]."""
    cleaned = "".join(" " if ch in ":\\/?*[]" else ch for ch in title).strip(" '")
    return cleaned[:TITLE_MAX].rstrip(" '") or "Sheet1"


def _unique_title(title: str, wb: xlsxwriter.Workbook) -> str:
    """`title`, or with a number after it when a sheet (in any case) has it already:
    "Sheet1" becomes "Sheet11", as openpyxl named them."""
    taken = [ws.get_name() for ws in wb.worksheets()]
    if title.lower() not in {name.lower() for name in taken}:
        return title
    same = re.compile(rf"{re.escape(title)}(\d*)", re.IGNORECASE)
    numbers = [int(m.group(1) or 0) for name in taken if (m := same.fullmatch(name))]
    number = str(max(numbers, default=0) + 1)
    return title[: TITLE_MAX - len(number)] + number
