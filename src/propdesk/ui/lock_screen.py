"""What the main window shows while locked: nothing of the data, only a login.

Nothing is closed: the next person (or the same one) logs in and carries on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from propdesk.services.station.accounts import AccountsService
from propdesk.ui.fonts import enlarge
from propdesk.ui.login_dialog import LoginPanel


class LockScreen(QWidget):
    def __init__(self, accounts: AccountsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self.title = QLabel(self.tr("propdesk is locked"))
        enlarge(self.title, 1.6, bold=True)
        self.message = QLabel()
        self.message.setObjectName("lock_message")
        self.message.setWordWrap(True)
        self.panel = LoginPanel(accounts)
        box = QFrame()
        box.setObjectName("lock_box")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMinimumWidth(420)
        column = QVBoxLayout(box)
        column.setContentsMargins(24, 24, 24, 24)
        column.setSpacing(12)
        column.addWidget(self.title)
        column.addWidget(self.message)
        column.addWidget(self.panel)
        # The box in the middle of the window, whatever its size.
        grid = QGridLayout(self)
        grid.addWidget(box, 1, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        grid.setAlignment(box, Qt.AlignmentFlag.AlignCenter)

    def show_lock(self, station: str, reason: str = "") -> None:
        default = self.tr(
            "Station {station}: nothing was closed. Log in to carry on; at a change of "
            "shift the next person logs in here."
        ).format(station=station)
        self.message.setText(f"{reason}\n\n{default}" if reason else default)
        self.panel.reset()
