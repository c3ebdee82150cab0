"""What the last action did, under the fields a guard types into (the gate's cards,
plates, passes and forms; the patrol's checkpoint labels): a green banner when it went
through, a red one with the reason when it was refused, each with the next step on a
line of its own when there is one ("Press F2 to register a visitor"). One at a time, in
one place, so the last action is the one shown; the caller clears it when the next
action starts.

The place is reserved at its full height, shown or not: a message appearing must not
push the fields and lists below it down, nor one clearing pull them up, while the
guard is reaching for them. A message longer than the place keeps its full text in the
tooltip.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from propdesk.ui.fonts import enlarge

_PADDING = 8  # pixels around the text, inside the coloured box
_BOX = f"font-weight: bold; padding: {_PADDING}px; border-radius: 4px;"
OK_STYLE = f"background-color: #e3f1e5; color: #1b5e20; border: 1px solid #1b7f2a; {_BOX}"
BANNER_STYLE = f"background-color: #c62828; color: white; border: 1px solid #c62828; {_BOX}"
# The message and its next step.
LINES = 2


class ScanOutcome:
    def __init__(self, column: QVBoxLayout, ok_name: str, scale: float) -> None:
        """`ok_name` names the green banner (tests find it); both are `scale` times the
        normal font, to be read from the door."""
        self.place = QWidget()
        self.place.setObjectName(f"{ok_name}_place")
        stack = QVBoxLayout(self.place)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(0)
        self.ok_label = self._label(ok_name, OK_STYLE, scale)
        self.banner = self._label("refused_banner", BANNER_STYLE, scale)
        stack.addWidget(self.ok_label)
        stack.addWidget(self.banner)
        line = self.banner.fontMetrics().lineSpacing()
        self.place.setFixedHeight(LINES * line + 2 * _PADDING + 2)  # + the 1-pixel border
        self.place.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        column.addWidget(self.place)

    def _label(self, name: str, style: str, scale: float) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setStyleSheet(style)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        enlarge(label, scale)
        label.hide()
        return label

    def say(self, text: str, next_step: str = "") -> None:
        """Green: it went through (and what to do now, if anything)."""
        self._show(self.ok_label, self.banner, text, next_step)

    def refuse(self, text: str, next_step: str = "") -> None:
        """Red: refused, why, and what to do instead."""
        self._show(self.banner, self.ok_label, text, next_step)

    def clear(self) -> None:
        self.ok_label.hide()
        self.banner.hide()

    @property
    def text(self) -> str:
        """What is shown now ("" when nothing is)."""
        for label in (self.ok_label, self.banner):
            if not label.isHidden():
                return label.text()
        return ""

    @staticmethod
    def _show(label: QLabel, other: QLabel, text: str, next_step: str) -> None:
        other.hide()
        shown = f"{text}\n{next_step}" if next_step else text
        label.setText(shown)
        label.setToolTip(shown)
        label.show()
