"""One rectification notice's facts, under the notices' list: what failed where,
what is to be fixed by whom and by when, and how far it got (the fix reported, the
re-inspection that closed it, or why it was voided). Lines with nothing to say yet
are hidden rather than shown blank."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from propdesk.services.inspections.views import RectificationInfo
from propdesk.ui.tabs.inspections.due_model import OVERDUE_TEXT
from propdesk.ui.tabs.inspections.inspection_names import local_time
from propdesk.ui.tabs.inspections.rectification_model import (
    checklist_text,
    source_text,
    state_text,
)

PAIRS_PER_ROW = 2  # name and value twice a line: the facts take few lines


def _by(moment_text: str, person: str) -> str:
    return " · ".join(part for part in (moment_text, person) if part)


class NoticeFacts(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_facts")
        self.notice: RectificationInfo | None = None
        self._grid = QGridLayout(self)
        self._grid.setHorizontalSpacing(12)
        for column in range(1, PAIRS_PER_ROW * 2, 2):
            self._grid.setColumnStretch(column, 1)
        self._pairs: dict[str, tuple[QLabel, QLabel]] = {}
        for name, label in (
            ("number", self.tr("Notice")),
            ("state", self.tr("State")),
            ("inspection", self.tr("Inspection")),
            ("where", self.tr("Checklist and area")),
            ("item", self.tr("Failed item")),
            ("equipment", self.tr("Equipment")),
            ("finding", self.tr("Finding")),
            ("fix", self.tr("What to fix")),
            ("department", self.tr("Department")),
            ("issued", self.tr("Issued")),
            ("deadline", self.tr("Deadline")),
            ("fixed", self.tr("Fix reported")),
            ("fix_note", self.tr("Fix note")),
            ("closed", self.tr("Closed by re-inspection")),
            ("void_reason", self.tr("Void reason")),
        ):
            title = QLabel(label)
            title.setEnabled(False)  # greyed: the name, the value in black beside it
            title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value = QLabel()
            value.setObjectName(f"notice_{name}")
            value.setWordWrap(True)
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._pairs[name] = (title, value)
        self.show_notice(None)

    def text(self, name: str) -> str:
        return self._pairs[name][1].text()

    def show_notice(self, notice: RectificationInfo | None) -> None:
        self.notice = notice
        texts = self._texts(notice) if notice is not None else {}
        shown = [name for name in self._pairs if texts.get(name)]
        # Only the facts there are, side by side in reading order: no blank rows.
        for name, (title, value) in self._pairs.items():
            value.setText(texts.get(name, ""))
            for widget in (title, value):
                self._grid.removeWidget(widget)
                widget.hide()
        for n, name in enumerate(shown):
            row, pair = divmod(n, PAIRS_PER_ROW)
            title, value = self._pairs[name]
            self._grid.addWidget(title, row, pair * 2)
            self._grid.addWidget(value, row, pair * 2 + 1)
            title.show()
            value.show()
        red = notice is not None and notice.overdue
        style = f"color: {OVERDUE_TEXT.name()}; font-weight: bold;" if red else ""
        for name in ("state", "deadline"):
            self._pairs[name][1].setStyleSheet(style)

    def _texts(self, notice: RectificationInfo) -> dict[str, str]:
        closed = ""
        if notice.closed_at is not None:
            closed = self.tr("{number} on {time} by {person}").format(
                number=notice.reinspection_number,
                time=local_time(notice.closed_at),
                person=notice.verified_by,
            )
        return {
            "number": notice.number,
            "state": state_text(notice),
            "inspection": source_text(notice),
            "where": " · ".join(p for p in (checklist_text(notice), notice.area) if p),
            "item": notice.item_text,
            "equipment": notice.equipment_code,
            "finding": notice.finding,
            "fix": notice.what_to_fix,
            "department": notice.department,
            "issued": _by(local_time(notice.issued_at), notice.issued_by),
            "deadline": local_time(notice.deadline),
            "fixed": _by(local_time(notice.fixed_at), notice.fixed_by),
            "fix_note": notice.fix_note,
            "closed": closed,
            "void_reason": notice.void_reason,
        }
