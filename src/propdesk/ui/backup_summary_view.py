"""What a backup file is and holds, as a person recognises it: when it was made, its
size, the estate and how many residents, gate records, repair tickets and patrol
rounds are in it (the restore offered at start)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from propdesk.services.station.backup_summary import BackupSummary

KB = 1024
MB = 1024 * KB
GB = 1024 * MB


def size_text(size_bytes: int) -> str:
    """850 KB, 3.1 MB, 1.5 GB: enough to tell a real office's file from an empty one."""
    locale = QLocale()
    if size_bytes >= GB:
        return f"{locale.toString(size_bytes / GB, 'f', 1)} GB"
    if size_bytes >= MB:
        return f"{locale.toString(size_bytes / MB, 'f', 1)} MB"
    return f"{locale.toString(max(1, round(size_bytes / KB)))} KB"


class BackupSummaryView(QWidget):
    """A form of label rows; `value(key)` is what a row shows (for tests)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        rows = (
            ("file", self.tr("File")),
            ("made_at", self.tr("Made on")),
            ("size", self.tr("Size")),
            ("estate", self.tr("Estate")),
            ("residents", self.tr("Residents")),
            ("gate_records", self.tr("Gate records")),
            ("repair_tickets", self.tr("Repair tickets")),
            ("patrol_rounds", self.tr("Patrol rounds")),
            ("newest_record", self.tr("Newest record")),
        )
        for key, label in rows:
            value = QLabel()
            value.setObjectName(f"backup_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._values[key] = value
            form.addRow(label, value)

    def value(self, key: str) -> str:
        return self._values[key].text()

    def show_summary(self, summary: BackupSummary) -> None:
        locale = QLocale()
        newest = summary.newest_record
        shown = {
            "file": summary.file.name,
            "made_at": f"{summary.made_at.astimezone():%Y-%m-%d %H:%M}",
            "size": size_text(summary.size_bytes),
            "estate": summary.estate_name or self.tr("(no estate set up)"),
            "residents": locale.toString(summary.residents),
            "gate_records": locale.toString(summary.gate_records),
            "repair_tickets": locale.toString(summary.repair_tickets),
            "patrol_rounds": locale.toString(summary.patrol_rounds),
            "newest_record": f"{newest.astimezone():%Y-%m-%d %H:%M}" if newest else "—",
        }
        for key, text in shown.items():
            self._values[key].setText(text)
        self._values["file"].setToolTip(str(summary.file))
