"""Export to Excel: the one writer behind every table's "Export to Excel".

The caller passes exactly what the table shows: the visible columns with their
translated headers, and the rows in view order. Rows are streamed into the file as
they come (reports/xlsx_stream, our own small .xlsx writer), so a table of any length
needs little memory. Each column has a kind (table_columns.ColumnKind), so numbers and
dates arrive in Excel as numbers and dates, not as text; each column's writer is
chosen once and makes its cells' XML straight from the values (xlsx_columns), and a
column's number format is set once on the column.

Our own writer rather than xlsxwriter or openpyxl because the issue asks for the
export, reading its rows included, at the speed of the fastest library writing the
same cells (issue 18, tests/bench/bench_export.py): xlsxwriter, the fastest, spends
several microseconds of Python on every cell (checks, escapes, a method call per
cell), as long as the export's whole read and write of the cell; openpyxl's
write-only mode makes an object of every value. Reading workbooks (imports) stays
with openpyxl.

Text is written as text whatever it starts with: a leading =, +, -, @, tab or CR is
escaped (see xlsx_text.cell_text), so a hostile name cannot become a formula. Each
column is as wide as the widest thing it shows in any row, capped (xlsx_widths), and
every sheet prints one page wide with its header row on each page (xlsx_print).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Unpack

from propdesk.errors import QT_TRANSLATE_NOOP, UserError
from propdesk.reports.table_columns import (
    ColumnKind,
    ExportColumn,
    Progress,
    SheetOptions,
    TableSheet,
)
from propdesk.reports.xlsx_columns import FORMATS, column_cells
from propdesk.reports.xlsx_files import write_atomically
from propdesk.reports.xlsx_print import print_setup
from propdesk.reports.xlsx_stream.book import StreamBook
from propdesk.reports.xlsx_stream.cells import text_cell
from propdesk.reports.xlsx_stream.sheet import Column
from propdesk.reports.xlsx_stream.styles import BOLD
from propdesk.reports.xlsx_stream.xml_text import column_letters
from propdesk.reports.xlsx_text import cell_text
from propdesk.reports.xlsx_widths import ColumnWidths

__all__ = [
    "PROGRESS_EVERY",
    "ColumnKind",
    "ExportCancelledError",
    "ExportColumn",
    "export_table",
    "export_tables",
]

PROGRESS_EVERY = 500  # rows; also how many rows go to the sheet's file at a time
TITLE_MAX = 31  # Excel's limit on a sheet's name
SHEET_ROWS = 1_048_576  # Excel's limit on a sheet's rows, the header's included


class ExportCancelledError(UserError):
    """The progress callback asked to stop; no file was written."""


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
        book = StreamBook(temporary, len(sheets))
        try:
            taken: list[str] = []
            for sheet in sheets:
                written.append(_fill(book, sheet, taken, sum(written), grand_total, progress))
        except BaseException:
            with contextlib.suppress(Exception):  # the first failure is the one to tell
                book.abandon()
            raise
        book.close()

    write_atomically(path, write)
    return written


def _fill(
    book: StreamBook,
    table: TableSheet,
    taken: list[str],
    before: int,
    total: int | None,
    progress: Progress | None,
) -> int:
    """One sheet: bold frozen header, rows, auto-filter, widths from every row, and
    how it prints (xlsx_print)."""
    columns = table.columns
    title = _unique_title(_sheet_title(table.title), taken)
    taken.append(title)
    sheet = book.add_sheet(title)
    widths = ColumnWidths([c.header for c in columns])
    styles = [_style(book, c.kind) for c in columns]
    puts = [column_cells(i, c.kind, widths, styles[i]) for i, c in enumerate(columns)]
    header = "".join(
        text_cell(column_letters(i), "1", cell_text(c.header), BOLD) for i, c in enumerate(columns)
    )
    rows = [f'<row r="1">{header}</row>']
    written = 0
    last = 0  # the last row holding a cell: the sheet's extent
    for row in table.rows:
        written += 1
        if written >= SHEET_ROWS:
            _too_many_rows(table.title)
        number = str(written + 1)
        # An empty cell is not written; nor is a row of them. A short row is
        # allowed: its missing cells are empty.
        cells = "".join(
            [
                put(raw, number)
                for put, raw in zip(puts, row, strict=False)
                if raw is not None and raw != ""
            ]
        )
        if cells:
            rows.append(f'<row r="{number}">{cells}</row>')
            last = written
        if written % PROGRESS_EVERY == 0:
            sheet.write_rows("".join(rows))
            rows.clear()
            _report(progress, before + written, total)
    sheet.write_rows("".join(rows))
    measured = widths.widths()
    sheet.finish(
        [Column(width, style) for width, style in zip(measured, styles, strict=True)],
        last,
        len(columns) - 1,
        frozen_rows=1,
        filter_rows=written,
    )
    print_setup(sheet, table.title, measured, footnote=table.footnote)
    book.finish_sheet(sheet)
    _report(progress, before + written, total)
    return written


def _style(book: StreamBook, kind: ColumnKind) -> int:
    """The style of a column's numbers and dates: its kind's number format, or none."""
    return book.styles.number_format(FORMATS[kind]) if kind in FORMATS else 0


def _too_many_rows(title: str) -> None:
    """A sheet cannot hold the rows: refused whole (a writer would drop the rest and a
    reader would not know), before anything is written."""
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


def _unique_title(title: str, taken: list[str]) -> str:
    """`title`, or with a number after it when a sheet (in any case) has it already:
    "Sheet1" becomes "Sheet11", as openpyxl named them."""
    if title.lower() not in {name.lower() for name in taken}:
        return title
    same = re.compile(rf"{re.escape(title)}(\d*)", re.IGNORECASE)
    numbers = [int(m.group(1) or 0) for name in taken if (m := same.fullmatch(name))]
    number = str(max(numbers, default=0) + 1)
    return title[: TITLE_MAX - len(number)] + number
