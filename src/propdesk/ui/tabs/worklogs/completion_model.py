"""Completion per trade and area (the week's, beside its grid): planned, done, not
done, missing and the rate; a trade's total after its areas."""

from __future__ import annotations

from typing import Any

from propdesk.services.worklogs.views import AreaCompletion
from propdesk.ui.tabs.worklogs.names import trade_name
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, count_column


class CompletionModel(DtoTableModel[AreaCompletion]):
    COL_TRADE = 0
    COL_AREA = 1
    COL_RATE = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Trade"), lambda row: trade_name(row.trade)),
                Column(self.tr("Area"), lambda row: row.area or self.tr("Total")),
                count_column(self.tr("Planned"), lambda row: row.completion.planned),
                count_column(self.tr("Done"), lambda row: row.completion.done),
                count_column(self.tr("Not done"), lambda row: row.completion.not_done),
                count_column(self.tr("Missing"), lambda row: row.completion.missing),
                Column(self.tr("Completion"), self._rate, numeric=True),
            ]
        )

    def _rate(self, row: AreaCompletion) -> str:
        rate = row.completion.rate()
        return self.tr("No data") if rate is None else f"{rate} %"
