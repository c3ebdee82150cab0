"""The rounds behind a figure of the month view (a guard's month, a day's late slots):
one row per round with its slot, times, state, verdict, checkpoints reached and flags.

Read once when opened (one service call). Enter or a double click on a round asks for
its detail (`round_activated`), which the tab shows. The dialog does not block the
tab; Escape closes it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from propdesk.domain.roles import Module
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.patrol.service import PatrolServices
from propdesk.ui.fonts import enlarge
from propdesk.ui.tabs.patrol.month_links import Link
from propdesk.ui.tabs.patrol.month_models import RoundRowsModel, counted
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.table_export import install_export

LIMIT = 2000  # rounds listed at most; a month of every slot walked on two routes fits
WIDTH_SAMPLE = 100  # rows measured for the columns' widths beyond those in view


class RoundsListDialog(QDialog):
    round_activated = Signal(object)  # the round's uuid

    def __init__(
        self,
        services: Services,
        actor: Actor,
        link: Link,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        """Lists the rounds behind a figure (month_links.py). Raises the service's
        PropdeskError when they cannot be read."""
        super().__init__(parent)
        self.setObjectName("patrol_rounds_list")
        self.setWindowTitle(title)
        self.link = link
        rows, self.more = services.module(PatrolServices).rounds.rows(actor, link.wanted, LIMIT)
        self.rows = link.pick(rows) if link.pick is not None else rows
        self.resize(1100, 560)

        self.title_label = QLabel(title)
        self.title_label.setObjectName("patrol_rounds_list_title")
        self.title_label.setStyleSheet("font-weight: bold;")
        enlarge(self.title_label, 1.2)
        self.count_label = QLabel(self._count_text())
        self.count_label.setObjectName("patrol_rounds_list_count")
        self.count_label.setWordWrap(True)
        self.model = RoundRowsModel(self)
        self.view = record_table(None, "patrol_rounds_list_view")
        # Columns as wide as the rows in view and the next few (a month's rounds all
        # measured would take most of a second).
        self.view.horizontalHeader().setResizeContentsPrecision(WIDTH_SAMPLE)
        self.view.setModel(self.model)
        self.model.set_rows(self.rows)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        # One guard's rounds: the guard's name on every row would say nothing.
        self.view.setColumnHidden(RoundRowsModel.COL_GUARD, link.wanted.guard is not None)
        self.view.activated.connect(self._on_activated)
        install_export(self.view, services.exports, actor, Module.PATROL, title)
        hint = QLabel(self.tr("Enter or double-click: the round's detail."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        # Enter belongs to the list (a round's detail), never to the Close button.
        close.setAutoDefault(False)
        close.setDefault(False)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        if self.rows:
            self.view.selectRow(0)
        self.view.setFocus()

    def _count_text(self) -> str:
        if not self.rows:
            return self.tr("No rounds.")
        abandoned = sum(1 for row in self.rows if not counted(row))
        text = self.tr("{n} rounds, oldest first.").format(n=len(self.rows))
        if abandoned:
            text += " " + self.tr("{n} of them abandoned (they count nowhere).").format(n=abandoned)
        if self.more:
            text += " " + self.tr("More rounds match: only the first {limit} are listed.").format(
                limit=LIMIT
            )
        return text

    def _on_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.round_activated.emit(row.id)
