from __future__ import annotations

from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.ui.tabs.residents.import_dialog import ImportDialog

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")


def _dialog(qtbot: QtBot, services: Services) -> ImportDialog:
    dialog = ImportDialog(services, CLERK)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _fill(template: Path, rows: list[tuple[object, ...]]) -> Path:
    wb = openpyxl.load_workbook(template)
    ws = wb.worksheets[0]
    ws.delete_rows(2, ws.max_row)
    for row in rows:
        ws.append(list(row))
    wb.save(template)
    return template


def _wait(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(
        lambda: dialog.progress.isHidden() and dialog.result_ is not None, timeout=60_000
    )


def test_template_preview_fix_and_import(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, services)
    assert dialog.kind == "units"
    saved = dialog.save_template_to(tmp_path / "units.xlsx")
    assert saved is not None
    headers = [c.value for c in openpyxl.load_workbook(saved).worksheets[0][1]]
    assert len(headers) == 5  # building, entrance, room, floor, area
    _fill(saved, [("3", "2", "1502", None, 89.5), ("3", "2", "15-02", None, 80)])
    dialog.preview_file(saved)
    _wait(qtbot, dialog)
    assert dialog.result_ is not None
    assert not dialog.result_.ok
    assert dialog.errors.rowCount() == 1
    assert dialog.errors.item(0, 0).text() == "3"  # sheet row 3
    assert not dialog.import_button.isEnabled()
    report = dialog.save_errors_to(tmp_path / "errors.xlsx")
    assert report is not None
    assert services.units.list_units(CLERK) == []  # nothing written

    _fill(saved, [("3", "2", "1502", None, 89.5), ("3", "2", "1402", None, 80)])
    dialog.preview_file(saved)
    _wait(qtbot, dialog)
    assert dialog.result_ is not None
    assert (dialog.result_.created, dialog.result_.ok) == (2, True)
    assert dialog.import_button.isEnabled()
    assert services.units.list_units(CLERK) == []  # the preview wrote nothing
    dialog.import_button.click()
    _wait(qtbot, dialog)
    assert dialog.result_ is not None
    assert dialog.result_.written
    assert sorted(u.code for u in services.units.list_units(CLERK)) == ["3-2-1402", "3-2-1502"]

    dialog.preview_file(saved)  # the same file again: nothing to change
    _wait(qtbot, dialog)
    assert dialog.result_ is not None
    assert (dialog.result_.created, dialog.result_.updated, dialog.result_.unchanged) == (0, 0, 2)


def test_a_file_that_is_not_excel_gets_a_message(
    qtbot: QtBot, services: Services, tmp_path: Path, boxes: object
) -> None:
    dialog = _dialog(qtbot, services)
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a workbook at all")
    dialog.preview_file(junk)
    qtbot.waitUntil(dialog.progress.isHidden, timeout=30_000)
    assert dialog.result_ is None
    assert boxes.texts()  # type: ignore[attr-defined]
    assert not dialog.import_button.isEnabled()
