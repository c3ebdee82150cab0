"""A year of monthly scores as lines, one per department: drawn with QPainter, the
months along the bottom, a line breaking where a month was not assessed."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from propdesk.services.assessments.views import YearTrend

COLOURS = ("#1F4E79", "#C0392B", "#2E8B57", "#D68910", "#7D3C98", "#566573")
FLOOR = 60


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trend_chart")
        self.trend: YearTrend | None = None
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_trend(self, trend: YearTrend | None) -> None:
        self.trend = trend
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        trend = self.trend
        if trend is None:
            painter.end()
            return
        metrics = self.fontMetrics()
        legend_width = max(
            (metrics.horizontalAdvance(line.department) for line in trend.lines), default=0
        )
        plot = QRectF(30, 18, self.width() - legend_width - 60, self.height() - 40)
        values = [v for line in trend.lines for v in line.scores if v is not None]
        low = min(FLOOR, (min(values, default=FLOOR) // 10) * 10)
        top = max(100, max(values, default=100))
        painter.setPen(QColor("#6B7280"))
        painter.drawText(
            QRectF(0, 0, self.width(), 16),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Monthly scores, {year}").format(year=trend.year),
        )
        grid = QPen(QColor("#D5D8DC"))
        for level in range(low, top + 1, 10):
            y = plot.bottom() - plot.height() * (level - low) / (top - low)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor("#6B7280"))
            painter.drawText(QRectF(0, y - 8, 26, 16), Qt.AlignmentFlag.AlignRight, str(level))
        for month in range(12):
            x = plot.left() + plot.width() * (month + 0.5) / 12
            painter.drawText(
                QRectF(x - 15, plot.bottom() + 2, 30, 16),
                Qt.AlignmentFlag.AlignCenter,
                str(month + 1),
            )
        for index, line in enumerate(trend.lines):
            colour = QColor(COLOURS[index % len(COLOURS)])
            painter.setPen(QPen(colour, 2))
            previous: QPointF | None = None
            for month, value in enumerate(line.scores):
                if value is None:
                    previous = None
                    continue
                point = QPointF(
                    plot.left() + plot.width() * (month + 0.5) / 12,
                    plot.bottom() - plot.height() * (value - low) / (top - low),
                )
                if previous is not None:
                    painter.drawLine(previous, point)
                painter.drawEllipse(point, 2.5, 2.5)
                previous = point
            y = plot.top() + index * (metrics.height() + 4)
            painter.drawLine(QPointF(plot.right() + 10, y + 8), QPointF(plot.right() + 24, y + 8))
            painter.setPen(QColor("#1F2933"))
            painter.drawText(QPointF(plot.right() + 28, y + 12), line.department)
        painter.end()
