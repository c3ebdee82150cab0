"""When something was done, for a form that records it now unless told otherwise (a
repair step, a finding escalated): the box opens at the current minute, and only a
time the user changed is sent (one typed in later from a paper slip); left as it
opened, the service stamps its own clock."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QWidget


class MomentEdit(QDateTimeEdit):
    def __init__(self, name: str, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(QDateTime.currentDateTime(), parent)
        self.setObjectName(name)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setCalendarPopup(True)
        self.setToolTip(tip)
        self._changed = False
        self.dateTimeChanged.connect(self._on_changed)

    def _on_changed(self) -> None:
        self._changed = True

    def moment(self) -> datetime | None:
        """The time typed, or None (now) when the box was left as it opened."""
        if not self._changed:
            return None
        moment = self.dateTime().toPython()
        assert isinstance(moment, datetime)
        return moment.astimezone()  # the station's zone: the time was read off its clock
