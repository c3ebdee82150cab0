from __future__ import annotations

import time
import weakref
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from propdesk.reports.xlsx_export import (
    ColumnKind,
    ExportCancelledError,
    ExportColumn,
    export_table,
)
from propdesk.reports.xlsx_files import FileWriteError
from propdesk.reports.xlsx_text import FORMULA_TRIGGERS, cell_text, display_width

HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "=1+1\x07",  # with a control character XML cannot carry
]


def _load(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def _values(path: Path) -> list[tuple[object, ...]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return list(wb.active.iter_rows(values_only=True))
    finally:
        wb.close()


def test_text_that_would_start_a_formula_is_written_as_text(tmp_path: Path) -> None:
    path = tmp_path / "hostile.xlsx"
    export_table(path, [ExportColumn("姓名")], [[text] for text in HOSTILE])
    ws = _load(path).active
    cells = [ws.cell(row=i + 2, column=1) for i in range(len(HOSTILE))]
    for cell, original in zip(cells, HOSTILE, strict=True):
        assert cell.data_type == "s", (original, cell.data_type)
        assert isinstance(cell.value, str)
        assert not cell.value.startswith(FORMULA_TRIGGERS), repr(cell.value)
        assert cell.value == "'" + original.replace("\x07", "").replace("\r", "\n")


def test_cell_text_leaves_ordinary_text_alone() -> None:
    assert cell_text("张三 3-2-1502") == "张三 3-2-1502"
    assert cell_text("a=b") == "a=b"
    assert cell_text("-5") == "'-5"


def test_numbers_money_and_dates_arrive_as_numbers_and_dates(tmp_path: Path) -> None:
    path = tmp_path / "kinds.xlsx"
    east8 = timezone(timedelta(hours=8))
    columns = [
        ExportColumn("数量", ColumnKind.INT),
        ExportColumn("面积", ColumnKind.DECIMAL),
        ExportColumn("金额", ColumnKind.MONEY),
        ExportColumn("日期", ColumnKind.DATE),
        ExportColumn("时间", ColumnKind.DATETIME),
        ExportColumn("备注"),
    ]
    aware = datetime(2026, 11, 3, 1, 30, tzinfo=UTC)
    rows = [
        [3, Decimal("89.50"), 123456, date(2026, 11, 3), aware, None],
        [None, None, -5, None, datetime(2026, 1, 2, 8, 0, tzinfo=east8), 7],
    ]
    export_table(path, columns, rows)
    ws = _load(path).active
    a, b, c, d, e, f = ws[2]
    assert (a.value, a.data_type) == (3, "n")
    assert (b.value, b.number_format) == (89.5, "0.00")
    assert (c.value, c.data_type, c.number_format) == (1234.56, "n", "0.00")
    assert ws["C3"].value == -0.05
    assert d.is_date
    assert (d.value, d.number_format) == (datetime(2026, 11, 3), "yyyy-mm-dd")
    assert e.is_date
    assert e.number_format == "yyyy-mm-dd hh:mm:ss"
    assert e.value == aware.astimezone().replace(tzinfo=None)  # shown in local time
    assert f.value is None
    assert ws["F3"].value == "7"  # a text column writes text
    assert ws["A3"].value is None


def test_header_is_bold_frozen_and_filtered_with_cjk_widths(tmp_path: Path) -> None:
    path = tmp_path / "layout.xlsx"
    columns = [ExportColumn("房号"), ExportColumn("Name"), ExportColumn("地址")]
    rows = [["3-2-1502", "abcdefghijklmnop", "翠湖花园三期十二栋二单元"]] * 3
    export_table(path, columns, rows, sheet_title="住户: 名单/2026")
    ws = _load(path).active
    assert ws.title == "住户  名单 2026"
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:C4"
    assert [c.value for c in ws[1]] == ["房号", "Name", "地址"]
    assert all(c.font.b for c in ws[1])
    widths = {k: v.width for k, v in ws.column_dimensions.items()}
    # 16 ASCII characters, 12 CJK characters: the CJK column is the wider one.
    assert widths["B"] == pytest.approx(18)
    assert widths["C"] == pytest.approx(26)
    assert widths["A"] == pytest.approx(10)
    assert display_width("张三") == 4
    assert display_width("ab") == 2
    assert display_width("ＡＢ") == 4  # full-width letters are wide too


class _Row:
    """A row whose lifetime the test can watch."""

    __slots__ = ("__weakref__", "values")
    live = 0
    most = 0

    def __init__(self, values: list[object]) -> None:
        self.values = values
        _Row.live += 1
        _Row.most = max(_Row.most, _Row.live)
        weakref.finalize(self, _Row._gone)

    @staticmethod
    def _gone() -> None:
        _Row.live -= 1

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, index: int) -> object:
        return self.values[index]

    def __iter__(self) -> Iterator[object]:
        return iter(self.values)


def test_rows_are_streamed_not_held(tmp_path: Path) -> None:
    _Row.live = _Row.most = 0
    rows = (_Row([f"3-{i}", i, date(2026, 1, 1)]) for i in range(5_000))
    columns = [
        ExportColumn("房号"),
        ExportColumn("n", ColumnKind.INT),
        ExportColumn("d", ColumnKind.DATE),
    ]
    assert export_table(tmp_path / "s.xlsx", columns, rows) == 5_000
    assert _Row.most <= 5  # each row written as it comes, not the whole table
    assert len(_values(tmp_path / "s.xlsx")) == 5_001


def test_progress_is_reported_and_can_cancel(tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []
    rows = [[str(i)] for i in range(1_200)]
    export_table(tmp_path / "p.xlsx", [ExportColumn("x")], rows, total=1_200, progress=_log(seen))
    assert seen[-1] == (1_200, 1_200)
    assert (1_000, 1_200) in seen

    target = tmp_path / "cancelled.xlsx"
    with pytest.raises(ExportCancelledError):
        export_table(target, [ExportColumn("x")], rows, progress=lambda done, _t: done < 500)
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.xlsx"]  # no temporary file


def _log(seen: list[tuple[int, int | None]]) -> Callable[[int, int | None], None]:
    def progress(done: int, total: int | None) -> None:
        seen.append((done, total))

    return progress


def test_a_failed_export_leaves_the_old_file_and_no_half_file(tmp_path: Path) -> None:
    target = tmp_path / "old.xlsx"
    target.write_bytes(b"the previous export")

    def rows() -> Iterator[list[object]]:
        for i in range(1_000):
            if i == 700:
                raise RuntimeError("the query failed")
            yield [str(i)]

    with pytest.raises(RuntimeError):
        export_table(target, [ExportColumn("x")], rows())
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["old.xlsx"]


def test_an_unwritable_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError) as caught:
        export_table(tmp_path / "missing" / "x.xlsx", [ExportColumn("x")], [["1"]])
    assert "cannot be written" in caught.value.message
    assert str(tmp_path / "missing" / "x.xlsx") in caught.value.message
    folder = tmp_path / "a folder.xlsx"
    folder.mkdir()
    with pytest.raises(FileWriteError):
        export_table(folder, [ExportColumn("x")], [["1"]])
    assert [p.name for p in tmp_path.iterdir()] == ["a folder.xlsx"]


@pytest.mark.slow
def test_fifty_thousand_rows_stream_in_bounded_time(tmp_path: Path) -> None:
    columns = [
        ExportColumn("房号"),
        ExportColumn("姓名"),
        ExportColumn("金额", ColumnKind.MONEY),
        ExportColumn("日期", ColumnKind.DATE),
    ]
    rows = ((f"3-2-{i}", "张三", i, date(2026, 1, 1)) for i in range(50_000))
    started = time.perf_counter()
    assert export_table(tmp_path / "big.xlsx", columns, rows, total=50_000) == 50_000
    elapsed = time.perf_counter() - started
    assert elapsed < 60, f"{elapsed:.1f} s"
    rows = _values(tmp_path / "big.xlsx")
    assert len(rows) == 50_001
    assert rows[-1] == ("3-2-49999", "张三", 499.99, datetime(2026, 1, 1))
