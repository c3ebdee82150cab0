"""A module's import sheet through the master-data importer: the inspections'
equipment register (ModuleSpec.imports) gets the registers' template, preview, row
errors, all-or-nothing write and rights, in its own words, and the importer knows
it only through the registry it is handed."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from propdesk.domain.inspections.equipment import EquipmentKind
from propdesk.domain.roles import Module, Role
from propdesk.errors import PermissionDeniedError
from propdesk.reports.labels import LABELS, LANGS
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor, system_actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.core.import_sheets import ImportSheet
from propdesk.services.core.module_spec import ModuleSpec, module_import_sheets
from propdesk.services.inspections.equipment import EquipmentService
from propdesk.services.inspections.equipment_inputs import EquipmentInput
from propdesk.services.inspections.equipment_sheet import COLUMNS, EQUIPMENT_LABELS
from propdesk.services.inspections.import_sheet import EQUIPMENT_SHEET, IMPORTS
from propdesk.services.master_data.importing import ImportSheets, save_error_report
from propdesk.services.master_data.importing.error_report import BAD_FILL
from propdesk.services.master_data.importing.headers import normalise_header
from propdesk.services.master_data.units import UnitInput
from tests.equipment_import import EQUIPMENT_MODULE, fill_template, open_with_equipment

ADMIN = system_actor("岗亭")
TECHNICIAN = Actor(None, "tech", "赵师傅", Role.TECHNICIAN, "工程部")
WORDS = EQUIPMENT_LABELS

# Template order: code, kind, name, unit, place, installed, serviced, months, days,
# expires, notes.
EXTINGUISHER = (
    "MHQ-3-B1-01",
    "灭火器",
    "4 kg ABC 干粉灭火器",
    None,
    "3栋 地下一层 楼梯口",
    date(2023, 3, 1),
    "2024/3/10",
    12,
    None,
    date(2030, 2, 28),
    "压力表绿区",
)
PUMP = ("P-01", "水泵", "生活水泵", "3-2-1502", None, None, None, None, 15, None, None)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_with_equipment(tmp_path / "data")
    opened.units.save(ADMIN, UnitInput("3", "2", "1502"))
    yield opened
    opened.close()


def _equipment(services: Services) -> EquipmentService:
    return services.module(EquipmentService)


def _codes(services: Services) -> list[str]:
    return [item.code for item in _equipment(services).page(ADMIN).rows]


def _audit_total(services: Services) -> int:
    return services.audit.page(ADMIN, AuditFilter()).total


def _file(services: Services, path: Path, rows: Sequence[Sequence[object]], lang: str) -> Path:
    return fill_template(services.importing.template("equipment", lang), path, rows)


def test_the_registry_hands_the_sheet_to_the_importer(services: Services) -> None:
    assert services.importing.sheets.keys == (
        "units",
        "residents",
        "vehicles",
        "cards",
        "survey_responses",  # the surveys' answers from paper (services/surveys)
        "equipment",  # moved last by tests/equipment_import.with_equipment
    )
    assert services.importing.sheets.extra[-len(IMPORTS) :] == IMPORTS
    assert services.importing.sheets.title("equipment", "zh_TW") == "設施設備"
    # Without the module in the registry, the importer does not know the sheet.
    assert "equipment" not in ImportSheets().keys
    with pytest.raises(ValueError, match="not an import kind"):
        ImportSheets().sheet("equipment")


@pytest.mark.parametrize("lang", LANGS)
def test_the_template_in_each_language(services: Services, lang: str) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(services.importing.template("equipment", lang)))
    assert wb.sheetnames == [WORDS["sheet.equipment"][lang], LABELS["sheet.notes"][lang]]
    data, notes = wb.worksheets
    headers = [cell.value for cell in data[1]]
    expected = [(WORDS.get(c.label_key) or LABELS[c.label_key])[lang] for c in COLUMNS]
    assert headers == expected
    assert headers[:3] == [WORDS[f"col.equipment_{k}"][lang] for k in ("code", "kind", "name")]
    example = [cell.value for cell in data[2]]
    assert example[:2] == ["MHQ-3-B1-01", WORDS["equipment.extinguisher"][lang]]
    (rule,) = data.data_validations.dataValidation
    kinds = ",".join(WORDS[f"equipment.{kind.value}"][lang] for kind in EquipmentKind)
    assert rule.formula1 == f'"{kinds}"'
    assert len(rule.formula1) <= 257  # Excel refuses a list longer than 255 characters
    assert len({normalise_header(h) for h in headers}) == len(headers)  # none twice
    assert str(rule.sqref).startswith("B2:B")
    explained = {row[0]: row[2] for row in notes.iter_rows(min_row=5, values_only=True)}
    assert explained[WORDS["col.expires_on"][lang]] == WORDS["note.expires_on"][lang]
    assert explained[LABELS["col.unit"][lang]] == LABELS["note.unit"][lang]


def test_the_sheets_words_stay_with_the_sheet() -> None:
    """The importer reads the sheet's own words: the catalogue is not extended."""
    assert "col.equipment_code" not in LABELS
    assert "sheet.equipment" not in LABELS
    assert EQUIPMENT_SHEET.labels is EQUIPMENT_LABELS


