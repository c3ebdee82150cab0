"""The month view as tables: the figures of each day (slots judged on time, late,
missed), of each guard (rounds walked, on time, late, too fast, findings), and the
rounds behind a figure.

Every figure is a number in words; a late or missed figure above zero is also tinted
with the day grid's verdict colours, for the eye only. A percentage has one decimal
and reads "—" when there was nothing to count.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt

from propdesk.domain.patrol.rounds import RoundSource, RoundState
from propdesk.domain.patrol.timing import Verdict
from propdesk.services.core.export import ColumnKind
from propdesk.services.patrol.compliance import DayFigures, GuardFigures
from propdesk.services.patrol.round_list import RoundRow
from propdesk.ui.tabs.patrol.grid_names import VERDICT_BACKGROUND
from propdesk.ui.tabs.patrol.names import (
    clock,
    local_moment,
    round_flags,
    round_state_name,
    verdict_name,
)
from propdesk.ui.widgets.dto_table_model import (
    Column,
    DtoTableModel,
    count_column,
    time_column,
)

translate = QCoreApplication.translate


def percent(part: int, whole: int) -> str:
    """`part` of `whole` as 96.9%; "—" when there was nothing to count."""
    if whole <= 0:
        return "—"
    return f"{100 * part / whole:.1f}%"


def percent_value(part: int, whole: int) -> float | None:
    """The same percentage as a number for Excel; None (blank) with nothing to count."""
    return round(100 * part / whole, 1) if whole > 0 else None


def _tint(verdict: Verdict, count: int) -> Any:
    return VERDICT_BACKGROUND[verdict] if count > 0 else None


class DayFiguresModel(DtoTableModel[DayFigures]):
    """One row per day of the month (up to today), its slots as judged."""

    COL_DAY, COL_SCHEDULED, COL_ON_TIME, COL_LATE, COL_MISSED, COL_PERCENT = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                # The weekday helps tell a weekend from a working day.
                Column(
                    self.tr("Date"), self._day_text, value=lambda d: d.day, kind=ColumnKind.DATE
                ),
                count_column(self.tr("Slots"), lambda d: d.scheduled),
                count_column(self.tr("On time"), lambda d: d.on_time),
                replace(count_column(self.tr("Late"), lambda d: d.late), tooltip=self._late_tip),
                replace(
                    count_column(self.tr("Missed"), lambda d: d.missed), tooltip=self._missed_tip
                ),
                Column(
                    self.tr("On time %"),
                    lambda d: percent(d.on_time, d.scheduled),
                    numeric=True,
                    value=lambda d: percent_value(d.on_time, d.scheduled),
                    kind=ColumnKind.DECIMAL,
                ),
            ]
        )

    @staticmethod
    def _day_text(figures: DayFigures) -> str:
        day = figures.day
        return QLocale().toString(QDate(day.year, day.month, day.day), "yyyy-MM-dd ddd")

    def _late_tip(self, figures: DayFigures) -> str:
        if figures.late == 0:
            return ""
        return self.tr("Enter: the late rounds of this day's slots")

    def _missed_tip(self, figures: DayFigures) -> str:
        if figures.missed == 0:
            return ""
        return self.tr("A missed slot has no round: Enter shows the day's grid")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is not None and role == Qt.ItemDataRole.BackgroundRole:
            if index.column() == self.COL_LATE:
                return _tint(Verdict.LATE, row.late)
            if index.column() == self.COL_MISSED:
                return _tint(Verdict.MISSED, row.missed)
        return super().data(index, role)


class GuardFiguresModel(DtoTableModel[GuardFigures]):
    """One row per guard who walked rounds in the month (by the name a round keeps)."""

    COL_GUARD, COL_ROUNDS, COL_ON_TIME, COL_LATE, COL_TOO_FAST, COL_FINDINGS = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Guard"), lambda g: g.guard),
                count_column(self.tr("Rounds"), lambda g: g.rounds),
                count_column(self.tr("On time"), lambda g: g.on_time),
                count_column(self.tr("Late"), lambda g: g.late),
                count_column(self.tr("Too fast"), lambda g: g.too_fast),
                count_column(self.tr("Findings"), lambda g: g.findings),
            ]
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if (
            row is not None
            and role == Qt.ItemDataRole.BackgroundRole
            and index.column() == self.COL_LATE
        ):
            return _tint(Verdict.LATE, row.late)
        if row is not None and role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(index.column())
        return super().data(index, role)

    def _tip(self, column: int) -> str:
        """Which rounds Enter lists from this cell."""
        if column == self.COL_ON_TIME:
            return self.tr("Enter: this guard's rounds on time")
        if column == self.COL_LATE:
            return self.tr("Enter: this guard's late rounds")
        if column == self.COL_TOO_FAST:
            return self.tr("Enter: this guard's rounds walked too fast")
        return self.tr("Enter: all this guard's rounds of the month")

    def row_of(self, guard: str) -> int:
        for index, row in enumerate(self.rows()):
            if row.guard == guard:
                return index
        return -1


def counted(row: RoundRow) -> bool:
    """Whether the round counts in the figures: an abandoned one answers nothing."""
    return row.state != RoundState.ABANDONED.value


def row_verdict(row: RoundRow) -> Verdict | None:
    return Verdict(row.verdict) if row.verdict else None


def row_verdict_text(row: RoundRow) -> str:
    """The verdict of a counted round (an extra one says so); none for an abandoned one."""
    return verdict_name(row_verdict(row)) if counted(row) else ""


def row_flags(row: RoundRow) -> str:
    """What else a round has to say, in the day grid's words."""
    flags = []
    if row.state == RoundState.FINISHED.value and row.visited < row.total:
        flags.append(
            translate("PatrolGrid", "{skipped} skipped").format(skipped=row.total - row.visited)
        )
    entered_later = row.source != RoundSource.LIVE.value
    if row.out_of_order or row.too_fast or entered_later:
        flags.append(round_flags(row.out_of_order, row.too_fast, entered_later))
    if row.issues:
        flags.append(translate("PatrolGrid", "{n} issue(s)").format(n=row.issues))
    if row.abandon_reason:
        flags.append(
            translate("PatrolMonth", "given up: {reason}").format(reason=row.abandon_reason)
        )
    return " · ".join(flags)


