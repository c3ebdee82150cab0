"""The home dashboard: today's gate traffic, visitors and vehicles inside now, open and
overdue repair tickets, and the service targets of the month so far, refreshed every
minute while it is on screen.

The snapshot is read on a plain thread (the "inside now" lists walk years of journal
on a big database) and comes back through a queued signal, so the gatehouse never
waits for it. A plain thread rather than ui.worker.Worker, like the daily retention:
it can be joined when the window closes. Parts the role may not see are hidden.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from propdesk.domain.service_targets import Outcome, TargetKey, TargetResult, Unit
from propdesk.errors import PropdeskError
from propdesk.services.actor import Actor
from propdesk.services.bootstrap import Services
from propdesk.services.dashboard_service import Dashboard
from propdesk.ui.dialogs import error_text

log = logging.getLogger(__name__)

REFRESH_MS = 60_000
JOIN_S = 10.0
OUTCOME_COLOURS = {Outcome.MET: "#1E7B34", Outcome.NOT_MET: "#B42318", Outcome.NO_DATA: "#6B7280"}


class _Signals(QObject):
    sig_result = Signal(object)
    sig_error = Signal(object)


class DashboardPanel(QWidget):
    def __init__(
        self,
        services: Services,
        actor: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("home_dashboard")
        self._services = services
        self._actor = actor
        self._thread: threading.Thread | None = None
        self._signals = _Signals(self)
        self._signals.sig_result.connect(self._on_snapshot)
        self._signals.sig_error.connect(self._on_error)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

        self.entries_label = QLabel()
        self.visitors_label = QLabel()
        self.vehicles_label = QLabel()
        self.open_label = QLabel()
        self.overdue_label = QLabel()
        self.gate_box = QGroupBox(self.tr("Gate today"))
        gate_form = QFormLayout(self.gate_box)
        gate_form.addRow(self.tr("Entries today:"), self.entries_label)
        gate_form.addRow(self.tr("Visitors inside now:"), self.visitors_label)
        gate_form.addRow(self.tr("Vehicles inside now:"), self.vehicles_label)
        self.repairs_box = QGroupBox(self.tr("Repair tickets"))
        repairs_form = QFormLayout(self.repairs_box)
        repairs_form.addRow(self.tr("Open:"), self.open_label)
        repairs_form.addRow(self.tr("Overdue arrival:"), self.overdue_label)
        self.targets_box = QGroupBox()
        self.targets_grid = QGridLayout(self.targets_box)
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

    def target_name(self, key: TargetKey) -> str:
        return {
            TargetKey.SAFETY_INCIDENTS: self.tr("Safety incidents"),
            TargetKey.FIRE_EQUIPMENT: self.tr("Fire equipment intact"),
            TargetKey.HYGIENE: self.tr("Cleaning compliance"),
            TargetKey.GREENING: self.tr("Greening compliance"),
            TargetKey.SATISFACTION: self.tr("Owner satisfaction"),
            TargetKey.SURVEYS: self.tr("Satisfaction surveys"),
            TargetKey.COMMUNITY_EVENTS: self.tr("Community events"),
            TargetKey.PATROLS: self.tr("Patrols on schedule"),
            TargetKey.REPAIR_ARRIVAL: self.tr("Repairs reached in time"),
            TargetKey.COMPLAINTS_IN_TIME: self.tr("Complaints answered in time"),
        }[key]

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
        if actor is None or self.busy:
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

    # -- showing ---------------------------------------------------------------------------
    def _on_snapshot(self, snapshot: object) -> None:
        if not isinstance(snapshot, Dashboard):
            return
        today = snapshot.today
        self.gate_box.setVisible(today is not None)
        if today is not None:
            self.entries_label.setText(
                self.tr("{total} (residents {residents}, visitors {visitors}, vehicles "
                        "{vehicles})").format(
                    total=f"{today.entries:,}",
                    residents=f"{today.resident_entries:,}",
                    visitors=f"{today.visitors_in:,}",
                    vehicles=f"{today.vehicles_in:,}",
                )
            )  # fmt: skip
            self.visitors_label.setText(f"{snapshot.visitors_inside or 0:,}")
            self.vehicles_label.setText(f"{snapshot.vehicles_inside or 0:,}")
        self.repairs_box.setVisible(snapshot.open_tickets is not None)
        self.open_label.setText(f"{snapshot.open_tickets or 0:,}")
        overdue = snapshot.overdue_tickets or 0
        self.overdue_label.setText(f"{overdue:,}")
        self.overdue_label.setStyleSheet("color: #B42318; font-weight: bold;" if overdue else "")
        self._show_targets(snapshot)
        self.updated_label.setText(
            self.tr("Updated {time}").format(time=f"{snapshot.as_of.astimezone():%H:%M}")
        )

    def _show_targets(self, snapshot: Dashboard) -> None:
        self.targets_box.setVisible(snapshot.targets is not None)
        while self.targets_grid.count():
            item = self.targets_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if snapshot.targets is None:
            return
        self.targets_box.setTitle(
            self.tr("Service targets, {month} so far").format(month=snapshot.month.label)
        )
        for row, result in enumerate(snapshot.targets):
            outcome = QLabel(self.outcome_name(result.outcome))
            outcome.setStyleSheet(f"color: {OUTCOME_COLOURS[result.outcome]};")
            outcome.setObjectName(f"target_{result.key.value}")
            self.targets_grid.addWidget(QLabel(self.target_name(result.key)), row, 0)
            self.targets_grid.addWidget(QLabel(self._actual(result)), row, 1)
            self.targets_grid.addWidget(outcome, row, 2)
        self.targets_grid.setColumnStretch(0, 1)

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
