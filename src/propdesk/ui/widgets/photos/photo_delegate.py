"""How one photo is drawn in the strip: its thumbnail centred in a square, or a grey
square with the model's words ("Missing", "Cannot be read") where the photo cannot be
shown, a paler one while it loads. Painted here rather than by the list's own icon
mode, which would put the words a second time under the square."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from propdesk.ui.widgets.photos.photo_thumbnails import THUMB_SIZE

PADDING = 4  # around the square: room for the selection's colour
CELL = THUMB_SIZE + 2 * PADDING
PLACEHOLDER = QColor("#d5d5d5")  # a photo that cannot be shown
LOADING_SHADE = QColor("#ededed")  # a photo on its way
PLACEHOLDER_TEXT = QColor("#555555")


class PhotoDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(CELL, CELL)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # the selection's and hover's colour, as the style draws it
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        rect = option.rect
        square = QRect(0, 0, THUMB_SIZE, THUMB_SIZE)
        square.moveCenter(rect.center())
        painter.save()
        try:
            pixmap = index.data(Qt.ItemDataRole.DecorationRole)
            if isinstance(pixmap, QPixmap) and not pixmap.isNull():
                target = QRect(0, 0, pixmap.width(), pixmap.height())
                target.moveCenter(square.center())
                painter.drawPixmap(target, pixmap)
            else:
                self._placeholder(painter, square, index.data(Qt.ItemDataRole.DisplayRole))
        finally:
            painter.restore()

    @staticmethod
    def _placeholder(painter: QPainter, square: QRect, words: object) -> None:
        painter.fillRect(square, PLACEHOLDER if words else LOADING_SHADE)
        if not words:
            return
        painter.setPen(PLACEHOLDER_TEXT)
        flags = int(Qt.AlignmentFlag.AlignCenter.value) | Qt.TextFlag.TextWordWrap.value
        painter.drawText(square.adjusted(4, 4, -4, -4), flags, str(words))
