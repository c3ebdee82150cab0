"""The error report of a preview or a failed import, as an .xlsx workbook.

A copy of each row that has a problem, under the file's own headers, with the bad
cells filled red and a last column saying what is wrong; the first column gives the
row number in the original file, where the correction belongs. Messages come from
the caller's `describe(error)` and headers in `lang`: the window passes its language,
the command line the station's (or --lang), each with its translated messages. It
prints like every export (reports/xlsx_print): one page wide, headers on each page.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import column_index_from_string, get_column_letter

from propdesk.errors import PropdeskError
from propdesk.reports.labels import label, normalise_lang
from propdesk.reports.xlsx_files import write_atomically
from propdesk.reports.xlsx_print import print_layout
from propdesk.reports.xlsx_text import cell_text, column_width
from propdesk.services.master_data.importing.results import ImportResult, RowError

BAD_FILL = PatternFill("solid", fgColor="FFC7CE")
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_WIDTH_SAMPLE = 200

Describe = Callable[[PropdeskError], str]


def _cell_value(value: object) -> Any:
    if isinstance(value, str):
        return cell_text(value)
    if isinstance(value, bool | int | float | date | datetime) or value is None:
        return value
    return cell_text(str(value))


def _problem(errors: list[RowError], describe: Describe) -> str:
    lines = []
    for error in errors:
        where = f"{error.header}: " if error.header else ""
        lines.append(where + describe(error.error))
    return "\n".join(lines)


def _fill_sheet(ws: Any, result: ImportResult, describe: Describe, lang: str) -> None:
    width = len(result.headers)
    ws.append(
        [label("report.row", lang)]
        + [cell_text(h) for h in result.headers]
        + [label("report.problem", lang)]
    )
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
    by_row: dict[int, list[RowError]] = defaultdict(list)
    for error in result.errors:
        by_row[error.row].append(error)
    wrap = Alignment(wrap_text=True, vertical="top")
    for number, cells in result.bad_rows:
        padded = list(cells[:width]) + [None] * (width - len(cells))
        ws.append([number, *(_cell_value(v) for v in padded), _problem(by_row[number], describe)])
        out = ws.max_row
        for column, value in enumerate(padded, 2):
            if isinstance(value, date | datetime):
                ws.cell(out, column).number_format = "yyyy-mm-dd"
        ws.cell(out, width + 2).alignment = wrap
        for error in by_row[number]:
            target = column_index_from_string(error.letter) + 1 if error.letter else 1
            ws.cell(out, target).fill = BAD_FILL
    for index in range(1, width + 3):
        letter = get_column_letter(index)
        sample = [str(c.value or "") for c in ws[letter][:_WIDTH_SAMPLE]]
        ws.column_dimensions[letter].width = column_width(sample)
    ws.column_dimensions[get_column_letter(width + 2)].width = 60
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(width + 2)}{ws.max_row}"
    widths = [ws.column_dimensions[get_column_letter(i)].width for i in range(1, width + 3)]
    print_layout(ws, ws.title, widths)


def save_error_report(path: Path, result: ImportResult, describe: Describe, lang: str) -> Path:
    """Write the rows of `result` that have errors to `path` (.xlsx), all or nothing."""
    lang = normalise_lang(lang)

    def write(temporary: Path) -> None:
        wb = Workbook()
        ws = wb.active
        ws.title = label("sheet.errors", lang)
        _fill_sheet(ws, result, describe, lang)
        wb.save(temporary)

    return write_atomically(Path(path), write)
