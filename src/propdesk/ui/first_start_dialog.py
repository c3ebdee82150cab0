"""First start: which estate this is, what this station is called and, when there is
no account yet, the first administrator. Everything is checked before anything is
written, so a refused field never leaves half a setup behind."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.station.accounts import UserInfo
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.users.user_form import check_repeat, password_edit
from propdesk.ui.widgets.field_form import FieldForm


class FirstStartDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.admin: UserInfo | None = None
        self.asks_admin = not services.accounts.has_users()
        self.setWindowTitle(self.tr("Welcome to propdesk"))
        intro = QLabel(
            self.tr(
                "Tell propdesk which estate this office serves and what this computer is "
                "(for example the gatehouse or the front desk)."
            )
        )
        intro.setWordWrap(True)
        estate = services.estate.get()
        self.estate_edit = QLineEdit(estate.name if estate else "")
        self.estate_edit.setObjectName("estate_name")
        self.estate_edit.setPlaceholderText(self.tr("e.g. Green Lake Gardens"))
        self.station_edit = QComboBox()
        self.station_edit.setEditable(True)
        self.station_edit.setObjectName("station_name")
        # The usual stations of an office, offered in the user's language.
        self.station_edit.addItems([self.tr("Gatehouse"), self.tr("Front desk")])
        self.station_edit.setEditText(services.settings.current.station_name)
        self.form = FieldForm()
        self.form.add_field("estate_name", self.tr("Estate name"), self.estate_edit)
        self.form.add_field("station_name", self.tr("Station name"), self.station_edit)
        admin_box = self._build_admin_box()
        admin_box.setVisible(self.asks_admin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(admin_box)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _build_admin_box(self) -> QWidget:
        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("username")
        self.username_edit.setPlaceholderText(self.tr("e.g. admin"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("display_name")
        self.password_edit = password_edit("password")
        self.repeat_edit = password_edit("password_repeat")
        self.admin_form = FieldForm()
        self.admin_form.add_field("username", self.tr("User name"), self.username_edit)
        self.admin_form.add_field("display_name", self.tr("Full name"), self.name_edit)
        self.admin_form.add_field("password", self.tr("Password"), self.password_edit)
        self.admin_form.add_field("password_repeat", self.tr("Repeat password"), self.repeat_edit)
        admin_box = QWidget()
        admin_layout = QVBoxLayout(admin_box)
        admin_layout.setContentsMargins(0, 0, 0, 0)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        admin_intro = QLabel(
            self.tr(
                "The first administrator: this person logs in next, adds the other users "
                "and gives them their roles."
            )
        )
        admin_intro.setWordWrap(True)
        admin_layout.addWidget(line)
        admin_layout.addWidget(admin_intro)
        admin_layout.addLayout(self.admin_form)
        return admin_box

    def _on_accept(self) -> None:
        self.form.clear_errors()
        self.admin_form.clear_errors()
        accounts = self._services.accounts
        station = self.station_edit.currentText()
        username, name = self.username_edit.text(), self.name_edit.text()
        password = self.password_edit.text()
        # Check every field before writing any, so nothing is half-saved.
        checks: list[Callable[[], object]] = [
            lambda: self._services.estate.clean_name(self.estate_edit.text()),
            lambda: self._services.settings.clean_station_name(station),
        ]
        if self.asks_admin:
            checks.append(lambda: accounts.validate_new_user(username, name, password))
            checks.append(lambda: check_repeat(password, self.repeat_edit.text()))
        found: list[PropdeskError] = []
        for check in checks:
            try:
                check()
            except PropdeskError as exc:
                found.append(exc)
        if found:
            self._show_errors(found)
            return
        try:
            station = self._services.settings.clean_station_name(station)
            self._services.estate.set_up(self.estate_edit.text())
            if self.asks_admin:
                self.admin = accounts.create_first_admin(username, name, password, station)
            self._services.settings.set_station_name(station)
        except PropdeskError as exc:
            self._show_errors([exc])
            return
        self.accept()

    def _show_errors(self, errors: list[PropdeskError]) -> None:
        # Last shown gets the focus: show bottom-up so the topmost field ends focused.
        for exc in reversed(errors):
            if not (self.form.show_error(exc) or self.admin_form.show_error(exc)):
                show_error(self, exc)
