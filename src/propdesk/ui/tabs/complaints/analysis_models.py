"""The complaints analysis as tables: Pareto by category, month by month, repeat places,
repeat complainants, and each department's figures.

Every figure is a link: each model says which complaints stand behind a cell
(`link`), the filter the service put on the figure (services.complaints.analysis), so
the list it opens holds exactly the complaints counted. A share has one decimal and
reads "—" when there was nothing to count, as the patrol's month view does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication

from propdesk.domain.complaints.kinds import Verdict
from propdesk.services.complaints.analysis import (
    ComplianceFigures,
    DepartmentLine,
    MonthLine,
    ParetoLine,
    SatisfactionFigures,
)
from propdesk.services.complaints.queries import ComplaintFilter
from propdesk.services.core.export import ColumnKind
from propdesk.ui.complaint_names import category_name
from propdesk.ui.widgets.dto_table_model import (
    Column,
    DtoTableModel,
    count_column,
    date_column,
)

translate = QCoreApplication.translate


def percent(value: float | None) -> str:
    """A share (0–1) as 85.3%; "—" when there was nothing to count."""
    return "—" if value is None else f"{100 * value:.1f}%"


def percent_value(value: float | None) -> float | None:
    """The same share as a number for Excel (85.3); blank with nothing to count."""
    return None if value is None else round(100 * value, 1)


def share_column(header: str, share: Callable[[Any], float | None]) -> Column[Any]:
    return Column(
        header,
        lambda row: percent(share(row)),
        numeric=True,
        value=lambda row: percent_value(share(row)),
        kind=ColumnKind.DECIMAL,
    )


def satisfied(figures: SatisfactionFigures) -> ComplaintFilter:
    """Satisfied, whether on the first round or after being sent back."""
    return replace(figures.not_satisfied, verdict=Verdict.SATISFIED, sent_back=None)


class LinkedModel(DtoTableModel[Any]):
    """A table whose cells lead to complaints: `link(row, column)`; by default every
    cell of a row leads to the row's records."""

    LINKS: ClassVar[dict[int, Callable[[Any], ComplaintFilter]]] = {}

    def records(self, row: Any) -> ComplaintFilter:
        filter_: ComplaintFilter = row.records
        return filter_

    def link(self, row: int, column: int) -> ComplaintFilter | None:
        found = self.row_at(row)
        if found is None:
            return None
        chosen = self.LINKS.get(column)
        return chosen(found) if chosen is not None else self.records(found)


class ParetoModel(LinkedModel):
    COL_CATEGORY, COL_COUNT, COL_SHARE, COL_CUMULATIVE, COL_VITAL = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Category"), lambda r: category_name(r.bar.category)),
                count_column(self.tr("Complaints"), lambda r: r.bar.count),
                share_column(self.tr("Share"), lambda r: r.bar.share),
                share_column(self.tr("Cumulative"), lambda r: r.bar.cumulative),
                # Words, not a colour: the categories that make up the first 80 %.
                Column(
                    self.tr("Vital few"),
                    lambda r: self.tr("yes") if r.bar.vital else "",
                    tooltip=lambda _r: self.tr(
                        "The categories that together make up the first 80% of complaints"
                    ),
                ),
            ]
        )

    def is_flagged(self, row: ParetoLine) -> bool:
        return row.bar.vital


def _in_time(c: ComplianceFigures) -> ComplaintFilter:
    return c.in_time


def _late(c: ComplianceFigures) -> ComplaintFilter:
    return c.late


def _overdue(c: ComplianceFigures) -> ComplaintFilter:
    return c.overdue


def _month_name(line: MonthLine) -> str:
    return f"{line.figures.month:%Y-%m}"


