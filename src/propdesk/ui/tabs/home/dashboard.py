"""The home dashboard: today's gate traffic, visitors and vehicles inside now, open and
overdue repair tickets, and the service targets of the month so far, refreshed every
minute while it is on screen.

The snapshot is read on a plain thread (the "inside now" lists walk years of journal
on a big database) and comes back through a queued signal, so the gatehouse never
waits for it. A plain thread rather than ui.worker.Worker, like the daily retention:
it can be joined when the window closes. Parts the role may not see are hidden.

Each figure is a link to the list behind it (see links.py): `sig_view_requested` says
which tab and what it should show; the window decides which tabs may be opened
(`can_open`), and a figure it may not open is plain text.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from propdesk.domain.repairs.workflow import OPEN_STATES
from propdesk.domain.service_targets import Outcome, TargetKey, TargetResult, Unit
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.views import InsideNow, JournalDays
from propdesk.services.repairs.queries import TicketFilter
from propdesk.services.repairs.views import TicketList
from propdesk.services.reporting.dashboard import Dashboard
from propdesk.ui.dialogs import error_text
from propdesk.ui.tabs.home.links import GATE_TAB, REPAIRS_TAB, FigureLink, Link
from propdesk.ui.target_names import target_name

log = logging.getLogger(__name__)

REFRESH_MS = 60_000
JOIN_S = 10.0
OUTCOME_COLOURS = {Outcome.MET: "#1E7B34", Outcome.NOT_MET: "#B42318", Outcome.NO_DATA: "#6B7280"}


class _Signals(QObject):
    sig_result = Signal(object)
    sig_error = Signal(object)


class DashboardPanel(QWidget):
    # The tab's object name and what it should show (a links.View).
    sig_view_requested = Signal(str, object)

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

        self.entries = FigureLink("entries_today", self.tr("Show today's gate journal"))
        self.visitors = FigureLink("visitors_inside", self.tr("Show who is inside now"))
        self.vehicles = FigureLink("vehicles_inside", self.tr("Show who is inside now"))
        self.open_tickets = FigureLink("open_tickets", self.tr("Show the open repair tickets"))
        self.overdue_tickets = FigureLink(
            "overdue_tickets", self.tr("Show the tickets nobody has reached in time")
        )
        # The figures' plain text (shown when the role may not open the list behind).
        self.entries_label = self.entries.label
        self.visitors_label = self.visitors.label
        self.vehicles_label = self.vehicles.label
        self.open_label = self.open_tickets.label
        self.overdue_label = self.overdue_tickets.label
        self.gate_box = QGroupBox(self.tr("Gate today"))
        gate_form = QFormLayout(self.gate_box)
        gate_form.addRow(self.tr("Entries today:"), self.entries)
        gate_form.addRow(self.tr("Visitors inside now:"), self.visitors)
        gate_form.addRow(self.tr("Vehicles inside now:"), self.vehicles)
        self.repairs_box = QGroupBox(self.tr("Repair tickets"))
        repairs_form = QFormLayout(self.repairs_box)
        repairs_form.addRow(self.tr("Open:"), self.open_tickets)
        repairs_form.addRow(self.tr("Overdue arrival:"), self.overdue_tickets)
        for figure in self.figures():
            figure.sig_link_activated.connect(self._on_link)
        self.targets_box = QGroupBox()
        self.targets_grid = QGridLayout(self.targets_box)
        # Built at the first snapshot, then updated in place (a link keeps its focus).
        self.target_rows: dict[TargetKey, tuple[QLabel, FigureLink, QLabel]] = {}
        self.updated_label = QLabel()
        self.updated_label.setObjectName("dashboard_updated")
        row = QGridLayout()
        row.addWidget(self.gate_box, 0, 0)
        row.addWidget(self.repairs_box, 0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.targets_box)
        layout.addWidget(self.updated_label)
        for box in (self.gate_box, self.repairs_box, self.targets_box):
            box.hide()  # until the first snapshot says what the role may see

    def figures(self) -> list[FigureLink]:
        """The gate's and the repairs' figures (the targets' are in `target_rows`)."""
        return [self.entries, self.visitors, self.vehicles, self.open_tickets, self.overdue_tickets]

    def outcome_name(self, outcome: Outcome) -> str:
        return {
            Outcome.MET: self.tr("Met"),
            Outcome.NOT_MET: self.tr("Not met"),
            Outcome.NO_DATA: self.tr("No data"),
        }[outcome]

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
    def _link(self, tab: str, view: object) -> Link | None:
        return Link(tab, view) if self._can_open(tab) else None

    def _on_link(self, link: object) -> None:
        if isinstance(link, Link):
            self.sig_view_requested.emit(link.tab, link.view)

    def _on_snapshot(self, snapshot: object) -> None:
        if not isinstance(snapshot, Dashboard):
            return
        today = snapshot.today
        self.gate_box.setVisible(today is not None)
        if today is not None:
            day = snapshot.as_of.astimezone().date()  # the day the figures counted
            self.entries.show_figure(
                self.tr("{total} (residents {residents}, visitors {visitors}, vehicles "
                        "{vehicles})").format(
                    total=f"{today.entries:,}",
                    residents=f"{today.resident_entries:,}",
                    visitors=f"{today.visitors_in:,}",
                    vehicles=f"{today.vehicles_in:,}",
                ),
                self._link(GATE_TAB, JournalDays(day, day)),
            )  # fmt: skip
            inside = self._link(GATE_TAB, InsideNow())
            self.visitors.show_figure(f"{snapshot.visitors_inside or 0:,}", inside)
            self.vehicles.show_figure(f"{snapshot.vehicles_inside or 0:,}", inside)
        self.repairs_box.setVisible(snapshot.open_tickets is not None)
        self.open_tickets.show_figure(
            f"{snapshot.open_tickets or 0:,}",
            self._link(REPAIRS_TAB, TicketList(TicketFilter(states=OPEN_STATES))),
        )
        overdue = snapshot.overdue_tickets or 0
        self.overdue_tickets.show_figure(
            f"{overdue:,}",
            self._link(
                REPAIRS_TAB, TicketList(TicketFilter(states=OPEN_STATES, overdue_only=True))
            ),
            emphasis=bool(overdue),
        )
        self._show_targets(snapshot)
        self.updated_label.setText(
            self.tr("Updated {time}").format(time=f"{snapshot.as_of.astimezone():%H:%M}")
        )
        self._read_again_if_asked()

    def _show_targets(self, snapshot: Dashboard) -> None:
        self.targets_box.setVisible(snapshot.targets is not None)
        if snapshot.targets is None:
            return
        self.targets_box.setTitle(
            self.tr("Service targets, {month} so far").format(month=snapshot.month.label)
        )
        month = snapshot.month
        for row, result in enumerate(snapshot.targets):
            _name, figure, outcome = self._target_row(row, result.key)
            link = None
            if result.key is TargetKey.REPAIR_ARRIVAL:  # the month's tickets behind it
                month_tickets = TicketFilter(date_from=month.first, date_to=month.last)
                link = self._link(REPAIRS_TAB, TicketList(month_tickets))
            figure.show_figure(self._actual(result), link)
            outcome.setText(self.outcome_name(result.outcome))
            outcome.setStyleSheet(f"color: {OUTCOME_COLOURS[result.outcome]};")
        self.targets_grid.setColumnStretch(0, 1)

    def _target_row(self, row: int, key: TargetKey) -> tuple[QLabel, FigureLink, QLabel]:
        found = self.target_rows.get(key)
        if found is None:
            tooltip = self.tr("Show this month's repair tickets")
            figure = FigureLink(
                f"figure_{key.value}", tooltip if key is TargetKey.REPAIR_ARRIVAL else ""
            )
            figure.sig_link_activated.connect(self._on_link)
            outcome = QLabel()
            outcome.setObjectName(f"target_{key.value}")
            found = (QLabel(target_name(key)), figure, outcome)
            for column, widget in enumerate(found):
                self.targets_grid.addWidget(widget, row, column)
                widget.show()  # now, not queued: the box may be on screen already
            # Tab goes on from the figures above, not from what was made before.
            above = [self.overdue_tickets, *(f for _n, f, _o in self.target_rows.values())]
            QWidget.setTabOrder(above[-1].button, figure.button)
            self.target_rows[key] = found
        return found

    def _actual(self, result: TargetResult) -> str:
        if result.actual is None:
            return "—"
        if result.unit is Unit.PERCENT:
            return f"{result.actual:.1f}%"
        return f"{int(result.actual):,}"

    def _on_error(self, exc: object) -> None:
        # Not a dialog every minute: the line under the figures says it.
        if isinstance(exc, PropdeskError):
            reason = error_text(exc)
        else:
            log.error(
                "dashboard refresh failed", exc_info=exc if isinstance(exc, Exception) else None
            )
            reason = self.tr("unexpected error (see the log)")
        self.updated_label.setText(self.tr("Could not refresh: {reason}").format(reason=reason))
        self._read_again_if_asked()