def test_good_rows_preview_then_import_then_nothing_to_change(
    services: Services, tmp_path: Path
) -> None:
    path = _file(services, tmp_path / "eq.xlsx", [EXTINGUISHER, PUMP], "zh_CN")
    audit_before = _audit_total(services)

    preview = services.importing.preview(ADMIN, "equipment", path)
    assert (preview.kind, preview.errors, preview.written) == ("equipment", (), False)
    assert (preview.total, preview.created, preview.updated) == (2, 2, 0)
    assert _codes(services) == []  # a preview writes nothing
    assert _audit_total(services) == audit_before

    applied = services.importing.apply(ADMIN, "equipment", path)
    assert applied.written
    assert (applied.created, applied.updated, applied.unchanged) == (2, 0, 0)
    assert _audit_total(services) == audit_before + 2  # one audit row per item, as a save
    rows = {item.code: item for item in _equipment(services).page(ADMIN).rows}
    assert set(rows) == {"MHQ-3-B1-01", "P-01"}
    extinguisher, pump = rows["MHQ-3-B1-01"], rows["P-01"]
    assert (extinguisher.kind, extinguisher.unit_code) == (EquipmentKind.EXTINGUISHER, "")
    assert extinguisher.place == "3栋 地下一层 楼梯口"
    assert (extinguisher.installed_on, extinguisher.last_serviced_on) == (
        date(2023, 3, 1),
        date(2024, 3, 10),
    )
    assert (extinguisher.service_interval_months, extinguisher.next_due) == (
        12,
        date(2025, 3, 10),
    )
    assert (extinguisher.expires_on, extinguisher.notes) == (date(2030, 2, 28), "压力表绿区")
    assert (pump.kind, pump.unit_code, pump.service_interval_days) == (
        EquipmentKind.PUMP,
        "3-2-1502",
        15,
    )

    again = services.importing.apply(ADMIN, "equipment", path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    moved = (*PUMP[:4], "水泵房", *PUMP[5:])
    _file(services, path, [EXTINGUISHER, moved], "en")
    changed = services.importing.apply(ADMIN, "equipment", path)
    assert (changed.created, changed.updated, changed.unchanged) == (0, 1, 1)
    assert _equipment(services).page(ADMIN).rows[1].place == "水泵房"


def test_headers_in_another_language_and_order(services: Services, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Place", "Equipment name", "Equipment kind", "設備編號"])
    ws.append(["消防控制室", "火灾报警控制器", "Fire alarm panel", "fas-01"])
    wb.save(tmp_path / "mixed.xlsx")
    result = services.importing.apply(ADMIN, "equipment", tmp_path / "mixed.xlsx")
    assert result.written, result.errors
    (item,) = _equipment(services).page(ADMIN).rows
    assert (item.code, item.kind, item.place) == (
        "FAS-01",
        EquipmentKind.ALARM_PANEL,
        "消防控制室",
    )


def test_bad_rows_are_listed_by_row_and_column_and_nothing_is_written(
    services: Services, tmp_path: Path
) -> None:
    rows = [
        EXTINGUISHER,  # row 2: good
        (*PUMP[:1], "水桶", *PUMP[2:]),  # row 3: not a kind
        (*PUMP[:3], "9-9-999", *PUMP[4:]),  # row 4: no such unit
        (*EXTINGUISHER[:2], "另一个", *EXTINGUISHER[3:]),  # row 5: repeats row 2's code
        ("X-1", "其他", "无位置", None, None, None, None, None, None, None, None),  # row 6
    ]
    path = _file(services, tmp_path / "eq.xlsx", rows, "zh_CN")
    audit_before = _audit_total(services)
    result = services.importing.apply(ADMIN, "equipment", path)
    assert not result.written
    found = [(e.row, e.column, e.letter, e.header) for e in result.errors]
    assert found == [
        (3, "equipment_kind", "B", "设备类别"),
        (4, "unit", "D", "房号"),
        (5, "equipment_code", "A", "设备编号"),
        (6, "place", "E", "位置"),  # neither a unit nor a place
    ]
    assert "水桶 is not one of: 灭火器, 消火栓" in result.errors[0].error.message.format(
        **result.errors[0].error.params
    )
    assert [number for number, _ in result.bad_rows] == [3, 4, 5, 6]
    assert _codes(services) == []  # the good row is not written either
    assert _audit_total(services) == audit_before

    report = save_error_report(tmp_path / "errors.xlsx", result, lambda e: e.message, "en")
    ws = openpyxl.load_workbook(report).worksheets[0]
    assert [c.value for c in ws[1]][:3] == ["Row", "设备编号", "设备类别"]
    assert [ws.cell(r, 1).value for r in range(2, 6)] == [3, 4, 5, 6]
    assert ws["C2"].fill.fgColor.rgb.endswith(BAD_FILL.fgColor.rgb[-6:])  # the kind cell
    assert ws["E3"].fill.fgColor.rgb.endswith(BAD_FILL.fgColor.rgb[-6:])  # the unit cell


def test_a_row_failing_while_writing_writes_nothing(services: Services, tmp_path: Path) -> None:
    """A voided item's code is refused by the register's upsert (not before writing):
    the import runs again row by row, blames the row and still writes nothing."""
    equipment = _equipment(services)
    old = equipment.create(
        ADMIN, EquipmentInput("OLD-1", EquipmentKind.LIFT, "旧电梯", place="1栋")
    )
    equipment.void(ADMIN, old.id, "已拆除")
    reused = ("OLD-1", "电梯", "新电梯", None, "1栋", None, None, None, 15, None, None)
    path = _file(services, tmp_path / "eq.xlsx", [EXTINGUISHER, reused], "zh_CN")
    result = services.importing.apply(ADMIN, "equipment", path)
    assert not result.written
    assert [(e.row, e.column) for e in result.errors] == [(3, "equipment_code")]
    assert "belonged to a voided item" in result.errors[0].error.message
    assert _codes(services) == []


def test_the_sheets_right_is_needed(services: Services, tmp_path: Path) -> None:
    path = _file(services, tmp_path / "eq.xlsx", [EXTINGUISHER], "zh_CN")
    guard = Actor(None, "g", "门卫", Role.GUARD, "岗亭")
    committee = Actor(None, "c", "业委会", Role.COMMITTEE, "")
    for refused in (guard, committee):
        assert not services.importing.may_import(refused, "equipment")
        with pytest.raises(PermissionDeniedError):
            services.importing.preview(refused, "equipment", path)
    # A technician works on the equipment register but not on the master data.
    assert services.importing.may_import(TECHNICIAN, "equipment")
    assert not services.importing.may_import(TECHNICIAN, "units")
    assert services.importing.apply(TECHNICIAN, "equipment", path).written
    assert _codes(services) == ["MHQ-3-B1-01"]


def _sheet(**changes: object) -> ImportSheet:
    return replace(EQUIPMENT_SHEET, **changes)  # type: ignore[arg-type]


def test_wiring_mistakes_are_refused() -> None:
    twin = ModuleSpec[None](key="twin", imports=IMPORTS)
    with pytest.raises(ValueError, match="import equipment is declared twice"):
        module_import_sheets((EQUIPMENT_MODULE, twin))
    with pytest.raises(ValueError, match="import units is declared twice"):
        ImportSheets([_sheet(key="units")])
    with pytest.raises(
        ValueError, match=re.escape("no words for sheet.equipment, col.equipment_code")
    ):
        ImportSheets([_sheet(labels={})])
    with pytest.raises(ValueError, match=re.escape("col.unit redefines the catalogue's words")):
        ImportSheets([_sheet(labels={**EQUIPMENT_LABELS, "col.unit": WORDS["col.place"]})])
    half = {**EQUIPMENT_LABELS, "col.place": {"zh_CN": "位置", "en": "Place"}}
    with pytest.raises(ValueError, match=re.escape("col.place needs a text in zh_CN, zh_TW, en")):
        ImportSheets([_sheet(labels=half)])
    assert ImportSheets([_sheet(right=Module.REPAIRS)]).sheet("equipment").right is Module.REPAIRS
