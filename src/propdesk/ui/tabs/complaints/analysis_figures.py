"""The analysis' headline figures: complaints received, the response deadlines met or
missed, and satisfaction from the verdicts and the follow-up ratings.

Each count is a link (a flat button: Tab reaches it, Enter or Space opens it, as a
click does) to the complaints it counts; a share is plain text beside its counts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from propdesk.services.complaints.analysis import ComplaintAnalysis
from propdesk.services.complaints.queries import ComplaintFilter
from propdesk.ui.tabs.complaints.analysis_models import percent

# Looks like a link; the focus shows as a border in the highlight colour (there,
# transparent, without focus too, so the text does not move when it comes).
LINK_STYLE = (
    "QPushButton { border: 1px solid transparent; border-radius: 2px; padding: 0px 2px;"
    " background: transparent; color: palette(link); text-align: left;"
    " text-decoration: underline; font-weight: bold; }"
    "QPushButton:focus { border-color: palette(highlight); }"
    "QPushButton:disabled { color: palette(dark); text-decoration: none; }"
)


class FigureButton(QPushButton):
    """A count that opens the complaints behind it."""

    wanted = Signal(object)  # the ComplaintFilter

    def __init__(self, name: str, tip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFlat(True)
        self.setAutoDefault(True)  # Enter opens it too
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.setStyleSheet(LINK_STYLE)
        self.setToolTip(tip)
        self.records: ComplaintFilter | None = None
        self.clicked.connect(self._on_clicked)

    def show_figure(self, count: int, records: ComplaintFilter | None) -> None:
        self.setText(f"{count:,}")
        self.records = records
        self.setEnabled(records is not None)

    def _on_clicked(self) -> None:
        if self.records is not None:
            self.wanted.emit(self.records)


class FiguresPanel(QWidget):
    """Three boxes side by side: received, response deadlines, satisfaction."""

    records_wanted = Signal(object)  # a ComplaintFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaints_analysis_figures")
        self.buttons: dict[str, FigureButton] = {}
        self.shares: dict[str, QLabel] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._received_box())
        row.addWidget(self._deadline_box(), 1)
        row.addWidget(self._satisfaction_box(), 2)

    # -- building --------------------------------------------------------------------
    def _button(self, key: str) -> FigureButton:
        tip = self.tr("Click or press Enter: the complaints counted")
        button = FigureButton(f"complaints_figure_{key}", tip, self)
        button.wanted.connect(self.records_wanted.emit)
        self.buttons[key] = button
        return button

    def _share(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"complaints_share_{key}")
        self.shares[key] = label
        return label

    def _add(self, grid: QGridLayout, row: int, column: int, text: str, figure: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(figure)
        grid.addWidget(label, row, column)
        grid.addWidget(figure, row, column + 1)

    def _received_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Complaints"))
        grid = QGridLayout(box)
        self._add(grid, 0, 0, self.tr("Received"), self._button("received"))
        note = QLabel(self.tr("Voided complaints\nare not counted."))
        note.setStyleSheet("color: palette(dark);")
        grid.addWidget(note, 1, 0, 1, 2)
        grid.setRowStretch(2, 1)
        return box

    def _deadline_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Response deadlines"))
        grid = QGridLayout(box)
        self._add(grid, 0, 0, self.tr("Answered in time"), self._button("in_time"))
        self._add(grid, 1, 0, self.tr("Answered late"), self._button("late"))
        self._add(grid, 2, 0, self.tr("Overdue, not answered"), self._button("overdue"))
        self._add(grid, 0, 2, self.tr("Not yet due"), self._share("pending"))
        self._add(grid, 1, 2, self.tr("In time, of those due"), self._share("in_time"))
        grid.setColumnStretch(4, 1)
        return box

    def _satisfaction_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Satisfaction"))
        grid = QGridLayout(box)
        self._add(grid, 0, 0, self.tr("Satisfied at the first answer"), self._button("first"))
        self._add(grid, 1, 0, self.tr("Satisfied after being sent back"), self._button("later"))
        self._add(grid, 2, 0, self.tr("Still not satisfied"), self._button("not_satisfied"))
        self._add(grid, 0, 2, self.tr("Satisfied, of verdicts"), self._share("verdicts"))
        self._add(grid, 1, 2, self.tr("Closed"), self._button("closed"))
        self._add(grid, 2, 2, self.tr("Followed up, of closed"), self._share("follow_up"))
        self._add(grid, 0, 4, self.tr("Mean rating"), self._share("mean_rating"))
        self._add(grid, 1, 4, self.tr("Rated 4 or 5"), self._share("rating"))
        ratings = QHBoxLayout()
        ratings.setContentsMargins(0, 0, 0, 0)
        ratings.setSpacing(2)
        for score in range(1, 6):
            star = QLabel(self.tr("{score}★").format(score=score))
            button = self._button(f"rating_{score}")
            star.setBuddy(button)
            ratings.addWidget(star)
            ratings.addWidget(button)
            ratings.addSpacing(8)
        ratings.addStretch(1)
        label = QLabel(self.tr("Follow-up ratings"))
        grid.addWidget(label, 3, 0)
        grid.addLayout(ratings, 3, 1, 1, 5)
        grid.setColumnStretch(5, 1)
        return box

    # -- showing ---------------------------------------------------------------------
    def show_analysis(self, analysis: ComplaintAnalysis) -> None:
        b = self.buttons
        b["received"].show_figure(analysis.received, analysis.records)
        deadlines = analysis.compliance
        c = deadlines.figures
        b["in_time"].show_figure(c.in_time, deadlines.in_time)
        b["late"].show_figure(c.late, deadlines.late)
        b["overdue"].show_figure(c.overdue, deadlines.overdue)
        self.shares["pending"].setText(f"{c.pending:,}")
        self.shares["in_time"].setText(percent(c.share))
        sat = analysis.satisfaction
        s = sat.figures
        b["first"].show_figure(s.satisfied_first_round, sat.satisfied_first_round)
        b["later"].show_figure(s.satisfied_later, sat.satisfied_later)
        b["not_satisfied"].show_figure(s.not_satisfied, sat.not_satisfied)
        b["closed"].show_figure(s.closed, sat.closed)
        for score, (count, records) in enumerate(zip(s.ratings, sat.ratings, strict=True), 1):
            b[f"rating_{score}"].show_figure(count, records)
        self.shares["verdicts"].setText(percent(s.verdict_share))
        self.shares["follow_up"].setText(percent(s.follow_up_rate))
        self.shares["rating"].setText(percent(s.rating_share))
        mean = s.mean_rating
        self.shares["mean_rating"].setText("—" if mean is None else f"{mean:.1f}")
