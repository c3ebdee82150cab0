"""A titled box around one thing (a table, a panel), with that thing's buttons in a
row under it when it has any."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from propdesk.ui.widgets.buttons import left_row


def titled_box(title: str, content: QWidget, buttons: Sequence[QWidget] = ()) -> QGroupBox:
    box = QGroupBox(title)
    column = QVBoxLayout(box)
    column.addWidget(content)
    if buttons:
        column.addLayout(left_row(*buttons))
    return box
