"""The dashboard's service targets of the month so far: one row per target (its name,
its figure and whether it is met), the figure a link where a module says what lies
behind it (ModuleSpec.target_links: the repair-arrival target, the month's tickets).

Its texts keep the translation context of the dashboard ("DashboardPanel").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from propdesk.domain.service_targets import Outcome, TargetKey, TargetResult, Unit
from propdesk.services.core.module_spec import ViewRequest
from propdesk.services.reporting.dashboard import Dashboard
from propdesk.ui.tabs.home.links import FigureLink
from propdesk.ui.target_names import target_name

OUTCOME_COLOURS = {Outcome.MET: "#1E7B34", Outcome.NOT_MET: "#B42318", Outcome.NO_DATA: "#6B7280"}


translate = QCoreApplication.translate


def outcome_name(outcome: Outcome) -> str:
    return {
        Outcome.MET: translate("DashboardPanel", "Met"),
        Outcome.NOT_MET: translate("DashboardPanel", "Not met"),
        Outcome.NO_DATA: translate("DashboardPanel", "No data"),
    }[outcome]


def actual_text(result: TargetResult) -> str:
    if result.actual is None:
        return "—"
    if result.unit is Unit.PERCENT:
        return f"{result.actual:.1f}%"
    return f"{int(result.actual):,}"


class TargetsBox(QGroupBox):
    sig_link_activated = Signal(object)  # a figure's ViewRequest

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targets_box")
        self.grid = QGridLayout(self)
        # Built at the first snapshot, then updated in place (a link keeps its focus).
        self.rows: dict[TargetKey, tuple[QLabel, FigureLink, QLabel]] = {}

    def figures(self) -> list[FigureLink]:
        return [figure for _name, figure, _outcome in self.rows.values()]

    def show_targets(
        self, snapshot: Dashboard, link: Callable[[ViewRequest | None], ViewRequest | None]
    ) -> bool:
        """Show the month's targets (`link` keeps the views the window may open);
        True when rows were made, whose place in the Tab order is to be set."""
        self.setVisible(snapshot.targets is not None)
        if snapshot.targets is None:
            return False
        self.setTitle(
            translate("DashboardPanel", "Service targets, {month} so far").format(
                month=snapshot.month.label
            )
        )
        made = False
        for row, result in enumerate(snapshot.targets):
            if result.key not in self.rows:
                self._add_row(row, snapshot, result.key)
                made = True
            _name, figure, outcome = self.rows[result.key]
            figure.show_figure(actual_text(result), link(snapshot.target_view(result.key)))
            outcome.setText(outcome_name(result.outcome))
            outcome.setStyleSheet(f"color: {OUTCOME_COLOURS[result.outcome]};")
        self.grid.setColumnStretch(0, 1)
        return made

    def _add_row(self, row: int, snapshot: Dashboard, key: TargetKey) -> None:
        leads_to = snapshot.target_links.get(key)
        figure = FigureLink(
            f"figure_{key.value}", translate("DashboardPanel", leads_to.tooltip) if leads_to else ""
        )
        figure.sig_link_activated.connect(self.sig_link_activated)
        outcome = QLabel()
        outcome.setObjectName(f"target_{key.value}")
        cells = (QLabel(target_name(key)), figure, outcome)
        for column, widget in enumerate(cells):
            self.grid.addWidget(widget, row, column)
            widget.show()  # now, not queued: the box may be on screen already
        self.rows[key] = cells
