"""The dashboard's service targets of the month so far: one tile per target (its name,
its figure with the target value beside it, "87.0%  Target ≥ 90%", and whether it is met),
the figure a link where a module says what lies behind it (ModuleSpec.target_links:
the repair-arrival target, the month's tickets).

The figure and the target value are written as the monthly report writes them
(reports.monthly.formatting), so the screen and the paper agree. Its texts keep the
translation context of the dashboard ("DashboardPanel").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from propdesk.domain.service_targets import Outcome, TargetKey, TargetResult, Unit
from propdesk.reports.monthly.formatting import number_text, percent_text, threshold_text
from propdesk.services.core.module_spec import ViewRequest
from propdesk.services.reporting.dashboard import Dashboard
from propdesk.ui.i18n import ui_language
from propdesk.ui.tabs.home.links import FigureLink
from propdesk.ui.tabs.home.tiles import TargetTile
from propdesk.ui.target_names import target_name

OUTCOME_COLOURS = {Outcome.MET: "#1E7B34", Outcome.NOT_MET: "#B42318", Outcome.NO_DATA: "#6B7280"}
TILES_IN_A_ROW = 5  # ten targets: two rows


translate = QCoreApplication.translate


def outcome_name(outcome: Outcome) -> str:
    return {
        Outcome.MET: translate("DashboardPanel", "Met"),
        Outcome.NOT_MET: translate("DashboardPanel", "Not met"),
        Outcome.NO_DATA: translate("DashboardPanel", "No data"),
    }[outcome]


def actual_text(result: TargetResult, lang: str) -> str:
    """87.0% or 2 (its unit is in the target value beside it), "—" without data."""
    if result.actual is None:
        return "—"
    if result.unit is Unit.PERCENT:
        return percent_text(result.actual, lang)
    return number_text(result.actual)


def target_value_text(result: TargetResult, lang: str) -> str:
    """ "Target ≥ 90%", "Target ≤ 0 a year": what the figure is judged against."""
    return translate("DashboardPanel", "Target {value}").format(value=threshold_text(result, lang))


class TargetsBox(QGroupBox):
    sig_link_activated = Signal(object)  # a figure's ViewRequest

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targets_box")
        self.grid = QGridLayout(self)
        # Built at the first snapshot, then updated in place (a link keeps its focus).
        self.tiles: dict[TargetKey, TargetTile] = {}
        # Each target's name, figure and outcome (the same dict as tiles are made).
        self.rows: dict[TargetKey, tuple[QLabel, FigureLink, QLabel]] = {}
        for column in range(TILES_IN_A_ROW):
            self.grid.setColumnStretch(column, 1)

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
        lang = ui_language()
        for place, result in enumerate(snapshot.targets):
            tile = self.tiles.get(result.key)
            if tile is None:
                tile = self._add_tile(place, snapshot, result.key)
                made = True
            tile.figure.show_figure(
                actual_text(result, lang), link(snapshot.target_view(result.key))
            )
            tile.threshold.setText(target_value_text(result, lang))
            colour = OUTCOME_COLOURS[result.outcome]
            tile.outcome.setText(outcome_name(result.outcome))
            tile.outcome.setStyleSheet(f"color: {colour};")
            tile.set_stripe(colour)
        return made

    def _add_tile(self, place: int, snapshot: Dashboard, key: TargetKey) -> TargetTile:
        leads_to = snapshot.target_links.get(key)
        tooltip = translate("DashboardPanel", leads_to.tooltip) if leads_to else ""
        tile = TargetTile(key.value, target_name(key), tooltip)
        tile.figure.sig_link_activated.connect(self.sig_link_activated)
        row, column = divmod(place, TILES_IN_A_ROW)
        self.grid.addWidget(tile, row, column)
        tile.show()  # now, not queued: the box may be on screen already
        self.tiles[key] = tile
        self.rows[key] = (tile.caption, tile.figure, tile.outcome)
        return tile
