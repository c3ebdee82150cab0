"""The patrol tab's manager side, setting up: routes and checkpoints added, renamed,
reordered and voided by keyboard (a code in use said under the code field), what
other roles see, the checkpoint labels to print, and the schedule dialog refusing
what the domain refuses — next to the field, writing nothing — and saving a change."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.patrol.schedule import DEFAULT_SCHEDULE, ScheduleHistory
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.patrol.inputs import CheckpointInput, RouteInput
from propdesk.services.patrol.routes import RouteInfo
from propdesk.services.patrol.service import PatrolServices
from propdesk.ui.tabs.patrol.checkpoint_form import CheckpointForm
from propdesk.ui.tabs.patrol.route_form import RouteForm
from propdesk.ui.tabs.patrol.routes_dialog import RoutesDialog
from propdesk.ui.tabs.patrol.schedule_dialog import ScheduleDialog
from propdesk.ui.tabs.patrol.schedule_windows_model import WindowsTableModel
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from tests.gui.conftest import Boxes, Previews
from tests.gui.keys import type_text

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def patrol(services: Services) -> PatrolServices:
    services.estate.set_up("翠湖花园")
    return services.module(PatrolServices)


def _east(patrol: PatrolServices) -> RouteInfo:
    route = patrol.routes.add_route(MANAGER, RouteInput("东区夜巡", "夜班"))
    for n, name in enumerate(("1栋大堂", "2号消防通道", "地库入口"), start=1):
        patrol.routes.add_checkpoint(
            MANAGER, route.id, CheckpointInput(f"E-{n}", name, "东区", "消防门关闭\n灯亮")
        )
    return patrol.routes.route(MANAGER, route.id)


def _shown(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts act in the active window only


def _routes_dialog(qtbot: QtBot, services: Services, actor: Actor = MANAGER) -> RoutesDialog:
    dialog = RoutesDialog(services, actor)
    _shown(qtbot, dialog)
    return dialog


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: QtBot, text: str) -> None:
    if text.isascii():
        qtbot.keyClicks(_focused(), text)
    else:
        type_text(_focused(), text)


def _key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(_focused(), key, modifier)


def _form(qtbot: QtBot, dialog: RoutesDialog) -> QDialog:
    form = dialog.forms.form
    assert form is not None
    qtbot.waitUntil(form.isActiveWindow)
    return form


def _saved(qtbot: QtBot, dialog: RoutesDialog) -> None:
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.forms.form is None)


# -- routes and checkpoints --------------------------------------------------------------
def test_a_route_and_its_checkpoints_set_up_by_keyboard(
    qtbot: QtBot, services: Services, patrol: PatrolServices
) -> None:
    dialog = _routes_dialog(qtbot, services)
    assert dialog.route_view.hasFocus()
    _key(qtbot, Qt.Key.Key_Insert)  # a new route
    assert isinstance(_form(qtbot, dialog), RouteForm)
    _type(qtbot, "北区巡逻")
    _saved(qtbot, dialog)
    route = dialog.selected_route()
    assert route is not None
    assert route.name == "北区巡逻"
    qtbot.waitUntil(dialog.route_view.hasFocus)
    _key(qtbot, Qt.Key.Key_Return)  # on to its checkpoints
    assert dialog.checkpoint_view.hasFocus()
    for code, name in (("n-1", "北门"), ("N-2", "配电房"), ("N-3", "水泵房")):
        _key(qtbot, Qt.Key.Key_Insert)
        form = _form(qtbot, dialog)
        assert isinstance(form, CheckpointForm)
        assert form.code_edit.hasFocus()
        _type(qtbot, code)
        _key(qtbot, Qt.Key.Key_Tab)
        _type(qtbot, name)
        _key(qtbot, Qt.Key.Key_Tab)
        _type(qtbot, "北区")
        _key(qtbot, Qt.Key.Key_Tab)
        assert form.checklist_edit.hasFocus()
        _type(qtbot, "门锁好")
        _key(qtbot, Qt.Key.Key_Return)  # a new line of the checklist, not OK
        _type(qtbot, "灯亮")
        _key(qtbot, Qt.Key.Key_Tab)  # leaves the checklist
        qtbot.keyClick(form, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.forms.form is None)
        qtbot.waitUntil(dialog.checkpoint_view.hasFocus)
    saved = patrol.routes.route(MANAGER, route.id)
    assert [(c.code, c.name, c.position) for c in saved.checkpoints] == [
        ("N-1", "北门", 1),
        ("N-2", "配电房", 2),
        ("N-3", "水泵房", 3),
    ]
    assert saved.checkpoints[0].checklist == ("门锁好", "灯亮")
    current = dialog.current_checkpoint()
    assert current is not None
    assert current.code == "N-3"  # the one just added
    _key(qtbot, Qt.Key.Key_Up, CTRL)  # one earlier
    _key(qtbot, Qt.Key.Key_Up, CTRL)  # first
    _key(qtbot, Qt.Key.Key_Up, CTRL)  # stays first
    assert [c.code for c in patrol.routes.route(MANAGER, route.id).checkpoints] == [
        "N-3",
        "N-1",
        "N-2",
    ]
    assert [c.code for c in dialog.checkpoint_model.rows()] == ["N-3", "N-1", "N-2"]
    assert not dialog.up_button.isEnabled()
    _key(qtbot, Qt.Key.Key_Down, CTRL)
    assert [c.code for c in dialog.checkpoint_model.rows()] == ["N-1", "N-3", "N-2"]
    _key(qtbot, Qt.Key.Key_Delete)  # void N-3
    assert isinstance(_form(qtbot, dialog), ReasonDialog)
    _type(qtbot, "墙体拆除")
    _saved(qtbot, dialog)
    after = patrol.routes.route(MANAGER, route.id)
    assert [(c.code, c.position) for c in after.checkpoints] == [("N-1", 1), ("N-2", 2)]
    current = dialog.current_checkpoint()
    assert current is not None
    assert current.code == "N-2"  # the one that took its place
    # F2 (or Enter) edits the checkpoint chosen.
    qtbot.waitUntil(dialog.checkpoint_view.hasFocus)
    _key(qtbot, Qt.Key.Key_F2)
    form = _form(qtbot, dialog)
    assert isinstance(form, CheckpointForm)
    assert form.name_edit.text() == "配电房"
    form.name_edit.setFocus()
    form.name_edit.selectAll()
    _type(qtbot, "1号配电房")
    _saved(qtbot, dialog)
    assert patrol.routes.route(MANAGER, route.id).checkpoints[1].name == "1号配电房"
    assert dialog.isVisible()  # Enter never closed the dialog


def test_a_code_in_use_is_said_under_the_code_field_and_nothing_is_written(
    qtbot: QtBot, services: Services, patrol: PatrolServices, boxes: Boxes
) -> None:
    east = _east(patrol)
    west = patrol.routes.add_route(MANAGER, RouteInput("西区巡逻"))
    dialog = _routes_dialog(qtbot, services)
    dialog.route_view.selectRow(1)
    form = dialog.add_checkpoint()
    assert isinstance(form, CheckpointForm)
    qtbot.waitUntil(form.isActiveWindow)
    _type(qtbot, "e-2")
    form.name_edit.setFocus()
    _type(qtbot, "西门")
    _key(qtbot, Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.form.error_text("code") == (
        "The code E-2 is already used by the checkpoint 2号消防通道."
    )
    assert form.code_edit.hasFocus()
    assert boxes.texts() == []
    assert patrol.routes.route(MANAGER, west.id).checkpoints == ()
    assert len(patrol.routes.route(MANAGER, east.id).checkpoints) == 3
    form.code_edit.setText("W-1")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.forms.form is None)
    assert [c.code for c in patrol.routes.route(MANAGER, west.id).checkpoints] == ["W-1"]


def test_a_route_renamed_and_voided_by_keyboard(
    qtbot: QtBot, services: Services, patrol: PatrolServices
) -> None:
    east = _east(patrol)
    patrol.routes.add_route(MANAGER, RouteInput("西区巡逻"))
    dialog = _routes_dialog(qtbot, services)
    assert [r.name for r in dialog.route_model.rows()] == ["东区夜巡", "西区巡逻"]
    assert [c.code for c in dialog.checkpoint_model.rows()] == ["E-1", "E-2", "E-3"]
    dialog.route_view.setFocus()
    _key(qtbot, Qt.Key.Key_F2)
    form = _form(qtbot, dialog)
    assert isinstance(form, RouteForm)
    form.name_edit.selectAll()
    _type(qtbot, "西区巡逻")  # taken
    _key(qtbot, Qt.Key.Key_Return)
    assert form.form.error_text("name") == "There is already a route named 西区巡逻."
    form.name_edit.selectAll()
    _type(qtbot, "东区巡逻")
    _saved(qtbot, dialog)
    assert patrol.routes.route(MANAGER, east.id).name == "东区巡逻"
    qtbot.waitUntil(dialog.route_view.hasFocus)
    _key(qtbot, Qt.Key.Key_Delete)
    reason = _form(qtbot, dialog)
    _key(qtbot, Qt.Key.Key_Return)  # no reason: refused
    assert reason.isVisible()
    _type(qtbot, "合并到西区")
    _saved(qtbot, dialog)
    assert [r.name for r in patrol.routes.routes(MANAGER)] == ["西区巡逻"]
    assert [r.name for r in dialog.route_model.rows()] == ["西区巡逻"]
    assert dialog.checkpoint_model.rowCount() == 0


def test_other_roles_see_the_routes_read_only(
    qtbot: QtBot, services: Services, patrol: PatrolServices
) -> None:
    _east(patrol)
    dialog = _routes_dialog(qtbot, services, GUARD)
    assert not dialog.may_edit
    for button in (
        dialog.add_route_button,
        dialog.rename_route_button,
        dialog.void_route_button,
        dialog.add_checkpoint_button,
        dialog.edit_checkpoint_button,
        dialog.up_button,
        dialog.down_button,
        dialog.void_checkpoint_button,
    ):
        assert button.isHidden()
    assert not dialog.print_route_button.isHidden()  # a torn label is reprinted
    dialog.route_view.setFocus()
    _key(qtbot, Qt.Key.Key_Insert)
    assert dialog.forms.form is None
    assert dialog.add_checkpoint() is None
    assert "may view" in dialog.hint_label.text()


def test_the_route_models(
    qtmodeltester: ModelTester, qtbot: QtBot, services: Services, patrol: PatrolServices
) -> None:
    _east(patrol)
    dialog = _routes_dialog(qtbot, services)
    qtmodeltester.check(dialog.route_model)
    qtmodeltester.check(dialog.checkpoint_model)
    model = dialog.checkpoint_model
    assert [model.data(model.index(0, c)) for c in range(5)] == [
        "1",
        "E-1",
        "1栋大堂",
        "东区",
        "消防门关闭; 灯亮",
    ]
    assert dialog.route_model.data(dialog.route_model.index(0, 1)) == "3"


# -- labels -----------------------------------------------------------------------------------
def test_labels_of_a_route_or_of_the_checkpoints_chosen_go_to_print_preview(
    qtbot: QtBot, services: Services, patrol: PatrolServices, previews: Previews
) -> None:
    _east(patrol)
    dialog = _routes_dialog(qtbot, services)
    qtbot.mouseClick(dialog.print_route_button, Qt.MouseButton.LeftButton)
    assert not dialog.print_selected_button.isEnabled()  # nothing chosen yet
    dialog.checkpoint_view.selectRow(0)
    qtbot.mouseClick(
        dialog.checkpoint_view.viewport(),
        Qt.MouseButton.LeftButton,
        CTRL,
        dialog.checkpoint_view.visualRect(dialog.checkpoint_model.index(2, 1)).center(),
    )
    assert [c.code for c in dialog.selected_checkpoints()] == ["E-1", "E-3"]
    qtbot.mouseClick(dialog.print_selected_button, Qt.MouseButton.LeftButton)
    assert [p.title for p in previews.pdfs] == ["Checkpoint labels", "Checkpoint labels"]
    for shown in previews.pdfs:
        assert shown.pages_painted == 1
        assert shown.pages_shown == 1


# -- the schedule -----------------------------------------------------------------------------
def _schedule_dialog(qtbot: QtBot, services: Services, actor: Actor = MANAGER) -> ScheduleDialog:
    dialog = ScheduleDialog(services, actor)
    _shown(qtbot, dialog)
    return dialog


def _ok(qtbot: QtBot, dialog: ScheduleDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def _history(patrol: PatrolServices) -> ScheduleHistory:
    return patrol.settings.history(MANAGER)


def test_the_schedule_in_force_is_shown_and_edited_from(
    qtbot: QtBot, services: Services, patrol: PatrolServices
) -> None:
    dialog = _schedule_dialog(qtbot, services)
    assert dialog.in_force_label.text() == (
        "In force today: 06:00–22:00 every 60 min; 22:00–06:00 every 30 min · "
        "late after 10 min, missed after 30 min, at least 1 min between checkpoints"
    )
    assert dialog.planned_label.text() == "No change is planned."
    model = dialog.windows_model
    assert [model.data(model.index(r, c)) for r in range(2) for c in range(3)] == [
        "06:00",
        "22:00",
        "60",
        "22:00",
        "06:00",
        "30",
    ]
    assert dialog.effective_from == datetime.now().astimezone().date()
    assert dialog.schedule() == DEFAULT_SCHEDULE


@pytest.mark.parametrize(
    ("case", "field", "message"),
    [
        (
            "overlap",
            "windows",
            "The patrol windows 06:00–22:00 and 20:00–23:00 overlap; each time of day may "
            "belong to one window only.",
        ),
        (
            "zero_interval",
            "windows",
            "The interval of the 06:00–22:00 window must be a whole number of minutes from 1 "
            "to 1440.",
        ),
        (
            "long_grace",
            "late_after",
            "45 minutes is longer than the 30-minute interval of the 22:00–06:00 window.",
        ),
        (
            "missed_before_late",
            "missed_after",
            "The minutes after which a round counts missed must be a whole number of at least "
            "20 (when it counts late).",
        ),
        (
            "past",
            "effective_from",
            "A schedule change can start today or later; past days keep the schedule they had.",
        ),
        ("no_window", "windows", "Add at least one patrol window."),
    ],
)
def test_the_schedule_refuses_next_to_the_field_and_writes_nothing(
    qtbot: QtBot,
    services: Services,
    patrol: PatrolServices,
    boxes: Boxes,
    case: str,
    field: str,
    message: str,
) -> None:
    before = _history(patrol)
    dialog = _schedule_dialog(qtbot, services)
    model = dialog.windows_model
    view = dialog.windows_view
    if case == "overlap":
        qtbot.mouseClick(dialog.add_window_button, Qt.MouseButton.LeftButton)
        row = model.rowCount() - 1
        model.setData(model.index(row, WindowsTableModel.COL_START), QTime(20, 0))
        model.setData(model.index(row, WindowsTableModel.COL_END), QTime(23, 0))
    elif case == "zero_interval":  # typed into the table
        view.setFocus()
        view.setCurrentIndex(model.index(0, WindowsTableModel.COL_INTERVAL))
        _key(qtbot, Qt.Key.Key_F2)
        _key(qtbot, Qt.Key.Key_A, CTRL)
        _type(qtbot, "0")
        _key(qtbot, Qt.Key.Key_Return)  # the editor hands its value over after the key
        qtbot.waitUntil(lambda: model.rows()[0].interval_minutes == 0)
    elif case == "long_grace":
        dialog.late_edit.setValue(45)
    elif case == "missed_before_late":
        dialog.late_edit.setValue(20)
        dialog.missed_edit.setValue(15)
    elif case == "past":
        yesterday = datetime.now().astimezone().date() - timedelta(days=1)
        dialog.from_edit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    else:
        for _ in range(2):
            view.setCurrentIndex(model.index(0, 0))
            qtbot.mouseClick(dialog.remove_window_button, Qt.MouseButton.LeftButton)
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.form.error_text(field) == message
    assert boxes.texts() == []
    assert _history(patrol) == before
    if case == "zero_interval":  # the table has the focus, on the interval to fix
        assert view.hasFocus()
        assert view.currentIndex() == model.index(0, WindowsTableModel.COL_INTERVAL)


def test_a_schedule_change_is_saved_from_its_date_and_shown_as_planned(
    qtbot: QtBot, services: Services, patrol: PatrolServices
) -> None:
    dialog = _schedule_dialog(qtbot, services)
    model = dialog.windows_model
    model.setData(model.index(1, WindowsTableModel.COL_INTERVAL), 20)
    dialog.missed_edit.setValue(20)  # no longer than the shortest interval
    dialog.walk_edit.setValue(2)
    tomorrow: date = datetime.now().astimezone().date() + timedelta(days=1)
    dialog.from_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    planned = patrol.settings.schedule_on(tomorrow)
    assert planned is not None
    assert [w.interval_minutes for w in planned.windows] == [60, 20]
    assert (planned.missed_after_minutes, planned.min_walk_minutes) == (20, 2)
    assert patrol.settings.schedule_on(tomorrow - timedelta(days=1)) == DEFAULT_SCHEDULE
    again = _schedule_dialog(qtbot, services)
    assert again.planned_label.text() == (
        f"From {tomorrow.isoformat()}: 06:00–22:00 every 60 min; 22:00–06:00 every 20 min"
        " · late after 10 min, missed after 20 min, at least 2 min between checkpoints"
    )


def test_other_roles_see_the_schedule_read_only(
    qtbot: QtBot, services: Services, patrol: PatrolServices
) -> None:
    dialog = _schedule_dialog(qtbot, services, GUARD)
    assert dialog.read_only
    assert dialog.add_window_button.isHidden()
    assert dialog.late_edit.isReadOnly()
    assert not dialog.windows_model.setData(dialog.windows_model.index(0, 2), 15)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok is None
    assert dialog.findChild(QWidget, "read_only_notice") is not None


def test_the_windows_model(
    qtmodeltester: ModelTester, qtbot: QtBot, services: Services, patrol: PatrolServices
) -> None:
    dialog = _schedule_dialog(qtbot, services)
    model = dialog.windows_model
    qtmodeltester.check(model)
    dialog.add_window()
    assert model.setData(model.index(2, WindowsTableModel.COL_END), QTime(2, 30))
    assert not model.setData(model.index(2, WindowsTableModel.COL_INTERVAL), "x")
    assert model.data(model.index(2, 1), Qt.ItemDataRole.EditRole) == QTime(2, 30)
    qtmodeltester.check(model)
    model.remove_row(0)
    qtmodeltester.check(model)
