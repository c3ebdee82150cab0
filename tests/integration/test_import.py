"""Excel import of the registers: templates, preview = apply, all or nothing, hostile files."""

from __future__ import annotations

import io
import re
import time
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from propdesk.cli import EXIT_OK, EXIT_STORAGE, EXIT_USAGE, run
from propdesk.domain.roles import Role
from propdesk.errors import (
    NotFoundError,
    PermissionDeniedError,
    StorageError,
    StorageProblem,
    UserError,
    ValidationError,
)
from propdesk.reports.labels import label
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor, system_actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.master_data.cards import CardStatus
from propdesk.services.master_data.importing import (
    MAX_ROWS,
    ImportCancelledError,
    ImportKind,
    ImportResult,
    ImportService,
    save_error_report,
    template,
)
from propdesk.services.master_data.importing.error_report import BAD_FILL
from propdesk.services.master_data.units import UnitInput

ADMIN = system_actor("岗亭")
Row = Sequence[object]


@pytest.fixture
def importer(services: Services) -> ImportService:
    return ImportService(services.store, services.residents.id_numbers)


def _audit_total(services: Services) -> int:
    return services.audit.page(ADMIN, AuditFilter()).total


def _from_template(path: Path, kind: ImportKind, lang: str, rows: Sequence[Row]) -> Path:
    """The downloaded template with `rows` typed over the example row."""
    wb = openpyxl.load_workbook(io.BytesIO(template(kind, lang)))
    ws = wb.worksheets[0]
    for column in range(1, ws.max_column + 1):
        ws.cell(row=2, column=column).value = None
    for r, row in enumerate(rows, 2):
        for c, value in enumerate(row, 1):
            ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return path


