"""Our own .xlsx writer (reports/xlsx_stream, issue 18) against xlsxwriter, the writer
it replaced: for the same table, the same cells (values, types, number formats), the
same widths, frozen header, filter and print settings, read back with openpyxl (with
warnings as errors: a file it frowns on fails); the rows' XML itself the same to the
byte. Then what only a file can show: hostile and broken text, empty and several
sheets, text as long as a cell holds, a full disk, and LibreOffice opening it."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import openpyxl
import pytest
import xlsxwriter

from propdesk.reports.table_columns import ColumnKind, ExportColumn, TableSheet
from propdesk.reports.xlsx_columns import FORMATS, _shown, _value
from propdesk.reports.xlsx_export import _sheet_title, _unique_title, export_tables
from propdesk.reports.xlsx_files import FileWriteError
from propdesk.reports.xlsx_print import print_setup
from propdesk.reports.xlsx_text import cell_text
from propdesk.reports.xlsx_widths import ColumnWidths
from tests.reliability.small_disk import fill, small_disk

K = ColumnKind
EAST8 = timezone(timedelta(hours=8))
LONGEST = 32_767  # the most characters a cell holds


def reference(path: Path, sheets: Sequence[TableSheet]) -> None:
    """The workbook as xlsxwriter wrote it before issue 18: the same conversions
    (xlsx_columns._value), xlsxwriter's own cell methods, format on the column."""
    wb = xlsxwriter.Workbook(
        str(path),
        {"constant_memory": True, "strings_to_urls": False, "strings_to_formulas": False},
    )
    taken: list[str] = []
    for table in sheets:
        title = _unique_title(_sheet_title(table.title), taken)
        taken.append(title)
        ws = wb.add_worksheet(title)
        formats = {kind: wb.add_format({"num_format": code}) for kind, code in FORMATS.items()}
        for i, column in enumerate(table.columns):
            if column.kind in formats:
                ws.set_column(i, i, None, formats[column.kind])
        ws.freeze_panes(1, 0)
        bold = wb.add_format({"bold": True})
        widths = ColumnWidths([c.header for c in table.columns])
        for i, column in enumerate(table.columns):
            ws.write_string(0, i, cell_text(column.header), bold)
        general = wb.add_format()
        written = 0
        for written, row in enumerate(table.rows, start=1):
            for i, (column, raw) in enumerate(zip(table.columns, row, strict=False)):
                value = _value(column.kind, raw)
                if value is None:
                    continue
                widths.see(i, _shown(value, column.kind))
                if isinstance(value, str):
                    ws.write_string(written, i, value, general if column.kind in formats else None)
                elif isinstance(value, bool):
                    ws.write_boolean(written, i, value)
                elif isinstance(value, date):
                    ws.write_datetime(written, i, value)
                else:
                    ws.write_number(written, i, float(value))
        ws.autofilter(0, 0, written, len(table.columns) - 1)
        measured = widths.widths()
        for i, (column, width) in enumerate(zip(table.columns, measured, strict=True)):
            ws.set_column_pixels(i, i, round(width * 7), formats.get(column.kind))
        print_setup(ws, table.title, measured, footnote=table.footnote)
    wb.close()


