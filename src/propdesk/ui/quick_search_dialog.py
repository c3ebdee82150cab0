"""Global quick search (Ctrl+K): type a unit, a name, pinyin initials, a phone tail,
a plate fragment, a card number or a pass, permit, slip or ticket number; results
grouped by kind, each group saying when it shows only the first of more ("type more");
Enter opens the record in the tab that owns it."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.repairs.workflow import RepairState
from propdesk.errors import PropdeskError
from propdesk.services.core.actor import Actor
from propdesk.services.core.search import (
    COUNT_CAP,
    TEXT_MAX,
    SearchGroup,
    SearchHit,
    SearchService,
)
from propdesk.ui.dialogs import user_message
from propdesk.ui.repair_names import state_name

translate = QCoreApplication.translate
TYPING_PAUSE_MS = 150  # search once the guard pauses, not on every key
_REPAIR_STATES = frozenset(s.value for s in RepairState)


def group_title(group: SearchGroup) -> str:
    """The heading its module gave the kind (translated), else the kind's code."""
    return translate("QuickSearch", group.title) if group.title else group.kind


def tag_text(tag: str) -> str:
    """A hit's badge in words: a resident's relation, a card's status, a visitor still
    inside, a slip used or expired, a repair ticket's state (named as the repairs tab
    names it)."""
    tags = {
        "owner": translate("QuickSearch", "owner"),
        "tenant": translate("QuickSearch", "tenant"),
        "family": translate("QuickSearch", "family"),
        "moved_out": translate("QuickSearch", "moved out"),
        "lost": translate("QuickSearch", "lost"),
        "revoked": translate("QuickSearch", "revoked"),
        "returned": translate("QuickSearch", "returned"),
        "inside": translate("QuickSearch", "inside now"),
        "used": translate("QuickSearch", "used"),
        "expired": translate("QuickSearch", "expired"),
        "failed": translate("QuickSearch", "failed"),  # an inspection with a failed item
    }
    if tag in tags:
        return tags[tag]
    if tag in _REPAIR_STATES:
        return state_name(RepairState(tag))
    return tag


def more_text(group: SearchGroup) -> str:
    """Under a group that shows only its first hits: how many there are in all."""
    return translate(
        "QuickSearch", "Showing the first {shown} of {total} — type more to narrow it"
    ).format(shown=len(group.hits), total=group.total_text)


def found_text(groups: list[SearchGroup]) -> str:
    """The status line: every match of every group (1000+ when a group passed the cap)."""
    found = sum(min(g.total, COUNT_CAP) for g in groups)
    capped = any(g.total > COUNT_CAP for g in groups)
    return translate("QuickSearchDialog", "{n} found").format(n=f"{found}+" if capped else found)


class QuickSearchDialog(QDialog):
    # open_kind, open_id, record_id
    sig_record_opened = Signal(str, uuid.UUID, uuid.UUID)

    def __init__(self, search: SearchService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._actor = actor
        self.setWindowTitle(self.tr("Quick search"))
        self.query_edit = QLineEdit()
        self.query_edit.setObjectName("quick_search_query")
        self.query_edit.setPlaceholderText(
            self.tr("Unit, name, pinyin, phone tail, plate, card, or a number (FK, CL, FX, WX…)")
        )
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setMaxLength(TEXT_MAX)
        self.results = QTreeWidget()
        self.results.setObjectName("quick_search_results")
        self.results.setHeaderHidden(True)
        self.results.setColumnCount(2)
        self.results.setRootIsDecorated(False)
        self.results.itemActivated.connect(self._on_item_activated)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.results)
        layout.addWidget(self.status)
        self.resize(560, 460)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.query_edit.textChanged.connect(lambda _text: self._timer.start())
        self.query_edit.returnPressed.connect(self.open_current)
        self.query_edit.installEventFilter(self)

    def run_search(self) -> None:
        self._timer.stop()
        self.results.clear()
        try:
            groups = self._search.search(self._actor, self.query_edit.text())
        except PropdeskError as exc:
            self.status.setText(user_message(exc))
            return
        first: QTreeWidgetItem | None = None
        for group in groups:
            header = QTreeWidgetItem([group_title(group)])
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.results.addTopLevelItem(header)
            header.setFirstColumnSpanned(True)
            for hit in group.hits:
                tags = " · ".join(tag_text(t) for t in hit.tags)
                item = QTreeWidgetItem(["    " + hit.title, f"{hit.subtitle}  {tags}".strip()])
                item.setData(0, Qt.ItemDataRole.UserRole, hit)
                self.results.addTopLevelItem(item)
                first = first or item
            if group.more:
                self._add_more_line(group)
        self._fit_title_column()
        self.status.setText(found_text(groups) if self.query_edit.text().strip() else "")
        if first is not None:
            self.results.setCurrentItem(first)

    def _add_more_line(self, group: SearchGroup) -> None:
        """ "Showing the first 8 of 36 — type more to narrow it", across both columns,
        in the muted colour of a hint; Up and Down pass over it as over the headings."""
        line = QTreeWidgetItem(["    " + more_text(group)])
        line.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = line.font(0)
        font.setItalic(True)
        line.setFont(0, font)
        line.setForeground(0, QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText)))
        self.results.addTopLevelItem(line)
        line.setFirstColumnSpanned(True)

    def _fit_title_column(self) -> None:
        """The first column as wide as the longest hit title: the headings and the
        "type more" lines span both columns and must not widen it."""
        metrics = self.results.fontMetrics()
        widths = [
            metrics.horizontalAdvance(item.text(0))
            for item in (
                self.results.topLevelItem(row) for row in range(self.results.topLevelItemCount())
            )
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) is not None
        ]
        if widths:
            self.results.setColumnWidth(0, max(widths) + 3 * metrics.averageCharWidth())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down in the query field move through the results, as in any launcher.
        if (
            watched is self.query_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            self._move(1 if event.key() == Qt.Key.Key_Down else -1)
            return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        count = self.results.topLevelItemCount()
        current = self.results.currentItem()
        row = self.results.indexOfTopLevelItem(current) if current is not None else -1
        while 0 <= row + step < count:
            row += step
            item = self.results.topLevelItem(row)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) is not None:
                self.results.setCurrentItem(item)
                return

    def current_hit(self) -> SearchHit | None:
        item = self.results.currentItem()
        hit = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return hit if isinstance(hit, SearchHit) else None

    def open_current(self) -> None:
        if self._timer.isActive():
            self.run_search()  # Enter straight after typing: search first
        hit = self.current_hit()
        if hit is None:
            return
        self.sig_record_opened.emit(hit.open_kind, hit.open_id, hit.record_id)
        self.accept()

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.results.setCurrentItem(item)
        self.open_current()
