"""What an empty list says: "Nothing to show" where its first row would be, so a list
with no rows reads as empty, not as broken or still loading (a guard glancing at
"visitors inside now" at 3 a.m. sees that nobody is in, not a blank box)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView

# Between the header and the text: half a line, as a row would start.
_MARGIN = 8


def nothing_to_show() -> str:
    """The words every empty list shows unless it says something of its own."""
    return QCoreApplication.translate("RecordTable", "Nothing to show")


def has_no_rows(view: QAbstractItemView) -> bool:
    """The view has a model and the model (after any filter) has no rows."""
    model = view.model()
    return model is not None and model.rowCount(view.rootIndex()) == 0


def paint_empty_text(view: QAbstractItemView, text: str) -> None:
    """Paint `text` across the view's viewport, a line below its header, in the
    placeholder colour; call it from the view's paintEvent, after the view's own."""
    if not text or not has_no_rows(view):
        return
    viewport = view.viewport()
    painter = QPainter(viewport)
    try:
        painter.setPen(view.palette().color(QPalette.ColorRole.PlaceholderText))
        area = viewport.rect().adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        painter.drawText(area, int(flags.value) | Qt.TextFlag.TextWordWrap.value, text)
    finally:
        painter.end()
