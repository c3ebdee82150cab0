"""The gate (门岗): keyboard first, for a guard with a card reader that types the card
number and Enter. Card scans at the top, visitors in (F2) and out, and who is inside."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError, UserError
from propdesk.services.actor import Actor
from propdesk.services.bootstrap import Services
from propdesk.services.gate_service import CardEntryResult
from propdesk.services.registers.cards import CardStatus
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.gate.table_model import InsideNowTableModel
from propdesk.ui.tabs.gate.visitor_form import VisitorForm
from propdesk.ui.widgets.field_form import FieldForm
from propdesk.ui.widgets.table_export import install_export

WELCOME_STYLE = "color: #1b7f2a; font-weight: bold;"
BANNER_STYLE = (
    "background-color: #c62828; color: white; font-weight: bold; padding: 10px; border-radius: 4px;"
)
REFRESH_MS = 60 * 1000  # the minutes inside keep counting


class GateTab(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.visitor_form: VisitorForm | None = None
        self._statuses = {
            CardStatus.ACTIVE: self.tr("active"),
            CardStatus.LOST: self.tr("reported lost"),
            CardStatus.REVOKED: self.tr("revoked"),
            CardStatus.RETURNED: self.tr("returned"),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_scan_box())
        layout.addLayout(self._build_visitor_row())
        self.status_label = QLabel()
        self.status_label.setObjectName("gate_status")
        layout.addWidget(self.status_label)
        layout.addWidget(self._build_inside_box(), 1)
        self.new_visitor_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self)
        self.new_visitor_shortcut.activated.connect(self.open_visitor_form)
        self._apply_role()
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._on_timer)
        self.refresh_timer.start()
        self.refresh()

    # -- building ------------------------------------------------------------
    def _build_scan_box(self) -> QWidget:
        self.scan_box = QGroupBox(self.tr("Card"))
        column = QVBoxLayout(self.scan_box)
        self.card_edit = QLineEdit()
        self.card_edit.setObjectName("card_number")
        self.card_edit.setPlaceholderText(self.tr("Scan or type the card number, then Enter"))
        font = self.card_edit.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        self.card_edit.setFont(font)
        self.card_edit.setMinimumHeight(48)
        self.card_edit.returnPressed.connect(self._on_card)
        self.scan_form = FieldForm()
        self.scan_form.add_field("card_number", self.tr("Card number"), self.card_edit)
        column.addLayout(self.scan_form)
        self.welcome_label = QLabel()
        self.welcome_label.setObjectName("welcome_label")
        self.welcome_label.setStyleSheet(WELCOME_STYLE)
        big = self.welcome_label.font()
        big.setPointSizeF(big.pointSizeF() * 1.6)
        self.welcome_label.setFont(big)
        self.welcome_label.hide()
        self.refused_banner = QLabel()
        self.refused_banner.setObjectName("refused_banner")
        self.refused_banner.setStyleSheet(BANNER_STYLE)
        self.refused_banner.setFont(big)
        self.refused_banner.setWordWrap(True)
        self.refused_banner.hide()
        column.addWidget(self.welcome_label)
        column.addWidget(self.refused_banner)
        self.setFocusProxy(self.card_edit)
        return self.scan_box

    def _build_visitor_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_visitor_button = QPushButton(self.tr("New visitor (F2)"))
        self.new_visitor_button.setObjectName("new_visitor")
        self.new_visitor_button.clicked.connect(self.open_visitor_form)
        self.exit_box = QGroupBox(self.tr("Visitor leaves"))
        self.pass_edit = QLineEdit()
        self.pass_edit.setObjectName("pass_number")
        self.pass_edit.setPlaceholderText(self.tr("Type or scan the pass number, then Enter"))
        self.pass_edit.returnPressed.connect(self._on_exit)
        self.exit_form = FieldForm(self.exit_box)
        self.exit_form.add_field("pass_number", self.tr("Pass number"), self.pass_edit)
        row.addWidget(self.new_visitor_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.exit_box, 1)
        return row

    def _build_inside_box(self) -> QWidget:
        box = QGroupBox(self.tr("Visitors inside now"))
        column = QVBoxLayout(box)
        self.inside_model = InsideNowTableModel(self)
        self.inside_view = QTableView()
        self.inside_view.setObjectName("inside_now_view")
        self.inside_view.setModel(self.inside_model)
        self.inside_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inside_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inside_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inside_view.verticalHeader().hide()
        header = self.inside_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        install_export(
            self.inside_view,
            self._services.exports,
            self._actor,
            Module.GATE,
            self.tr("Visitors inside now"),
        )
        column.addWidget(self.inside_view)
        return box

    def _apply_role(self) -> None:
        may_enter = self._actor.may(Module.GATE, Action.CREATE)
        may_exit = self._actor.may(Module.GATE, Action.UPDATE)
        self.scan_box.setVisible(may_enter)
        self.new_visitor_button.setVisible(may_enter)
        self.new_visitor_shortcut.setEnabled(may_enter)
        self.exit_box.setVisible(may_exit)
        if not may_enter:
            self.setFocusProxy(None)

    # -- refreshing ----------------------------------------------------------
    def refresh(self) -> None:
        try:
            rows = self._services.gate.inside_now(self._actor)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self.inside_model.set_rows(rows)

    def _on_timer(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        if self.card_edit.isVisibleTo(self):
            self.card_edit.setFocus()

    def _back_to_card(self) -> None:
        if self.card_edit.isVisibleTo(self):
            self.card_edit.setFocus()

    # -- cards ---------------------------------------------------------------
    def _on_card(self) -> None:
        number = self.card_edit.text().strip()
        self.card_edit.clear()
        self.scan_form.clear_errors()
        self.welcome_label.hide()
        self.refused_banner.hide()
        if not number:
            self._back_to_card()
            return
        try:
            result = self._services.gate.card_entry(self._actor, number)
        except UserError as exc:
            if not self.scan_form.show_error(exc):
                show_error(self, exc)
        except PropdeskError as exc:
            show_error(self, exc)
        else:
            self._show_card(result)
        self._back_to_card()
        self.refresh()

    def _show_card(self, result: CardEntryResult) -> None:
        if result.admitted:
            self.welcome_label.setText(
                self.tr("Welcome, {name} ({unit})").format(
                    name=result.holder_name, unit=result.unit_code
                )
            )
            self.welcome_label.show()
            return
        holder = result.holder_name or self.tr("no holder")
        self.refused_banner.setText(
            self.tr("STOP — card {number} of {name} ({unit}) is {status}. Do not let in.").format(
                number=result.card_number,
                name=holder,
                unit=result.unit_code,
                status=self._statuses[result.status],
            )
        )
        self.refused_banner.show()

    # -- visitors ------------------------------------------------------------
    def open_visitor_form(self) -> VisitorForm | None:
        """Open the visitor form without blocking (the window keeps running behind it)."""
        if not self._actor.may(Module.GATE, Action.CREATE):
            return None
        if self.visitor_form is not None and self.visitor_form.isVisible():
            self.visitor_form.activateWindow()
            return self.visitor_form
        form = VisitorForm(self._services, self._actor, self)
        self.visitor_form = form
        form.accepted.connect(lambda: self._on_visitor_saved(form))
        form.finished.connect(lambda _result: self._on_form_closed(form))
        form.open()
        form.name_edit.setFocus()
        return form

    def _on_visitor_saved(self, form: VisitorForm) -> None:
        if form.saved is not None:
            self.status_label.setText(
                self.tr("Pass {number} issued to {name} for {unit}").format(
                    number=form.saved.pass_number,
                    name=form.saved.name,
                    unit=form.saved.unit_code,
                )
            )
        self.refresh()

    def _on_form_closed(self, form: VisitorForm) -> None:
        if self.visitor_form is form:
            self.visitor_form = None
        form.deleteLater()
        self.window().activateWindow()  # the guard goes on scanning without a click
        self._back_to_card()

    def _on_exit(self) -> None:
        number = self.pass_edit.text().strip()
        self.exit_form.clear_errors()
        if not number:
            return
        try:
            visit = self._services.gate.visitor_exit(self._actor, number)
        except UserError as exc:
            if not self.exit_form.show_error(exc):
                show_error(self, exc)
            return
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self.pass_edit.clear()
        self.status_label.setText(
            self.tr("{name} left (pass {number})").format(name=visit.name, number=visit.pass_number)
        )
        self.refresh()
        self._back_to_card()