class MonthModel(LinkedModel):
    (
        COL_MONTH,
        COL_RECEIVED,
        COL_IN_TIME,
        COL_LATE,
        COL_OVERDUE,
        COL_PENDING,
        COL_SHARE,
    ) = range(7)
    LINKS: ClassVar[dict[int, Callable[[Any], ComplaintFilter]]] = {
        COL_IN_TIME: lambda r: _in_time(r.compliance),
        COL_LATE: lambda r: _late(r.compliance),
        COL_OVERDUE: lambda r: _overdue(r.compliance),
    }

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(
                    self.tr("Month"),
                    _month_name,
                    value=lambda r: r.figures.month,
                    kind=ColumnKind.DATE,
                ),
                count_column(self.tr("Received"), lambda r: r.figures.received),
                count_column(self.tr("In time"), lambda r: r.figures.compliance.in_time),
                count_column(self.tr("Late"), lambda r: r.figures.compliance.late),
                count_column(self.tr("Overdue"), lambda r: r.figures.compliance.overdue),
                count_column(self.tr("Not yet due"), lambda r: r.figures.compliance.pending),
                share_column(self.tr("In time %"), lambda r: r.figures.compliance.share),
            ]
        )

    def is_flagged(self, row: MonthLine) -> bool:
        return row.figures.compliance.overdue > 0


class PlaceRepeatModel(LinkedModel):
    COL_PLACE, COL_COUNT, COL_FIRST, COL_LAST, COL_TOTAL = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Unit or area"), lambda r: r.place),
                count_column(self.tr("In 90 days"), lambda r: r.repeat.count),
                date_column(self.tr("From"), lambda r: r.repeat.first),
                date_column(self.tr("To"), lambda r: r.repeat.last),
                count_column(self.tr("In the period"), lambda r: r.repeat.total),
            ]
        )


class ComplainantRepeatModel(LinkedModel):
    COL_NAME, COL_PHONE, COL_COUNT, COL_FIRST, COL_LAST, COL_TOTAL = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Complainant"), lambda r: r.name),
                Column(self.tr("Phone"), lambda r: r.phone),
                count_column(self.tr("In 90 days"), lambda r: r.repeat.count),
                date_column(self.tr("From"), lambda r: r.repeat.first),
                date_column(self.tr("To"), lambda r: r.repeat.last),
                count_column(self.tr("In the period"), lambda r: r.repeat.total),
            ]
        )


def department_text(line: DepartmentLine) -> str:
    return line.name or translate("ComplaintAnalysis", "(not assigned yet)")


class DepartmentModel(LinkedModel):
    (
        COL_DEPARTMENT,
        COL_RECEIVED,
        COL_IN_TIME,
        COL_LATE,
        COL_OVERDUE,
        COL_SHARE,
        COL_SATISFIED,
        COL_NOT_SATISFIED,
        COL_MEAN_RATING,
        COL_FOLLOW_UP,
    ) = range(10)
    LINKS: ClassVar[dict[int, Callable[[Any], ComplaintFilter]]] = {
        COL_IN_TIME: lambda r: _in_time(r.compliance),
        COL_LATE: lambda r: _late(r.compliance),
        COL_OVERDUE: lambda r: _overdue(r.compliance),
        COL_SATISFIED: lambda r: satisfied(r.satisfaction),
        COL_NOT_SATISFIED: lambda r: r.satisfaction.not_satisfied,
        COL_FOLLOW_UP: lambda r: r.satisfaction.closed,
    }

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Department"), department_text),
                count_column(self.tr("Received"), lambda r: r.figures.received),
                count_column(self.tr("In time"), lambda r: r.figures.compliance.in_time),
                count_column(self.tr("Late"), lambda r: r.figures.compliance.late),
                count_column(self.tr("Overdue"), lambda r: r.figures.compliance.overdue),
                share_column(self.tr("In time %"), lambda r: r.figures.compliance.share),
                count_column(
                    self.tr("Satisfied"),
                    lambda r: (
                        r.figures.satisfaction.satisfied_first_round
                        + r.figures.satisfaction.satisfied_later
                    ),
                ),
                count_column(
                    self.tr("Not satisfied"), lambda r: r.figures.satisfaction.not_satisfied
                ),
                Column(
                    self.tr("Mean rating"),
                    lambda r: _rating(r.figures.satisfaction.mean_rating),
                    numeric=True,
                    value=lambda r: _rating_value(r.figures.satisfaction.mean_rating),
                    kind=ColumnKind.DECIMAL,
                ),
                share_column(
                    self.tr("Followed up"), lambda r: r.figures.satisfaction.follow_up_rate
                ),
            ]
        )


def _rating(mean: float | None) -> str:
    return "—" if mean is None else f"{mean:.1f}"


def _rating_value(mean: float | None) -> float | None:
    return None if mean is None else round(mean, 1)
