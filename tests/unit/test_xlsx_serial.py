"""Date-time cells written as Excel's number by the exporter itself (issue 18): the
number and the cell are the ones xlsxwriter's write_datetime gives (xlsxwriter is the
reference here), so the file is the same, only written sooner."""

from __future__ import annotations

import random
import zipfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import openpyxl
import xlsxwriter
from xlsxwriter.utility import _datetime_to_excel_datetime

from propdesk.reports.table_columns import ColumnKind, ExportColumn
from propdesk.reports.xlsx_export import export_table
from propdesk.reports.xlsx_serial import FIRST, date_serial, excel_serial


def test_the_number_is_xlsxwriters_to_the_last_bit() -> None:
    draw = random.Random(18)
    moments = [FIRST, datetime(2026, 12, 5, 23, 59, 59, 999_999), datetime(9999, 12, 31)]
    moments += [
        FIRST + timedelta(seconds=draw.randrange(4_000_000_000), microseconds=draw.randrange(10**6))
        for _ in range(20_000)
    ]
    differ = [m for m in moments if excel_serial(m) != _datetime_to_excel_datetime(m, False, False)]
    assert differ == []
    assert excel_serial(FIRST) == 61.0  # 1900-02-29 counted, as Excel counts it
    assert excel_serial(datetime(2026, 1, 1, 12)) == 46023.5


def _cells(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    return xml[xml.index("<sheetData>") : xml.index("</sheetData>")]


def test_a_datetime_column_is_written_as_write_datetime_writes_it(tmp_path: Path) -> None:
    # The same column written by xlsxwriter's own write_datetime, its format on the
    # column: the rows' XML must be the same, including a time before March 1900 (left
    # to xlsxwriter) and a time with microseconds.
    times = [
        datetime(2026, 3, 29, 1, 59, 59),
        datetime(2026, 11, 1, 8, 30, 0, 250_000),
        datetime(1900, 2, 28, 12),
        datetime(1900, 3, 1),
    ]
    ours = tmp_path / "ours.xlsx"
    export_table(ours, [ExportColumn("时间", ColumnKind.DATETIME)], [[t] for t in times])
    theirs = tmp_path / "theirs.xlsx"
    wb = xlsxwriter.Workbook(str(theirs), {"constant_memory": True})
    ws = wb.add_worksheet()
    ws.set_column(0, 0, None, wb.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"}))
    ws.write_string(0, 0, "时间", wb.add_format({"bold": True}))
    for row, moment in enumerate(times, start=1):
        ws.write_datetime(row, 0, moment)
    wb.close()
    assert _cells(ours) == _cells(theirs)
    back = openpyxl.load_workbook(ours).active
    assert [back.cell(row=i + 2, column=1).value for i in range(len(times))] == times
    assert back["A2"].number_format == "yyyy-mm-dd hh:mm:ss"


def test_an_aware_time_is_written_in_local_time(tmp_path: Path) -> None:
    moment = datetime(2026, 7, 1, 4, 0, tzinfo=UTC)
    path = tmp_path / "aware.xlsx"
    export_table(path, [ExportColumn("时间", ColumnKind.DATETIME)], [[moment]])
    back = openpyxl.load_workbook(path).active
    assert back["A2"].value == moment.astimezone().replace(tzinfo=None)


def test_any_date_is_xlsxwriters_number_before_march_1900_too() -> None:
    # Registers hold dates people give, from 1900 on (and a typo may reach further
    # back): the same numbers as xlsxwriter's, Excel's day 0 and missing leap day too.
    draw = random.Random(1900)
    days = [date(1899, 12, 30), date(1900, 1, 1), date(1900, 2, 28), date(1900, 3, 1)]
    days += [date(1800, 1, 1) + timedelta(days=draw.randrange(90_000)) for _ in range(2_000)]
    moments: list[date] = [*days, datetime(1900, 1, 1, 6), datetime(1900, 2, 28, 23, 59)]
    moments += [datetime.combine(d, time(draw.randrange(24), draw.randrange(60))) for d in days]
    differ = [m for m in moments if date_serial(m) != _datetime_to_excel_datetime(m, False, False)]
    assert differ == []
    assert date_serial(date(1900, 3, 1)) == 61.0
    assert date_serial(datetime(1900, 1, 1, 12)) == 0.5  # Excel's 1900-01-00, noon
