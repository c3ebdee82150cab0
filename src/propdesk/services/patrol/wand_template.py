"""The plain wand-swipes template (.xlsx), for wands whose software lets the columns be
chosen, or for swipes typed from a wand's display: 设备号, 卡号/标签号, 时间 in the
chosen language, three example rows (a guard's card, then two checkpoints), the codes
kept as text and the times as date-times; a second sheet explains each column.
Made on demand, like the master-data import's templates."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from propdesk.reports.xlsx_files import write_atomically
from propdesk.services.patrol.wand_columns import wand_label

TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
TEXT_FORMAT = "@"
_HEADER_FILL = PatternFill("solid", fgColor="FFF2CC")
_EXAMPLE_FONT = Font(italic=True, color="808080")
_EXAMPLES = (
    ("1", "G0001", datetime(2026, 12, 5, 22, 0, 12)),
    ("1", "00A1B2C3", datetime(2026, 12, 5, 22, 1, 40)),
    ("1", "00A1B2C4", datetime(2026, 12, 5, 22, 6, 5)),
)
_WIDTHS = (12, 20, 22)


def _data_sheet(ws: Any, lang: str) -> None:
    for index, key in enumerate(("col.device", "col.code", "col.time"), 1):
        header = ws.cell(row=1, column=index, value=wand_label(key, lang))
        header.font = Font(bold=True)
        header.fill = _HEADER_FILL
        letter = header.column_letter
        ws.column_dimensions[letter].width = _WIDTHS[index - 1]
        ws.column_dimensions[letter].number_format = TIME_FORMAT if index == 3 else TEXT_FORMAT
    for device, code, at in _EXAMPLES:
        ws.append([device, code, at])
        for cell in ws[ws.max_row]:
            cell.font = _EXAMPLE_FONT
        ws.cell(ws.max_row, 1).number_format = TEXT_FORMAT
        ws.cell(ws.max_row, 2).number_format = TEXT_FORMAT
        ws.cell(ws.max_row, 3).number_format = TIME_FORMAT
    ws.freeze_panes = "A2"


def _notes_sheet(ws: Any, lang: str) -> None:
    wrap = Alignment(wrap_text=True, vertical="top")
    ws.append([wand_label("note.order", lang)])
    ws.append([])
    for key in ("device", "code", "time"):
        ws.append([wand_label(f"col.{key}", lang), wand_label(f"note.{key}", lang)])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = wrap
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 70
    ws.merge_cells("A1:B1")
    ws.row_dimensions[1].height = 36


def wand_template(lang: str | None) -> bytes:
    """The template as .xlsx bytes, in zh_CN, zh_TW or en."""
    wb = Workbook()
    data = wb.active
    data.title = wand_label("sheet.swipes", lang)
    _data_sheet(data, lang or "")
    _notes_sheet(wb.create_sheet(wand_label("sheet.notes", lang)), lang or "")
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def save_wand_template(lang: str | None, path: Path) -> Path:
    """Write the template to `path` (all or nothing); FileWriteError when it cannot."""
    content = wand_template(lang)
    return write_atomically(Path(path), lambda temporary: temporary.write_bytes(content))
