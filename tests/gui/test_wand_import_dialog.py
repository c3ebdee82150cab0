"""The wand import dialog through its steps: model and file, columns (asked once per
model), codes (mapped once), preview, import; the same file again adds nothing."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.patrol.swipes import SwipeProblem
from propdesk.services.bootstrap import Services
from propdesk.ui.tabs.patrol.pickers import choose_id
from propdesk.ui.tabs.patrol.wand_import_dialog import (
    PAGE_CODES,
    PAGE_COLUMNS,
    PAGE_PREVIEW,
    WandImportDialog,
)
from tests.gui.conftest import Boxes
from tests.unit.wand_estate import GUARD, WandEstate

MODEL = "兰德华 L-9000"
SHOTS = Path(os.environ.get("WAND_SHOTS", "/tmp/p14"))


@pytest.fixture
def estate(services: Services, beijing_time: None) -> WandEstate:
    del beijing_time
    return WandEstate(services)


def _dialog(qtbot: QtBot, estate: WandEstate) -> WandImportDialog:
    dialog = WandImportDialog(estate.services, GUARD)
    qtbot.addWidget(dialog)
    dialog.resize(920, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _settle(qtbot: QtBot, dialog: WandImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)


def _shot(dialog: WandImportDialog, name: str) -> None:
    if SHOTS.is_dir():
        dialog.grab().save(str(SHOTS / f"wand_{name}.png"))


def _map_current(dialog: WandImportDialog, estate: WandEstate, code: str) -> None:
    page = dialog.codes_page
    current = page.current()
    assert current is not None
    assert current.code.code == code
    if code.startswith("CARD"):
        assert choose_id(page.guard_combo, estate.zhang.id)
        page.guard_button.click()
    else:
        targets = {"A1": "E-01", "A2": "E-02", "A3": "E-03", "B1": "W-01"}
        assert choose_id(page.checkpoint_combo, estate.checkpoint(targets[code]))
        page.checkpoint_button.click()


def test_a_new_model_goes_through_every_step_and_is_imported_once(
    qtbot: QtBot, qtmodeltester: ModelTester, estate: WandEstate, tmp_path: Path
) -> None:
    path = estate.csv_file(tmp_path / "wand.csv", estate.walk())
    dialog = _dialog(qtbot, estate)
    _shot(dialog, "1_file")
    dialog.model_combo.setEditText(MODEL)
    assert dialog.model_name() == MODEL
    dialog.choose_file(path)
    _settle(qtbot, dialog)

    # Columns: a model never seen; guessed from the headers, the first rows shown.
    assert dialog.pages.currentIndex() == PAGE_COLUMNS
    columns = dialog.columns_page
    assert columns.columns().chosen() == {
        "device": "设备号",
        "code": "卡号",
        "time": "时间",
        "date": "",
    }
    assert columns.model() == MODEL
    assert columns.sample_model.rowCount() == 8
    qtmodeltester.check(columns.sample_model)
    _shot(dialog, "2_columns")
    columns.combos["code"].setCurrentIndex(columns.combos["code"].findData("设备号"))
    dialog.next_button.click()
    _settle(qtbot, dialog)
    assert dialog.pages.currentIndex() == PAGE_COLUMNS  # the same column twice
    assert columns.form.error_text("code")
    columns.combos["code"].setCurrentIndex(columns.combos["code"].findData("卡号"))
    dialog.next_button.click()
    _settle(qtbot, dialog)

    # Codes: every code is new; map all but B2, which stays listed.
    assert dialog.pages.currentIndex() == PAGE_CODES
    codes = dialog.codes_page
    assert codes.model.rowCount() == 6
    qtmodeltester.check(codes.model)
    for code in ("A1", "A2", "A3", "B1"):
        _map_current(dialog, estate, code)
    current = codes.current()
    assert current is not None
    assert current.code.code == "B2"
    codes.view.setCurrentIndex(codes.model.index(5, 0))
    _map_current(dialog, estate, "CARD-ZHANG")
    assert len(codes.mappings()) == 5
    _shot(dialog, "3_codes")
    dialog.next_button.click()
    _settle(qtbot, dialog)

    # Preview: nothing written yet.
    assert dialog.pages.currentIndex() == PAGE_PREVIEW
    preview = dialog.preview_
    assert preview is not None
    assert [r.route_name for r in preview.rounds] == ["东区", "西区", "东区"]
    assert [(i.code, i.problem) for i in preview.listed] == [("B2", SwipeProblem.UNKNOWN_TAG)]
    for model in (dialog.rounds_model, dialog.listed_model, dialog.errors_model):
        qtmodeltester.check(model)
    assert dialog.import_button.isEnabled()
    assert "Nothing has been written yet" in dialog.summary.text()
    assert dialog.rounds_model.index(0, 0).data() == "—"  # no number before the import
    _shot(dialog, "4_preview")
    dialog.import_button.click()
    _settle(qtbot, dialog)
    done = dialog.preview_
    assert done is not None
    assert done.written
    assert dialog.rounds_model.index(0, 0).data().startswith("XL")
    assert not dialog.import_button.isEnabled()
    assert not dialog.back_button.isVisible()
    assert dialog.summary.text().startswith("Imported from wand.csv: 3 rounds made")
    _shot(dialog, "5_imported")

    # The next time: the model's columns are remembered, the file adds nothing.
    again = _dialog(qtbot, estate)
    assert again.model_combo.findData(MODEL) >= 0
    again.model_combo.setCurrentIndex(again.model_combo.findData(MODEL))
    again.choose_file(path)
    _settle(qtbot, again)
    assert again.pages.currentIndex() == PAGE_PREVIEW  # no question asked
    assert "Already imported: 9 swipes" in again.summary.text()
    assert not again.import_button.isEnabled()


def test_rows_that_cannot_be_read_block_the_import(
    qtbot: QtBot, estate: WandEstate, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    lines = ["设备号,卡号/标签号,时间", "1,A1,not a time", f"1,A2,{estate.at(3):%Y-%m-%d %H:%M}"]
    path.write_text("\n".join(lines), encoding="utf-8")
    dialog = _dialog(qtbot, estate)
    dialog.choose_file(path)  # the template's headers: straight to the preview
    _settle(qtbot, dialog)
    assert dialog.pages.currentIndex() == PAGE_PREVIEW
    assert dialog.errors_model.rowCount() == 1
    assert dialog.errors_model.index(0, 0).data() == "2"
    assert dialog.errors_model.index(0, 1).data() == "时间"
    assert dialog.tables.currentIndex() == 2
    assert not dialog.import_button.isEnabled()
    assert "cannot be read" in dialog.summary.text()
    _shot(dialog, "6_errors")


def test_an_unreadable_file_and_the_template(
    qtbot: QtBot, estate: WandEstate, tmp_path: Path, boxes: Boxes
) -> None:
    dialog = _dialog(qtbot, estate)
    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes(range(256)) * 4)
    dialog.choose_file(junk)
    _settle(qtbot, dialog)
    assert dialog.opened is None
    assert any("could not be read as text" in text for text in boxes.texts())
    saved = dialog.save_template_to(tmp_path / "template.xlsx")
    assert saved is not None
    headers = [c.value for c in openpyxl.load_workbook(saved).worksheets[0][1]]
    assert headers == ["Device", "Card or tag code", "Time"]  # the window speaks English


def test_nothing_is_clipped_on_a_small_screen(qtbot: QtBot, estate: WandEstate) -> None:
    dialog = _dialog(qtbot, estate)
    dialog.resize(dialog.sizeHint().boundedTo(dialog.screen().availableSize()))
    assert dialog.minimumSizeHint().width() <= 1366
    assert dialog.minimumSizeHint().height() <= 768
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.heightForWidth(label.width()) <= label.height() + 1
