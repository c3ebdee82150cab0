"""The complaints tab's analysis page: the year's figures as the service computes them,
each figure a link to the complaints behind it (a count, a table row, a chart's bar),
and each table exported as shown."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.complaints.kinds import ComplaintCategory, ComplaintChannel
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.analysis import ComplaintAnalysis
from propdesk.services.complaints.inputs import ComplaintInput
from propdesk.services.complaints.queries import ComplaintFilter
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.core.actor import Actor
from propdesk.ui.tabs.complaints.analysis_models import (
    ComplainantRepeatModel,
    DepartmentModel,
    MonthModel,
    ParetoModel,
    PlaceRepeatModel,
)
from propdesk.ui.tabs.complaints.analysis_panel import AnalysisPanel

CLERK = Actor(None, "clerk", "前台小李", Role.ADMIN, "客服中心")


def take(services: Services, category: ComplaintCategory, area: str, phone: str) -> None:
    services.module(ComplaintServices).complaints.take(
        CLERK,
        ComplaintInput(
            ComplaintChannel.PHONE,
            category,
            f"{area}的{category.value}问题",
            complainant_name="张先生",
            complainant_phone=phone,
            common_area=area,
        ),
    )


@pytest.fixture
def recorded(ready_services: Services) -> Services:
    """Four complaints today: noise three times at 3号楼 by one phone, cleaning once."""
    for _ in range(3):
        take(ready_services, ComplaintCategory.NOISE, "3号楼", "13800138000")
    take(ready_services, ComplaintCategory.CLEANING, "南门", "13900139000")
    return ready_services


@pytest.fixture
def panel(qtbot: QtBot, recorded: Services) -> AnalysisPanel:
    widget = AnalysisPanel(recorded, CLERK)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()  # as the tab does when the page comes to the front
    return widget


def this_year() -> int:
    return datetime.now().astimezone().year


def expected(services: Services) -> ComplaintAnalysis:
    return services.module(ComplaintServices).analysis.year(CLERK, this_year())


def column(model: QAbstractItemModel, col: int) -> list[str]:
    return [str(model.index(row, col).data()) for row in range(model.rowCount())]


def activate(qtbot: QtBot, view: QTableView, row: int, col: int) -> None:
    """Choose a cell and press Enter (as a double click does)."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, col))
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)


def test_every_table_model_passes_the_model_tester(
    qtmodeltester: ModelTester, recorded: Services
) -> None:
    analysis = expected(recorded)
    for model, rows in (
        (ParetoModel(), analysis.pareto),
        (MonthModel(), analysis.months),
        (PlaceRepeatModel(), analysis.repeat_places),
        (ComplainantRepeatModel(), analysis.repeat_complainants),
        (DepartmentModel(), analysis.departments),
    ):
        model.set_rows(rows)
        assert model.rowCount() == len(rows) > 0
        qtmodeltester.check(model)


def test_the_year_shows_the_complaints_recorded_as_the_service_counts_them(
    panel: AnalysisPanel, recorded: Services
) -> None:
    analysis = expected(recorded)
    assert panel.year_spin.value() == this_year()
    assert panel.analysis is not None
    assert panel.analysis.received == 4

    pareto = panel.pareto_model
    assert column(pareto, ParetoModel.COL_CATEGORY) == ["Noise", "Cleaning"]
    assert column(pareto, ParetoModel.COL_COUNT) == [
        str(line.bar.count) for line in analysis.pareto
    ]
    assert column(pareto, ParetoModel.COL_COUNT) == ["3", "1"]
    assert column(pareto, ParetoModel.COL_CUMULATIVE) == ["75.0%", "100.0%"]
    # 75 % is short of 80 %: the category that reaches it is among the vital few too.
    assert column(pareto, ParetoModel.COL_VITAL) == ["yes", "yes"]
    assert panel.pareto_chart.bars_drawn() == 2

    month = datetime.now().astimezone().month
    assert panel.month_model.rowCount() == 12
    assert panel.month_model.index(month - 1, MonthModel.COL_RECEIVED).data() == "4"
    assert column(panel.place_model, PlaceRepeatModel.COL_PLACE) == ["3号楼"]
    assert column(panel.person_model, ComplainantRepeatModel.COL_PHONE) == ["13800138000"]
    assert panel.figures.buttons["received"].text() == "4"
    assert "4 complaints received" in panel.summary_label.text()


def test_a_count_a_bar_and_a_row_each_ask_for_the_complaints_behind_them(
    qtbot: QtBot, panel: AnalysisPanel, recorded: Services
) -> None:
    analysis = expected(recorded)
    with qtbot.waitSignal(panel.records_wanted, timeout=1000) as received:
        qtbot.mouseClick(panel.figures.buttons["received"], Qt.MouseButton.LeftButton)
    assert received.args == [analysis.records]

    noise_bar = panel.pareto_chart.bar_rect(0).center().toPoint()
    with qtbot.waitSignal(panel.records_wanted, timeout=1000) as bar:
        qtbot.mouseClick(panel.pareto_chart, Qt.MouseButton.LeftButton, pos=noise_bar)
    wanted = bar.args[0]
    assert isinstance(wanted, ComplaintFilter)
    assert wanted == analysis.pareto[0].records
    assert wanted.category is ComplaintCategory.NOISE

    with qtbot.waitSignal(panel.records_wanted, timeout=1000) as row:
        activate(qtbot, panel.pareto_view, 1, ParetoModel.COL_COUNT)
    assert row.args[0].category is ComplaintCategory.CLEANING

    month = datetime.now().astimezone().month - 1
    panel.pages.setCurrentIndex(1)
    with qtbot.waitSignal(panel.records_wanted, timeout=1000) as late:
        activate(qtbot, panel.month_view, month, MonthModel.COL_LATE)
    assert late.args == [analysis.months[month].compliance.late]
    assert late.args[0].answered_in_time is False

    panel.pages.setCurrentIndex(2)
    with qtbot.waitSignal(panel.records_wanted, timeout=1000) as place:
        activate(qtbot, panel.place_view, 0, PlaceRepeatModel.COL_COUNT)
    assert place.args[0].common_area == "3号楼"

    # What the filter finds is what the figure counted.
    complaints = recorded.module(ComplaintServices).complaints
    assert len(complaints.page(CLERK, place.args[0]).rows) == 3
    assert len(complaints.page(CLERK, wanted).rows) == 3


def test_a_table_is_exported_as_shown(panel: AnalysisPanel, tmp_path: Path) -> None:
    written = panel.export_table(panel.pareto_view, tmp_path / "pareto.xlsx")
    assert written == tmp_path / "pareto.xlsx"
    sheet = openpyxl.load_workbook(written).active
    assert sheet is not None
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == ["Category", "Complaints", "Share", "Cumulative", "Vital few"]
    assert values[1][:2] == ["Noise", 3]
    assert values[2][:2] == ["Cleaning", 1]
    assert values[1][3] == 75.0


def test_show_year_reads_another_year(panel: AnalysisPanel) -> None:
    panel.show_year(this_year() - 1)
    assert panel.analysis is not None
    assert panel.analysis.received == 0
    assert panel.pareto_model.rowCount() == 0
    assert panel.pareto_chart.bars_drawn() == 0
    assert panel.from_edit.date().year() == this_year() - 1
    panel.show_year(this_year())
    assert panel.analysis is not None
    assert panel.analysis.received == 4
