"""Every workbook and export prints sensibly from a spreadsheet program, read back from
the saved file: A4, one page wide (as many pages down as needed), landscape when the
columns are too wide to read upright, the header row on every page, the title above
and the page numbers below. Columns are as wide as what they show in any row (not
only the first rows), capped; and the gate journal's notes are in the workbook's
language, not the English codes they are stored as."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import openpyxl
import pytest

from propdesk.errors import ValidationError
from propdesk.reports.monthly.record_fields import gate_note
from propdesk.reports.table_columns import ColumnKind, ExportColumn, TableSheet
from propdesk.reports.xlsx_export import export_table, export_tables
from propdesk.reports.xlsx_print import PAGE_NUMBER, PORTRAIT_COLUMNS
from propdesk.reports.xlsx_text import MAX_WIDTH, display_width
from propdesk.services.gate.journal_sheet import GATE_FIELDS
from propdesk.services.master_data.importing import ImportKind
from propdesk.services.master_data.importing.error_report import save_error_report
from propdesk.services.master_data.importing.results import ImportResult, RowError

K = ColumnKind
LATE = 250  # a row long after the first ones a streamed sheet once sized its columns by
NARROW = [ExportColumn("日期", K.DATE), ExportColumn("数量", K.INT)]
WIDE = [ExportColumn(f"第{n}列的一个很长的标题") for n in range(12)]


def sheet_of(path: Path) -> Any:
    wb = openpyxl.load_workbook(path)  # not read-only: page setup is read in full
    return wb, wb.worksheets[0]


def width_of(ws: Any, column: int) -> float:
    """Column `column`'s width; side by side columns of one width are one range."""
    return next(d.width for d in ws.column_dimensions.values() if d.min <= column <= d.max)


def total_width(ws: Any) -> float:
    return sum(d.width * (d.max - d.min + 1) for d in ws.column_dimensions.values())


def assert_prints_one_page_wide(ws: Any, title: str) -> None:
    setup = ws.page_setup
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    # An absent fitToWidth is 1, the file format's default (xlsxwriter leaves it out).
    assert (setup.fitToWidth or 1, setup.fitToHeight) == (1, 0)
    assert int(setup.paperSize) == int(ws.PAPERSIZE_A4)  # 9
    assert ws.print_title_rows == "$1:$1"
    assert ws.oddHeader.center.text == title
    assert ws.oddFooter.center.text == PAGE_NUMBER


def test_a_narrow_table_prints_upright(tmp_path: Path) -> None:
    path = tmp_path / "narrow.xlsx"
    export_table(path, NARROW, [[date(2026, 10, 1), 3]], sheet_title="门岗每日统计")
    wb, ws = sheet_of(path)
    assert_prints_one_page_wide(ws, "门岗每日统计")
    assert ws.page_setup.orientation == "portrait"
    wb.close()


def test_a_table_a_little_wider_than_the_page_still_prints_upright(tmp_path: Path) -> None:
    # The residents' register: eight columns, a little over a page's width at 100 %.
    columns = [ExportColumn("房号"), ExportColumn("姓名"), ExportColumn("电话")]
    path = tmp_path / "residents.xlsx"
    export_table(path, columns, [["3-2-1502", "张" * 25, "1" * 40]], sheet_title="住户")
    wb, ws = sheet_of(path)
    assert 95 < total_width(ws) <= PORTRAIT_COLUMNS
    assert ws.page_setup.orientation == "portrait"
    wb.close()


def test_a_wide_table_prints_landscape(tmp_path: Path) -> None:
    path = tmp_path / "wide.xlsx"
    export_table(path, WIDE, [["x"] * 12], sheet_title="住户 & 车辆")
    wb, ws = sheet_of(path)
    assert total_width(ws) > PORTRAIT_COLUMNS
    assert_prints_one_page_wide(ws, "住户 && 车辆")  # a literal & is doubled
    assert ws.page_setup.orientation == "landscape"
    wb.close()


def test_every_sheet_of_a_workbook_prints_so(tmp_path: Path) -> None:
    path = tmp_path / "two.xlsx"
    sheets = [
        TableSheet("目标汇总", NARROW, [[date(2026, 10, 1), 1]]),
        TableSheet("门岗日志", WIDE, [["y"] * 12]),
    ]
    export_tables(path, sheets)
    wb = openpyxl.load_workbook(path)
    for ws, sheet in zip(wb.worksheets, sheets, strict=True):
        assert_prints_one_page_wide(ws, sheet.title)
    wb.close()


def test_a_column_is_as_wide_as_its_widest_row_anywhere(tmp_path: Path) -> None:
    # The one note comes long after the rows a streamed sheet sees before its widths.
    note = "卡已挂失，住户已到前台补办新卡"
    rows = [[n, note if n == LATE else ""] for n in range(LATE + 50)]
    huge = "很长" * 200
    rows.append([0, huge[:10]])
    columns = [ExportColumn("序号", K.INT), ExportColumn("备注")]
    path = tmp_path / "notes.xlsx"
    export_table(path, columns, rows)
    wb, ws = sheet_of(path)
    assert width_of(ws, 2) >= display_width(note)
    assert [c.value for c in ws["B"]].count(note) == 1  # the rows came through whole
    wb.close()
    export_table(path, columns, [[1, huge]])
    wb, ws = sheet_of(path)
    assert width_of(ws, 2) == MAX_WIDTH  # capped: it wraps instead
    wb.close()


@pytest.mark.parametrize(
    ("note", "lang", "shown"),
    [
        ("card lost", "zh_CN", "卡已挂失"),
        ("unknown card", "zh_CN", "卡未登记"),
        ("card revoked", "zh_TW", "卡已註銷"),
        ("card returned", "zh_CN", "已退卡"),
        ("unknown card", "en", "card not registered"),
        ("门口放了两箱快递", "en", "门口放了两箱快递"),  # typed by a guard: as typed
    ],
)
def test_gate_notes_are_in_the_workbooks_language(note: str, lang: str, shown: str) -> None:
    assert gate_note(note, lang) == shown
    field = next(f for f in GATE_FIELDS if f.header_key == "xlsx.note")
    assert field.value(SimpleNamespace(note=note), lang) == shown  # type: ignore[arg-type]


def test_the_import_error_report_prints_so_too(tmp_path: Path) -> None:
    problem = ValidationError("There is no unit 9-9-9.")
    result = ImportResult(
        kind=ImportKind.RESIDENTS,
        total=1,
        created=0,
        updated=0,
        unchanged=0,
        errors=(RowError(2, "unit", "房号", "A", problem),),
        written=False,
        lang="zh_CN",
        headers=("房号", "姓名"),
        bad_rows=((2, ("9-9-9", "李四")),),
    )
    path = save_error_report(tmp_path / "errors.xlsx", result, lambda e: e.message, "zh_CN")
    wb, ws = sheet_of(path)
    assert_prints_one_page_wide(ws, "导入错误")
    wb.close()