def tables() -> list[TableSheet]:
    """Every kind of cell, in the ways the modules give them."""
    columns = [
        ExportColumn("时间", K.DATETIME),
        ExportColumn("姓名"),
        ExportColumn("数量", K.INT),
        ExportColumn("面积", K.DECIMAL),
        ExportColumn("收费（元）", K.MONEY),
        ExportColumn("日期", K.DATE),
        ExportColumn("=header"),
    ]
    aware = datetime(2026, 11, 3, 1, 30, 15, 250_000, tzinfo=UTC)
    rows: list[list[object]] = [
        [aware, "王伟永", 3, Decimal("89.50"), 123456, date(2026, 11, 3), "6-1-902"],
        [datetime(2026, 1, 2, 8, tzinfo=EAST8), '=HYPERLINK("x")', -7, 1.25, -5, None, ""],
        [
            datetime(2026, 3, 29, 1, 59, 59),
            " 前后有空格 ",
            True,
            0,
            0,
            date(1900, 1, 1),
            "a_x0041_b",
        ],
        [datetime(1900, 2, 28, 12), "line\nbreak\r\nand\rCR\ttab", None, None, None, None, '<&>"'],
        [
            date(2026, 5, 1),
            "x\x07y\x00z",
            10**17,
            Decimal("1E+3"),
            1,
            datetime(2026, 5, 1, 23),
            None,
        ],
        ["合计", "全角　空格", "12", "n/a", "免", "未知", 42],
        [None, None, None, None, None, None, None],
        [datetime(2026, 12, 31, 23, 59, 59, 999_999), "长" * 200, 0, float("1e-7"), 99, None, "@x"],
    ]
    footnote = "审计链 #7 · 0a24d673b984…"
    return [
        TableSheet("门岗 & 日志", columns, rows, footnote=footnote),
        TableSheet("空表", [ExportColumn("x"), ExportColumn("n", K.INT)], []),
        TableSheet("it's [1/2]", [ExportColumn("备注")], [["甲"], ["乙"]], footnote=footnote),
        TableSheet("门岗 & 日志", [ExportColumn("d", K.DATE)], [[date(2026, 1, 1)]]),
    ]


def _rows_xml(path: Path, number: int) -> str:
    """A sheet's rows as written, a text cell's style left out: xlsxwriter gives text
    in a number column a General style of its own (s="5"), ours the default (none);
    both read back as General (read_back compares them)."""
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(f"xl/worksheets/sheet{number}.xml").decode()
    rows = xml[xml.index("<sheetData>") : xml.index("</sheetData>")]
    return re.sub(r'(<c r="[A-Z]+[0-9]+") s="(?!1")[0-9]+"( t="inlineStr")', r"\1\2", rows)


def read_back(path: Path) -> list[dict[str, Any]]:
    """Everything a reader sees of each sheet, as openpyxl reads it."""
    wb = openpyxl.load_workbook(path)
    try:
        return [
            {
                "title": ws.title,
                "cells": [
                    [(c.value, c.data_type, c.number_format, bool(c.font.b)) for c in row]
                    for row in ws.iter_rows()
                ],
                "widths": {k: (d.min, d.max, d.width) for k, d in ws.column_dimensions.items()},
                "frozen": ws.freeze_panes,
                "filter": ws.auto_filter.ref,
                "titles": ws.print_title_rows,
                "setup": (
                    ws.page_setup.orientation,
                    ws.page_setup.paperSize,
                    ws.page_setup.fitToWidth,
                    ws.page_setup.fitToHeight,
                    ws.sheet_properties.pageSetUpPr.fitToPage,
                ),
                "margins": (ws.page_margins.left, ws.page_margins.top, ws.page_margins.header),
                "header": (
                    ws.oddHeader.center.text,
                    ws.oddFooter.left.text,
                    ws.oddFooter.center.text,
                ),
                "extent": ws.dimensions,
            }
            for ws in wb.worksheets
        ]
    finally:
        wb.close()


