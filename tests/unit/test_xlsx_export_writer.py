"""How the exporter writes (issue 18: exports at the raw writer's speed): without
openpyxl, a column's number format set once on the column, and none of a fast writer's
habits (links, formulas or numbers read into text, clashing sheet names) reaching the
file."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from propdesk.errors import UserError
from propdesk.reports import xlsx_export
from propdesk.reports.table_columns import ColumnKind, ExportColumn, TableSheet
from propdesk.reports.xlsx_export import export_table, export_tables


def test_an_export_does_not_load_openpyxl(tmp_path: Path) -> None:
    # openpyxl stays the reader of imports; loading it for an export costs the time and
    # memory of a second writer.
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from propdesk.reports.xlsx_export import export_table\n"
        "from propdesk.reports.table_columns import ExportColumn\n"
        f"export_table(Path({str(tmp_path / 'x.xlsx')!r}), [ExportColumn('x')], [['1']])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'openpyxl'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    assert (tmp_path / "x.xlsx").stat().st_size > 0


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode()


def _columns(xml: str) -> list[dict[str, str]]:
    """Each <col> element's attributes, in the order of the columns."""
    return [dict(re.findall(r'(\w+)="([^"]*)"', col)) for col in re.findall(r"<col [^>]*>", xml)]


def test_a_formatted_column_carries_its_format(tmp_path: Path) -> None:
    path = tmp_path / "formats.xlsx"
    columns = [
        ExportColumn("房号"),
        ExportColumn("日期", ColumnKind.DATE),
        ExportColumn("金额", ColumnKind.MONEY),
    ]
    export_table(path, columns, [["3-2-1", date(2026, 1, i + 1), i] for i in range(20)])
    xml = _sheet_xml(path)
    styles = {col["min"]: col["style"] for col in _columns(xml) if "style" in col}
    assert set(styles) == {"2", "3"}  # the date and money columns, not the text one
    # Every date cell has its column's style; the text column has none.
    dates = [s for row, s in re.findall(r'<c r="B(\d+)" s="(\d+)"', xml) if row != "1"]
    assert len(dates) == 20
    assert set(dates) == {styles["2"]}
    ws = openpyxl.load_workbook(path).active
    assert ws["B2"].number_format == "yyyy-mm-dd"
    assert ws["C3"].number_format == "0.00"
    assert ws["A2"].number_format == "General"


def test_text_that_looks_like_a_link_or_a_number_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "text.xlsx"
    texts = ["http://example.com/x", "mailto:a@b.c", "00123", "1e5", "{=1+1}", "=", " =1"]
    export_table(path, [ExportColumn("备注")], [[t] for t in texts])
    ws = openpyxl.load_workbook(path).active
    cells = [ws.cell(row=i + 2, column=1) for i in range(len(texts))]
    assert [c.value for c in cells] == [*texts[:5], "'=", " =1"]
    assert all(c.data_type == "s" and c.hyperlink is None for c in cells)


def test_sheets_of_the_same_name_are_numbered(tmp_path: Path) -> None:
    path = tmp_path / "same.xlsx"
    sheets = [TableSheet(t, [ExportColumn("x")], [["1"]]) for t in ("门岗", "门岗", "", "")]
    export_tables(path, sheets)
    assert openpyxl.load_workbook(path).sheetnames == ["门岗", "门岗1", "Sheet1", "Sheet11"]


def test_widths_are_held_as_measured(tmp_path: Path) -> None:
    # column_width's whole characters reach the file as they are (no padding added).
    path = tmp_path / "widths.xlsx"
    columns = [ExportColumn("时间", ColumnKind.DATETIME), ExportColumn("n", ColumnKind.INT)]
    export_table(path, columns, [[datetime(2026, 1, 1, 8, 30), 7]])
    widths = [float(col["width"]) for col in _columns(_sheet_xml(path))]
    assert widths == [21, 6]


def test_more_rows_than_a_sheet_holds_are_refused_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Excel's 1,048,576 rows, made small: a writer past them drops rows silently.
    monkeypatch.setattr(xlsx_export, "SHEET_ROWS", 11)
    assert export_table(tmp_path / "fits.xlsx", [ExportColumn("x")], [["1"]] * 10) == 10
    target = tmp_path / "too_many.xlsx"
    with pytest.raises(UserError) as caught:
        export_table(target, [ExportColumn("x")], [["1"]] * 11, sheet_title="门岗日志")
    assert "门岗日志" in caught.value.message
    assert "10 rows" in caught.value.message
    assert not target.exists()
