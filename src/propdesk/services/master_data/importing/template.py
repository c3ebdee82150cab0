"""The downloadable import template of each register (.xlsx).

Sheet 1 holds the headers in the chosen language, one example row and drop-down
lists where the values are fixed; identifier columns are formatted as text (leading
zeros and long numbers survive) and date columns as dates. Sheet 2 explains each
column.
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

from propdesk.reports.labels import label, normalise_lang
from propdesk.reports.xlsx_files import write_atomically
from propdesk.reports.xlsx_text import column_width
from propdesk.services.master_data.importing.columns import (
    COLUMNS,
    MAX_ROWS,
    SHEET_LABELS,
    CellKind,
    ColumnSpec,
    ImportKind,
)

DATE_FORMAT = "yyyy-mm-dd"
TEXT_FORMAT = "@"
_REQUIRED_FILL = PatternFill("solid", fgColor="FFF2CC")
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_EXAMPLE_FONT = Font(italic=True, color="808080")


def _example(column: ColumnSpec, lang: str) -> Any:
    if column.cell is CellKind.CHOICE and isinstance(column.example, str):
        return label(column.example, lang)
    return column.example


def _data_sheet(ws: Any, columns: tuple[ColumnSpec, ...], lang: str) -> None:
    last_row = MAX_ROWS + 1
    for index, column in enumerate(columns, 1):
        letter = get_column_letter(index)
        header = ws.cell(row=1, column=index, value=label(column.label_key, lang))
        header.font = Font(bold=True)
        header.fill = _REQUIRED_FILL if column.required else _HEADER_FILL
        example = ws.cell(row=2, column=index, value=_example(column, lang))
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
            names = ",".join(label(key, lang) for key, _ in column.choices)
            rule = DataValidation(
                type="list", formula1=f'"{names}"', allow_blank=not column.required
            )
            rule.error = label("notes.choose", lang)
            rule.showErrorMessage = True
            ws.add_data_validation(rule)
            rule.add(f"{letter}2:{letter}{last_row}")
    ws.freeze_panes = "A2"


def _notes_sheet(ws: Any, columns: tuple[ColumnSpec, ...], lang: str) -> None:
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
        example = _example(column, lang)
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


def template(kind: ImportKind, lang: str) -> bytes:
    """The template of `kind` as .xlsx bytes, in zh_CN, zh_TW or en."""
    kind = ImportKind(kind)
    lang = normalise_lang(lang)
    columns = COLUMNS[kind]
    wb = Workbook()
    data = wb.active
    data.title = label(SHEET_LABELS[kind], lang)
    _data_sheet(data, columns, lang)
    _notes_sheet(wb.create_sheet(label("sheet.notes", lang)), columns, lang)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def save_template(kind: ImportKind, lang: str, path: Path) -> Path:
    """Write the template to `path` (all or nothing); FileWriteError when it cannot."""
    content = template(kind, lang)
    return write_atomically(Path(path), lambda temporary: temporary.write_bytes(content))
