"""A module's small bar chart on the dashboard (services.core.module_spec.
DashboardChart): one bar per hour or day, its series stacked in the legend's colours,
each bar's total above it where it fits, drawn with QPainter.

Like a figure it is a link, for the keyboard too: Tab reaches it, Left and Right
choose a bar (its counts show as a tooltip, as they do under the mouse), Enter or
Space opens the chosen bar's list (or the chart's when none is chosen), as a click on
a bar does (the keys, the shading and the focus frame: ui.widgets.slot_chart, as
the complaints' analysis chart). A chart whose list the role may not open is a
picture only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPoint,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from propdesk.services.core.module_spec import ChartCategory, DashboardChart, ViewRequest
from propdesk.ui.tabs.home.texts import translate
from propdesk.ui.widgets.slot_chart import SlotChart

# The series' colours in order (residents, visitors, vehicles …): apart for the
# colour-blind too (blue, orange, teal), then two more for a module with more.
SERIES_COLOURS = ("#2563EB", "#EA8C00", "#0F9488", "#9333EA", "#DC2626")
BAR_SHARE = 0.7  # of a bar's slot; the rest is the gap between bars
PADDING = 6
LEGEND_SWATCH = 10


def axis_text(category: ChartCategory) -> str:
    """Under a bar: an hour as its number ("8"), a day as 12/5 周六, a text as is."""
    if isinstance(category, time):
        return str(category.hour)
    if isinstance(category, date):
        return QLocale().toString(QDate(category.year, category.month, category.day), "M/d ddd")
    return category


def long_text(category: ChartCategory) -> str:
    """In a bar's tooltip: 08:00, 2026-12-05 周六, a text as is."""
    if isinstance(category, time):
        return f"{category:%H:%M}"
    if isinstance(category, date):
        return QLocale().toString(
            QDate(category.year, category.month, category.day), "yyyy-MM-dd ddd"
        )
    return category


