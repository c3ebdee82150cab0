"""A long list read a page at a time, newest first (the gate journal, the repair
tickets): the filter above, the table with one line per row, the paging bar below.

Pages follow the service's keyset (see KeysetPager); a list that pages by offsets (the
audit log) uses the offsets as its keys. A list says what it shows and how it reads:
its filter bar and `current_filter`, its model, how a page is read and how the bar
counts the rows shown. Searching, paging and the step back from a page that emptied
(its rows voided or closed meanwhile) live here once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar, Generic, Protocol, TypeVar

from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.ui.dialogs import show_error
from propdesk.ui.widgets.dto_table_model import DtoTableModel
from propdesk.ui.widgets.keyset_pager import KeysetPager
from propdesk.ui.widgets.record_table import record_table

PAGE_SIZE = 100
K = TypeVar("K")
F = TypeVar("F")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
K_co = TypeVar("K_co", covariant=True)


class Page(Protocol[R_co, K_co]):
    """What a service's keyset page holds (JournalPage, TicketPage, ListPage)."""

    @property
    def rows(self) -> Sequence[R_co]: ...

    @property
    def next_before(self) -> K_co | None: ...


@dataclass(frozen=True)
class ListPage(Generic[R, K]):
    """A page a list puts together itself (the audit log's, paged by offsets)."""

    rows: Sequence[R]
    next_before: K | None


class PagedListView(QWidget, Generic[K, F, R]):
    # Object names: the list itself, its table and (as prefix) its paging buttons.
    NAME: ClassVar[str]
    TABLE_NAME: ClassVar[str]
    PAGER_NAME: ClassVar[str]
    # The column that takes the spare width (a long free text).
    STRETCH_COLUMN: ClassVar[int]
    # One line per row: a long list is read by scanning many rows at once.
    ONE_LINE_ROWS: ClassVar[bool] = True

    model: DtoTableModel[R]

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self._services = services
        self._actor = actor
        self.page_size = page_size
        filters = self._build_filters()
        self._filter: F = self.current_filter()
        self.model = self._make_model()
        self.view = record_table(self.model, self.TABLE_NAME, stretch=[self.STRETCH_COLUMN])
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        if self.ONE_LINE_ROWS:
            self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.pager = self._make_pager()
        self.pager.load_page.connect(lambda _start: self._reload())
        self.newest_button = self.pager.newest_button
        self.newer_button = self.pager.newer_button
        self.older_button = self.pager.older_button
        self.page_label = self.pager.page_label
        self._lay_out(filters)
        self._build_actions()
        self.search()

    # -- what a list declares (each subclass defines these as methods) ----------------
    # Its filter bar; what the bar says now (a search uses it); its table model.
    _build_filters: Callable[[], QWidget | QLayout]
    current_filter: Callable[[], F]
    _make_model: Callable[[], DtoTableModel[R]]

    def _make_pager(self) -> KeysetPager[K]:
        return KeysetPager(self.PAGER_NAME, self.page_size)

    def _lay_out(self, filters: QWidget | QLayout) -> None:
        """The filter bar above the table, the paging bar below."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if isinstance(filters, QLayout):
            layout.addLayout(filters)
        else:
            layout.addWidget(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.pager)

    def _build_actions(self) -> None:
        """What the table offers besides its rows (export, selection); none by default."""

    # The page of `self._filter` that begins at `start`; `anew` for a search or a
    # refresh (not a step to another page). PropdeskError is shown to the user.
    _read_page: Callable[[K | None, bool], Page[R, K]]

    def _show_rows(self, rows: Sequence[R]) -> None:
        self.model.set_rows(rows)

    # The paging bar's label (first row, rows shown): which rows are shown (none: 0).
    _page_text: Callable[[int, int], str]

    # -- pages -----------------------------------------------------------------------
    def search(self) -> None:
        """The newest page of what the filter bar says now."""
        self._filter = self.current_filter()
        self.pager.reset()
        self._reload(anew=True)

    def refresh(self) -> None:
        """Read the shown page again: on the newest page new rows appear at the top;
        deeper pages keep their place."""
        self._reload(anew=True)

    def newest(self) -> None:
        self.pager.newest()

    def older(self) -> None:
        self.pager.older()

    def newer(self) -> None:
        self.pager.newer()

    def _reload(self, *, anew: bool = False) -> None:
        try:
            page = self._read_page(self.pager.start, anew)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        if self.pager.back_if_empty(len(page.rows)):  # the rest went away meanwhile
            return
        self._show_rows(page.rows)
        text = self._page_text(self.pager.first_row, len(page.rows))
        self.pager.show_page(page.next_before, text)

    def rows(self) -> list[R]:
        return self.model.rows()
