"""The search field of a list's filter row: Enter searches, and clearing it (its clear
button or the last character deleted) shows the whole list again at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit

MIN_WIDTH = 200  # room for a placeholder such as "Number, title or place"


def search_edit(
    name: str,
    placeholder: str,
    max_length: int,
    search: Callable[[], object],
    *,
    min_width: int = MIN_WIDTH,
) -> QLineEdit:
    """A search field named `name` (object name) showing `placeholder` (translated by
    the caller), at most `max_length` characters as the service reads them."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    edit.setMaxLength(max_length)
    edit.setMinimumWidth(min_width)
    edit.returnPressed.connect(search)
    edit.textChanged.connect(lambda text: None if text else search())
    return edit
