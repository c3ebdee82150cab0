"""The downloadable import template of each register (.xlsx).

Sheet 1 holds the headers in the chosen language, one example row and drop-down
lists where the values are fixed; identifier columns are formatted as text (leading
zeros and long numbers survive) and date columns as dates. Sheet 2 explains each
column. A module's sheet is written the same way, in its own words (Words).
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from propdesk.reports.labels import normalise_lang
from propdesk.reports.xlsx_files import write_atomically
from propdesk.reports.xlsx_text import column_width
from propdesk.services.core.import_sheets import ImportSheet
from propdesk.services.master_data.importing.columns import (
    MAX_ROWS,
    CellKind,
    ColumnSpec,
)
from propdesk.services.master_data.importing.sheets import BUILT_IN, ImportSheets
from propdesk.services.master_data.importing.words import Words

DATE_FORMAT = "yyyy-mm-dd"
TEXT_FORMAT = "@"
_REQUIRED_FILL = PatternFill("solid", fgColor="FFF2CC")
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_EXAMPLE_FONT = Font(italic=True, color="808080")


def _example(column: ColumnSpec, lang: str, words: Words) -> Any:
    if column.cell is CellKind.CHOICE and isinstance(column.example, str):
        return words.label(column.example, lang)
    return column.example


def _data_sheet(ws: Any, columns: tuple[ColumnSpec, ...], lang: str, words: Words) -> None:
    last_row = MAX_ROWS + 1
    for index, column in enumerate(columns, 1):
        letter = get_column_letter(index)
        header = ws.cell(row=1, column=index, value=words.label(column.label_key, lang))
        header.font = Font(bold=True)
        header.fill = _REQUIRED_FILL if column.required else _HEADER_FILL
        example = ws.cell(row=2, column=index, value=_example(column, lang, words))
        example.font = _EXAMPLE_FONT
        dimension = ws.column_dimensions[letter]
        dimension.width = max(column.width, column_width([header.value]))
        if column.cell in (CellKind.CODE, CellKind.TEXT):
            dimension.number_format = TEXT_FORMAT  # what is typed stays text
            example.number_format = TEXT_FORMAT
        elif column.cell is CellKind.DATE:
            dimension.number_format = DATE_FORMAT
            example.number_format = DATE_FORMAT
        if column.choices:
            names = ",".join(words.label(key, lang) for key, _ in column.choices)
            rule = DataValidation(
                type="list", formula1=f'"{names}"', allow_blank=not column.required
            )
            rule.error = words.label("notes.choose", lang)
            rule.showErrorMessage = True
            ws.add_data_validation(rule)
            rule.add(f"{letter}2:{letter}{last_row}")
    ws.freeze_panes = "A2"


def _notes_sheet(ws: Any, columns: tuple[ColumnSpec, ...], lang: str, words: Words) -> None:
    label = words.label
    wrap = Alignment(wrap_text=True, vertical="top")
    ws.append([label("notes.intro", lang)])
    ws.append([label("notes.limit", lang).format(limit=MAX_ROWS)])
    ws.append([])
    heads = ("notes.column", "notes.required", "notes.explanation", "notes.example")
    ws.append([label(k, lang) for k in heads])
    for cell in ws[4]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
    for column in columns:
        example = _example(column, lang, words)
        if isinstance(example, date):
            example = example.isoformat()
        ws.append(
            [
                label(column.label_key, lang),
                label("notes.yes" if column.required else "notes.no", lang),
                label(column.note_key, lang),
                "" if example is None else str(example),
            ]
        )
    for row in ws.iter_rows(min_row=1):
        for cell in row:
            cell.alignment = wrap
    for letter, width in zip("ABCD", (16, 8, 70, 16), strict=True):
        ws.column_dimensions[letter].width = width
    ws.merge_cells("A1:D1")
    ws.merge_cells("A2:D2")
    ws.row_dimensions[1].height = 48
    ws.row_dimensions[2].height = 32


def _workbook(sheet: ImportSheet, words: Words, lang: str) -> bytes:
    wb = Workbook()
    data = wb.active
    data.title = words.label(sheet.sheet_label, lang)
    _data_sheet(data, sheet.columns, lang, words)
    _notes_sheet(wb.create_sheet(words.label("sheet.notes", lang)), sheet.columns, lang, words)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def template(kind: str, lang: str, sheets: ImportSheets = BUILT_IN) -> bytes:
    """The template of `kind` as .xlsx bytes, in zh_CN, zh_TW or en; `sheets` are the
    importer's (ImportService.sheets), which know the modules' sheets too."""
    return _workbook(sheets.sheet(kind), sheets.words(kind), normalise_lang(lang))


def save_template(kind: str, lang: str, path: Path, sheets: ImportSheets = BUILT_IN) -> Path:
    """Write the template to `path` (all or nothing); FileWriteError when it cannot."""
    content = template(kind, lang, sheets)
    return write_atomically(Path(path), lambda temporary: temporary.write_bytes(content))