def _sheet(path: Path, header: Row, rows: Sequence[Row] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    for line in ws.iter_rows():
        for cell in line:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text as typed, even "=1+1" (not a formula)
    wb.save(path)
    return path


def _counts(result: ImportResult) -> tuple[int, int, int, int]:
    return (result.total, result.created, result.updated, result.unchanged)


UNIT_ROWS = [
    ["3", "2", "1502", None, "89.5"],
    [3, 2, 1501, 15, 89.5],  # numbers where text was typed are fine
    ["A", None, "101", "1", "120"],  # floor typed as text
]


@pytest.fixture
def units(services: Services, importer: ImportService, tmp_path: Path) -> list[str]:
    path = _from_template(tmp_path / "units.xlsx", ImportKind.UNITS, "zh_CN", UNIT_ROWS)
    assert importer.apply(ADMIN, ImportKind.UNITS, path).written
    return [u.code for u in services.units.list_units(ADMIN)]


RESIDENT_ROWS = [
    ["3-2-1502", "业主", "张三", "138 1234 5678", None, "11010519491231002X", date(2024, 5, 1)],
    ["3-2-1502", "家庭成员", "李四", 13912345678, None, None, "2026/11/3"],
    ["3-2-1501", "租户", "王五", None, None, None, "2026-11-03", "2026年12月31日"],
]


@pytest.fixture
def residents(units: list[str], importer: ImportService, tmp_path: Path) -> None:
    path = _from_template(tmp_path / "res.xlsx", ImportKind.RESIDENTS, "zh_CN", RESIDENT_ROWS)
    result = importer.apply(ADMIN, ImportKind.RESIDENTS, path)
    assert result.written, result.errors


def test_units_template_preview_apply_and_reimport(
    services: Services, importer: ImportService, tmp_path: Path
) -> None:
    path = _from_template(tmp_path / "units.xlsx", ImportKind.UNITS, "zh_CN", UNIT_ROWS)
    audit_before = _audit_total(services)

    preview = importer.preview(ADMIN, ImportKind.UNITS, path)
    assert preview.errors == ()
    assert _counts(preview) == (3, 3, 0, 0)
    assert not preview.written
    assert services.units.list_units(ADMIN) == []  # a preview writes nothing
    assert _audit_total(services) == audit_before

    applied = importer.apply(ADMIN, ImportKind.UNITS, path)
    assert _counts(applied) == _counts(preview)
    assert applied.written
    units = {u.code: u for u in services.units.list_units(ADMIN)}
    assert set(units) == {"3-2-1502", "3-2-1501", "A-101"}
    assert (units["3-2-1502"].floor, str(units["3-2-1502"].area_m2)) == (15, "89.5")
    assert units["A-101"].floor == 1
    # The same audit rows as single saves: 3 units and 2 buildings created.
    assert _audit_total(services) == audit_before + 5
    assert services.audit.verify().ok

    again = importer.apply(ADMIN, ImportKind.UNITS, path)
    assert _counts(again) == (3, 0, 0, 3)
    assert _audit_total(services) == audit_before + 5


def test_residents_with_dates_numbers_and_drop_downs(
    services: Services, importer: ImportService, tmp_path: Path, units: list[str]
) -> None:
    path = _from_template(tmp_path / "res.xlsx", ImportKind.RESIDENTS, "zh_CN", RESIDENT_ROWS)
    assert _counts(importer.preview(ADMIN, ImportKind.RESIDENTS, path)) == (3, 3, 0, 0)
    assert importer.apply(ADMIN, ImportKind.RESIDENTS, path).written
    unit = next(u for u in services.units.list_units(ADMIN) if u.code == "3-2-1502")
    people = {r.name: r for r in services.residents.for_unit(ADMIN, unit.id)}
    assert people["张三"].id_masked == "110***********002X"
    assert people["张三"].phone == "13812345678"
    assert people["李四"].phone == "13912345678"
    assert people["李四"].move_in == date(2026, 11, 3)
    assert people["张三"].move_in == date(2024, 5, 1)
    assert _counts(importer.apply(ADMIN, ImportKind.RESIDENTS, path)) == (3, 0, 0, 3)

    # A changed phone is an update, found by unit + name.
    changed = [list(RESIDENT_ROWS[0]), *RESIDENT_ROWS[1:]]
    changed[0][3] = "13800000000"
    path2 = _from_template(tmp_path / "res2.xlsx", ImportKind.RESIDENTS, "zh_CN", changed)
    assert _counts(importer.apply(ADMIN, ImportKind.RESIDENTS, path2)) == (3, 0, 1, 2)


def test_vehicles_and_cards_from_templates(
    services: Services, importer: ImportService, tmp_path: Path, residents: None
) -> None:
    vehicles = _from_template(
        tmp_path / "v.xlsx",
        ImportKind.VEHICLES,
        "zh_CN",
        [
            ["粤b·d1234 5", "3-2-1502", "张三", "b2-017", "白色特斯拉"],
            ["粤B12345", "3-2-1501", "王五"],
        ],
    )
    assert _counts(importer.apply(ADMIN, ImportKind.VEHICLES, vehicles)) == (2, 2, 0, 0)
    car = services.vehicles.find_by_plate(ADMIN, "粤BD12345")
    assert car is not None
    assert (car.space_code, car.owner_name) == ("B2-017", "张三")
    assert _counts(importer.apply(ADMIN, ImportKind.VEHICLES, vehicles)) == (2, 0, 0, 2)

    cards = _from_template(
        tmp_path / "c.xlsx",
        ImportKind.CARDS,
        "zh_CN",
        [
            ["0012 3456", "3-2-1502", "张三", None, date(2026, 1, 5)],
            ["99887766", "3-2-1502", "李四", "挂失"],
        ],
    )
    assert _counts(importer.apply(ADMIN, ImportKind.CARDS, cards)) == (2, 2, 0, 0)
    card = services.cards.lookup(ADMIN, "00123456")
    assert card is not None
    assert (card.status, card.issued_on) == (CardStatus.ACTIVE, date(2026, 1, 5))
    lost = services.cards.lookup(ADMIN, "99887766")
    assert lost is not None
    assert lost.status is CardStatus.LOST

    # A card reported lost at the desk stays lost when an old sheet with an empty
    # status cell is imported again.
    services.cards.change_status(ADMIN, card.id, CardStatus.LOST, "丢失")
    assert _counts(importer.apply(ADMIN, ImportKind.CARDS, cards)) == (2, 0, 0, 2)
    card = services.cards.lookup(ADMIN, "00123456")
    assert card is not None
    assert card.status is CardStatus.LOST


def test_one_bad_row_is_listed_and_nothing_is_written(
    services: Services, importer: ImportService, tmp_path: Path, units: list[str]
) -> None:
    rows = [list(r) for r in RESIDENT_ROWS]
    rows[1][0] = "9-9-999"  # sheet row 3: no such unit
    rows[2][6] = "明天"  # sheet row 4: not a date
    path = _from_template(tmp_path / "bad.xlsx", ImportKind.RESIDENTS, "en", rows)
    audit_before = _audit_total(services)

    preview = importer.preview(ADMIN, ImportKind.RESIDENTS, path)
    assert [(e.row, e.column, e.header, e.letter) for e in preview.errors] == [
        (3, "unit", "Unit", "A"),
        (4, "move_in", "Move-in date", "G"),
    ]
    assert isinstance(preview.errors[0].error, NotFoundError)
    assert preview.errors[0].error.message == "There is no unit 9-9-999."
    assert "明天 is not a date" in preview.errors[1].error.message
    assert _counts(preview) == (3, 1, 0, 0)

    applied = importer.apply(ADMIN, ImportKind.RESIDENTS, path)
    assert not applied.written
    assert [(e.row, e.column) for e in applied.errors] == [(3, "unit"), (4, "move_in")]
    assert _audit_total(services) == audit_before
    for unit in services.units.list_units(ADMIN):
        assert services.residents.for_unit(ADMIN, unit.id) == []

    rows[1][0] = "3-2-1502"
    rows[2][6] = "2026-11-03"
    fixed = _from_template(tmp_path / "fixed.xlsx", ImportKind.RESIDENTS, "en", rows)
    result = importer.apply(ADMIN, ImportKind.RESIDENTS, fixed)
    assert (result.written, _counts(result)) == (True, (3, 3, 0, 0))


@pytest.mark.parametrize(
    ("kind", "header", "row", "column", "message"),
    [
        (ImportKind.UNITS, ["楼栋", "室", "楼层"], ["3", "1502", "十五"], "floor", "whole number"),
        (ImportKind.UNITS, ["楼栋", "室", "面积(㎡)"], ["3", "1502", "大"], "area", "square"),
        (ImportKind.UNITS, ["楼栋", "室"], ["3", None], "room", "must be filled in"),
        (ImportKind.UNITS, ["楼栋", "室"], ["3", date(2026, 3, 2)], "room", "into a date"),
        (
            ImportKind.RESIDENTS,
            ["房号", "住户类型", "姓名", "证件号码"],
            ["3-2-1502", "业主", "张三", 110105194912310020],
            "id_number",
            "too long",
        ),
        (
            ImportKind.RESIDENTS,
            ["房号", "住户类型", "姓名"],
            ["3-2-1502", "房东", "张三"],
            "resident_kind",
            "房东 is not one of: 业主, 租户, 家庭成员.",
        ),
        (
            ImportKind.RESIDENTS,
            ["房号", "住户类型", "姓名", "电话"],
            ["3-2-1502", "业主", "张三", "12"],
            "phone",
            "phone number",
        ),
        (
            ImportKind.VEHICLES,
            ["车牌号", "房号", "车主姓名"],
            ["粤BI2345", "3-2-1502", "张三"],
            "plate",
            "I or O",
        ),
        (
            ImportKind.CARDS,
            ["卡号", "房号", "持卡人"],
            ["12", "3-2-1502", "张三"],
            "card_number",
            "4 to 32",
        ),
        (
            ImportKind.CARDS,
            ["卡号", "房号", "持卡人"],
            ["12345678", "3-2-1502", "赵六"],
            "holder_name",
            "赵六 is not a resident of 3-2-1502.",
        ),
    ],
)
def test_wrong_cells_get_a_message_on_that_cell(
    importer: ImportService,
    tmp_path: Path,
    residents: None,
    kind: ImportKind,
    header: list[str],
    row: list[object],
    column: str,
    message: str,
) -> None:
    path = _sheet(tmp_path / "wrong.xlsx", header, [row])
    result = importer.preview(ADMIN, kind, path)
    assert len(result.errors) == 1, result.errors
    (error,) = result.errors
    assert (error.row, error.column) == (2, column)
    assert error.header == label(f"col.{column}", "zh_CN")
    assert error.letter == get_column_letter(header.index(error.header) + 1)
    assert message in error.error.message


def test_a_row_repeated_in_the_file_is_an_error(importer: ImportService, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "dup.xlsx",
        ["楼栋", "单元", "室"],
        [[3, 2, 1502], [1, 1, 101], ["3", "2", "1502"]],
    )
    result = importer.preview(ADMIN, ImportKind.UNITS, path)
    assert [(e.row, e.column, e.error.message) for e in result.errors] == [
        (4, "room", "This row repeats row 2.")
    ]


def test_a_clash_with_a_voided_record_is_a_row_error(
    services: Services, importer: ImportService, tmp_path: Path
) -> None:
    unit = services.units.save(ADMIN, UnitInput("3", "2", "1502"))
    services.units.void(ADMIN, unit.id, "entered twice")
    path = _sheet(
        tmp_path / "clash.xlsx", ["楼栋", "单元", "室"], [[1, 1, 101], [3, 2, 1502], [1, 1, 102]]
    )
    result = importer.apply(ADMIN, ImportKind.UNITS, path)
    assert not result.written
    assert [(e.row, e.column) for e in result.errors] == [(3, None)]
    assert "clashes" in result.errors[0].error.message
    assert _counts(result) == (3, 2, 0, 0)  # the other rows were still checked
    assert services.units.list_units(ADMIN) == []


def test_error_report_highlights_the_bad_cells(
    importer: ImportService, tmp_path: Path, units: list[str]
) -> None:
    rows = [list(r) for r in RESIDENT_ROWS]
    rows[1][0] = "9-9-999"
    rows[1][6] = date(2026, 11, 3)
    rows[2][3] = "12"
    path = _from_template(tmp_path / "bad.xlsx", ImportKind.RESIDENTS, "zh_CN", rows)
    result = importer.preview(ADMIN, ImportKind.RESIDENTS, path)
    assert [e.row for e in result.errors] == [3, 4]
    report = save_error_report(
        tmp_path / "errors.xlsx", result, lambda e: f"«{e.message}»", "zh_CN"
    )
    ws = openpyxl.load_workbook(report).active
    assert ws.title == "导入错误"
    header = [c.value for c in ws[1]]
    assert (header[0], header[-1]) == ("行号", "问题")
    assert header[1:-1] == [
        label(f"col.{k}", "zh_CN")
        for k in (
            "unit",
            "resident_kind",
            "name",
            "phone",
            "phone2",
            "id_number",
            "move_in",
            "move_out",
        )
    ]
    assert [c.value for c in ws["A"][1:]] == [3, 4]
    assert ws["B2"].value == "9-9-999"
    assert ws["B2"].fill.fgColor.rgb == BAD_FILL.fgColor.rgb
    assert ws["E3"].value == "12"
    assert ws["E3"].fill.fgColor.rgb == BAD_FILL.fgColor.rgb
    assert ws["C2"].fill.fgColor.rgb != BAD_FILL.fgColor.rgb
    assert ws["H2"].is_date
    assert ws["H3"].value == "2026-11-03"  # copied as it was typed
    assert ws.cell(2, len(header)).value == "房号: «There is no unit 9-9-999.»"
    assert ws.cell(3, len(header)).value.startswith("电话: «Not a valid phone number")
    assert ws.freeze_panes == "B2"


def test_a_formula_without_a_value_reads_as_empty(
    importer: ImportService, tmp_path: Path, units: list[str]
) -> None:
    path = tmp_path / "f.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["房号", "住户类型", "姓名"])
    wb.active.append(["3-2-1502", "业主", '=HYPERLINK("http://x","y")'])  # never calculated
    wb.save(path)
    result = importer.preview(ADMIN, ImportKind.RESIDENTS, path)
    assert [(e.row, e.column, e.error.message) for e in result.errors] == [
        (2, "name", "This cell must be filled in.")
    ]


def test_error_report_neutralises_hostile_cells(
    importer: ImportService, tmp_path: Path, units: list[str]
) -> None:
    path = _sheet(
        tmp_path / "h.xlsx",
        ["房号", "住户类型", "姓名"],
        [["=1+1", "业主", "@SUM(A1)"]],
    )
    result = importer.preview(ADMIN, ImportKind.RESIDENTS, path)
    report = save_error_report(tmp_path / "r.xlsx", result, lambda e: e.message, "en")
    ws = openpyxl.load_workbook(report).active
    assert [(c.value, c.data_type) for c in ws[2][1:4]] == [
        ("'=1+1", "s"),
        ("业主", "s"),
        ("'@SUM(A1)", "s"),
    ]


def test_headers_in_another_language_in_any_order(
    services: Services, importer: ImportService, tmp_path: Path, units: list[str]
) -> None:
    # A zh_TW template filled in and imported on a station that speaks English.
    path = _from_template(
        tmp_path / "tw.xlsx",
        ImportKind.RESIDENTS,
        "zh_TW",
        [["3-2-1502", "業主", "張三"], ["3-2-1502", "Tenant", "Mary"]],
    )
    result = importer.apply(ADMIN, ImportKind.RESIDENTS, path)
    assert (result.written, result.lang) == (True, "zh_TW")
    # English headers, shuffled, with an asterisk and different case.
    shuffled = _sheet(
        tmp_path / "en.xlsx",
        ["NAME", "Resident type", "* Unit ", "Phone"],
        [["Mary", "tenant", "3-2-1502", "13800001111"]],
    )
    again = importer.apply(ADMIN, ImportKind.RESIDENTS, shuffled)
    assert (_counts(again), again.lang) == ((1, 0, 1, 0), "en")


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (["房号", "住户类型", "姓名", "备注"], "Unknown columns: 备注"),
        (["房号", "姓名"], "Required columns are missing: 住户类型."),
        (["Unit", "Name"], "Required columns are missing: Resident type."),
        (["房号", "住户类型", "姓名", "房號"], "The column 房號 appears twice."),
    ],
)
def test_wrong_headers_are_refused_before_any_row(
    importer: ImportService, tmp_path: Path, header: list[str], message: str
) -> None:
    path = _sheet(tmp_path / "h.xlsx", header, [["3-2-1502", "业主", "张三", "x"]])
    with pytest.raises(ValidationError) as caught:
        importer.preview(ADMIN, ImportKind.RESIDENTS, path)
    assert message in caught.value.message


