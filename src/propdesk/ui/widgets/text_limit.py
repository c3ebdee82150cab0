"""A most-characters limit for a QPlainTextEdit, the counterpart of
QLineEdit.setMaxLength: the same limit as the service's, so a long paste is cut in the
box where the person sees it rather than refused after they press Save.

Counted, as Qt counts a line edit's maximum, in UTF-16 units: never fewer than the
characters the service counts, so what the box holds the service takes.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit


def cap_plain_text(edit: QPlainTextEdit, limit: int) -> None:
    """Keep `edit` at most `limit` characters as the person types or pastes.

    What is over the limit is cut from just before the cursor, i.e. from the end of what
    was just typed or pasted, so the text already there stays and the cursor stays
    after the last character kept. A cut ends the box's undo history: undoing it would
    bring back the text over the limit (to be cut again), and Qt cannot join a paste
    and its cut into one undo step.
    """
    edit.setProperty("max_length", limit)  # read as QLineEdit.maxLength() is, by tests
    document = edit.document()

    def trim() -> None:
        if document.characterCount() - 1 > limit:  # the last one is the end mark
            _cut(edit, limit)
            document.clearUndoRedoStacks()

    edit.textChanged.connect(trim)
    trim()


def _cut(edit: QPlainTextEdit, limit: int) -> None:
    document = edit.document()
    length = document.characterCount() - 1
    excess = length - limit
    end = edit.textCursor().position()
    # Text set with the cursor at its start (setPlainText): cut from the end instead.
    if end < excess:
        end = length
    start = end - excess
    if _splits_pair(edit.toPlainText(), start):
        start -= 1  # never keep half of a character outside the first plane
    cut = QTextCursor(document)
    cut.setPosition(start)
    cut.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cut.removeSelectedText()
    edit.setTextCursor(cut)


def _splits_pair(text: str, position: int) -> bool:
    """Whether UTF-16 `position` in `text` falls between the two halves of a pair."""
    units = text.encode("utf-16-le", "surrogatepass")
    if position <= 0 or 2 * position >= len(units):
        return False
    unit = int.from_bytes(units[2 * position : 2 * position + 2], "little")
    return 0xDC00 <= unit <= 0xDFFF
