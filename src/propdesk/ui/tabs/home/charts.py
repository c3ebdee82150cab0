"""The dashboard's row of charts: each module's charts (today's gate entries by hour,
the last seven days …) in a titled box, in the registry's order, side by side.

A chart box is made at the first snapshot that has it, then redrawn in place (it
keeps its focus and its chosen bar); the charts of a box the role may not see now
are hidden with it. The texts keep the dashboard's translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from propdesk.services.core.module_spec import DashboardGroup, ViewRequest
from propdesk.ui.tabs.home.bar_chart import BarChart
from propdesk.ui.tabs.home.texts import translate


class ChartsRow(QWidget):
    sig_link_activated = Signal(object)  # a chart's ViewRequest

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard_charts")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QGroupBox] = {}  # by chart name
        self._charts: dict[str, BarChart] = {}
        self._shown: list[str] = []  # the charts laid out, in order

    def charts(self) -> list[BarChart]:
        """The charts on show, in order (the Tab order's)."""
        return [self._charts[name] for name in self._shown]

    def chart(self, name: str) -> BarChart:
        return self._charts[name]

    def show_charts(
        self,
        groups: Sequence[DashboardGroup],
        link: Callable[[ViewRequest | None], ViewRequest | None],
    ) -> bool:
        """Draw the groups' charts; True when the charts on show changed (their place
        in the Tab order is to be set)."""
        shown: list[str] = []
        for group in groups:
            for chart in group.charts:
                if chart.name not in self._charts:
                    self._make(chart.name)
                self.boxes[chart.name].setTitle(translate(chart.title))
                self._charts[chart.name].show_chart(chart, link)
                shown.append(chart.name)
        changed = shown != self._shown
        if changed:
            for box in self.boxes.values():
                self.row.removeWidget(box)
            for name in shown:
                self.row.addWidget(self.boxes[name], 1)
            self._shown = shown
        for name, box in self.boxes.items():
            box.setVisible(name in shown)  # now, not queued: the row may be on screen
        self.setVisible(bool(shown))
        return changed

    def _make(self, name: str) -> None:
        box = QGroupBox(self)
        box.setObjectName(f"{name}_box")
        chart = BarChart(name, box)
        chart.sig_link_activated.connect(self.sig_link_activated)
        column = QVBoxLayout(box)
        column.setContentsMargins(6, 4, 6, 6)
        column.addWidget(chart)
        self.boxes[name] = box
        self._charts[name] = chart
