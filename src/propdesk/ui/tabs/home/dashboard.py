"""The home dashboard: each module's box of figures (today's gate traffic, the open and
overdue repair tickets, …, as the registry's modules bring them), the service targets
of the month so far, and the modules' charts (today's gate entries by hour, the last
seven days), refreshed every minute while it is on screen.

The snapshot is read on a plain thread (the "inside now" lists walk years of journal
on a big database) and comes back through a queued signal, so the gatehouse never
waits for it, and the window paints before the first one is in (issue 18): until then
the panel says the figures are being read; `sig_figures_loaded` tells each snapshot
shown (tests wait on it). A plain thread rather than ui.worker.Worker, like the daily
retention: it can be joined when the window closes. Parts the role may not see are
hidden.

The boxes follow the registry's order, two or three to a row, each figure a tile
with its name above it (tiles.py); a box is made at the first snapshot that has it,
then updated in place. The work plan's registers (a group marked `compact`) share one
box, "Work plan", a line each, where their first one would stand. Each figure and
chart is a link to the list behind it (see links.py, bar_chart.py):
`sig_view_requested` says which tab and what it should show; the window decides
which tabs may be opened (`can_open`), and a figure it may not open is plain text.
Tab goes through them as they stand: the boxes' figures, the targets, the charts.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import math
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from propdesk.domain.service_targets import TargetKey
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import DashboardGroup, ViewRequest
from propdesk.services.reporting.dashboard import Dashboard
from propdesk.ui.dialogs import error_text
from propdesk.ui.tabs.home.charts import ChartsRow
from propdesk.ui.tabs.home.links import DETAIL_STYLE, FigureLink
from propdesk.ui.tabs.home.targets import TargetsBox
from propdesk.ui.tabs.home.texts import translate
from propdesk.ui.tabs.home.tiles import CompactFigure, FigureTile

log = logging.getLogger(__name__)

REFRESH_MS = 60_000
JOIN_S = 10.0
MAX_BOXES_IN_A_ROW = 4
WORK_PLAN = "work_plan"  # the shared box of the compact groups


def columns_for(boxes: int) -> int:
    """Rows as even as can be, at most four boxes each (four fit 1366 pixels, and a
    second row of boxes would push the charts off a 768-pixel screen): 3 → 3, 4 → 4,
    5 → 3 + 2, 6 → 3 + 3."""
    rows = math.ceil(boxes / MAX_BOXES_IN_A_ROW)
    return math.ceil(boxes / rows) if rows else 1


def _cells(shown: list[str], compact: set[str]) -> list[str]:
    """The boxes to lay out: each group's own, the compact ones' shared Work plan box
    once, where the first of them stands."""
    cells: list[str] = []
    for key in shown:
        cell = WORK_PLAN if key in compact else key
        if cell not in cells:
            cells.append(cell)
    return cells


class _Signals(QObject):
    sig_result = Signal(object)
    sig_error = Signal(object)


class DashboardPanel(QWidget):
    # The tab's object name and what it should show (a ViewRequest's two parts).
    sig_view_requested = Signal(str, object)
    # A snapshot's figures are on show (the first, and each refresh's).
    sig_figures_loaded = Signal()

    def __init__(
        self,
        services: Services,
        actor: Callable[[], Actor | None],
        parent: QWidget | None = None,
        can_open: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("home_dashboard")
        self._services = services
        self._actor = actor
        # Whether the tab of that object name may be opened now; by default none is.
        self._can_open = can_open or (lambda _tab: False)
        self._thread: threading.Thread | None = None
        self._again = False  # asked to refresh while a read was running
        self._signals = _Signals(self)
        self._signals.sig_result.connect(self._on_snapshot)
        self._signals.sig_error.connect(self._on_error)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

        # Where Tab enters the figures. They are made at the first snapshot, so they
        # would come last in the window's Tab order (after the widgets below the
        # dashboard); the order is set from this widget instead, which stands where
        # the dashboard does. Hidden, never focused: setTabOrder ignores a widget that
        # takes no focus at all.
        self._tab_start = QWidget(self)
        self._tab_start.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._tab_start.hide()
        # The modules' boxes by group key, their tiles' rows, and their tiles by name.
        self.boxes: dict[str, QGroupBox] = {}
        self._rows: dict[str, QHBoxLayout] = {}
        self.tiles: dict[str, dict[str, FigureTile | CompactFigure]] = {}
        self._shown: list[str] = []  # the keys of the groups on show, in order
        self._cells: list[str] = []  # the keys of the boxes laid out, in order
        # The compact groups' lines, by group key, in the Work plan box.
        self.lines: dict[str, QWidget] = {}
        self._line_titles: dict[str, QLabel] = {}
        self.work_plan_box = QGroupBox(self.tr("Work plan"), self)
        self.work_plan_box.setObjectName("work_plan_box")
        self._work_plan_lines = QGridLayout(self.work_plan_box)
        self._work_plan_lines.setColumnStretch(1, 1)
        self.boxes[WORK_PLAN] = self.work_plan_box
        # Not in the grid until the first snapshot lays the boxes out: shown before,
        # it would stand over the loading line at the top-left corner.
        self.work_plan_box.hide()
        self.groups_grid = QGridLayout()
        self.targets_box = TargetsBox()
        self.targets_box.sig_link_activated.connect(self._on_link)
        self.charts_row = ChartsRow()
        self.charts_row.sig_link_activated.connect(self._on_link)
        self.charts_row.hide()  # until a snapshot brings charts
        self.updated_label = QLabel()
        self.updated_label.setObjectName("dashboard_updated")
        self.updated_label.setStyleSheet(DETAIL_STYLE)
        # Where the boxes will stand, until the first snapshot (or its failure) is in.
        self.loading_label = QLabel(self.tr("Reading today's figures…"))
        self.loading_label.setObjectName("dashboard_loading")
        self.loading_label.setStyleSheet(DETAIL_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.loading_label)
        layout.addLayout(self.groups_grid)
        layout.addWidget(self.targets_box)
        layout.addWidget(self.charts_row)
        layout.addWidget(self.updated_label)
        self.targets_box.hide()  # until the first snapshot says what the role may see

    @property
    def target_rows(self) -> dict[TargetKey, tuple[QLabel, FigureLink, QLabel]]:
        return self.targets_box.rows

    def figures(self) -> list[FigureLink]:
        """The modules' figures, group by group in registry order (the targets' are
        in `target_rows`); groups not on show come last."""
        keys = [*self._shown, *(key for key in self.tiles if key not in self._shown)]
        return [tile.figure for key in keys for tile in self.tiles[key].values()]

    def figure(self, name: str) -> FigureLink:
        """A module's figure by its object name ("entries_today"), once shown."""
        for figure in self.figures():
            if figure.objectName() == name:
                return figure
        raise KeyError(name)

    def shown_groups(self) -> list[str]:
        """The keys of the modules' groups on show ("gate", "repairs", "incidents"), in
        order: a box each, or a line of the Work plan box."""
        return list(self._shown)

    # -- reading ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def refresh(self) -> None:
        """Read a new snapshot in the background (not while one is being read, nor
        while nobody is signed in)."""
        actor = self._actor()
        if actor is None:
            return
        if self.busy:  # it may have begun before what changed: read once more after it
            self._again = True
            return
        dashboard, signals = self._services.dashboard, self._signals

        def read() -> None:
            try:
                result: object = dashboard.snapshot(actor)
                failed = False
            except Exception as exc:  # shown on the GUI thread
                result, failed = exc, True
            with contextlib.suppress(RuntimeError):  # the panel is gone: nobody to tell
                (signals.sig_error if failed else signals.sig_result).emit(result)

        self._thread = threading.Thread(target=read, name="dashboard", daemon=True)
        self._thread.start()

    def wait(self, seconds: float = JOIN_S) -> bool:
        """Wait for a snapshot being read; True when none is left running."""
        if self._thread is not None:
            self._thread.join(seconds)
        return not self.busy

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()
        if not self.window().isVisible():  # the window is closing: let the read finish
            self.wait()

    def _read_again_if_asked(self) -> None:
        """Off screen (or the window closing) it waits: showing reads anew anyway."""
        if self._again:
            self._again = False
            if self.isVisible():
                self.wait()  # the read that just reported is ending
                self.refresh()

    # -- showing ---------------------------------------------------------------------------
    def _link(self, view: ViewRequest | None) -> ViewRequest | None:
        return view if view is not None and self._can_open(view.tab) else None

    def _on_link(self, link: object) -> None:
        if isinstance(link, ViewRequest):
            self.sig_view_requested.emit(link.tab, link.view)

    @property
    def loaded(self) -> bool:
        """Whether a snapshot has been shown (or its read failed, as the panel says)."""
        return self.loading_label.isHidden()

    def _on_snapshot(self, snapshot: object) -> None:
        if not isinstance(snapshot, Dashboard):
            return
        self.loading_label.hide()
        made = False
        for group in snapshot.groups:
            made = self._show_group(group) or made
        shown = [group.key for group in snapshot.groups]
        compact = {group.key for group in snapshot.groups if group.compact}
        cells = _cells(shown, compact)
        if shown != self._shown:
            self._lay_out(cells)
            self._shown = shown
            made = True  # the boxes' order is Tab's
        for key, box in self.boxes.items():
            box.setVisible(key in cells)  # now, not queued: the panel may be on screen
        for key, line in self.lines.items():
            line.setVisible(key in compact)
        made = self.targets_box.show_targets(snapshot, self._link) or made
        made = self.charts_row.show_charts(snapshot.groups, self._link) or made
        if made:
            self._set_tab_order()
        self.updated_label.setText(
            self.tr("Updated {time}").format(time=f"{snapshot.as_of.astimezone():%H:%M}")
        )
        self.sig_figures_loaded.emit()
        self._read_again_if_asked()

    def _show_group(self, group: DashboardGroup) -> bool:
        """Show a module's figures, making its box and tiles the first time; True when
        something was made."""
        if group.compact:
            return self._show_line(group)
        box = self.boxes.get(group.key)
        made = box is None
        if box is None:
            box = QGroupBox(translate(group.title), self)
            box.setObjectName(f"{group.key}_box")
            self.boxes[group.key] = box
            self._rows[group.key] = QHBoxLayout(box)
            self.tiles[group.key] = {}
        row, tiles = self._rows[group.key], self.tiles[group.key]
        for figure in group.figures:
            tile = tiles.get(figure.name)
            if tile is None:
                tile = FigureTile(figure.name, translate(figure.label), translate(figure.tooltip))
                tile.figure.sig_link_activated.connect(self._on_link)
                row.addWidget(tile, 1)
                tiles[figure.name] = tile
                made = True
            tile.figure.show_figure(
                translate(figure.template).format(**figure.values),
                self._link(figure.view),
                emphasis=figure.emphasis,
                detail=translate(figure.detail).format(**figure.values),
            )
        names = {figure.name for figure in group.figures}
        for name, tile in tiles.items():  # a figure the module left out this time
            tile.setVisible(name in names)
        return made

    def _show_line(self, group: DashboardGroup) -> bool:
        """A compact group's line in the Work plan box: its title, then its figures
        (caption and figure, no detail); made the first time. True when made."""
        line = self.lines.get(group.key)
        made = line is None
        if line is None:
            line = QWidget(self.work_plan_box)
            line.setObjectName(f"{group.key}_line")
            row = QHBoxLayout(line)
            row.setContentsMargins(0, 0, 0, 0)
            self.lines[group.key] = line
            self._rows[group.key] = row
            self.tiles[group.key] = {}
            title = QLabel(translate(group.title))
            title.setObjectName(f"{group.key}_title")
            at = self._work_plan_lines.rowCount()
            self._work_plan_lines.addWidget(title, at, 0)
            self._work_plan_lines.addWidget(line, at, 1)
            self._line_titles[group.key] = title
        row, tiles = self._rows[group.key], self.tiles[group.key]
        for figure in group.figures:
            tile = tiles.get(figure.name)
            if tile is None:
                tile = CompactFigure(
                    figure.name, translate(figure.label), translate(figure.tooltip)
                )
                tile.figure.sig_link_activated.connect(self._on_link)
                row.insertWidget(len(tiles), tile)
                if len(tiles) == 0:
                    row.addStretch(1)
                tiles[figure.name] = tile
                made = True
            tile.figure.show_figure(
                translate(figure.template).format(**figure.values),
                self._link(figure.view),
                emphasis=figure.emphasis,
            )
        names = {figure.name for figure in group.figures}
        for name, tile in tiles.items():
            tile.setVisible(name in names)
        self._line_titles[group.key].setVisible(True)
        return made

    def _lay_out(self, cells: list[str]) -> None:
        """The boxes on show in registry order, two or three to a row; the Work plan
        box where its first register stands."""
        for box in self.boxes.values():
            self.groups_grid.removeWidget(box)
        columns = columns_for(len(cells))
        for index, key in enumerate(cells):
            row, column = divmod(index, columns)
            self.groups_grid.addWidget(self.boxes[key], row, column)
        self._cells = cells

    def _set_tab_order(self) -> None:
        """Tab goes from figure to figure, box by box, then along the targets, then to
        the charts, from where the dashboard stands in the window."""
        figures = [*self.figures(), *self.targets_box.figures()]
        links = [*(f.button for f in figures), *self.charts_row.charts()]
        for first, second in itertools.pairwise([self._tab_start, *links]):
            QWidget.setTabOrder(first, second)

    def _on_error(self, exc: object) -> None:
        # Not a dialog every minute: the line under the figures says it.
        if isinstance(exc, PropdeskError):
            reason = error_text(exc)
        else:
            log.error(
                "dashboard refresh failed", exc_info=exc if isinstance(exc, Exception) else None
            )
            reason = self.tr("unexpected error (see the log)")
        self.loading_label.hide()
        self.updated_label.setText(self.tr("Could not refresh: {reason}").format(reason=reason))
        self._read_again_if_asked()
