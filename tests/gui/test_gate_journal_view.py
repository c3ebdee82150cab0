"""The gate journal view: filters and search from the keyboard, keyset pages, and the
export of the whole filtered journal (not just the page) on a worker thread."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.events import GateEventKind as K
from propdesk.store.models import GateEvent
from propdesk.ui.tabs.gate.journal_model import JournalTableModel
from propdesk.ui.tabs.gate.journal_view import JournalView
from tests.gui.conftest import Boxes
from tests.gui.keys import type_text

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "岗亭")
T0 = datetime(2026, 3, 1, 2, 0, tzinfo=UTC)
CARD_ENTRIES = 23
PAGE = 10


@pytest.fixture
def journal(services: Services) -> Services:
    """23 card entries of 张三, 2 visitors (one is 李四), a car and a parking notice."""
    with services.store.write() as session:
        rows = [
            GateEvent(
                kind=K.RESIDENT_ENTRY.value,
                occurred_at=T0 + timedelta(minutes=n),
                card_number="0012345678",
                person_name="张三",
                person_name_initials="zs",
            )
            for n in range(CARD_ENTRIES)
        ]
        rows += [
            GateEvent(
                kind=K.VISITOR_IN.value,
                occurred_at=T0 + timedelta(hours=1),
                person_name="李四",
                person_name_initials="ls",
                pass_number="FK202603-0001",
                purpose="探亲",
            ),
            GateEvent(
                kind=K.VISITOR_IN.value,
                occurred_at=T0 + timedelta(hours=2),
                person_name="王五",
                person_name_initials="ww",
                pass_number="FK202603-0002",
                purpose="送货",
            ),
            GateEvent(
                kind=K.VEHICLE_OUT.value,
                occurred_at=T0 + timedelta(hours=3),
                plate="粤B12345",
                plate_reversed="54321B粤",
                permit_number="CL202603-0001",
                fee_fen=1500,
                permit_returned=True,
                exterior_check="无刮擦",
            ),
            GateEvent(
                kind=K.PARKING_NOTICE.value,
                occurred_at=T0 + timedelta(hours=4),
                plate="湘A99999",
                plate_reversed="99999A湘",
                place="消防通道",
                warning_posted=True,
                pass_number="TZ202603-0001",
            ),
        ]
        for row in rows:
            row.station = "东门岗亭"
            row.username = "guard"
        session.add_all(rows)
    return services


def _view(qtbot: QtBot, services: Services, actor: Actor = CLERK) -> JournalView:
    view = JournalView(services, actor, page_size=PAGE)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def _names(view: JournalView) -> list[str]:
    return [row.person_name or row.plate for row in view.rows()]


def test_newest_first_and_pages_older_and_newer(qtbot: QtBot, journal: Services) -> None:
    view = _view(qtbot, journal)
    total = CARD_ENTRIES + 4
    assert _names(view)[:4] == ["湘A99999", "粤B12345", "王五", "李四"]
    assert view.page_label.text() == "Rows 1–10"
    assert not view.newer_button.isEnabled()
    seen = list(view.rows())
    qtbot.mouseClick(view.older_button, Qt.MouseButton.LeftButton)
    assert view.page_label.text() == "Rows 11–20"
    seen += view.rows()
    qtbot.mouseClick(view.older_button, Qt.MouseButton.LeftButton)
    assert view.page_label.text() == f"Rows 21–{total}"
    assert not view.older_button.isEnabled()
    seen += view.rows()
    assert len({r.id for r in seen}) == len(seen) == total
    assert [r.key for r in seen] == sorted((r.key for r in seen), reverse=True)
    qtbot.mouseClick(view.newer_button, Qt.MouseButton.LeftButton)
    assert view.page_label.text() == "Rows 11–20"
    assert view.rows() == seen[10:20]
    qtbot.mouseClick(view.newest_button, Qt.MouseButton.LeftButton)
    assert view.rows() == seen[:10]
    assert not view.newest_button.isEnabled()


def test_search_and_kind_from_the_keyboard(qtbot: QtBot, journal: Services) -> None:
    view = _view(qtbot, journal)
    view.search_edit.setFocus()
    type_text(view.search_edit, "李")
    assert len(view.rows()) == PAGE  # nothing happens until Enter
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert _names(view) == ["李四"]
    assert view.page_label.text() == "Rows 1–1 of 1"
    view.search_edit.clear()  # the clear button: everything again
    assert len(view.rows()) == PAGE
    qtbot.keyClicks(view.search_edit, "zs")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert _names(view) == ["张三"] * PAGE
    assert view.page_label.text() == f"Rows 1–{PAGE} of {CARD_ENTRIES}"
    qtbot.keyClick(view.search_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.search_edit, "12345")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert _names(view) == ["粤B12345"]
    assert "¥15.00" in view.model.data(view.model.index(0, JournalTableModel.COL_DETAILS))

    view.clear_filters()
    view.kind_combo.setFocus()
    qtbot.keyClick(view.kind_combo, Qt.Key.Key_End)  # the last kind: parking notices
    assert view.kind_combo.currentText() == "Parking notice"
    assert _names(view) == ["湘A99999"]
    qtbot.keyClick(view.kind_combo, Qt.Key.Key_Home)  # All kinds
    assert len(view.rows()) == PAGE
    # Kind and text together.
    view.kind_combo.setCurrentIndex(view.kind_combo.findData(K.VISITOR_IN.value))
    qtbot.keyClicks(view.search_edit, "FK202603")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert _names(view) == ["王五", "李四"]


def test_refresh_shows_a_new_event_at_the_top(qtbot: QtBot, journal: Services) -> None:
    view = _view(qtbot, journal)
    with journal.store.write() as session:
        session.add(
            GateEvent(
                kind=K.ITEM_IN.value,
                occurred_at=T0 + timedelta(hours=5),
                station="东门岗亭",
                username="guard",
                description="新沙发",
                authorisation="owner",
                authorised_by="张三",
            )
        )
    view.refresh()
    details = view.model.data(view.model.index(0, JournalTableModel.COL_DETAILS))
    assert details == "新沙发; authorised by 张三 (owner)"


def test_export_writes_the_whole_filtered_journal(
    qtbot: QtBot, journal: Services, tmp_path: Path, boxes: Boxes
) -> None:
    view = _view(qtbot, journal)
    assert view.export_action is not None
    qtbot.keyClicks(view.search_edit, "zs")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    target = tmp_path / "journal"
    assert view.export_all(target)
    assert view.wait_until_done()
    path = target.with_suffix(".xlsx")
    book = load_workbook(path, read_only=True)
    sheet = book.active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    book.close()  # read-only workbooks keep the file open until closed
    assert values[0][:3] == ("Time", "Kind", "Name")
    assert len(values) == 1 + CARD_ENTRIES  # every match, not just the page of 10
    assert {row[2] for row in values[1:]} == {"张三"}
    assert isinstance(values[1][0], datetime)
    assert boxes.texts() == [f"{CARD_ENTRIES} rows exported to {path}"]

    view.clear_filters()
    assert view.export_all(tmp_path / "all.xlsx")
    assert view.wait_until_done()
    whole = load_workbook(tmp_path / "all.xlsx", read_only=True)
    everything = whole.active
    assert everything is not None
    assert len(list(everything.iter_rows(values_only=True))) == 1 + CARD_ENTRIES + 4
    whole.close()


def test_model_passes_the_model_tester(
    qtbot: QtBot, journal: Services, qtmodeltester: ModelTester
) -> None:
    view = _view(qtbot, journal)
    qtmodeltester.check(view.model)
    view.older()
    qtmodeltester.check(view.model)
