"""The dashboard's figures as links to the lists behind them: today's entries open the
gate journal of today, the open tickets the repair list of open tickets, and so on.

A figure says where it leads with the `ViewRequest` its module gave (which tab, and
what that tab should show); the main window finds the tab and asks it to show that. A
figure whose list the role may not open is plain text. The link is a flat push button:
Tab reaches it, Space or Enter opens it, as a click does.

On a tile the figure is read at a glance: large, with its detail (today's entries by
kind) in a small line under it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from propdesk.services.core.module_spec import ViewRequest

EMPHASIS_STYLE = "color: #B42318; font-weight: bold;"
FIGURE_SCALE = 1.6  # a tile's figure against the window's font
DETAIL_STYLE = "color: palette(dark);"
# Looks like a link; a border in the highlight colour shows the keyboard focus, and is
# there (transparent) without focus too, so the text does not move when it comes.
LINK_STYLE = (
    "QPushButton { border: 1px solid transparent; border-radius: 2px; padding: 0px 2px;"
    " background: transparent; color: palette(link); text-align: left;"
    " text-decoration: underline; }"
    "QPushButton:focus { border-color: palette(highlight); }"
    "QPushButton:pressed { color: palette(highlight); }"
)


class FigureLink(QWidget):
    """One figure: a link when it has somewhere to lead, else plain text."""

    sig_link_activated = Signal(object)  # the ViewRequest

    def __init__(
        self,
        name: str,
        tooltip: str = "",
        parent: QWidget | None = None,
        *,
        caption: str = "",
        scale: float = FIGURE_SCALE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.caption = caption  # what a screen reader says before the figure
        self.label = QLabel()
        self.label.setObjectName(f"{name}_text")
        self.detail = QLabel()
        self.detail.setObjectName(f"{name}_detail")
        self.detail.setStyleSheet(DETAIL_STYLE)
        self.button = QPushButton()
        self.button.setObjectName(f"{name}_link")
        self.button.setFlat(True)
        # Enter opens it too (outside a dialog a push button only takes Space).
        self.button.setAutoDefault(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.button.setToolTip(tooltip)
        self.button.setAccessibleDescription(tooltip)
        self.button.clicked.connect(self._on_clicked)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(True)
        self.label.setFont(font)
        self.button.setFont(font)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.label)
        row.addWidget(self.button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(row)
        column.addWidget(self.detail)
        self.link: ViewRequest | None = None
        self.show_figure("", None)

    def show_figure(
        self, text: str, link: ViewRequest | None, *, emphasis: bool = False, detail: str = ""
    ) -> None:
        self.link = link
        self.label.setText(text)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.button.setText(text.replace("&", "&&"))  # no mnemonic in a figure
        self.button.setAccessibleName(" ".join(p for p in (self.caption, self.text()) if p))
        self.label.setStyleSheet(EMPHASIS_STYLE if emphasis else "")
        self.button.setStyleSheet(
            LINK_STYLE + (f"QPushButton {{ {EMPHASIS_STYLE} }}" if emphasis else "")
        )
        self.label.setVisible(link is None)
        self.button.setVisible(link is not None)

    def text(self) -> str:
        """The figure as it reads, its detail after it: "346 residents 175 · …"."""
        return " ".join(part for part in (self.label.text(), self.detail.text()) if part)

    def _on_clicked(self) -> None:
        if self.link is not None:
            self.sig_link_activated.emit(self.link)
