"""The import dialog offers the registry's modules' sheets after the registers, to
those who may import them: a clerk picks the equipment register with the keyboard,
downloads its template, previews a file with a bad row (listed, nothing written),
then imports the corrected file; a guard is not offered the sheet."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.inspections.equipment import EquipmentService
from propdesk.services.inspections.equipment_sheet import EQUIPMENT_LABELS
from propdesk.ui.i18n import ui_language
from propdesk.ui.tabs.residents.import_dialog import ImportDialog
from tests.equipment_import import open_with_equipment

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "岗亭")
GOOD = ("MHQ-3-B1-01", "灭火器", "4 kg ABC", None, "3栋 楼梯口", None, None, 12)
BAD_KIND = ("P-02", "水桶", "备用泵", None, "水泵房")


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_with_equipment(tmp_path / "data")
    yield opened
    opened.close()


def _dialog(qtbot: QtBot, services: Services, actor: Actor) -> ImportDialog:
    dialog = ImportDialog(services, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _offered(dialog: ImportDialog) -> list[str]:
    combo = dialog.kind_combo
    return [str(combo.itemData(i)) for i in range(combo.count())]


def _fill(path: Path, rows: list[tuple[object, ...]]) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    ws.delete_rows(2, ws.max_row)
    for row in rows:
        ws.append(list(row))
    wb.save(path)


def _wait(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(
        lambda: dialog.progress.isHidden() and dialog.result_ is not None, timeout=60_000
    )


def test_a_clerk_imports_the_equipment_register(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, services, CLERK)
    assert _offered(dialog) == [
        *("units", "residents", "vehicles", "cards"),
        *("survey_responses", "equipment"),
    ]
    lang = ui_language()
    assert dialog.kind_combo.itemText(5) == EQUIPMENT_LABELS["sheet.equipment"][lang]
    dialog.kind_combo.setFocus()
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_End)  # the last entry: equipment
    assert dialog.kind == "equipment"

    saved = dialog.save_template_to(tmp_path / "equipment.xlsx")
    assert saved is not None
    headers = [c.value for c in openpyxl.load_workbook(saved).worksheets[0][1]]
    assert headers[0] == EQUIPMENT_LABELS["col.equipment_code"][lang]

    _fill(saved, [GOOD, BAD_KIND])
    dialog.preview_file(saved)
    _wait(qtbot, dialog)
    assert dialog.errors.rowCount() == 1
    assert dialog.errors.item(0, 0).text() == "3"  # sheet row 3
    assert dialog.errors.item(0, 1).text().startswith("B · ")
    assert not dialog.import_button.isEnabled()
    equipment = services.module(EquipmentService)
    assert equipment.page(CLERK).rows == []

    _fill(saved, [GOOD])
    dialog.preview_file(saved)
    _wait(qtbot, dialog)
    assert dialog.result_ is not None
    assert (dialog.result_.created, dialog.result_.ok) == (1, True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.setFocus()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    _wait(qtbot, dialog)
    assert dialog.result_ is not None
    assert dialog.result_.written
    assert [item.code for item in equipment.page(CLERK).rows] == ["MHQ-3-B1-01"]


def test_a_guard_is_not_offered_the_sheet(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services, GUARD)
    assert "equipment" not in _offered(dialog)
