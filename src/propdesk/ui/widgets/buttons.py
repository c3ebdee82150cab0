"""Buttons as the tabs make them: a push button wired to what it does (`push_button`),
and rows of widgets packed to the left, the spare width after them (`left_row`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


def push_button(
    text: str, slot: Callable[[], object] | None = None, name: str = "", tip: str = ""
) -> QPushButton:
    button = QPushButton(text)
    if name:
        button.setObjectName(name)
    if tip:
        button.setToolTip(tip)
    if slot is not None:
        button.clicked.connect(slot)
    return button


def left_row(*widgets: QWidget) -> QHBoxLayout:
    """The widgets side by side from the left; the row's spare width after them."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row