def _finished_text(row: RoundRow) -> str:
    """The end's time; with its date when it ended on another day than it started."""
    if row.finished_at is None:
        return ""
    same_day = row.finished_at.astimezone().date() == row.started_at.astimezone().date()
    return clock(row.finished_at) if same_day else local_moment(row.finished_at)


class RoundRowsModel(DtoTableModel[RoundRow]):
    """The rounds behind a figure, oldest first."""

    (
        COL_NUMBER,
        COL_ROUTE,
        COL_GUARD,
        COL_SLOT,
        COL_STARTED,
        COL_FINISHED,
        COL_STATE,
        COL_VERDICT,
        COL_REACHED,
        COL_FLAGS,
    ) = range(10)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Round"), lambda r: r.number),
                Column(self.tr("Route"), lambda r: r.route),
                Column(self.tr("Guard"), lambda r: r.guard),
                Column(self.tr("Slot"), lambda r: local_moment(r.slot_at)),
                time_column(self.tr("Started"), lambda r: r.started_at, local_moment),
                Column(self.tr("Finished"), _finished_text),
                Column(self.tr("State"), lambda r: round_state_name(RoundState(r.state))),
                Column(self.tr("Verdict"), row_verdict_text),
                Column(
                    self.tr("Reached"),
                    lambda r: f"{r.visited}/{r.total}",
                    numeric=True,
                ),
                Column(self.tr("Notes"), row_flags, tooltip=row_flags),
            ]
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if (
            row is not None
            and role == Qt.ItemDataRole.BackgroundRole
            and index.column() == self.COL_VERDICT
        ):
            verdict = row_verdict(row)
            return VERDICT_BACKGROUND.get(verdict) if verdict and counted(row) else None
        return super().data(index, role)

    def row_of(self, round_id: object) -> int:
        for index, row in enumerate(self.rows()):
            if row.id == round_id:
                return index
        return -1
