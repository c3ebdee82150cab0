"""Enter one inspection by keyboard (巡检录入): the area, the inspector (the logged-in
user unless another is chosen), the time (now unless changed), then the checklist's
items worked from the keyboard (inspection_items_view), "All pass" for the check items
still blank, and Save (Ctrl+Return).

The dialog checks nothing itself: the service judges the whole sheet and a refusal
comes back as a ValidationError naming its field — an item's row is highlighted with
the message under the table, the area, inspector or time get the message under
them — and everything typed stays. A re-inspection (`for_reinspection`) asks only the
notice's item, in the notice's area, with the newest version of its checklist.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.inspections.templates import item_field
from propdesk.errors import PropdeskError, UserError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.inspections.inspection_inputs import (
    FIELD_AREA,
    FIELD_AT,
    FIELD_INSPECTOR,
    FIELD_NOTES,
    MAX_NOTES,
    InspectionInput,
)
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.inspections.templates import TemplateInfo, not_found
from propdesk.services.inspections.views import InspectionDetail, RectificationInfo
from propdesk.ui.dialogs import show_error, user_message
from propdesk.ui.tabs.inspections.inspection_items_model import InspectionItemsModel
from propdesk.ui.tabs.inspections.inspection_items_view import InspectionItemsView
from propdesk.ui.tabs.inspections.inspection_names import kind_name
from propdesk.ui.tabs.inspections.inspection_printing import preview_blank_checklist
from propdesk.ui.widgets.buttons import push_button
from propdesk.ui.widgets.choices import choice_combo
from propdesk.ui.widgets.field_form import ERROR_STYLE, FieldForm
from propdesk.ui.widgets.moment_edit import MomentEdit
from propdesk.ui.widgets.tab_order import chain_tab_order

ALL_PASS_KEY = "Ctrl+Shift+A"
SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")
_ITEM_PREFIX = item_field("")


class InspectionEntryDialog(QDialog):
    # The inspection as recorded (InspectionDetail).
    saved = Signal(object)

    def __init__(
        self,
        doors: InspectionServices,
        actor: Actor,
        services: Services,
        template: TemplateInfo,
        area: str = "",
        parent: QWidget | None = None,
        *,
        notice: RectificationInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inspection_entry")
        self._doors = doors
        self._actor = actor
        self._services = services
        self.template = template
        self.notice = notice
        self.detail: InspectionDetail | None = None  # set once saved
        items = template.template.items
        if notice is not None:  # a re-inspection asks the notice's item only
            items = tuple(item for item in items if item.key == notice.item_key)
            area = notice.area
        self.model = InspectionItemsModel(items, self)
        self._build(area)
        self._install_keys()
        self.resize(1000, 640)

    @classmethod
    def for_reinspection(
        cls,
        doors: InspectionServices,
        actor: Actor,
        services: Services,
        notice: RectificationInfo,
        parent: QWidget | None = None,
    ) -> InspectionEntryDialog:
        """The notice's item again, from the newest version of the checklist it was
        found on (the item keeps its key from version to version). NotFoundError when
        that checklist has been retired."""
        if notice.inspection_id is None:  # from an assessment: its spot checks close it
            raise not_found()
        series = doors.inspections.detail(actor, notice.inspection_id).series_id
        template = next(
            (info for info in doors.templates.templates(actor) if info.series_id == series),
            None,
        )
        if template is None:
            raise not_found()
        return cls(doors, actor, services, template, notice.area, parent, notice=notice)

    # -- building ----------------------------------------------------------------------
    def _build(self, area: str) -> None:
        info = self.template
        if self.notice is None:
            self.setWindowTitle(self.tr("Inspection: {name}").format(name=info.name))
            about = self.tr("{name} · {kind} · version {version}").format(
                name=info.name, kind=kind_name(info.kind), version=info.version
            )
        else:
            notice = self.notice
            self.setWindowTitle(self.tr("Re-inspection for {number}").format(number=notice.number))
            about = self.tr("Notice {number} · {item} · found: {finding}").format(
                number=notice.number, item=notice.item_text, finding=notice.finding or "—"
            )
        self.intro = QLabel(about)
        self.intro.setObjectName("inspection_intro")
        self.intro.setWordWrap(True)
        self._build_fields(area)
        self._build_table()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.keys_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.items_error)
        layout.addLayout(self.notes_form)
        layout.addLayout(self.button_row)
        chain_tab_order(
            [
                self.area_combo,
                self.inspector_combo,
                self.time_edit,
                self.table,
                self.notes_edit,
                self.all_pass_button,
                self.save_button,
                self.cancel_button,
            ]
        )
        # The area first when it is to be chosen; else straight to the items.
        (self.table if area else self.area_combo).setFocus()

    def _build_fields(self, area: str) -> None:
        info = self.template
        self.form = FieldForm()
        self.area_combo = choice_combo(((a, a) for a in info.template.areas), FIELD_AREA)
        if area:
            if self.area_combo.findData(area) < 0:
                self.area_combo.addItem(area, area)  # the service says why it is refused
            self.area_combo.setCurrentIndex(self.area_combo.findData(area))
        else:
            self.area_combo.setCurrentIndex(-1)  # chosen, not assumed
        self.area_combo.setEnabled(self.notice is None)
        self.form.add_field(FIELD_AREA, self.tr("Area"), self.area_combo)
        self.inspector_combo = self._inspector_combo()
        self.form.add_field(FIELD_INSPECTOR, self.tr("Inspector"), self.inspector_combo)
        self.time_edit = MomentEdit(
            FIELD_AT, self.tr("Change it only for an inspection made earlier (from paper).")
        )
        self.form.add_field(FIELD_AT, self.tr("Inspected at"), self.time_edit)
        self.notes_form = FieldForm()
        self.notes_edit = self.notes_form.add_line_edit(
            FIELD_NOTES, self.tr("Notes"), self.tr("optional: anything else seen")
        )
        self.notes_edit.setMaxLength(MAX_NOTES)

    def _build_table(self) -> None:
        self.keys_hint = QLabel(
            self.tr(
                "↑/↓ item · P/F/N or 1/2/3: pass / fail / n.a. · digits: the reading · "
                "F2: note · Ctrl+Return: save"
            )
        )
        self.keys_hint.setObjectName("inspection_keys_hint")
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setEnabled(False)  # greyed: a hint, not data
        self.table = InspectionItemsView(self.model)
        self.items_error = QLabel()
        self.items_error.setObjectName("error_items")
        self.items_error.setStyleSheet(ERROR_STYLE)
        self.items_error.setWordWrap(True)
        self.items_error.hide()

    def _build_buttons(self) -> None:
        self.all_pass_button = push_button(
            self.tr("All pass ({key})").format(key=ALL_PASS_KEY), name="all_pass"
        )
        self.all_pass_button.setToolTip(
            self.tr("Every check item not yet marked passes; then mark the exceptions.")
        )
        self.all_pass_button.clicked.connect(self.mark_all_passed)
        self.all_pass_button.setVisible(self.notice is None)
        self.print_button = push_button(self.tr("Print blank checklist…"), name="print_checklist")
        self.print_button.setToolTip(
            self.tr("The checklist on paper, for the round; type the results in afterwards.")
        )
        self.print_button.clicked.connect(self.print_blank)
        self.save_button = push_button(self.tr("Save (Ctrl+Return)"), name="save")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = push_button(self.tr("Cancel"), name="cancel")
        self.cancel_button.clicked.connect(self.reject)
        for button in (
            self.all_pass_button,
            self.print_button,
            self.save_button,
            self.cancel_button,
        ):
            button.setAutoDefault(False)  # Enter belongs to the table's cells
        self.button_row = QHBoxLayout()
        self.button_row.addWidget(self.all_pass_button)
        self.button_row.addWidget(self.print_button)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.save_button)
        self.button_row.addWidget(self.cancel_button)

    def _inspector_combo(self) -> QComboBox:
        """The logged-in user first (sent as None: the service names them), then the
        staff register; a role that may not read the register gets the user only."""
        me = self.tr("Me ({name})").format(name=self._actor.display_name)
        choices: list[tuple[str, object]] = [(me, None)]
        try:
            staff = self._services.staff.list_staff(self._actor)
        except PropdeskError:
            staff = []
        choices += [(f"{p.name} · {p.department_name}", str(p.id)) for p in staff]
        combo = choice_combo(choices, FIELD_INSPECTOR)
        combo.setMaxVisibleItems(15)
        return combo

    def _install_keys(self) -> None:
        for keys, act in (
            ((ALL_PASS_KEY,), self.mark_all_passed),
            (SAVE_KEYS, self.save),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(act)

    # -- acting ----------------------------------------------------------------------------
    def mark_all_passed(self) -> int:
        if self.notice is not None:
            return 0  # a re-inspection judges its one item on purpose
        self.table.commit_open_editor()
        marked = self.model.mark_all_passed()
        self.table.setFocus()
        return marked

    def print_blank(self) -> bool:
        """The checklist on paper, for the area chosen (or a line to write it on)."""
        area = self.area_combo.currentData()
        return preview_blank_checklist(
            self, self._services, self.template, area if isinstance(area, str) else ""
        )

    def input(self) -> InspectionInput:
        """What the sheet says now, as the service takes it."""
        inspector = self.inspector_combo.currentData()
        area = self.area_combo.currentData()
        return InspectionInput(
            template_id=self.template.id,
            area=area if isinstance(area, str) else "",
            answers=self.model.answers(),
            inspected_at=self.time_edit.moment(),
            inspector_id=uuid.UUID(inspector) if inspector else None,
            equipment=self.model.equipment(),
            notes=self.notes_edit.text(),
            rectification_id=self.notice.id if self.notice is not None else None,
        )

    def save(self) -> bool:
        """Record the inspection; False (and the message where it belongs, everything
        kept) when the service refuses it."""
        self.table.commit_open_editor()
        self._clear_errors()
        try:
            detail = self._doors.inspections.record(self._actor, self.input())
        except UserError as exc:
            self._show_refusal(exc)
            return False
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        self.detail = detail
        self.saved.emit(detail)
        self.accept()
        return True

    def _clear_errors(self) -> None:
        self.form.clear_errors()
        self.notes_form.clear_errors()
        self.model.set_error(None)
        self.items_error.clear()
        self.items_error.hide()

    def _show_refusal(self, exc: UserError) -> None:
        field = exc.field or ""
        if field.startswith(_ITEM_PREFIX):
            row = self.model.set_error(field.removeprefix(_ITEM_PREFIX))
            self.items_error.setText(user_message(exc))
            self.items_error.show()
            if row >= 0:
                self.table.go_to_row(row)
            self.table.setFocus()
            return
        if self.form.show_error(exc) or self.notes_form.show_error(exc):
            return
        show_error(self, exc)

    def items_error_text(self) -> str:
        """The message under the table ("" when none)."""
        return "" if self.items_error.isHidden() else self.items_error.text()
