"""Log in: at start (LoginDialog) and on the lock screen (the same LoginPanel).

Enter in the user name moves on to the password; Enter in the password logs in. A
wrong password, or the wait after several wrong ones, is shown under the password.
"""

from __future__ import annotations

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
from propdesk.services.station.accounts import AccountsService, UserInfo
from propdesk.ui.dialogs import show_error
from propdesk.ui.widgets.field_form import FieldForm


class LoginPanel(QWidget):
    """User name, password, Log in and Quit; emits logged_in(UserInfo)."""

    logged_in = Signal(object)
    quit_requested = Signal()

    def __init__(self, accounts: AccountsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
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
        buttons = QHBoxLayout()
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

    def submit(self) -> None:
        self.form.clear_errors()
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
        accounts: AccountsService,
        estate: str = "",
        station: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.user: UserInfo | None = None
        self.setWindowTitle(self.tr("Log in to propdesk"))
        heading = self.tr("Log in with your user name and password.")
        if estate or station:
            place = self.tr("{estate}, station {station}").format(estate=estate, station=station)
            heading = f"<b>{place}</b><br>{heading}"
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.panel = LoginPanel(accounts)
        self.panel.logged_in.connect(self._on_logged_in)
        self.panel.quit_requested.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.panel)
        self.setMinimumWidth(380)
        self.panel.username_edit.setFocus()

    def _on_logged_in(self, user: UserInfo) -> None:
        self.user = user
        self.accept()
