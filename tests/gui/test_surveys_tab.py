"""The surveys tab by keyboard: a round opened with the default questionnaire (Enter
saves), paper forms typed in (unit, digits, Enter; the next form at once; a
unit typed twice is asked about and replaces the first only on Yes), the figures and
the responses shown, a response voided with a reason, both papers to print preview,
the navigation views, the table models through the model tester, and a look at it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.services.surveys.search import KIND_SURVEY
from propdesk.services.surveys.service import SurveyServices
from propdesk.services.surveys.views import RoundFilter, RoundList, RoundView
from propdesk.ui.fonts import ensure_cjk_font
from propdesk.ui.tabs.surveys.models import FigureModel, ResponseModel, RoundModel
from propdesk.ui.tabs.surveys.module import TAB
from propdesk.ui.tabs.surveys.response_entry import ResponseEntryDialog
from propdesk.ui.tabs.surveys.round_form import RoundForm
from propdesk.ui.tabs.surveys.tab import SurveysTab
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from tests.gui.conftest import Boxes, Previews, actor_of, add_user

UNITS = ("1-1-101", "1-1-102", "1-1-201")
SHOTS = Path("/tmp/surveys")


@pytest.fixture
def office(ready_services: Services, admin: Actor) -> tuple[Services, Actor, Actor]:
    for code in UNITS:
        building, entrance, room = code.split("-")
        ready_services.units.save(admin, UnitInput(building, entrance, room))
        ready_services.residents.save(
            admin, ResidentInput(code, ResidentKind.OWNER, "张" + room, move_in=date(2020, 1, 1))
        )
    clerk = actor_of(ready_services, add_user(ready_services, admin, "clerk", "李客服", Role.CLERK))
    manager = actor_of(
        ready_services, add_user(ready_services, admin, "boss", "陈经理", Role.MANAGER)
    )
    return ready_services, clerk, manager


def _active(qtbot: QtBot, window: QWidget) -> None:
    """Shortcuts act in the active window only."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _type_form(qtbot: QtBot, form: ResponseEntryDialog, unit: str, digits: str) -> None:
    qtbot.keyClicks(form.unit_edit, unit)
    qtbot.keyClick(form.unit_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.ratings_edit, digits)
    qtbot.keyClick(form.ratings_edit, Qt.Key.Key_Return)


