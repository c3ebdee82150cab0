"""What a scan did, under the box a reader types into (the gate's cards, the patrol's
checkpoint labels): a green line when it went through, a big red banner with the
reason when it was refused; one at a time, so the last scan is the one shown.

Two labels put straight into the caller's column rather than a widget around them:
with both hidden the column has no gap where they stand."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from propdesk.ui.fonts import enlarge

OK_STYLE = "color: #1b7f2a; font-weight: bold;"
BANNER_STYLE = (
    "background-color: #c62828; color: white; font-weight: bold; padding: 10px; border-radius: 4px;"
)


class ScanOutcome:
    def __init__(self, column: QVBoxLayout, ok_name: str, scale: float) -> None:
        """`ok_name` names the green line (tests find it); both are `scale` times the
        normal font, to be read from the door."""
        self.ok_label = QLabel()
        self.ok_label.setObjectName(ok_name)
        self.ok_label.setStyleSheet(OK_STYLE)
        self.ok_label.setWordWrap(True)
        big = enlarge(self.ok_label, scale)
        self.ok_label.hide()
        self.banner = QLabel()
        self.banner.setObjectName("refused_banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setFont(big)
        self.banner.setWordWrap(True)
        self.banner.hide()
        column.addWidget(self.ok_label)
        column.addWidget(self.banner)

    def say(self, text: str) -> None:
        self.banner.hide()
        self.ok_label.setText(text)
        self.ok_label.show()

    def refuse(self, text: str) -> None:
        self.ok_label.hide()
        self.banner.setText(text)
        self.banner.show()

    def clear(self) -> None:
        self.ok_label.hide()
        self.banner.hide()
