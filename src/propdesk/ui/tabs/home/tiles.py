"""The dashboard's tiles: a figure read at a glance, its name right above it (a row
of a form put the figure at the far end of an empty line, away from its name).

A module's figure is a caption and the figure; a service target's tile adds the
target it is judged against ("≥ 90%") beside the figure and whether it is met, with a
stripe of that colour along the tile's left edge.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from propdesk.ui.tabs.home.links import DETAIL_STYLE, FigureLink

# A tile stands out from the box it is in; `edge` is its left edge (a target's stripe).
TILE_STYLE = (
    "QFrame[dashboardTile=true] {{ background: palette(base); border: 1px solid palette(midlight);"
    " border-left: {edge}; border-radius: 4px; }}"
)
PLAIN_EDGE = "1px solid palette(midlight)"


def caption_text(label: str) -> str:
    """A figure's label as a tile's caption: "Entries today:" → "Entries today" (a
    caption above its figure takes no colon)."""
    return label.rstrip().rstrip(":：")


class Tile(QFrame):
    """A framed cell of the dashboard: its caption on top, its content under it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_tile")
        self.setProperty("dashboardTile", True)
        self.caption = QLabel()
        self.caption.setObjectName(f"{name}_caption")
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet(DETAIL_STYLE)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(8, 4, 8, 6)
        self.column.setSpacing(2)
        self.column.addWidget(self.caption)
        self.column.addStretch(1)  # a tile as tall as its row's tallest: texts at the top
        self.setStyleSheet(TILE_STYLE.format(edge=PLAIN_EDGE))

    def set_stripe(self, colour: str) -> None:
        """A stripe of `colour` along the left edge (a target met or not)."""
        self.setStyleSheet(TILE_STYLE.format(edge=f"4px solid {colour}"))


class FigureTile(Tile):
    """A module's figure: its caption, the figure (a link) and the figure's detail."""

    def __init__(self, name: str, caption: str, tooltip: str, parent: QWidget | None = None):
        super().__init__(name, parent)
        self.caption.setText(caption_text(caption))
        self.figure = FigureLink(name, tooltip, caption=self.caption.text())
        self.caption.setBuddy(self.figure.button)
        self.column.insertWidget(1, self.figure)


class TargetTile(Tile):
    """A service target: its name, the figure with the target value beside it, and
    whether it is met."""

    def __init__(self, name: str, caption: str, tooltip: str, parent: QWidget | None = None):
        super().__init__(name, parent)
        self.caption.setText(caption)
        self.figure = FigureLink(f"figure_{name}", tooltip, caption=caption)
        self.threshold = QLabel()
        self.threshold.setObjectName(f"threshold_{name}")
        self.threshold.setStyleSheet(DETAIL_STYLE)
        self.outcome = QLabel()
        self.outcome.setObjectName(f"target_{name}")
        # The target value right after the figure, not pushed to the tile's edge.
        self.figure.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout()
        row.setSpacing(6)
        bottom = Qt.AlignmentFlag.AlignBottom  # the small texts on the figure's line
        row.addWidget(self.figure, 0, bottom)
        row.addWidget(self.threshold, 0, bottom)
        row.addStretch(1)
        row.addWidget(self.outcome, 0, bottom)
        self.column.insertLayout(1, row)


class CompactFigure(QWidget):
    """A figure on a line of the Work plan box: its caption, then the figure (a link),
    smaller than a tile's; no detail."""

    def __init__(self, name: str, caption: str, tooltip: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{name}_tile")
        self.caption = QLabel(caption_text(caption))
        self.caption.setObjectName(f"{name}_caption")
        self.caption.setStyleSheet(DETAIL_STYLE)
        self.figure = FigureLink(name, tooltip, caption=self.caption.text(), scale=1.15)
        self.caption.setBuddy(self.figure.button)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 12, 0)
        row.setSpacing(4)
        row.addWidget(self.caption)
        row.addWidget(self.figure)
