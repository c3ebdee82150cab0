"""Log in: at start (LoginDialog) and on the lock screen (the same LoginPanel).

Enter in the user name moves on to the password; Enter in the password logs in. A
wrong password, or the wait after several wrong ones, is shown under the password.

At start the dialog is painted before the station is open (issue 18: the login in a
third of a second, the database and SQLAlchemy's ~1 s of loading behind it while the
person types). A name and password given before then are kept, the fields locked and
"Opening the station…" shown, and checked the moment the accounts arrive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from propdesk.errors import PropdeskError
from propdesk.ui.dialogs import show_error
from propdesk.ui.widgets.field_form import FieldForm

# For the types only: importing the accounts service loads SQLAlchemy and the models.
if TYPE_CHECKING:
    from propdesk.services.station.accounts import AccountsService, UserInfo


class LoginPanel(QWidget):
    """User name, password, Log in and Quit; emits logged_in(UserInfo). Without
    `accounts` (the station still opening) a submit waits for set_accounts."""

    logged_in = Signal(object)
    quit_requested = Signal()

    def __init__(self, accounts: AccountsService | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self.waiting = False  # submitted before the accounts arrived
        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("login_username")
        self.username_edit.setMaxLength(40)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("login_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = FieldForm()
        self.form.add_field("username", self.tr("User name"), self.username_edit)
        self.form.add_field("password", self.tr("Password"), self.password_edit)
        self.login_button = QPushButton(self.tr("Log in"))
        self.login_button.setObjectName("login_button")
        self.quit_button = QPushButton(self.tr("Quit propdesk"))
        self.quit_button.setObjectName("quit_button")
        for button in (self.login_button, self.quit_button):
            # Enter is handled by the line edits; a default button would log in twice.
            button.setAutoDefault(False)
            button.setDefault(False)
        self.username_edit.returnPressed.connect(self._on_username_return)
        self.password_edit.returnPressed.connect(self.submit)
        self.login_button.clicked.connect(self.submit)
        self.quit_button.clicked.connect(self.quit_requested)
        self.opening_label = QLabel(self.tr("Opening the station…"))
        self.opening_label.setObjectName("login_opening")
        self.opening_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.opening_label)
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        self.setTabOrder(self.username_edit, self.password_edit)

    def reset(self) -> None:
        self.username_edit.clear()
        self.password_edit.clear()
        self.form.clear_errors()
        self.username_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_username_return(self) -> None:
        if self.password_edit.text():
            self.submit()
        else:
            self.password_edit.setFocus(Qt.FocusReason.TabFocusReason)

    def set_accounts(self, accounts: AccountsService) -> None:
        """The station is open: a name and password already given are checked now."""
        self._accounts = accounts
        if self.waiting:
            self.waiting = False
            self._lock(False)
            self.submit()

    def _lock(self, locked: bool) -> None:
        """While waiting for the station: what was typed stays as it was sent."""
        for widget in (self.username_edit, self.password_edit, self.login_button):
            widget.setEnabled(not locked)
        self.opening_label.setVisible(locked)
        if locked:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        self.form.clear_errors()
        if self._accounts is None:
            self.waiting = True
            self._lock(True)
            return
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            user = self._accounts.login(self.username_edit.text(), self.password_edit.text())
        except PropdeskError as exc:
            self.password_edit.clear()
            if not self.form.show_error(exc):
                show_error(self.window(), exc)
            return
        finally:
            self.unsetCursor()
        self.password_edit.clear()
        self.logged_in.emit(user)


class LoginDialog(QDialog):
    """The first thing a station shows (after first start); `user` is who logged in."""

    def __init__(
        self,
        accounts: AccountsService | None,
        estate: str = "",
        station: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.user: UserInfo | None = None
        self.setWindowTitle(self.tr("Log in to propdesk"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self._show_place(estate, station)
        self.panel = LoginPanel(accounts)
        self.panel.logged_in.connect(self._on_logged_in)
        self.panel.quit_requested.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.panel)
        self.setMinimumWidth(380)
        self.panel.username_edit.setFocus()

    def station_opened(self, accounts: AccountsService, estate: str, station: str) -> None:
        """The station opened behind the dialog: its name in the heading, and a
        password already given is checked."""
        self._show_place(estate, station)
        self.panel.set_accounts(accounts)

    def _show_place(self, estate: str, station: str) -> None:
        heading = self.tr("Log in with your user name and password.")
        if estate or station:
            place = self.tr("{estate}, station {station}").format(estate=estate, station=station)
            heading = f"<b>{place}</b><br>{heading}"
        self.heading.setText(heading)

    def _on_logged_in(self, user: UserInfo) -> None:
        self.user = user
        self.accept()
