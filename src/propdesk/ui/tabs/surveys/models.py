"""The surveys tab's tables: the rounds, a round's figures per question, and its
responses (each checked by the model tester)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from propdesk.domain.surveys.areas import Area
from propdesk.domain.surveys.figures import Tally
from propdesk.services.surveys.views import ResponseRow, RoundRow
from propdesk.ui.tabs.surveys.names import area_name, percent, state_name
from propdesk.ui.widgets.dto_table_model import (
    Column,
    DtoTableModel,
    count_column,
    date_column,
    time_column,
)


def _minute(moment: Any) -> str:
    return str(moment.astimezone().strftime("%Y-%m-%d %H:%M"))


class RoundModel(DtoTableModel[RoundRow]):
    COL_NUMBER, COL_NAME, COL_OPENS, COL_CLOSES, COL_STATE = range(5)
    COL_RESPONSES, COL_RATE, COL_SATISFACTION = range(5, 8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Number"), lambda r: r.number),
                Column(self.tr("Survey"), lambda r: r.name),
                date_column(self.tr("First day"), lambda r: r.opens_on),
                date_column(self.tr("Last day"), lambda r: r.closes_on),
                Column(self.tr("State"), lambda r: state_name(r.state)),
                count_column(self.tr("Forms"), lambda r: r.responses),
                Column(self.tr("Response rate"), lambda r: percent(r.response_rate), True),
                Column(self.tr("Satisfaction"), lambda r: percent(r.satisfaction), True),
            ]
        )

    def is_inactive(self, row: RoundRow) -> bool:
        return row.voided


@dataclass(frozen=True)
class FigureLine:
    """One line of a round's figures: an area's total (text "") or one question."""

    area: Area
    text: str
    tally: Tally


class FigureModel(DtoTableModel[FigureLine]):
    COL_AREA, COL_QUESTION = 0, 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Area"), lambda r: area_name(r.area)),
                Column(self.tr("Question"), lambda r: r.text or self.tr("(all questions)")),
                count_column(self.tr("Very satisfied"), lambda r: r.tally.counts[5]),
                count_column(self.tr("Satisfied"), lambda r: r.tally.counts[4]),
                count_column(self.tr("Neutral"), lambda r: r.tally.counts[3]),
                count_column(self.tr("Dissatisfied"), lambda r: r.tally.counts[2]),
                count_column(self.tr("Very dissatisfied"), lambda r: r.tally.counts[1]),
                count_column(self.tr("Not answered"), lambda r: r.tally.counts[0]),
                Column(self.tr("Satisfaction"), lambda r: percent(r.tally.share), True),
            ]
        )

    def is_flagged(self, row: FigureLine) -> bool:
        """An area's line, set off from its questions."""
        return not row.text


class ResponseModel(DtoTableModel[ResponseRow]):
    COL_UNIT, COL_RATINGS, COL_ANSWERED = 0, 1, 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Unit"), lambda r: r.unit_code),
                Column(self.tr("Answers"), lambda r: "".join(str(d) for d in r.ratings)),
                count_column(self.tr("Answered"), lambda r: r.answered),
                Column(
                    self.tr("Comment about"),
                    lambda r: area_name(r.comment_area) if r.comment else "",
                ),
                Column(self.tr("Comment"), lambda r: r.comment, tooltip=lambda r: r.comment),
                time_column(self.tr("Entered"), lambda r: r.entered_at, _minute),
                Column(self.tr("Entered by"), lambda r: r.entered_by),
                Column(self.tr("Void reason"), lambda r: r.void_reason),
            ]
        )

    def is_inactive(self, row: ResponseRow) -> bool:
        return row.voided