def test_the_same_workbook_as_xlsxwriter_wrote(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ours.xlsx", tmp_path / "theirs.xlsx"
    assert export_tables(ours, tables()) == [8, 0, 2, 1]
    reference(theirs, tables())
    assert read_back(ours) == read_back(theirs)
    for number in range(1, 5):
        assert _rows_xml(ours, number) == _rows_xml(theirs, number)


def test_what_the_cells_hold(tmp_path: Path) -> None:
    path = tmp_path / "cells.xlsx"
    export_tables(path, tables())
    wb = openpyxl.load_workbook(path)
    ws = wb["门岗 & 日志"]
    assert wb.sheetnames == ["门岗 & 日志", "空表", "it's  1 2", "门岗 & 日志1"]
    assert ws["A2"].value == datetime(
        2026, 11, 3, 1, 30, 15, 250_000, tzinfo=UTC
    ).astimezone().replace(tzinfo=None)
    assert (ws["B3"].value, ws["G1"].value) == ('\'=HYPERLINK("x")', "'=header")
    assert ws["B4"].value == " 前后有空格 "  # the spaces kept
    assert ws["G4"].value == "a_x005F_x0041_b"  # Excel shows a_x0041_b, not aB
    assert ws["B5"].value == "line\nbreak\nand\nCR\ttab"
    assert ws["B6"].value == "xyz"  # control characters dropped
    assert (ws["C4"].value, ws["C4"].data_type) == (True, "b")
    assert (ws["E2"].value, ws["E2"].number_format) == (1234.56, "0.00")
    assert (ws["A7"].value, ws["A7"].number_format) == ("合计", "General")
    assert [c.value for c in ws[8]] == [None] * 7  # an empty row stays empty
    assert ws["B9"].value == "长" * 200
    assert ws.column_dimensions["B"].width == 60  # capped
    assert wb["空表"].max_row == 1
    wb.close()


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a\ud800b", "a\ufffdb"),  # a lone surrogate: replaced, not a crash
        ("\udfff", "\ufffd"),
        ("x\ufffey\uffff", "xy"),  # not characters in XML: dropped
        ("🏠 3-2-1502", "🏠 3-2-1502"),  # a pair is a character
    ],
)
def test_text_no_xml_can_carry(tmp_path: Path, text: str, shown: str) -> None:
    path = tmp_path / "broken.xlsx"
    export_tables(path, [TableSheet("t", [ExportColumn("x")], [[text]])])
    wb = openpyxl.load_workbook(path)
    assert wb.active["A2"].value == shown
    wb.close()


def test_text_as_long_as_a_cell_holds(tmp_path: Path) -> None:
    long = ("住户" * LONGEST)[:LONGEST]
    path = tmp_path / "long.xlsx"
    export_tables(path, [TableSheet("t", [ExportColumn("x")], [[long], ["&<" * 9000]])])
    wb = openpyxl.load_workbook(path, read_only=True)
    assert [r[0] for r in wb.active.iter_rows(min_row=2, values_only=True)] == [long, "&<" * 9000]
    wb.close()


def test_every_part_is_well_formed_and_declared(tmp_path: Path) -> None:
    path = tmp_path / "parts.xlsx"
    export_tables(path, tables())
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        assert names[0] == "[Content_Types].xml"  # what file-type sniffers look for
        for name in names:
            ElementTree.fromstring(archive.read(name))
        types = archive.read("[Content_Types].xml").decode()
        workbook = archive.read("xl/workbook.xml").decode()
    declared = set(re.findall(r'PartName="/([^"]+)"', types))
    assert declared == {n for n in names if not n.endswith(".rels") and n != "[Content_Types].xml"}
    # The print titles and the filter of each sheet, the sheet named as a formula does.
    assert "'it''s  1 2'!$1:$1" in workbook
    assert "'门岗 &amp; 日志'!$A$1:$G$9" in workbook


def test_a_full_disk_is_the_clear_message_and_leaves_nothing(tmp_path: Path) -> None:
    rows = [[f"3-2-{i}", "张三" * 20] for i in range(20_000)]
    columns = [ExportColumn("房号"), ExportColumn("姓名")]
    with small_disk(tmp_path / "disk", 256) as disk:
        target = disk / "journal.xlsx"
        filler = fill(disk)
        try:
            with pytest.raises(FileWriteError) as caught:
                export_tables(target, [TableSheet("门岗", columns, rows)])
        finally:
            filler.unlink()
        assert "cannot be written" in caught.value.message
        assert list(disk.iterdir()) == []  # no half file, no scratch file


@pytest.mark.slow
def test_libreoffice_reads_it(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    path = tmp_path / "门岗.xlsx"
    export_tables(path, tables()[:1])
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    csv = tmp_path / "门岗.csv"
    assert csv.exists(), done.stderr
    lines = csv.read_text(encoding="utf-8").splitlines()
    assert lines[0].split(",")[:3] == ["时间", "姓名", "数量"]
    assert "王伟永" in lines[1]
    assert "1234.56" in lines[1]
    assert "2026-11-03" in lines[1]  # a real date, shown with the column's format
