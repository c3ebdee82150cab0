"""An analysis chart (domain.complaints.analysis.AnalysisChart) drawn with QPainter:
the same definition the PDF draws, so the window and the paper agree.

Categories run along the bottom. Bar series count on the left axis and stand on one
another in the series' order (the monthly chart's "late or overdue" on the rest); line
series are shares on the right axis, 0–100 %, their points joined in category order
(a None leaves a gap). Each category's total stands above its bar where it fits.

Like the dashboard's bar chart it is a link, for the keyboard too: Tab reaches it,
Left and Right choose a category (its figures show as a tooltip, as under the mouse),
Enter or Space opens the chosen category (`bar_activated`), as a click on it does
(both charts' keys, shading and focus frame: ui.widgets.slot_chart).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from propdesk.domain.complaints.analysis import AnalysisChart, AnalysisSeries, Axis, Mark
from propdesk.domain.complaints.kinds import ComplaintCategory
from propdesk.ui.widgets.slot_chart import SlotChart

# The chart's texts are marked in the domain with QT_TRANSLATE_NOOP("ComplaintAnalysis", …).
CONTEXT = "ComplaintAnalysis"
BAR_SHARE = 0.6  # of a category's slot; the rest is the gap between bars
PADDING = 6
LEGEND_SWATCH = 10
POINT_RADIUS = 3.0
LABEL_LINES = 2  # a category's name may wrap once ("Staff conduct")
SHARE_TICKS = (0.0, 0.25, 0.5, 0.75, 1.0)

Category = ComplaintCategory | date


def chart_text(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def nice_top(highest: float) -> tuple[float, float]:
    """The count axis' top and its step: 1, 2 or 5 times a power of ten, at most five
    steps, the top at or over `highest` (at least 1)."""
    highest = max(1.0, highest)
    raw = highest / 5
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(1, step)
    return step * math.ceil(highest / step), float(step)


def percent_text(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


class AnalysisChartView(SlotChart):
    # The index of the category clicked, or chosen and opened with Enter.
    bar_activated = Signal(int)

    def __init__(
        self,
        name: str,
        category_text: Callable[[Category], str],
        parent: QWidget | None = None,
    ) -> None:
        """`category_text` names a category under its bar (a complaint category by its
        name, a month as the drawer wishes)."""
        super().__init__(parent)
        self.setObjectName(name)
        self._category_text = category_text
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chart: AnalysisChart | None = None
        self.linked = False

    def sizeHint(self) -> QSize:
        return QSize(520, 280)

    # -- what it shows -------------------------------------------------------------------
    def show_chart(self, chart: AnalysisChart, *, linked: bool = True) -> None:
        """Draw `chart`; `linked`: a click on a category opens its records."""
        self.chart = chart
        self.linked = linked
        if self.chosen is not None and self.chosen >= len(chart.categories):
            self.chosen = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if linked else Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor if linked else Qt.CursorShape.ArrowCursor)
        self.setAccessibleName(chart_text(chart.title))
        self.update()

    def bar_series(self) -> list[AnalysisSeries]:
        return [s for s in self.chart.series if s.mark is Mark.BARS] if self.chart else []

    def line_series(self) -> list[AnalysisSeries]:
        return [s for s in self.chart.series if s.mark is Mark.LINE] if self.chart else []

    def total(self, index: int) -> float:
        """The height of a category's bar: its bar series one on another."""
        return sum(s.values[index] or 0.0 for s in self.bar_series() if s.axis is Axis.COUNT)

    def bars_drawn(self) -> int:
        """How many categories have a bar above zero (what a test counts)."""
        count = len(self.chart.categories) if self.chart else 0
        return sum(1 for index in range(count) if self.total(index) > 0)

    def category_tip(self, index: int) -> str:
        """A category's figures, one a line: its name, then each series."""
        chart = self.chart
        if chart is None:
            return ""
        named = QCoreApplication.translate("AnalysisChart", "{name}: {value}")
        lines = [self._category_text(chart.categories[index]).replace("\n", " ")]
        for series in chart.series:
            value = series.values[index]
            shown = percent_text(value) if series.axis is Axis.SHARE else f"{int(value or 0):,}"
            lines.append(named.format(name=chart_text(series.label), value=shown))
        if self.linked:
            lines.append("")
            lines.append(
                QCoreApplication.translate("AnalysisChart", "Click or press Enter: the complaints")
            )
        return "\n".join(lines)

    # -- geometry ------------------------------------------------------------------------
    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _count_top(self) -> tuple[float, float]:
        count = len(self.chart.categories) if self.chart else 0
        return nice_top(max((self.total(i) for i in range(count)), default=0.0))

    def plot_rect(self) -> QRectF:
        """The bars' area: under the title and the legend, over the categories' names,
        between the count scale (left) and the share scale (right)."""
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        top_value, _step = self._count_top()
        left = PADDING + metrics.horizontalAdvance(f"{int(top_value):,}") + 6
        right = PADDING + (metrics.horizontalAdvance("100%") + 6 if self.line_series() else 0)
        top = PADDING + QFontMetrics(self._title_font()).height() + 4 + line + 6 + line
        bottom = PADDING + LABEL_LINES * line + 4
        return QRectF(
            left,
            top,
            max(1.0, self.width() - left - right),
            max(1.0, self.height() - top - bottom),
        )

    def _slot(self) -> float:
        count = len(self.chart.categories) if self.chart else 0
        return self.plot_rect().width() / count if count else 0.0

    def slot_rect(self, index: int) -> QRectF:
        plot, slot = self.plot_rect(), self._slot()
        return QRectF(plot.left() + index * slot, plot.top(), slot, plot.height())

    def bar_rect(self, index: int) -> QRectF:
        """The whole stacked bar of a category (empty when it has none)."""
        plot, slot = self.plot_rect(), self._slot()
        top_value, _step = self._count_top()
        width = max(1.0, slot * BAR_SHARE)
        height = plot.height() * self.total(index) / top_value
        left = plot.left() + index * slot + (slot - width) / 2
        return QRectF(left, plot.bottom() - height, width, height)

    def category_at(self, point: QPoint) -> int | None:
        """The category whose slot is under `point`, from the plot's top to its names."""
        plot, slot = self.plot_rect(), self._slot()
        line = QFontMetrics(self.font()).height()
        if self.chart is None or not slot or not plot.left() <= point.x() < plot.right():
            return None
        if not plot.top() - line <= point.y() <= plot.bottom() + LABEL_LINES * line + 4:
            return None
        return min(int((point.x() - plot.left()) // slot), len(self.chart.categories) - 1)

    # -- the slots (SlotChart) -----------------------------------------------------------
    def slot_count(self) -> int:
        return len(self.chart.categories) if self.chart else 0

    def slot_at(self, point: QPoint) -> int | None:
        return self.category_at(point)

    def slot_area(self, index: int) -> QRectF:
        return self.slot_rect(index)

    def slot_tip(self, index: int) -> str:
        return self.category_tip(index)

    def activate_chosen(self) -> None:
        if self.chosen is not None and self.linked:
            self.bar_activated.emit(self.chosen)

    # -- drawing -------------------------------------------------------------------------
    def paint_chart(self, painter: QPainter) -> None:
        if self.chart is not None:
            self._draw_title_and_legend(painter, self.chart)
            self._draw_axes(painter)
            self._draw_bars(painter, self.chart)
            self._draw_lines(painter)
            self._draw_totals(painter, self.chart)
            self._draw_names(painter, self.chart)

    def _draw_title_and_legend(self, painter: QPainter, chart: AnalysisChart) -> None:
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        title_font = self._title_font()
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title_metrics = QFontMetrics(title_font)
        painter.drawText(QPoint(PADDING, PADDING + title_metrics.ascent()), chart_text(chart.title))
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        x = float(PADDING)
        y = float(PADDING + title_metrics.height() + 4)
        for series in chart.series:
            colour = QColor(series.colour)
            middle = y + metrics.height() / 2
            if series.mark is Mark.BARS:
                painter.fillRect(
                    QRectF(x, middle - LEGEND_SWATCH / 2, LEGEND_SWATCH, LEGEND_SWATCH), colour
                )
            else:
                painter.setPen(QPen(colour, 2))
                painter.drawLine(QPointF(x - 2, middle), QPointF(x + LEGEND_SWATCH + 2, middle))
                painter.setBrush(colour)
                painter.drawEllipse(QPointF(x + LEGEND_SWATCH / 2, middle), 2.5, 2.5)
            x += LEGEND_SWATCH + 5
            label = chart_text(series.label)
            if series.axis is Axis.SHARE:
                label = QCoreApplication.translate("AnalysisChart", "{label} (right, %)").format(
                    label=label
                )
            painter.setPen(text_colour)
            painter.drawText(QPoint(int(x), int(y + metrics.ascent())), label)
            x += metrics.horizontalAdvance(label) + 16

    def _draw_axes(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        plot = self.plot_rect()
        palette = self.palette()
        faint = palette.color(QPalette.ColorRole.Midlight)
        scale_colour = palette.color(QPalette.ColorRole.PlaceholderText)
        top_value, step = self._count_top()
        ticks = round(top_value / step)
        for tick in range(ticks + 1):
            value = tick * step
            y = plot.bottom() - plot.height() * value / top_value
            painter.setPen(faint if tick else palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            text = f"{int(value):,}"
            painter.setPen(scale_colour)
            painter.drawText(
                QPoint(
                    int(plot.left() - 4 - metrics.horizontalAdvance(text)),
                    int(y + metrics.ascent() / 2 - 1),
                ),
                text,
            )
        if self.line_series():
            for share in SHARE_TICKS:
                y = plot.bottom() - plot.height() * share
                painter.drawText(
                    QPoint(int(plot.right() + 4), int(y + metrics.ascent() / 2 - 1)),
                    f"{int(share * 100)}%",
                )

    def _draw_bars(self, painter: QPainter, chart: AnalysisChart) -> None:
        plot = self.plot_rect()
        top_value, _step = self._count_top()
        bars = [s for s in self.bar_series() if s.axis is Axis.COUNT]
        for index in range(len(chart.categories)):
            self.shade_if_marked(painter, index)
            whole = self.bar_rect(index)
            bottom = plot.bottom()
            for series in bars:
                height = plot.height() * (series.values[index] or 0.0) / top_value
                painter.fillRect(
                    QRectF(whole.left(), bottom - height, whole.width(), height),
                    QColor(series.colour),
                )
                bottom -= height

    def _draw_totals(self, painter: QPainter, chart: AnalysisChart) -> None:
        """Each bar's total above it where it fits, over a patch of the background so a
        line passing there does not hide it (drawn after the lines)."""
        metrics = QFontMetrics(self.font())
        slot = self._slot()
        palette = self.palette()
        patch = palette.color(QPalette.ColorRole.Window)
        patch.setAlpha(210)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        for index in range(len(chart.categories)):
            total = self.total(index)
            shown = f"{int(total):,}"
            width = metrics.horizontalAdvance(shown)
            if not total or width > slot:
                continue
            whole = self.bar_rect(index)
            baseline = whole.top() - metrics.descent() - 2
            x = whole.center().x() - width / 2
            painter.fillRect(
                QRectF(x - 1, baseline - metrics.ascent(), width + 2, metrics.height()), patch
            )
            painter.drawText(QPoint(int(x), int(baseline)), shown)

    def _draw_lines(self, painter: QPainter) -> None:
        plot, slot = self.plot_rect(), self._slot()
        for series in self.line_series():
            colour = QColor(series.colour)
            painter.setPen(QPen(colour, 2))
            painter.setBrush(colour)
            previous: QPointF | None = None
            for index, value in enumerate(series.values):
                if value is None:
                    previous = None  # a gap: nothing to join across
                    continue
                point = QPointF(
                    plot.left() + (index + 0.5) * slot,
                    plot.bottom() - plot.height() * max(0.0, min(1.0, value)),
                )
                if previous is not None:
                    painter.drawLine(previous, point)
                painter.drawEllipse(point, POINT_RADIUS, POINT_RADIUS)
                previous = point

    def _draw_names(self, painter: QPainter, chart: AnalysisChart) -> None:
        metrics = QFontMetrics(self.font())
        plot, slot = self.plot_rect(), self._slot()
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        flags = int(Qt.AlignmentFlag.AlignHCenter.value | Qt.AlignmentFlag.AlignTop.value)
        flags |= Qt.TextFlag.TextWordWrap.value
        for index, category in enumerate(chart.categories):
            area = QRectF(
                plot.left() + index * slot + 1,
                plot.bottom() + 3,
                max(1.0, slot - 2),
                LABEL_LINES * metrics.height(),
            )
            text = self._category_text(category)
            shown = (
                text
                if metrics.horizontalAdvance(text) <= 2 * area.width()
                else (metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(area.width())))
            )
            painter.drawText(area, flags, shown)

    # -- the mouse and the keyboard ------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.category_at(event.pos())
            if index is not None:
                QToolTip.showText(event.globalPos(), self.category_tip(index), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.linked:
            index = self.category_at(event.position().toPoint())
            if index is not None:
                self.bar_activated.emit(index)
                return
        super().mouseReleaseEvent(event)