def test_a_round_and_its_forms_by_keyboard(
    qtbot: QtBot, office: tuple[Services, Actor, Actor], boxes: Boxes, previews: Previews
) -> None:
    ensure_cjk_font(QApplication.instance())
    services, clerk, manager = office
    tab = SurveysTab(services, clerk)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    _active(qtbot, tab)
    assert not tab.void_button.isVisible()  # clerks do not void
    form = tab.new_round()
    assert isinstance(form, RoundForm)
    assert (
        "Gate duty and visitor registration"
        in form.area_edits[next(iter(form.area_edits))].toPlainText()
    )
    form.name_edit.setText("2026年春季满意度调查")
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
    assert not form.isVisible(), [
        form.form.error_text(n) for n in ("name", "closes_on", "questions")
    ]
    assert [r.name for r in tab.rounds_shown] == ["2026年春季满意度调查"]
    assert tab.detail is not None
    assert tab.detail.row.open

    _active(qtbot, tab)
    tab.round_view.setFocus()
    qtbot.keyClick(tab.round_view, Qt.Key.Key_F2)
    entry = tab.forms.form
    assert isinstance(entry, ResponseEntryDialog)
    _type_form(qtbot, entry, "1-1-101", "5544 3322 1155 44")
    assert entry.isVisible()
    assert entry.saved_count == 1
    assert entry.focusWidget() is entry.unit_edit
    assert entry.unit_edit.text() == ""
    _type_form(qtbot, entry, "1-1-102", "12345")  # too few digits
    assert "14" in entry.form.error_text("ratings")
    entry.ratings_edit.clear()
    qtbot.keyClicks(entry.ratings_edit, "4" * 14)
    qtbot.keyClick(entry.ratings_edit, Qt.Key.Key_Return)
    assert entry.saved_count == 2
    # The same unit again: asked, and No leaves the first response as it was.
    boxes.answer = QMessageBox.StandardButton.No
    _type_form(qtbot, entry, "1-1-101", "1" * 14)
    assert boxes.questions
    assert "1-1-101" in boxes.questions[-1]
    assert "1-1-101" in entry.form.error_text("unit")
    boxes.answer = QMessageBox.StandardButton.Yes
    entry.ratings_edit.setFocus()
    qtbot.keyClick(entry.ratings_edit, Qt.Key.Key_Return)
    assert entry.saved_count == 3
    entry.grab().save(str(SHOTS / "entry.png"))
    qtbot.keyClick(entry, Qt.Key.Key_Escape)
    assert not entry.isVisible()

    assert tab.detail is not None
    assert tab.detail.row.responses == 2
    assert "2 forms of 3 occupied units" in tab.figures_label.text()
    assert {r.unit_code for r in tab.response_model.rows()} == {"1-1-101", "1-1-102"}
    tab.pages.setCurrentIndex(1)
    tab.grab().save(str(SHOTS / "tab_responses.png"))
    tab.pages.setCurrentIndex(0)
    tab.grab().save(str(SHOTS / "tab_figures.png"))

    assert tab.print_blank()
    assert tab.print_summary()
    assert [p.pages_shown > 0 for p in previews.pdfs] == [True, True]

    # A manager voids the 1-1-102 response with a reason.
    boss = SurveysTab(services, manager)
    qtbot.addWidget(boss)
    boss.pages.setCurrentIndex(1)
    row = next(i for i, r in enumerate(boss.response_model.rows()) if r.unit_code == "1-1-102")
    boss.response_view.selectRow(row)
    dialog = boss.void_response()
    assert isinstance(dialog, ReasonDialog)
    dialog.reason_edit.setText("房号录错")  # typed through the input method
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert [r.unit_code for r in boss.response_model.rows()] == ["1-1-101"]
    boss.close_round()
    assert boss.detail is not None
    assert not boss.detail.row.open
    assert not boss.entry_button.isEnabled()


def test_views_and_quick_search_hits(qtbot: QtBot, office: tuple[Services, Actor, Actor]) -> None:
    services, clerk, _manager = office
    doors = services.module(SurveyServices)
    from propdesk.services.surveys.views import RoundInput

    questions = doors.rounds.default_questionnaire(clerk, "zh_CN").questions
    spring = doors.rounds.create(
        clerk, RoundInput("春季", date(2025, 4, 1), date(2025, 4, 30), questions)
    )
    doors.rounds.create(clerk, RoundInput("秋季", date(2026, 10, 1), date(2026, 10, 30), questions))
    tab = SurveysTab(services, clerk)
    qtbot.addWidget(tab)
    assert TAB.show_view(tab, RoundList(RoundFilter(year=2025)))
    assert [r.name for r in tab.rounds_shown] == ["春季"]
    assert TAB.show_view(tab, RoundView(spring.id))
    assert tab.detail is not None
    assert tab.detail.id == spring.id
    assert TAB.open_record(tab, KIND_SURVEY, spring.id)
    assert not TAB.show_view(tab, object())


def test_table_models(qtmodeltester: ModelTester, office: tuple[Services, Actor, Actor]) -> None:
    services, clerk, _manager = office
    doors = services.module(SurveyServices)
    from propdesk.services.surveys.views import ResponseFilter, ResponseInput, RoundInput

    questions = doors.rounds.default_questionnaire(clerk, "zh_CN").questions
    found = doors.rounds.create(
        clerk, RoundInput("春季", date(2026, 4, 1), date(2026, 4, 30), questions)
    )
    doors.responses.record(clerk, ResponseInput(found.id, "1-1-101", "5" * 14, "很好"))
    rounds = RoundModel()
    rounds.set_rows(doors.rounds.rows(clerk))
    qtmodeltester.check(rounds)
    responses = ResponseModel()
    responses.set_rows(doors.responses.rows(clerk, ResponseFilter(found.id)).rows)
    qtmodeltester.check(responses)
    figures = FigureModel()
    tab = SurveysTab(services, clerk)
    figures.set_rows(tab.figure_model.rows())
    assert figures.rowCount() == 5 + 14
    qtmodeltester.check(figures)
    tab.deleteLater()
