"""A module's dated records as one sheet of a workbook or an export (SheetRequest)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TypeVar

from sqlalchemy.orm import InstrumentedAttribute

from propdesk.reports.monthly.labels import text
from propdesk.reports.monthly.record_fields import Field, fields_sheet
from propdesk.reports.table_columns import TableSheet
from propdesk.services.core.module_spec import SheetRequest

R = TypeVar("R")


def dated_sheet(
    request: SheetRequest,
    title_key: str,
    fields: Sequence[Field[R]],
    rows: Iterable[R],
    moment: InstrumentedAttribute[datetime],
) -> TableSheet:
    """`rows` (the records of the request's days) under the `fields` the request may
    see, titled by the monthly label `title_key` in the request's language; `moment`,
    the column that dates a record, sizes the progress bar (SheetRequest.expected)."""
    return fields_sheet(
        text(title_key, request.lang),
        fields,
        rows,
        request.lang,
        personal=request.personal,
        total=request.expected(moment),
    )
