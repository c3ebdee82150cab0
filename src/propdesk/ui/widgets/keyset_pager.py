"""The paging bar of a keyset-paged list, newest first: Newest, ◀ Newer, a page label
and Older ▶.

Pages follow the service's keyset: "Older" starts where the page ended, "Newer" goes
back to where the previous page started (a stack of page starts), "Newest" to the top.
The pager keeps that stack; the list loads a page when asked (`load_page`) and then
tells the pager what it showed (`show_page`).
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

translate = QCoreApplication.translate
K = TypeVar("K")


class KeysetPager(QWidget, Generic[K]):
    # Load the page that begins before this key (None: the newest page).
    load_page = Signal(object)

    def __init__(self, name: str, page_size: int, parent: QWidget | None = None) -> None:
        """`name` prefixes the object names: {name}_newest, _newer, _older, _page."""
        super().__init__(parent)
        self.page_size = page_size
        self._starts: list[K | None] = [None]  # where each page shown so far began
        self._next: K | None = None  # where the next older page begins
        self.newest_button = QPushButton(translate("KeysetPager", "Newest"))
        self.newest_button.setObjectName(f"{name}_newest")
        self.newer_button = QPushButton(translate("KeysetPager", "◀ Newer"))
        self.newer_button.setObjectName(f"{name}_newer")
        self.older_button = QPushButton(translate("KeysetPager", "Older ▶"))
        self.older_button.setObjectName(f"{name}_older")
        self.page_label = QLabel()
        self.page_label.setObjectName(f"{name}_page")
        self.newest_button.clicked.connect(self.newest)
        self.newer_button.clicked.connect(self.newer)
        self.older_button.clicked.connect(self.older)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.newest_button)
        row.addWidget(self.newer_button)
        row.addWidget(self.page_label)
        row.addWidget(self.older_button)
        row.addStretch(1)

    @property
    def start(self) -> K | None:
        """Where the page shown (or to be shown) begins; None for the newest."""
        return self._starts[-1]

    @property
    def first_row(self) -> int:
        """The number of the page's first row, counting from 1 at the newest."""
        return (len(self._starts) - 1) * self.page_size + 1

    def reset(self) -> None:
        """Back to the newest page without asking to load it (the caller loads)."""
        self._starts = [None]

    def newest(self) -> None:
        self._starts = [None]
        self.load_page.emit(None)

    def older(self) -> None:
        if self._next is not None:
            self._starts.append(self._next)
            self.load_page.emit(self._next)

    def newer(self) -> None:
        if len(self._starts) > 1:
            self._starts.pop()
            self.load_page.emit(self._starts[-1])

    def back_if_empty(self, shown: int) -> bool:
        """An empty page past the first (the rest went away): load the one before it
        instead and return True."""
        if shown or len(self._starts) == 1:
            return False
        self._starts.pop()
        self.load_page.emit(self._starts[-1])
        return True

    def show_page(self, next_before: K | None, text: str) -> None:
        """The page is shown: where the next older one begins, and the label's text."""
        self._next = next_before
        self.page_label.setText(text)
        self.newest_button.setEnabled(len(self._starts) > 1)
        self.newer_button.setEnabled(len(self._starts) > 1)
        self.older_button.setEnabled(self._next is not None)
