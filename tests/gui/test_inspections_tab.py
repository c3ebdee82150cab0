"""The inspections tab: the loop from a failed item to a closed rectification notice
driven by keyboard by two people (a technician records and reports the fix, a manager
re-inspects), the Due page (overdue first, in words and colour, "overdue only", Enter
records), the notices' page (its filters, an overdue notice in red and words, the
buttons each role gets, voiding, the notice to print preview), the Templates page
(defaults loaded in the window's language, an edit making a new version, retiring),
the navigation views the tab shows, its table models, and a look at every page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.inspections.due import DueStatus
from propdesk.domain.inspections.equipment import EquipmentKind
from propdesk.domain.inspections.kinds import Frequency, InspectionKind, ItemResult
from propdesk.domain.inspections.rectification import RectificationState
from propdesk.domain.inspections.results import Answer
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import Period
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.handoffs import RepairDesk
from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.inspections.equipment import DueFilter
from propdesk.services.inspections.equipment_inputs import EquipmentInput
from propdesk.services.inspections.inspection_inputs import InspectionInput
from propdesk.services.inspections.navigation import (
    DueList,
    EquipmentList,
    InspectionList,
    InspectionsOfPeriod,
    InspectionView,
    NoticeList,
    NoticeView,
)
from propdesk.services.inspections.rectifications import NoticeFilter, NoticeInput
from propdesk.services.inspections.search import (
    KIND_EQUIPMENT,
    KIND_INSPECTION,
    KIND_RECTIFICATION,
)
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.inspections.templates import TemplateInfo
from propdesk.services.inspections.views import (
    InspectionDetail,
    InspectionFilter,
    RectificationInfo,
)
from propdesk.services.repairs.service import RepairServices
from propdesk.ui.fonts import ensure_cjk_font
from propdesk.ui.i18n import install_translators
from propdesk.ui.tabs.inspections import module
from propdesk.ui.tabs.inspections.due_model import (
    OVERDUE_BACKGROUND,
    OVERDUE_TEXT,
    DueTableModel,
)
from propdesk.ui.tabs.inspections.due_panel import DuePanel
from propdesk.ui.tabs.inspections.inspection_entry import InspectionEntryDialog
from propdesk.ui.tabs.inspections.notice_form import NoticeForm
from propdesk.ui.tabs.inspections.rectification_forms import FixReportDialog, VoidNoticeDialog
from propdesk.ui.tabs.inspections.rectification_model import RectificationTableModel
from propdesk.ui.tabs.inspections.rectification_panel import RectificationPanel
from propdesk.ui.tabs.inspections.tab import InspectionsTab
from propdesk.ui.tabs.inspections.template_choice import TemplateChoiceDialog
from propdesk.ui.tabs.inspections.template_form import TemplateEditDialog
from propdesk.ui.tabs.inspections.template_items_model import TemplateItemsModel
from propdesk.ui.tabs.inspections.template_model import TemplateTableModel
from propdesk.ui.tabs.inspections.template_panel import TemplatePanel
from tests.gui.conftest import Boxes, Previews
from tests.gui.keys import type_text

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "工程部")
TECH = Actor(None, "tech", "刘师傅", Role.TECHNICIAN, "工程部")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
HALLS = "楼道与大堂"  # the cleaning checklist's first area


@dataclass
class Estate:
    services: Services
    doors: InspectionServices
    cleaning: TemplateInfo  # daily, check items only (and an optional remark)
    fire: TemplateInfo


def _doors(services: Services) -> InspectionServices:
    """The front door as the module registry will build it (not registered yet)."""
    desk = services.module(RepairServices).desk
    return InspectionServices.build(
        ModuleContext(services.store, lambda: "工程部", {RepairDesk: desk})
    )


@pytest.fixture
def estate(ready_services: Services, beijing_time: None) -> Estate:
    del beijing_time
    doors = _doors(ready_services)
    # Seeded two days ago: the daily checklists are overdue since yesterday.
    doors.templates.seed_defaults(
        MANAGER, "zh_CN", now=datetime.now().astimezone() - timedelta(days=2)
    )
    by_kind = {t.kind: t for t in doors.templates.templates(MANAGER)}
    return Estate(
        ready_services,
        doors,
        by_kind[InspectionKind.CLEANING],
        by_kind[InspectionKind.FIRE_EQUIPMENT],
    )


def _tab(qtbot: QtBot, estate: Estate, actor: Actor) -> InspectionsTab:
    tab = InspectionsTab(estate.services, actor, doors=estate.doors)
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    tab.show()
    qtbot.waitExposed(tab)
    _active(qtbot, tab)
    return tab


def _active(qtbot: QtBot, window: QWidget) -> None:
    """Shortcuts act in the active window only."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _go_to_row(qtbot: QtBot, view: QWidget, found: object) -> None:
    """Down from the top until the current row is the one wanted (by keyboard)."""
    assert callable(found)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home, CTRL)
    for _ in range(200):
        if found():
            return
        qtbot.keyClick(view, Qt.Key.Key_Down)
    raise AssertionError("row not found")


