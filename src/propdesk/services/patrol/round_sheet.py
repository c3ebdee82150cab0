"""The patrol rounds as a sheet of records: `propdesk export patrol --from … --to …`
(every round started in the days given) and the monthly workbook's patrol sheet.
Rows are read in keyset batches, each its own short read, so memory stays flat."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import tuple_

from propdesk.domain.roles import Action, Module
from propdesk.reports.monthly.record_fields import Field, code_name, yes_no
from propdesk.reports.table_columns import ColumnKind, TableSheet
from propdesk.services.core.dated_sheet import dated_sheet
from propdesk.services.core.module_spec import SheetRequest
from propdesk.services.core.periods import bounds
from propdesk.services.patrol.round_list import RoundRow, rounds_started
from propdesk.services.patrol.service import PatrolServices
from propdesk.store.models import PatrolRound
from propdesk.store.unit_of_work import Store

K = ColumnKind
BATCH = 2000


def iter_rounds(store: Store, start: datetime, end: datetime) -> Iterator[RoundRow]:
    """The rounds started in [start, end), not voided, oldest first."""
    after: tuple[datetime, uuid.UUID] | None = None
    while True:
        query = rounds_started(start, end).limit(BATCH)
        if after is not None:
            query = query.where(tuple_(PatrolRound.started_at, PatrolRound.id) > after)
        with store.read() as session:
            rows = [RoundRow(*row) for row in session.execute(query).tuples()]
        yield from rows
        if len(rows) < BATCH:
            return
        after = (rows[-1].started_at, rows[-1].id)


ROUND_FIELDS: tuple[Field[RoundRow], ...] = (
    Field("patrol.round", K.TEXT, lambda r, _: r.number),
    Field("patrol.route", K.TEXT, lambda r, _: r.route),
    Field("patrol.guard", K.TEXT, lambda r, _: r.guard),
    Field("patrol.slot", K.DATETIME, lambda r, _: r.slot_at),
    Field("patrol.started", K.DATETIME, lambda r, _: r.started_at),
    Field("patrol.finished", K.DATETIME, lambda r, _: r.finished_at),
    Field("patrol.state", K.TEXT, lambda r, lang: code_name("round_state", r.state, lang)),
    Field(
        "patrol.verdict",
        K.TEXT,
        lambda r, lang: code_name("verdict", r.verdict, lang) if r.verdict else "",
    ),
    Field("patrol.source", K.TEXT, lambda r, lang: code_name("round_source", r.source, lang)),
    Field("patrol.visited", K.INT, lambda r, _: r.visited),
    Field("patrol.total", K.INT, lambda r, _: r.total),
    Field("patrol.out_of_order", K.TEXT, lambda r, lang: yes_no(r.out_of_order, lang)),
    Field("patrol.too_fast", K.TEXT, lambda r, lang: yes_no(r.too_fast, lang)),
    Field("patrol.issues", K.INT, lambda r, _: r.issues),
    Field("patrol.abandon_reason", K.TEXT, lambda r, _: r.abandon_reason),
)


def round_sheet(patrol: PatrolServices, request: SheetRequest) -> TableSheet:
    """The rounds started in the request's days, oldest first."""
    del patrol  # the rows are read straight from the store, in batches
    request.actor.require(Module.PATROL, Action.EXPORT)
    start, end = bounds(request.period)
    rows = iter_rounds(request.store, start, end)
    return dated_sheet(request, "sheet.patrol", ROUND_FIELDS, rows, PatrolRound.started_at)
