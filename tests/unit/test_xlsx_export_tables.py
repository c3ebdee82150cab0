"""Several tables in one workbook (export_tables): one sheet each, in order, progress over
all of them, and all or nothing when it stops half-way."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from propdesk.errors import UserError
from propdesk.reports.table_columns import ColumnKind, ExportColumn, TableSheet
from propdesk.reports.xlsx_export import PROGRESS_EVERY, ExportCancelledError, export_tables


def _sheets(rows_a: int, rows_b: int) -> list[TableSheet]:
    return [
        TableSheet("甲", [ExportColumn("n", ColumnKind.INT)], ([i] for i in range(rows_a)), rows_a),
        TableSheet(
            "乙",
            [ExportColumn("x"), ExportColumn("fee", ColumnKind.MONEY)],
            (["=1+1", i] for i in range(rows_b)),
            rows_b,
        ),
    ]


def test_each_table_its_own_sheet(tmp_path: Path) -> None:
    path = tmp_path / "two.xlsx"
    assert export_tables(path, _sheets(3, 2)) == [3, 2]
    wb = openpyxl.load_workbook(path)
    try:
        assert wb.sheetnames == ["甲", "乙"]
        assert [c.value for c in wb["甲"]["A"]] == ["n", 0, 1, 2]
        second = wb["乙"]
        assert second["A2"].value == "'=1+1"  # neutralised, as in every export
        assert second["B3"].value == 0.01
        assert second.freeze_panes == "A2"
        assert second.auto_filter.ref == "A1:B3"
    finally:
        wb.close()


def test_progress_counts_all_sheets_and_stopping_writes_nothing(tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []
    path = tmp_path / "two.xlsx"
    export_tables(path, _sheets(10, 1200), progress=lambda d, t: seen.append((d, t)) is None)
    assert seen[0] == (10, 1210)
    assert (10 + PROGRESS_EVERY, 1210) in seen
    assert seen[-1] == (1210, 1210)

    stopped = tmp_path / "stopped.xlsx"
    with pytest.raises(ExportCancelledError):
        export_tables(stopped, _sheets(10, 1200), progress=lambda d, _t: d < 200)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["two.xlsx"]


def test_an_unknown_total_is_none(tmp_path: Path) -> None:
    seen: list[int | None] = []
    sheets = _sheets(2, 2)
    sheets[1] = TableSheet("乙", sheets[1].columns, sheets[1].rows)  # no total
    export_tables(tmp_path / "x.xlsx", sheets, progress=lambda _d, t: seen.append(t) is None)
    assert set(seen) == {None}


def test_no_sheet_or_no_columns_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        export_tables(tmp_path / "x.xlsx", [])
    with pytest.raises(UserError):
        export_tables(tmp_path / "x.xlsx", [TableSheet("a", [], [])])
