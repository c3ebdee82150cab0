"""The monthly assessment tab: a manager adopts the default standards, makes a month's
assessment and spot checks by keyboard (a failing one issuing a rectification notice
that shows on the inspections tab), finalises, voids with a reason and prints the
sheet to preview; a clerk only looks; every table model passes the model tester."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.inspections.rectification import NoticeSource
from propdesk.domain.roles import Role
from propdesk.services.assessments.inputs import AssessmentInput, CheckInput, NoticeAsk
from propdesk.services.assessments.service import AssessmentServices
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.inspections.rectifications import NoticeFilter
from propdesk.services.inspections.service import InspectionServices
from propdesk.ui.fonts import ensure_cjk_font
from propdesk.ui.tabs.assessments import module
from propdesk.ui.tabs.assessments.forms import AssessmentDialog, CheckDialog
from propdesk.ui.tabs.assessments.models import AssessmentTableModel, CheckTableModel
from propdesk.ui.tabs.assessments.standard_dialog import StandardDialog
from propdesk.ui.tabs.assessments.tab import AssessmentsTab
from propdesk.ui.tabs.inspections.rectification_model import RectificationTableModel
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from tests.gui.conftest import Boxes, Previews, actor_of, add_user

SHOTS = "/tmp/assessments-shots"


@pytest.fixture
def manager(ready_services: Services, admin: Actor) -> Actor:
    return actor_of(ready_services, add_user(ready_services, admin, "chen", "陈经理", Role.MANAGER))


@pytest.fixture
def clerk(ready_services: Services, admin: Actor) -> Actor:
    return actor_of(ready_services, add_user(ready_services, admin, "wang", "王客服", Role.CLERK))


def _month() -> str:
    now = datetime.now().astimezone()
    return f"{now.year:04d}-{now.month:02d}"


def _filled(services: Services, manager: Actor) -> AssessmentServices:
    doors = services.module(AssessmentServices)
    doors.standards.adopt_defaults(manager, "zh_CN")
    made = doors.assessments.create(manager, AssessmentInput("cleaning", _month(), "陈经理"))
    doors.assessments.add_check(
        manager,
        made.id,
        CheckInput(
            "garbage_points",
            "12号楼垃圾分类点",
            "垃圾满溢，有异味",
            4,
            notice=NoticeAsk("当日清运并冲洗", datetime.now().astimezone() + timedelta(days=2)),
        ),
    )
    doors.assessments.add_check(manager, made.id, CheckInput("lobby_clean", "1号楼大堂", "", 0))
    return doors


def test_the_models_pass_the_model_tester(
    qtmodeltester: ModelTester, ready_services: Services, manager: Actor
) -> None:
    doors = _filled(ready_services, manager)
    rows = doors.assessments.rows(manager).rows
    model = AssessmentTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    checks = CheckTableModel()
    checks.set_rows(doors.assessments.detail(manager, rows[0].id).checks)
    qtmodeltester.check(checks)
    assert checks.rowCount() == 2
    assert "ZG" in checks.index(0, CheckTableModel.COL_NOTICE).data()


def test_add_check_finalise_void_and_print_by_keyboard(
    qtbot: QtBot, ready_services: Services, manager: Actor, boxes: Boxes, previews: Previews
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ensure_cjk_font(app)
    tab = AssessmentsTab(ready_services, manager)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    # Standards… adopts the plan's defaults in one step, then opens a department's.
    from PySide6.QtWidgets import QInputDialog

    def choose(*_args: object, **_kwargs: object) -> tuple[str, bool]:
        return ("保洁部", True)

    original = QInputDialog.getItem
    QInputDialog.getItem = staticmethod(choose)  # type: ignore[method-assign]
    try:
        form = tab.edit_standard()
    finally:
        QInputDialog.getItem = original  # type: ignore[method-assign]
    assert isinstance(form, StandardDialog)
    assert "100" in form.total_label.text()
    form.grab().save(f"{SHOTS}-standard.png")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert any("5" in text for text in boxes.texts())

    new = tab.new_assessment()
    assert isinstance(new, AssessmentDialog)
    new.department_combo.setCurrentIndex(new.department_combo.findData("cleaning"))
    now = datetime.now()
    new.month_edit.setDate(new.month_edit.date().fromString(_month(), "yyyy-MM"))
    new.remarks_edit.insert("月底抽查")  # typed (Qt Test types only ASCII)
    qtbot.keyClick(new.remarks_edit, Qt.Key.Key_Return)
    assert new.saved is not None, new.form.error_text("month")
    assert [r.number for r in tab.rows()] == [new.saved.number]

    check = tab.add_check()
    assert isinstance(check, CheckDialog)
    check.item_combo.setCurrentIndex(check.item_combo.findData("garbage_points"))
    check.place_edit.insert("12号楼垃圾分类点")  # typed (Qt Test types only ASCII)
    check.finding_edit.insert("垃圾满溢")  # typed (Qt Test types only ASCII)
    check.deducted_spin.setValue(4)
    assert check.notice_box.isChecked()  # 3 points or more: a notice by default
    check.fix_edit.insert("当日清运")  # typed (Qt Test types only ASCII)
    check.checked_edit.setDateTime(
        check.checked_edit.dateTime().fromString(now.strftime("%Y-%m-%d %H:%M"), "yyyy-MM-dd HH:mm")
    )
    qtbot.keyClick(check.place_edit, Qt.Key.Key_Return)
    assert check.outcome is not None, [
        check.form.error_text(n) for n in ("checked_at", "finding", "deadline")
    ]
    assert check.outcome.notice is not None
    assert tab.detail is not None
    assert tab.detail.row.score == 96
    assert tab.checks.rowCount() == 1
    tab.grab().save(f"{SHOTS}-tab.png")

    # A bad check stays open with the message next to its field.
    bad = tab.add_check()
    assert isinstance(bad, CheckDialog)
    bad.deducted_spin.setValue(2)
    bad.notice_box.setChecked(False)
    qtbot.keyClick(bad.place_edit, Qt.Key.Key_Return)
    assert bad.outcome is None
    assert bad.form.error_text("finding")
    qtbot.keyClick(bad, Qt.Key.Key_Escape)

    # The notice is on the inspections tab's Rectifications page, its source in words.
    notices = ready_services.module(InspectionServices).rectifications.rows(
        manager, NoticeFilter.ALL
    )
    model = RectificationTableModel()
    model.set_rows(notices.rows)
    assert notices.rows[0].source is NoticeSource.ASSESSMENT
    assert new.saved.number in model.index(0, RectificationTableModel.COL_INSPECTION).data()

    assert tab.print_sheet()
    assert previews.pdfs
    assert previews.pdfs[-1].pages_shown == 1

    assert tab.finalise()
    assert not tab.check_button.isEnabled()

    void = tab.void()
    assert isinstance(void, ReasonDialog)
    void.reason_edit.insert("部门选错")  # typed (Qt Test types only ASCII)
    qtbot.keyClick(void.reason_edit, Qt.Key.Key_Return)
    assert tab.rows()[0].voided
    assert not tab.void_button.isEnabled()
    QApplication.processEvents()


def test_a_clerk_only_looks_and_quick_search_opens_one(
    qtbot: QtBot, ready_services: Services, manager: Actor, clerk: Actor
) -> None:
    doors = _filled(ready_services, manager)
    made = doors.assessments.rows(manager).rows[0]
    tab = AssessmentsTab(ready_services, clerk)
    qtbot.addWidget(tab)
    assert not tab.new_button.isVisibleTo(tab)
    assert not tab.check_button.isVisibleTo(tab)
    assert not tab.void_button.isVisibleTo(tab)
    assert module.TAB.open_record(tab, "assessment", made.id)
    assert tab.detail is not None
    assert tab.detail.id == made.id
