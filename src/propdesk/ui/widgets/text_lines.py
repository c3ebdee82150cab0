"""A record's facts as "label: text" rows in a titled box (a repair ticket's, a
complaint's): a row whose text is empty is hidden, so a fact not yet known takes no
room; the values are selectable, to copy a number or a phone."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QGroupBox, QLabel, QScrollArea, QWidget

Line = tuple[str, str, str]  # key, label, text


class TextLines(QGroupBox):
    def __init__(self, title: str, prefix: str) -> None:
        """`prefix` names the values (`{prefix}_{key}`) for tests and accessibility."""
        super().__init__(title)
        self._prefix = prefix
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}

    def show_lines(self, lines: Iterable[Line]) -> None:
        """Each line's text in its row, the row made the first time its key comes."""
        for key, label, text in lines:
            value = self.values.get(key)
            if value is None:
                value = QLabel()
                value.setObjectName(f"{self._prefix}_{key}")
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.form.addRow(label, value)
                self.values[key] = value
            value.setText(text)
            self.form.setRowVisible(value, bool(text))


def scrolled(content: QWidget) -> QScrollArea:
    """The lines in a frameless scroll area: they scroll rather than squeeze, so a long
    record stays readable on a small screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area