def test_data_under_an_empty_header_is_refused(importer: ImportService, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "h.xlsx", ["楼栋", None, "室"], [["3", "2", "1502"]])
    with pytest.raises(ValidationError, match=r"Column B has data \(row 2\) but no header"):
        importer.preview(ADMIN, ImportKind.UNITS, path)


# --- hostile and broken files -------------------------------------------------------


def _refused(importer: ImportService, path: Path, pattern: str) -> UserError:
    with pytest.raises(UserError) as caught:
        importer.preview(ADMIN, ImportKind.UNITS, path)
    assert re.search(pattern, caught.value.message), caught.value.message
    return caught.value


def test_random_bytes_and_a_renamed_csv(importer: ImportService, tmp_path: Path) -> None:
    noise = tmp_path / "noise.xlsx"
    noise.write_bytes(bytes(range(256)) * 40)
    _refused(importer, noise, r"noise\.xlsx is not an Excel workbook \(\.xlsx\)")
    csv = tmp_path / "units.xlsx"
    csv.write_text("楼栋,单元,室\n3,2,1502\n", encoding="utf-8")
    _refused(importer, csv, "is not an Excel workbook")
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    _refused(importer, empty, "is not an Excel workbook")


def test_a_zip_that_is_not_a_workbook(importer: ImportService, tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    _refused(importer, path, "is not an Excel workbook")
    broken = tmp_path / "broken.xlsx"
    _sheet(broken, ["楼栋", "室"], [["3", "1502"]])
    _rewrite_part(broken, "xl/worksheets/sheet1.xml", lambda xml: xml[: len(xml) // 2])
    _refused(importer, broken, "could not be read as an Excel workbook")


def test_an_encrypted_workbook(importer: ImportService, tmp_path: Path) -> None:
    path = tmp_path / "secret.xlsx"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(4096))
    error = _refused(importer, path, "encrypted")
    assert error.field == "file"


def _rewrite_part(path: Path, part: str, change: object) -> None:
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts[part] = change(parts[part])  # type: ignore[operator]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


BILLION_LAUGHS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE worksheet [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>
</worksheet>"""


def test_an_xml_entity_bomb_is_refused_quickly(importer: ImportService, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "bomb.xlsx", ["楼栋", "室"], [["3", "1502"]])
    _rewrite_part(path, "xl/worksheets/sheet1.xml", lambda _xml: BILLION_LAUGHS)
    # Refused by the parser before expansion (defusedxml), not after a slow blow-up.
    error = _refused(importer, path, "refused for safety")
    assert "entity" in error.message


def test_a_sheet_declaring_too_many_rows_is_refused_before_reading(
    importer: ImportService, tmp_path: Path
) -> None:
    path = _sheet(tmp_path / "declared.xlsx", ["楼栋", "室"], [["3", "1502"]])
    _rewrite_part(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:B1048576"', xml),
    )
    _refused(importer, path, f"more than {MAX_ROWS} rows")


@pytest.mark.slow
def test_a_sheet_with_more_rows_than_the_limit_is_refused(
    importer: ImportService, tmp_path: Path
) -> None:
    # Write-only sheets declare no size: the limit is found while streaming.
    path = tmp_path / "huge.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["楼栋", "室"])
    for i in range(MAX_ROWS + 1):
        ws.append(["1", str(1000 + i % 8000)])
    wb.save(path)
    _refused(importer, path, f"more than {MAX_ROWS} rows")


def test_merged_header_cells(importer: ImportService, tmp_path: Path) -> None:
    path = tmp_path / "merged.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["楼栋", None, "室"])
    ws.append(["3", "2", "1502"])
    ws.merge_cells("A1:B1")
    wb.save(path)
    _refused(importer, path, r"header row of merged\.xlsx has merged cells \(A1\)")
    ws.unmerge_cells("A1:B1")
    ws.cell(1, 2, "单元")
    ws.merge_cells("A2:A3")
    wb.save(path)
    _refused(importer, path, r"merged\.xlsx has merged cells \(A2\)")


def test_an_empty_workbook_and_a_sheet_with_only_headers(
    importer: ImportService, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(empty)
    _refused(importer, empty, "is empty: its first row must hold the column headers")
    blank_first = _sheet(tmp_path / "blank.xlsx", [None, None], [["楼栋", "室"], ["3", "1502"]])
    _refused(importer, blank_first, "is empty")
    headers_only = _sheet(tmp_path / "headers.xlsx", ["楼栋", "单元", "室"])
    _refused(importer, headers_only, "has column headers but no rows")


def test_a_missing_file(importer: ImportService, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="does not exist"):
        importer.preview(ADMIN, ImportKind.UNITS, tmp_path / "nowhere.xlsx")


def test_a_role_that_may_not_import(importer: ImportService, tmp_path: Path) -> None:
    guard = Actor(None, "g", "门卫", Role.GUARD, "岗亭")
    path = _sheet(tmp_path / "u.xlsx", ["楼栋", "室"], [["3", "1502"]])
    with pytest.raises(PermissionDeniedError):
        importer.apply(guard, ImportKind.UNITS, path)


def test_progress_and_cancel(services: Services, importer: ImportService, tmp_path: Path) -> None:
    rows = [[str(b), "1", f"{f}01"] for b in range(1, 4) for f in range(1, 81)]
    path = _sheet(tmp_path / "u.xlsx", ["楼栋", "单元", "室"], rows)
    seen: list[tuple[int, int]] = []
    importer.preview(ADMIN, ImportKind.UNITS, path, lambda done, total: seen.append((done, total)))
    assert seen == [(100, 240), (200, 240), (240, 240)]
    with pytest.raises(ImportCancelledError):
        importer.apply(ADMIN, ImportKind.UNITS, path, lambda done, _total: done < 200)
    assert services.units.list_units(ADMIN) == []


# --- the command line ----------------------------------------------------------------


def test_cli_template_and_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    units = tmp_path / "units.xlsx"
    assert run(["--data-dir", data, "template", "units", "-o", str(units), "--lang", "en"]) == 0
    wb = openpyxl.load_workbook(units)
    assert [c.value for c in wb.worksheets[0][1]] == [
        "Building",
        "Entrance",
        "Room",
        "Floor",
        "Area (m²)",
    ]
    assert wb.sheetnames == ["Units", "Notes"]
    capsys.readouterr()

    _from_template(units, ImportKind.UNITS, "en", UNIT_ROWS)
    assert run(["--data-dir", data, "import", "units", str(units), "--dry-run"]) == EXIT_OK
    assert "3 rows, 3 created, 0 updated, 0 unchanged (dry run" in capsys.readouterr().out
    assert run(["--data-dir", data, "import", "units", str(units)]) == EXIT_OK
    assert "3 created, 0 updated, 0 unchanged: written" in capsys.readouterr().out
    assert run(["--data-dir", data, "import", "units", str(units)]) == EXIT_OK
    assert "0 created, 0 updated, 3 unchanged: written" in capsys.readouterr().out

    bad = _sheet(
        tmp_path / "r.xlsx",
        ["房号", "住户类型", "姓名"],
        [["3-2-1502", "业主", "张三"], ["9-9-9", "业主", "李四"]],
    )
    report = tmp_path / "errors.xlsx"
    code = run(["--data-dir", data, "import", "residents", str(bad), "--error-report", str(report)])
    out, err = capsys.readouterr()
    assert code == EXIT_USAGE
    assert "1 errors: nothing was written" in out
    assert "row 3, 房号 (A): There is no unit 9-9-9." in err
    assert report.exists()


def test_cli_file_problems_and_storage_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = str(tmp_path / "data")
    noise = tmp_path / "n.xlsx"
    noise.write_bytes(b"\x00" * 100)
    assert run(["--data-dir", data, "import", "cards", str(noise)]) == EXIT_USAGE
    assert "n.xlsx is not an Excel workbook" in capsys.readouterr().err
    assert (
        run(["--data-dir", data, "template", "cards", "-o", str(tmp_path / "no" / "t.xlsx")])
        == EXIT_USAGE
    )
    assert "cannot be written" in capsys.readouterr().err

    def locked(*_args: object, **_kwargs: object) -> ImportResult:
        raise StorageError(StorageProblem.LOCKED, "The database is busy or locked.")

    monkeypatch.setattr(ImportService, "apply", locked)
    path = _sheet(tmp_path / "u.xlsx", ["楼栋", "室"], [["3", "1502"]])
    assert run(["--data-dir", data, "import", "units", str(path)]) == EXIT_STORAGE
    assert "locked" in capsys.readouterr().err


# --- volume ------------------------------------------------------------------------


@pytest.mark.slow
def test_two_thousand_units_then_six_thousand_residents(
    services: Services, importer: ImportService, tmp_path: Path
) -> None:
    units = tmp_path / "units.xlsx"
    codes = []
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["楼栋", "单元", "室", "面积(㎡)"])
    for building in range(1, 11):
        for entrance in range(1, 5):
            for floor in range(1, 26):
                for room in (1, 2):
                    ws.append([building, entrance, f"{floor}{room:02d}", 89.5])
                    codes.append(f"{building}-{entrance}-{floor}{room:02d}")
    wb.save(units)
    residents = tmp_path / "residents.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["房号", "住户类型", "姓名", "电话", "入住日期"])
    surnames, given = (
        "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨",
        "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚",
    )
    for n in range(6_000):
        name = surnames[n % 16] + given[(n // 16) % 21] + given[n % 21]
        kind = ("业主", "家庭成员", "租户")[n % 3]
        ws.append([codes[n // 3], kind, name, f"138{n:08d}", datetime(2024, 5, 1)])
    wb.save(residents)

    started = time.perf_counter()
    result = importer.apply(ADMIN, ImportKind.UNITS, units)
    unit_seconds = time.perf_counter() - started
    assert (result.written, result.created) == (True, 2_000)

    started = time.perf_counter()
    result = importer.apply(ADMIN, ImportKind.RESIDENTS, residents)
    resident_seconds = time.perf_counter() - started
    assert (result.written, result.created) == (True, 6_000), result.errors[:3]
    print(f"\n2,000 units: {unit_seconds:.1f} s; 6,000 residents: {resident_seconds:.1f} s")
    # One audit row per unit, building and resident, and one each time a building
    # turned out taller (floors 2..25 of 10 buildings), exactly as single saves.
    assert _audit_total(services) == 2_000 + 10 + 10 * 24 + 6_000