class BarChart(SlotChart):
    sig_link_activated = Signal(object)  # a ViewRequest

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumSize(240, 130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.chart: DashboardChart | None = None
        self.views: list[ViewRequest | None] = []  # each bar's link the window may open
        self.view: ViewRequest | None = None  # the chart's own

    def sizeHint(self) -> QSize:
        return QSize(480, 160)  # the minimum's 130 when the screen is short

    # -- what it shows -------------------------------------------------------------------
    def show_chart(
        self, chart: DashboardChart, link: Callable[[ViewRequest | None], ViewRequest | None]
    ) -> None:
        """Draw `chart`; `link` keeps the views the window may open."""
        self.chart = chart
        self.view = link(chart.view)
        self.views = [link(chart.view_of(bar)) for bar in range(len(chart.categories))]
        if self.chosen is not None and self.chosen >= len(chart.categories):
            self.chosen = None
        linked = self.view is not None or any(self.views)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if linked else Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor if linked else Qt.CursorShape.ArrowCursor)
        tooltip = translate(chart.tooltip) if linked else ""
        self.setToolTip(tooltip)
        self.setAccessibleName(translate(chart.title))
        self.setAccessibleDescription(tooltip)
        self.update()

    def bar_text(self, bar: int) -> str:
        """A bar's counts, one a line: its hour or day, the total, each series."""
        chart = self.chart
        if chart is None:
            return ""
        named = QCoreApplication.translate("DashboardPanel", "{name}: {value}")
        total = QCoreApplication.translate("DashboardPanel", "Total")
        lines = [
            long_text(chart.categories[bar]),
            named.format(name=total, value=f"{chart.total(bar):,}"),
            *(
                named.format(name=translate(s.label), value=f"{s.values[bar]:,}")
                for s in chart.series
            ),
        ]
        return "\n".join(lines)

    def link_of(self, bar: int | None) -> ViewRequest | None:
        """Where a click on `bar` (None: beside the bars) leads, if anywhere."""
        if bar is not None and self.views[bar] is not None:
            return self.views[bar]
        return self.view

    # -- geometry ------------------------------------------------------------------------
    def _plot(self) -> QRectF:
        """The bars' area: under the legend, over the axis' texts, right of the scale."""
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        left = PADDING + metrics.horizontalAdvance(self._scale_text()) + 4
        top = PADDING + line + 4 + line  # the legend, then room for the totals
        return QRectF(
            left,
            top,
            max(1.0, self.width() - left - PADDING),
            max(1.0, self.height() - top - line - PADDING - 2),
        )

    def _slot(self) -> float:
        bars = len(self.chart.categories) if self.chart else 0
        return self._plot().width() / bars if bars else 0.0

    def _scale(self) -> int:
        """The value of the top of the plot: the highest bar, at least 1."""
        chart = self.chart
        if chart is None or not chart.categories:
            return 1
        return max(1, *(chart.total(bar) for bar in range(len(chart.categories))))

    def _scale_text(self) -> str:
        return f"{self._scale():,}"

    def bar_at(self, point: QPoint) -> int | None:
        """The bar under `point`: over its slot, from its total above to its text under
        it (not the legend)."""
        plot, slot = self._plot(), self._slot()
        line = QFontMetrics(self.font()).height()
        if not slot or not plot.left() <= point.x() < plot.right():
            return None
        if not plot.top() - line <= point.y() <= plot.bottom() + line:
            return None
        return int((point.x() - plot.left()) // slot)

    def bar_rect(self, bar: int) -> QRectF:
        """The slot of `bar`, the plot's full height (where it is hovered and chosen)."""
        plot, slot = self._plot(), self._slot()
        return QRectF(plot.left() + bar * slot, plot.top(), slot, plot.height())

    # -- the slots (SlotChart) -----------------------------------------------------------
    def slot_count(self) -> int:
        return len(self.chart.categories) if self.chart else 0

    def slot_at(self, point: QPoint) -> int | None:
        return self.bar_at(point)

    def slot_area(self, index: int) -> QRectF:
        return self.bar_rect(index)

    def slot_tip(self, index: int) -> str:
        return self._tip(index)

    def activate_chosen(self) -> None:
        self._open(self.link_of(self.chosen))

    # -- drawing -------------------------------------------------------------------------
    def paint_chart(self, painter: QPainter) -> None:
        if self.chart is not None:
            self._draw_legend(painter, self.chart)
            self._draw_bars(painter, self.chart)

    def _draw_legend(self, painter: QPainter, chart: DashboardChart) -> None:
        metrics = QFontMetrics(self.font())
        x, y = float(PADDING), float(PADDING)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        for index, series in enumerate(chart.series):
            colour = QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])
            swatch_top = y + (metrics.height() - LEGEND_SWATCH) / 2
            painter.fillRect(QRectF(x, swatch_top, LEGEND_SWATCH, LEGEND_SWATCH), colour)
            x += LEGEND_SWATCH + 4
            label = translate(series.label)
            painter.setPen(text_colour)
            painter.drawText(QPoint(int(x), int(y + metrics.ascent())), label)
            x += metrics.horizontalAdvance(label) + 14

    def _draw_bars(self, painter: QPainter, chart: DashboardChart) -> None:
        metrics = QFontMetrics(self.font())
        plot, slot, scale = self._plot(), self._slot(), self._scale()
        palette = self.palette()
        faint = palette.color(QPalette.ColorRole.Mid)
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        # The scale: the top's value beside a faint line, the base line under the bars.
        painter.setPen(faint)
        painter.drawLine(int(plot.left()), int(plot.top()), int(plot.right()), int(plot.top()))
        painter.drawLine(
            int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom())
        )
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QPoint(PADDING, int(plot.top() + metrics.ascent() / 2)), self._scale_text()
        )
        bar_width = max(1.0, slot * BAR_SHARE)
        every = self._label_step(metrics, slot)
        for bar in range(len(chart.categories)):
            left = plot.left() + bar * slot + (slot - bar_width) / 2
            self.shade_if_marked(painter, bar)
            bottom = plot.bottom()
            for index, series in enumerate(chart.series):
                height = plot.height() * series.values[bar] / scale
                colour = QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])
                painter.fillRect(QRectF(left, bottom - height, bar_width, height), colour)
                bottom -= height
            total = chart.total(bar)
            painter.setPen(text_colour)
            shown = f"{total:,}"
            if total and metrics.horizontalAdvance(shown) <= slot:
                self._centred(painter, shown, left + bar_width / 2, bottom - metrics.descent() - 1)
            if bar % every == 0:
                self._centred(
                    painter,
                    axis_text(chart.categories[bar]),
                    left + bar_width / 2,
                    plot.bottom() + 2 + metrics.ascent(),
                )

    def _label_step(self, metrics: QFontMetrics, slot: float) -> int:
        """Every how many bars a category is written, so the texts do not touch."""
        if self.chart is None or not slot:
            return 1
        widest = max(
            (metrics.horizontalAdvance(axis_text(c)) for c in self.chart.categories), default=0
        )
        step = 1
        while widest + 6 > slot * step:
            step += 1
        return step

    def _centred(self, painter: QPainter, text: str, x: float, baseline: float) -> None:
        width = QFontMetrics(self.font()).horizontalAdvance(text)
        painter.drawText(QPoint(int(x - width / 2), int(baseline)), text)

    # -- the mouse and the keyboard ------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos())
            if bar is not None:
                QToolTip.showText(event.globalPos(), self._tip(bar), self)
                return True
        return super().event(event)

    def _tip(self, bar: int) -> str:
        leads = self.toolTip()
        return self.bar_text(bar) + (f"\n\n{leads}" if leads else "")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self._open(self.link_of(self.bar_at(event.position().toPoint())))
            return
        super().mouseReleaseEvent(event)

    def _open(self, view: ViewRequest | None) -> None:
        if view is not None:
            self.sig_link_activated.emit(view)
