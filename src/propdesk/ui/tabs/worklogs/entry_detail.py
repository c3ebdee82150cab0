"""The chosen entry in a few lines under the list: what, where, when, who, done or not
and why, the note, who typed it, and — once voided — why, by whom and when."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from propdesk.services.worklogs.views import EntryDetail
from propdesk.ui.tabs.worklogs.names import local_time, trade_name


class EntryDetailLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worklog_detail")
        self.setWordWrap(True)
        self.show_detail(None)

    def show_detail(self, detail: EntryDetail | None) -> None:
        if detail is None:
            self.setText(self.tr("Choose an entry to see it whole."))
            return
        row = detail.row
        lines = [
            self.tr("{trade} · {area} · {task}").format(
                trade=trade_name(row.trade), area=row.area, task=row.task_name
            ),
            self.tr("{day}, {time}, by {staff}: {result}").format(
                day=row.day.isoformat(),
                time=local_time(row.done_at)[11:],
                staff=row.staff_name,
                result=self.tr("done") if row.done else self.tr("not done"),
            ),
        ]
        if row.reason:
            lines.append(self.tr("Reason: {reason}").format(reason=row.reason))
        if row.note:
            lines.append(self.tr("Note: {note}").format(note=row.note))
        lines.append(
            self.tr("Recorded by {name} at {at}").format(
                name=detail.recorded_by, at=local_time(detail.recorded_at)
            )
        )
        if detail.voided_at is not None:
            lines.append(
                self.tr("Voided by {name} at {at}: {reason}").format(
                    name=detail.voided_by or "-",
                    at=local_time(detail.voided_at),
                    reason=detail.void_reason,
                )
            )
        self.setText("\n".join(lines))
