"""`propdesk template|import` offer the registry's modules' sheets beside the
registers: the equipment register's template in the language asked, a dry run and an
import with their counts under the sheet's own name, row errors with their row and
column, and a sheet whose module is not registered is not a choice."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

import openpyxl
import pytest

from propdesk import cli
from propdesk.config import Paths
from propdesk.services import registry
from propdesk.services.bootstrap import open_services
from propdesk.services.core.actor import system_actor
from propdesk.services.inspections.equipment import EquipmentService
from propdesk.services.inspections.equipment_sheet import EQUIPMENT_LABELS
from propdesk.services.master_data.units import UnitInput
from tests.equipment_import import open_with_equipment, with_equipment, without_equipment

ROWS = [
    ["MHQ-3-B1-01", "滅火器", "4 kg ABC", None, "3栋 楼梯口", None, None, 12, None, None, None],
    ["P-01", "水泵", "生活水泵", "3-2-1502", None, None, None, None, 15, None, None],
]


def _fill(path: Path, rows: Sequence[Sequence[object]]) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    ws.delete_rows(2, ws.max_row)
    for row in rows:
        ws.append(row)
    wb.save(path)


def test_the_cli_writes_the_template_and_imports_the_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    prepared = open_with_equipment(folder)
    prepared.units.save(system_actor("岗亭"), UnitInput("3", "2", "1502"))
    prepared.close()
    data = ["--data-dir", str(folder)]
    template = tmp_path / "equipment.xlsx"

    monkeypatch.setattr(registry, "MODULES", without_equipment())
    with pytest.raises(SystemExit) as refused:  # its module is not registered
        cli.run([*data, "template", "equipment", "-o", str(template)])
    assert refused.value.code == cli.EXIT_USAGE
    assert "invalid choice: 'equipment'" in capsys.readouterr().err

    modules = with_equipment()
    monkeypatch.setattr(registry, "MODULES", modules)
    monkeypatch.setattr(cli, "open_services", partial(open_services, modules=modules))
    args = [*data, "template", "equipment", "-o", str(template), "--lang", "zh_TW"]
    assert cli.run(args) == cli.EXIT_OK
    assert f"匯入範本已寫入：{template}" in capsys.readouterr().out
    wb = openpyxl.load_workbook(template)
    assert wb.sheetnames == ["設施設備", "填寫說明"]
    assert [c.value for c in wb.worksheets[0][1]][:3] == ["設備編號", "設備類別", "設備名稱"]

    _fill(template, ROWS)
    importing = [*data, "import", "equipment", str(template), "--lang", "en"]
    assert cli.run([*importing, "--dry-run"]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "Equipment: 2 rows, 2 created, 0 updated, 0 unchanged (dry run" in out
    assert cli.run(importing) == cli.EXIT_OK
    assert "Equipment: 2 rows, 2 created, 0 updated, 0 unchanged: written" in (
        capsys.readouterr().out
    )
    services = open_services(Paths.resolve(folder), fast_hashing=True, modules=modules)
    try:
        rows = services.module(EquipmentService).page(system_actor("岗亭")).rows
        assert [(r.code, r.unit_code) for r in rows] == [("MHQ-3-B1-01", ""), ("P-01", "3-2-1502")]
    finally:
        services.close()

    bad_kind = ["P-02", "水桶", "备用泵", None, "水泵房"]
    bad_unit = ["P-03", "水泵", "备用泵", "9-9-999"]
    _fill(template, [ROWS[0], bad_kind, bad_unit])
    report = tmp_path / "errors.xlsx"
    code = cli.run([*importing, "--error-report", str(report)])
    out, err = capsys.readouterr()
    assert code == cli.EXIT_USAGE
    assert (
        "Equipment: 3 rows, 0 created, 0 updated, 1 unchanged, 2 errors: nothing was written" in out
    )
    kind = EQUIPMENT_LABELS["col.equipment_kind"]["zh_TW"]
    # The drop-down's values in the file's language, as the registers' are.
    assert f"row 3, {kind} (B): 水桶 is not one of: 滅火器, 消防栓, 火災警報控制器" in err
    assert "row 4, 房號 (D): There is no unit 9-9-999." in err
    bad = openpyxl.load_workbook(report).worksheets[0]
    assert [bad["A2"].value, bad["A3"].value] == [3, 4]
