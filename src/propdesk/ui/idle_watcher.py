"""Auto-lock: an application-wide event filter notices keyboard and mouse input and
restarts a single-shot timer; when it runs out, `idle` is emitted.

Only installed while a timeout is set, so a station without auto-lock pays nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self._installed = False
        self._paused = False

    @property
    def timeout_ms(self) -> int:
        return self.timer.interval() if self._installed else 0

    def set_timeout_ms(self, ms: int) -> None:
        """0 turns the watcher off (and removes the event filter)."""
        app = QCoreApplication.instance()
        if ms > 0:
            self.timer.setInterval(ms)
            if not self._installed and app is not None:
                app.installEventFilter(self)
                self._installed = True
            if not self._paused:
                self.timer.start()
        else:
            self.timer.stop()
            if self._installed and app is not None:
                app.removeEventFilter(self)
            self._installed = False

    def pause(self) -> None:
        """While locked there is nothing to lock again."""
        self._paused = True
        self.timer.stop()

    def resume(self) -> None:
        self._paused = False
        if self._installed:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        del watched
        if not self._paused and event.type() in _INPUT:
            self.timer.start()
        return False
