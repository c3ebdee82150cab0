"""Every list says when it is empty ("Nothing to show" where its rows would be), and
its columns are as wide as their contents, each header over its values, instead of
the last column stretched to the window's edge."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot

from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.ui.tabs.gate.tab import GateTab
from propdesk.ui.tabs.patrol.tab import PatrolTab
from propdesk.ui.tabs.repairs.tab import RepairsTab
from propdesk.ui.tabs.residents.tab import ResidentsTab
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, count_column
from propdesk.ui.widgets.record_table import RecordTable, record_table

GUARD = Actor(None, "guard", "王保安", Role.GUARD, "岗亭")
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
MANAGER = Actor(None, "manager", "王经理", Role.MANAGER, "客服中心")


@dataclass(frozen=True)
class Row:
    unit: str
    name: str
    visits: int


class RowsModel(DtoTableModel[Row]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column("Unit", lambda r: r.unit),
                Column("Name", lambda r: r.name),
                count_column("Visits", lambda r: r.visits),
            ]
        )


def _shown(qtbot: QtBot, widget: QWidget, width: int = 900, height: int = 400) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


def _colours(view: QTableView) -> int:
    """How many colours the rows' area holds: one when nothing is painted in it."""
    image = view.viewport().grab().toImage()
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), 2)
            for y in range(0, min(image.height(), 80), 2)
        }
    )


def test_an_empty_list_says_so_until_rows_come(qtbot: QtBot) -> None:
    model = RowsModel()
    view = record_table(model)
    _shown(qtbot, view)
    assert view.empty_text() == "Nothing to show"
    assert view.shows_empty_text()
    assert _colours(view) > 1  # the words are painted

    model.set_rows([Row("3-2-1502", "张三", 2)])
    assert not view.shows_empty_text()

    model.set_rows([])
    view.set_empty_text("Nobody is inside")
    assert view.shows_empty_text()
    view.set_empty_text("")
    assert not view.shows_empty_text()
    qtbot.waitUntil(lambda: _colours(view) == 1)


def test_columns_are_as_wide_as_their_contents(qtbot: QtBot) -> None:
    model = RowsModel()
    model.set_rows([Row("3-2-1502", "张三", 2), Row("10-1-101", "李梅", 12)])
    view = record_table(model)
    _shown(qtbot, view, width=1000)
    header = view.horizontalHeader()
    # The last column is not stretched to the edge, away from the others.
    assert header.sectionSize(2) == header.sectionSizeHint(2)
    assert header.sectionSize(2) < 200
    # Each header sits over its values: text on the left, a count on the right.
    assert header.defaultAlignment() & Qt.AlignmentFlag.AlignLeft
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) & (
        Qt.AlignmentFlag.AlignRight.value
    )


def test_a_named_free_text_column_takes_the_spare_width(qtbot: QtBot) -> None:
    model = RowsModel()
    model.set_rows([Row("3-2-1502", "张三", 2)])
    view = record_table(model, stretch=[1])
    _shown(qtbot, view, width=1000)
    header = view.horizontalHeader()
    assert header.sectionSize(1) > 500
    assert header.sectionSize(2) == header.sectionSizeHint(2)


TABS: dict[str, Callable[[Services], QWidget]] = {
    "gate": lambda services: GateTab(services, GUARD),
    "repairs": lambda services: RepairsTab(services, CLERK),
    "residents": lambda services: ResidentsTab(services, CLERK),
    "patrol": lambda services: PatrolTab(services, MANAGER),
}


@pytest.mark.parametrize("tab_name", sorted(TABS))
def test_every_list_of_a_tab_says_when_it_is_empty(
    qtbot: QtBot, ready_services: Services, tab_name: str
) -> None:
    tab = TABS[tab_name](ready_services)
    _shown(qtbot, tab, 1366, 768)
    views = tab.findChildren(QTableView)
    assert views
    # Every list is the shared table, so every list says when it is empty.
    assert [v.objectName() for v in views if not isinstance(v, RecordTable)] == []
    empty = [v for v in views if isinstance(v, RecordTable) and v.shows_empty_text()]
    shown = [v for v in empty if v.isVisible() and v.viewport().height() > 40]
    assert shown
    assert [v.objectName() for v in shown if _colours(v) == 1] == []