def _failed_cleaning(estate: Estate, actor: Actor = TECH) -> InspectionDetail:
    first = estate.cleaning.template.items[0].key
    return estate.doors.inspections.record(
        actor,
        InspectionInput(
            estate.cleaning.id,
            HALLS,
            {first: Answer(ItemResult.FAIL, note="大堂地面有污渍")},
            all_pass=True,
        ),
    )


def _notice(
    estate: Estate, deadline: datetime | None = None
) -> tuple[InspectionDetail, RectificationInfo]:
    done = _failed_cleaning(estate)
    key = estate.cleaning.template.items[0].key
    notice = estate.doors.rectifications.issue(
        TECH,
        NoticeInput(
            done.id,
            key,
            "cleaning",
            "重新清洁大堂地面",
            deadline or datetime.now().astimezone() + timedelta(days=3),
        ),
    )
    return done, notice


# -- the loop, by keyboard ---------------------------------------------------------------


def test_from_a_failed_item_to_a_closed_notice_by_keyboard(
    qtbot: QtBot, estate: Estate, boxes: Boxes
) -> None:
    tab = _tab(qtbot, estate, TECH)
    assert tab.pages.currentWidget() is tab.due_panel
    due = tab.due_panel
    # The halls' cleaning round on the Due page, then Enter: the form for it.
    _go_to_row(
        qtbot,
        due.view,
        lambda: (
            (row := due.current_row()) is not None
            and (row.series_id, row.area) == (estate.cleaning.series_id, HALLS)
        ),
    )
    qtbot.keyClick(due.view, Qt.Key.Key_Return)
    entry = due.forms.form
    assert isinstance(entry, InspectionEntryDialog)
    assert entry.area_combo.currentData() == HALLS
    _active(qtbot, entry)
    # All pass, then F on the first item: the one exception; Ctrl+Return saves.
    qtbot.keyClick(entry.table, Qt.Key.Key_A, CTRL_SHIFT)
    entry.table.go_to_row(0)
    qtbot.keyClick(entry.table, Qt.Key.Key_F)
    qtbot.keyClick(entry.table, Qt.Key.Key_Return, CTRL)
    assert not entry.isVisible(), boxes.texts()
    recorded = entry.detail
    assert recorded is not None
    assert (recorded.row.items_failed, recorded.row.area) == (1, HALLS)
    # Recorded: the Inspections page shows it, and the round is done for today.
    assert tab.pages.currentWidget() is tab.inspections_page
    assert tab.detail_panel.detail is not None
    assert tab.detail_panel.detail.id == recorded.id
    done_row = next(
        r for r in due.rows() if (r.series_id, r.area) == (estate.cleaning.series_id, HALLS)
    )
    assert done_row.state.status is DueStatus.DONE

    notice = _issue_from_detail(qtbot, tab, recorded)
    assert notice.state is RectificationState.OPEN

    # The technician reports the fix on the Rectifications page.
    tab.pages.setCurrentWidget(tab.rectification_panel)
    page = tab.rectification_panel
    _go_to_row(qtbot, page.view, lambda: page.notice is not None and page.notice.id == notice.id)
    assert page.fix_button.isEnabled()
    assert not page.reinspect_button.isEnabled()
    assert page.void_button.isHidden()  # voiding is a manager's
    page.fix_button.setFocus()
    qtbot.keyClick(page.fix_button, Qt.Key.Key_Space)
    fix = page.forms.form
    assert isinstance(fix, FixReportDialog)
    type_text(fix.note_edit, "已重新清洁")
    qtbot.keyClick(fix.note_edit, Qt.Key.Key_Return)
    assert not fix.isVisible(), boxes.texts()
    assert page.notice is not None
    assert page.notice.state is RectificationState.FIXED
    assert page.facts.text("fix_note") == "已重新清洁"

    # The manager, at another desk, re-inspects the item: it passes, the notice closes.
    boss = _tab(qtbot, estate, MANAGER)
    boss.show_notices(NoticeFilter.LIVE)
    notices = boss.rectification_panel
    _go_to_row(
        qtbot, notices.view, lambda: notices.notice is not None and notices.notice.id == notice.id
    )
    assert notices.reinspect_button.isEnabled()
    notices.reinspect_button.setFocus()
    qtbot.keyClick(notices.reinspect_button, Qt.Key.Key_Space)
    again = notices.forms.form
    assert isinstance(again, InspectionEntryDialog)
    _active(qtbot, again)
    assert again.model.rowCount() == 1  # the notice's item only
    again.table.setFocus()
    qtbot.keyClick(again.table, Qt.Key.Key_P)
    qtbot.keyClick(again.table, Qt.Key.Key_Return, CTRL)
    assert not again.isVisible(), boxes.texts()
    shown = notices.notice
    assert shown is not None
    assert shown.state is RectificationState.CLOSED
    assert shown.verified_by == MANAGER.username
    assert notice.id not in {r.id for r in notices.rows()}  # no longer live
    notices.filter_combo.setFocus()
    notices.show_filter(NoticeFilter.CLOSED)
    assert [r.number for r in notices.rows()] == [notice.number]
    assert notices.facts.text("state") == "Closed"
    assert again.detail is not None
    assert again.detail.number in notices.facts.text("closed")
    assert not notices.fix_button.isEnabled()
    assert not notices.reinspect_button.isEnabled()
    assert boxes.shown == []


