"""Export to Excel from the complaint list: every complaint the filter finds goes to
the file, not only the page shown, read back with openpyxl; an anonymous complaint
has no name in it; right-click → Export to Excel… asks where and writes the same;
roles without the export right get no such action."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.complaints.kinds import ComplaintCategory, ComplaintChannel
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.detail import ComplaintDetail
from propdesk.services.complaints.inputs import ComplaintInput
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.units import UnitInput
from propdesk.ui.tabs.complaints.complaint_list import ComplaintListView
from tests.gui.conftest import Boxes

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")
PAGE = 3
NOISE = 6  # noise complaints, two pages and more; the second of them anonymous


class Estate:
    def __init__(self, services: Services) -> None:
        services.estate.set_up("翠湖花园")
        services.units.save(ADMIN, UnitInput("3", "2", "1502"))
        self.services = services
        complaints = services.module(ComplaintServices).complaints
        start = datetime.now().astimezone() - timedelta(hours=12)

        def take(i: int, category: ComplaintCategory, anonymous: bool) -> ComplaintDetail:
            return complaints.take(
                CLERK,
                ComplaintInput(
                    channel=ComplaintChannel.PHONE,
                    category=category,
                    description=f"第{i}件",
                    complainant_name="" if anonymous else "张三",
                    complainant_phone="" if anonymous else "13812345678",
                    anonymous=anonymous,
                    unit_code="3-2-1502",
                    received_at=start + timedelta(hours=i),
                ),
            )

        self.noise = [take(i, ComplaintCategory.NOISE, i == 1) for i in range(NOISE)]
        self.cleaning = take(NOISE, ComplaintCategory.CLEANING, False)


@pytest.fixture
def estate(services: Services) -> Estate:
    return Estate(services)


def _list(qtbot: QtBot, services: Services, actor: Actor = CLERK) -> ComplaintListView:
    view = ComplaintListView(services, actor, page_size=PAGE)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def _read(path: Path) -> list[tuple[Any, ...]]:
    book = load_workbook(path, read_only=True)
    sheet = book.active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    book.close()  # read-only workbooks keep the file open until closed
    return values


def test_export_writes_every_complaint_the_filter_finds(
    qtbot: QtBot, estate: Estate, tmp_path: Path, boxes: Boxes, qtmodeltester: ModelTester
) -> None:
    view = _list(qtbot, estate.services)
    qtmodeltester.check(view.model)
    assert view.export_action is not None
    bar = view.filter_bar
    bar.category_combo.setCurrentIndex(bar.category_combo.findData("noise"))
    assert len(view.rows()) == PAGE  # the page shows three of the six
    target = tmp_path / "complaints"
    assert view.export_all(target)
    assert view.wait_until_done()
    path = target.with_suffix(".xlsx")
    values = _read(path)
    assert values[0][:4] == ("Number", "Received", "Channel", "Complainant")
    # Every noise complaint, newest first, not only the page; never the cleaning one.
    assert [row[0] for row in values[1:]] == [c.number for c in reversed(estate.noise)]
    assert isinstance(values[1][1], datetime)
    assert {row[5] for row in values[1:]} == {"Noise"}
    # The anonymous one (the second taken, so last but one) says so and names nobody.
    anonymous = values[-2]
    assert anonymous[0] == estate.noise[1].number
    assert anonymous[3] == "Anonymous"
    assert not any("张三" in str(cell) or "5678" in str(cell) for cell in anonymous)
    assert {row[3] for row in values[1:] if row is not anonymous} == {"张三"}
    assert boxes.texts() == [f"{NOISE} rows exported to {path}"]


def test_the_right_click_action_asks_where_and_exports_the_whole_result(
    qtbot: QtBot,
    estate: Estate,
    tmp_path: Path,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = _list(qtbot, estate.services)
    target = tmp_path / "全部投诉.xlsx"
    asked: list[str] = []

    def save_name(_parent: object, _caption: str, suggested: str, *_a: object) -> Any:
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    assert view.export_action is not None
    assert view.export_action in view.view.actions()
    view.export_action.trigger()
    assert view.wait_until_done()
    assert Path(asked[0]).name == "Complaints.xlsx"
    values = _read(target)
    expected = [estate.cleaning, *reversed(estate.noise)]
    assert [row[0] for row in values[1:]] == [c.number for c in expected]
    assert boxes.texts() == [f"{NOISE + 1} rows exported to {target}"]


def test_without_the_export_right_there_is_no_export(qtbot: QtBot, estate: Estate) -> None:
    view = _list(qtbot, estate.services, COMMITTEE)
    assert view.export_action is None
    assert len(view.rows()) == PAGE  # the committee still reads the list
