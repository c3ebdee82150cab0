"""The status bar's sync line on a syncing station: "Synced 14:05", "Offline since 14:02,
37 records waiting", "Sending 37 records…", and " · 2 conflicts" when a person must
choose; the server, the station's letter and the last error in its tooltip. A click
opens the conflicts list.

Read every 2 s from the station's own file (SyncService.status: a few counts), so the
line follows the background sync without the sync knowing about the window."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from propdesk.services.sync.status import SyncStatus

log = logging.getLogger(__name__)

REFRESH_MS = 2000
OFFLINE_STYLE = "color: #b26a00;"  # the colour of a warning that is no error of anyone's
CONFLICT_STYLE = "color: #b00020;"

translate = QCoreApplication.translate


class StatusSource(Protocol):
    def status(self) -> SyncStatus: ...


def _clock(moment: datetime, now: datetime) -> str:
    """The local time to the minute; with the day when it is not today."""
    local = moment.astimezone()
    if local.date() == now.astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%m-%d %H:%M")


def _state_text(status: SyncStatus, now: datetime) -> str:
    if status.offline_since is not None:
        return _offline_text(status.offline_since, status.waiting, now)
    n = status.waiting
    if status.last_synced_at is None:
        text = translate("SyncStatus", "Connecting to the server…")
    elif n == 1:
        text = translate("SyncStatus", "Sending 1 record…")
    elif n > 1:
        text = translate("SyncStatus", "Sending {n} records…").format(n=f"{n:,}")
    else:
        text = translate("SyncStatus", "Synced {time}").format(
            time=_clock(status.last_synced_at, now)
        )
    return text


def _offline_text(offline_since: datetime, n: int, now: datetime) -> str:
    since = _clock(offline_since, now)
    if n == 0:
        return translate("SyncStatus", "Offline since {time}").format(time=since)
    if n == 1:
        return translate("SyncStatus", "Offline since {time}, 1 record waiting").format(time=since)
    return translate("SyncStatus", "Offline since {time}, {n} records waiting").format(
        time=since, n=f"{n:,}"
    )


def _problems_text(status: SyncStatus) -> str:
    parts = []
    if status.conflicts == 1:
        parts.append(translate("SyncStatus", "1 conflict"))
    elif status.conflicts > 1:
        parts.append(translate("SyncStatus", "{n} conflicts").format(n=status.conflicts))
    if status.refused == 1:
        parts.append(translate("SyncStatus", "1 record refused by the server"))
    elif status.refused > 1:
        parts.append(
            translate("SyncStatus", "{n} records refused by the server").format(n=status.refused)
        )
    return "".join(f" · {part}" for part in parts)


def status_text(status: SyncStatus, now: datetime | None = None) -> str:
    """The line as the status bar shows it."""
    moment = now or datetime.now().astimezone()
    return _state_text(status, moment) + _problems_text(status)


def status_tooltip(status: SyncStatus, now: datetime | None = None) -> str:
    moment = now or datetime.now().astimezone()
    lines = [
        translate("SyncStatus", "Server: {server}").format(server=status.server),
        translate("SyncStatus", "This station's letter: {letter}").format(letter=status.letter),
    ]
    if status.last_synced_at is not None:
        lines.append(
            translate("SyncStatus", "Last synced: {time}").format(
                time=_clock(status.last_synced_at, moment)
            )
        )
    if status.last_error:
        lines.append(translate("SyncStatus", "Last error: {error}").format(error=status.last_error))
    if status.conflicts or status.refused:
        lines.append(translate("SyncStatus", "Click to open the conflicts list."))
    return "\n".join(lines)


class SyncStatusLabel(QLabel):
    """`source` is the station's SyncService (anything with status())."""

    sig_clicked = Signal()

    def __init__(self, source: StatusSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_status")
        self._source = source
        self._failing = False
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        """While the station's file is replaced (joining) or the window closes."""
        self.timer.stop()

    def refresh(self) -> None:
        try:
            status = self._source.status()
        except Exception:  # the line must not take the window down every 2 s
            if not self._failing:
                log.exception("the sync status could not be read")
            self._failing = True
            self.setText(translate("SyncStatus", "Sync status unknown"))
            self.setStyleSheet(OFFLINE_STYLE)
            return
        self._failing = False
        self.show_status(status)

    def show_status(self, status: SyncStatus, now: datetime | None = None) -> None:
        self.setText(status_text(status, now))
        self.setToolTip(status_tooltip(status, now))
        if status.conflicts or status.refused:
            self.setStyleSheet(CONFLICT_STYLE)
        elif status.offline_since is not None:
            self.setStyleSheet(OFFLINE_STYLE)
        else:
            self.setStyleSheet("")
        has_list = bool(status.conflicts or status.refused)
        hand = Qt.CursorShape.PointingHandCursor
        self.setCursor(hand if has_list else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.sig_clicked.emit()
            event.accept()
            return
        super().mousePressEvent(event)
