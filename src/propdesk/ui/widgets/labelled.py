"""A filter in a row of filters, named by the label before it (the label's buddy:
Alt and the label's underlined letter focus the field)."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget


def add_labelled(row: QBoxLayout, text: str, widget: QWidget) -> None:
    label = QLabel(text)
    label.setBuddy(widget)
    row.addWidget(label)
    row.addWidget(widget)