def _issue_from_detail(
    qtbot: QtBot, tab: InspectionsTab, recorded: InspectionDetail
) -> RectificationInfo:
    """The failed item's notice from the inspection's detail (NoticeForm, by keyboard)."""
    detail = tab.detail_panel
    failed = next(line for line in recorded.items if line.result is ItemResult.FAIL)
    _go_to_row(
        qtbot,
        detail.view,
        lambda: (line := detail.selected_line()) is not None and line.key == failed.key,
    )
    assert detail.notice_button.isEnabled()
    detail.notice_button.setFocus()
    qtbot.keyClick(detail.notice_button, Qt.Key.Key_Space)
    form = detail.forms.form
    assert isinstance(form, NoticeForm)
    assert form.department_combo.currentData() == "cleaning"  # a cleaning checklist's
    qtbot.keyClick(form.deadline_edit, Qt.Key.Key_Return)
    assert not form.isVisible()
    notice = form.notice
    assert notice is not None
    assert notice.number in tab.status_label.text()
    return notice


# -- the Due page ----------------------------------------------------------------------


def test_due_page_puts_the_overdue_first_in_words_and_colour(qtbot: QtBot, estate: Estate) -> None:
    panel = DuePanel(estate.doors, TECH, estate.services)
    qtbot.addWidget(panel)
    rows = panel.rows()
    statuses = [r.state.status for r in rows]
    assert statuses[0] is DueStatus.OVERDUE
    assert statuses == sorted(
        statuses, key=[DueStatus.OVERDUE, DueStatus.DUE, DueStatus.DONE, DueStatus.NOT_ACTIVE].index
    )
    overdue = [r for r in rows if r.state.status is DueStatus.OVERDUE]
    # Every daily round (cleaning has three areas) missed yesterday.
    assert {r.template_name for r in overdue} >= {estate.cleaning.name}
    model = panel.model
    status = model.index(0, DueTableModel.COL_STATUS)
    assert model.data(status) == "Overdue"
    assert model.data(status, Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    assert model.data(status, Qt.ItemDataRole.ForegroundRole) == OVERDUE_TEXT
    since = rows[0].state.overdue_since
    assert since is not None
    assert model.data(model.index(0, DueTableModel.COL_SINCE)) == since.isoformat()
    assert model.data(model.index(0, DueTableModel.COL_MISSED)) == str(rows[0].state.missed_periods)
    # Plain cells stay plain: a long list stays readable.
    area = model.index(0, DueTableModel.COL_AREA)
    assert model.data(area, Qt.ItemDataRole.BackgroundRole) is None
    counts = panel.counts_label.text()
    assert f"{len(overdue)} overdue" in counts

    panel.overdue_check.setFocus()
    qtbot.keyClick(panel.overdue_check, Qt.Key.Key_Space)
    assert panel.overdue_check.isChecked()
    assert panel.rows() == overdue
    # A round recorded (through the service here): it leaves the overdue list.
    _failed_cleaning(estate)
    panel.refresh()
    assert (estate.cleaning.series_id, HALLS) not in {(r.series_id, r.area) for r in panel.rows()}


def test_due_page_is_read_only_for_the_committee(qtbot: QtBot, estate: Estate) -> None:
    panel = DuePanel(estate.doors, COMMITTEE, estate.services)
    qtbot.addWidget(panel)
    panel.show()
    panel.view.setFocus()
    panel.view.selectRow(0)
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert panel.forms.form is None
    assert panel.record_selected() is None


# -- the Rectifications page -------------------------------------------------------------


def test_an_overdue_notice_is_red_and_says_so(qtbot: QtBot, estate: Estate) -> None:
    _done, notice = _notice(estate, deadline=datetime.now().astimezone() + timedelta(minutes=1))
    later = datetime.now().astimezone() + timedelta(days=1)
    overdue = estate.doors.rectifications.rows(MANAGER, NoticeFilter.OVERDUE, now=later).rows
    model = RectificationTableModel()
    model.set_rows(overdue)
    state = model.index(0, RectificationTableModel.COL_STATE)
    assert model.data(state) == "Open · overdue"
    assert model.data(state, Qt.ItemDataRole.ForegroundRole) == OVERDUE_TEXT
    deadline = model.index(0, RectificationTableModel.COL_DEADLINE)
    assert model.data(deadline, Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    number = model.index(0, RectificationTableModel.COL_NUMBER)
    assert model.data(number, Qt.ItemDataRole.BackgroundRole) is None
    assert overdue[0].id == notice.id
    # Not yet overdue: plain words, no colour.
    model.set_rows(estate.doors.rectifications.rows(MANAGER, NoticeFilter.LIVE).rows)
    assert model.data(state) == "Open"
    assert model.data(state, Qt.ItemDataRole.ForegroundRole) is None


def test_notices_page_filters_voids_and_prints(
    qtbot: QtBot, estate: Estate, boxes: Boxes, previews: Previews
) -> None:
    _done, notice = _notice(estate)
    panel = RectificationPanel(estate.doors, MANAGER, estate.services)
    qtbot.addWidget(panel)
    panel.show()
    assert [r.number for r in panel.rows()] == [notice.number]
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    assert panel.notice is not None
    assert panel.notice.id == notice.id
    assert panel.facts.text("fix") == "重新清洁大堂地面"
    assert panel.facts.text("department") == "保洁部"
    assert not panel.reinspect_button.isEnabled()  # the fix is not reported yet

    assert panel.print_notice()
    (slip,) = previews.slips
    assert notice.number in slip.document_title

    dialog = panel.void()
    assert isinstance(dialog, VoidNoticeDialog)
    type_text(dialog.reason_edit, "重复开单")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible(), boxes.texts()
    assert panel.notice.state is RectificationState.VOIDED
    assert panel.facts.text("void_reason") == "重复开单"
    assert panel.rows() == []  # no longer live
    assert not panel.void_button.isEnabled()
    assert not panel.fix_button.isEnabled()
    panel.show_filter(NoticeFilter.ALL)
    assert [r.state for r in panel.rows()] == [RectificationState.VOIDED]


def test_notices_page_for_the_committee_has_no_buttons_but_print(
    qtbot: QtBot, estate: Estate
) -> None:
    _notice(estate)
    panel = RectificationPanel(estate.doors, COMMITTEE, estate.services)
    qtbot.addWidget(panel)
    assert panel.fix_button.isHidden()
    assert panel.reinspect_button.isHidden()
    assert panel.void_button.isHidden()
    assert not panel.print_button.isHidden()


def test_a_refused_fix_note_is_said_under_it_and_nothing_changes(
    qtbot: QtBot, estate: Estate, boxes: Boxes
) -> None:
    _done, notice = _notice(estate)
    panel = RectificationPanel(estate.doors, TECH, estate.services)
    qtbot.addWidget(panel)
    panel.select_notice(notice.id)
    dialog = panel.report_fix()
    assert isinstance(dialog, FixReportDialog)
    dialog.note_edit.setMaxLength(100_000)  # past the edit's own limit: the service refuses
    dialog.note_edit.setText("x" * 501)
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.form.error_text("fix_note") or boxes.texts()
    assert estate.doors.rectifications.detail(TECH, notice.id).state is RectificationState.OPEN
    dialog.reject()


# -- the Templates page ------------------------------------------------------------------


def test_a_manager_loads_the_defaults_in_the_window_language(
    qtbot: QtBot, ready_services: Services, boxes: Boxes
) -> None:
    doors = _doors(ready_services)
    panel = TemplatePanel(doors.templates, MANAGER)
    qtbot.addWidget(panel)
    assert panel.rows() == []
    assert panel.view.shows_empty_text()
    previous = QLocale()
    QLocale.setDefault(QLocale("zh_TW"))
    try:
        added = panel.load_defaults()
    finally:
        QLocale.setDefault(previous)
    assert added == len(InspectionKind)
    assert len(panel.rows()) == len(InspectionKind)
    # Traditional Chinese names (the defaults' zh_TW words).
    fire = next(r for r in panel.rows() if r.kind is InspectionKind.FIRE_EQUIPMENT)
    assert "設" in fire.name or "檢" in fire.name
    assert panel.load_defaults() == 0  # every kind has one: nothing more
    assert len(boxes.shown) == 2


def test_editing_a_template_makes_a_new_version_and_retiring_hides_it(
    qtbot: QtBot, estate: Estate, boxes: Boxes
) -> None:
    panel = TemplatePanel(estate.doors.templates, MANAGER)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.select_series(estate.cleaning.series_id)
    assert panel.items_model.rowCount() == len(estate.cleaning.template.items)
    assert str(estate.cleaning.version) in panel.items_title.text()
    dialog = panel.edit_selected()
    assert isinstance(dialog, TemplateEditDialog)
    assert "version 2" in dialog.intro.text()  # the dialog says an edit is a new version
    dialog.frequency_combo.setCurrentIndex(dialog.frequency_combo.findData(Frequency.WEEKLY.value))
    dialog.areas_edit.setPlainText(f"{HALLS}\n\n地下车库\n")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible(), boxes.texts()
    edited = panel.current_template()
    assert edited is not None
    assert edited.series_id == estate.cleaning.series_id
    assert (edited.version, edited.template.frequency) == (2, Frequency.WEEKLY)
    assert edited.template.areas == (HALLS, "地下车库")
    # A bad edit is said under its field; nothing written.
    dialog = panel.edit_selected()
    assert isinstance(dialog, TemplateEditDialog)
    dialog.areas_edit.setPlainText(f"{HALLS}\n{HALLS}")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.form.error_text("areas")
    dialog.reject()
    assert estate.doors.templates.templates(MANAGER)[0].version >= 1
    assert panel.current_template() == edited

    assert panel.retire_selected()
    assert estate.cleaning.series_id not in {r.series_id for r in panel.rows()}
    panel.retired_check.setChecked(True)
    retired = next(r for r in panel.rows() if r.series_id == estate.cleaning.series_id)
    assert retired.retired
    assert panel.model.is_inactive(retired)


def test_templates_are_read_only_below_manager(qtbot: QtBot, estate: Estate) -> None:
    panel = TemplatePanel(estate.doors.templates, TECH)
    qtbot.addWidget(panel)
    for button in (panel.defaults_button, panel.edit_button, panel.retire_button):
        assert button.isHidden()
    assert panel.edit_selected() is None
    assert not panel.retire_selected()
    assert panel.load_defaults() == 0


# -- the models --------------------------------------------------------------------------


def test_the_models_pass_qt_model_tester(qtmodeltester: ModelTester, estate: Estate) -> None:
    _notice(estate)
    due = DueTableModel()
    due.set_rows(estate.doors.due.rows(MANAGER))
    qtmodeltester.check(due)
    notices = RectificationTableModel()
    notices.set_rows(estate.doors.rectifications.rows(MANAGER, NoticeFilter.ALL).rows)
    qtmodeltester.check(notices)
    templates = TemplateTableModel()
    templates.set_rows(estate.doors.templates.templates(MANAGER))
    qtmodeltester.check(templates)
    items = TemplateItemsModel()
    items.set_rows(estate.fire.template.items)
    qtmodeltester.check(items)
    limits = items.index(
        next(n for n, i in enumerate(estate.fire.template.items) if i.kind.value == "number"),
        TemplateItemsModel.COL_LIMITS,
    )
    assert "MPa" in items.data(limits)


# -- the tab: navigation and quick search -------------------------------------------------


def test_the_tab_shows_every_navigation_view(qtbot: QtBot, estate: Estate) -> None:
    done, notice = _notice(estate)
    tab = _tab(qtbot, estate, MANAGER)
    show = module.TAB.show_view
    assert show(tab, DueList(overdue_only=True))
    assert tab.pages.currentWidget() is tab.due_panel
    assert tab.due_panel.overdue_check.isChecked()
    assert show(tab, NoticeView(notice.id))
    assert tab.pages.currentWidget() is tab.rectification_panel
    assert tab.rectification_panel.notice is not None
    assert tab.rectification_panel.notice.id == notice.id
    assert show(tab, NoticeList(NoticeFilter.CLOSED))
    assert tab.rectification_panel.rows() == []
    assert show(tab, InspectionView(done.id))
    assert tab.pages.currentWidget() is tab.inspections_page
    assert tab.detail_panel.detail is not None
    assert tab.detail_panel.detail.id == done.id
    assert show(tab, InspectionList(InspectionFilter(failed_only=True)))
    today = datetime.now().astimezone().date()
    assert show(tab, InspectionsOfPeriod(Period.month(today.year, today.month)))
    assert tab.pages.currentWidget() is tab.inspections_page
    assert show(tab, EquipmentList(DueFilter.EXPIRED))
    assert tab.pages.currentWidget() is tab.equipment_panel
    assert tab.equipment_panel.current_filter().due is DueFilter.EXPIRED
    assert not show(tab, object())
    assert module.TAB.record_kinds == {"inspection", "rectification", "equipment"}
    assert module.TAB.open_record(tab, KIND_RECTIFICATION, notice.id)
    assert tab.pages.currentWidget() is tab.rectification_panel
    assert module.TAB.open_record(tab, KIND_INSPECTION, done.id)
    assert tab.detail_panel.detail is not None
    assert tab.detail_panel.detail.id == done.id
    item = estate.doors.equipment.create(
        MANAGER,
        EquipmentInput("MHQ-3-01", EquipmentKind.EXTINGUISHER, "4 kg 干粉灭火器", place="3栋大堂"),
    )
    assert module.TAB.open_record(tab, KIND_EQUIPMENT, item.id)
    assert tab.pages.currentWidget() is tab.equipment_panel
    current = tab.equipment_panel.current_item()
    assert current is not None
    assert current.code == "MHQ-3-01"


def test_f2_asks_which_checklist_then_opens_its_form(
    qtbot: QtBot, estate: Estate, boxes: Boxes
) -> None:
    tab = _tab(qtbot, estate, TECH)
    tab.pages.setCurrentWidget(tab.inspections_page)
    tab.list_panel.view.setFocus()
    qtbot.keyClick(tab.list_panel.view, Qt.Key.Key_F2)
    chooser = tab.forms.form
    assert isinstance(chooser, TemplateChoiceDialog)
    # The live checklists by kind: fire equipment first, the next one a key away.
    assert chooser.template_combo.currentData() == str(estate.fire.id)
    qtbot.keyClick(chooser.template_combo, Qt.Key.Key_Down)
    assert chooser.template_combo.currentData() != str(estate.fire.id)
    qtbot.keyClick(chooser.template_combo, Qt.Key.Key_Up)
    qtbot.keyClick(chooser.template_combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.entry_form is not None)
    entry = tab.entry_form
    assert entry is not None
    assert entry.template.id == estate.fire.id
    entry.reject()
    assert boxes.shown == []


def test_the_committee_gets_no_new_inspection(qtbot: QtBot, estate: Estate) -> None:
    tab = _tab(qtbot, estate, COMMITTEE)
    assert tab.new_button.isHidden()
    assert tab.new_inspection() is None


# -- a look at every page ----------------------------------------------------------------


def test_every_page_drawn_in_chinese(
    qtbot: QtBot, estate: Estate, tmp_path: Path, qapp: QApplication
) -> None:
    done, _notice_made = _notice(estate)
    ensure_cjk_font(qapp)
    install_translators(qapp, "zh_CN")
    try:
        tab = _tab(qtbot, estate, MANAGER)
        for index in range(tab.pages.count()):
            tab.pages.setCurrentIndex(index)
            if tab.pages.currentWidget() is tab.inspections_page:
                assert tab.show_inspection(done.id)
            if tab.pages.currentWidget() is tab.rectification_panel:
                tab.rectification_panel.view.selectRow(0)
            if tab.pages.currentWidget() is tab.template_panel:
                tab.template_panel.select_series(estate.fire.series_id)
            path = tmp_path / f"inspections_page_{index}.png"
            assert tab.grab().save(str(path))
            image = QImage(str(path))
            assert (image.width(), image.height()) == (1200, 760)
    finally:
        install_translators(qapp, "en")


def test_an_equipment_items_history_lists_its_inspections(qtbot: QtBot, estate: Estate) -> None:
    fire = estate.fire
    pointed = next(i for i in fire.template.items if i.equipment_kind is EquipmentKind.EXTINGUISHER)
    estate.doors.equipment.create(
        MANAGER,
        EquipmentInput("MHQ-3-01", EquipmentKind.EXTINGUISHER, "4 kg 干粉灭火器", place="3栋大堂"),
    )
    answers = {}
    for item in fire.template.items:
        if item.kind.value == "number":
            answers[item.key] = Answer(value=item.low if item.low is not None else item.high)
        elif item.kind.value == "text":
            answers[item.key] = Answer(text="正常")
    if pointed.kind.value == "number":  # a gauge read below its green zone
        assert pointed.low is not None
        answers[pointed.key] = Answer(value=pointed.low - Decimal("0.1"), note="压力不足")
    else:
        answers[pointed.key] = Answer(ItemResult.FAIL, note="压力不足")
    done = estate.doors.inspections.record(
        TECH,
        InspectionInput(
            fire.id,
            fire.template.areas[0],
            answers,
            all_pass=True,
            equipment={pointed.key: "mhq-3-01"},
        ),
    )
    tab = _tab(qtbot, estate, MANAGER)
    tab.pages.setCurrentWidget(tab.equipment_panel)
    panel = tab.equipment_panel
    panel.reload()
    assert panel.select_item("MHQ-3-01")
    dialog = panel.show_history()
    assert dialog is not None
    table = dialog.table
    assert table.rowCount() == 1
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert cells[0] == done.number
    assert cells[5] == pointed.text
    assert cells[8] == "压力不足"
    dialog.close()
