"""What the dashboard's bar chart and the complaints' analysis chart do alike: a row
of slots (a bar per hour, day, category or month) that is a link for the mouse and
the keyboard.

Tab reaches the chart (when it leads somewhere: the chart sets its focus policy),
Left and Right choose a slot, the first press an end one, Home and End the ends, Esc
none; the chosen slot's figures show as a tooltip where it stands, as they do under
the mouse; Enter or Space opens it (`activate_chosen`, the chart's to say where).
The hovered and the chosen slot are shaded, and a chart with the focus is framed in
the highlight colour, as the dashboard's figures are.

A chart says how many slots it has, which is under a point, where one stands, its
tooltip, and paints itself (`paint_chart`); the rest is here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

SHADE_ALPHA = 40  # of the highlight colour behind a hovered or chosen slot


class SlotChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.chosen: int | None = None  # the slot Left and Right chose
        self._hovered: int | None = None

    # -- what the chart says (each subclass defines these as methods) -------------------
    # How many slots; the slot under a point, if any; where a slot stands, the plot's
    # full height (shaded, its tooltip shown); a slot's tooltip; Enter or Space: open
    # the chosen slot (or what the chart opens without one); paint the chart itself.
    slot_count: Callable[[], int]
    slot_at: Callable[[QPoint], int | None]
    slot_area: Callable[[int], QRectF]
    slot_tip: Callable[[int], str]
    activate_chosen: Callable[[], None]
    paint_chart: Callable[[QPainter], None]

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            self.paint_chart(painter)
            if self.hasFocus():  # as the figures show it: a border in the highlight colour
                painter.setPen(self.palette().color(QPalette.ColorRole.Highlight))
                # A frame only: the brush a chart painted its points with must not fill it.
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        finally:
            painter.end()

    def shade_if_marked(self, painter: QPainter, index: int) -> None:
        """Shade the slot behind its bar when it is hovered or chosen."""
        if index in (self._hovered, self.chosen):
            shade = self.palette().color(QPalette.ColorRole.Highlight)
            shade.setAlpha(SHADE_ALPHA)
            painter.fillRect(self.slot_area(index), shade)

    # -- the mouse and the keyboard ------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.slot_at(event.position().toPoint())
        if index != self._hovered:
            self._hovered = index
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = None
        self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        count = self.slot_count()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and count:
            step = -1 if key == Qt.Key.Key_Left else 1
            start = count if step < 0 else -1  # the first press chooses an end slot
            current = start if self.chosen is None else self.chosen
            self.choose(min(count - 1, max(0, current + step)))
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and count:
            self.choose(0 if key == Qt.Key.Key_Home else count - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate_chosen()
        elif key == Qt.Key.Key_Escape and self.chosen is not None:
            self.choose(None)
        else:
            super().keyPressEvent(event)

    def choose(self, index: int | None) -> None:
        """Choose a slot from the keyboard and say its figures where it stands."""
        self.chosen = index
        self.update()
        if index is None:
            QToolTip.hideText()
            return
        where = self.slot_area(index).center().toPoint()
        QToolTip.showText(self.mapToGlobal(where), self.slot_tip(index), self)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.chosen = None
        self.update()
        super().focusOutEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)
