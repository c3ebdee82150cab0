"""Years of demo complaints and inquiries, in three parts like the repair tickets:

* `__init__` reads the estate's residents and the TS and ZX number counters and finds
  (or hires) each handling department's staff — the caller's connection;
* `make` plans every complaint with its timeline, and every inquiry (pure Python:
  it may run on a thread while the database is busy with another module's rows);
* `write` inserts them with the tables' indexes rebuilt after and moves the counters
  on, so the next complaint or inquiry taken at the desk gets the next number.

Ids are UUIDv7 from each row's own time with the seeded generator, so one seed makes
the same complaints. Repair tickets are not linked: see the module's report notes in
ComplaintsDemo (services.demo.complaints.generator).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table

from propdesk.domain.numbering import NumberKind
from propdesk.services.core.module_spec import DemoRequest
from propdesk.services.demo.complaints.complaints import HOURS, ComplaintPlanner, pick
from propdesk.services.demo.complaints.estate import MonthNumbers, read_handlers
from propdesk.services.demo.complaints.inquiries import InquiryPlanner
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.repairs.estate import BEIJING_OFFSET, RepairEstate
from propdesk.services.demo.rows_writer import PlannedRowWriter, indexes_rebuilt_after
from propdesk.store.models import Complaint, ComplaintStepRecord, Inquiry

DAY, HOUR = 86_400, 3600
COMPLAINTS_PER_DAY = 2.0  # the full estate (2,000 units): about 3,600 in five years
INQUIRIES_PER_DAY = 10.0
# A month's complaints against an ordinary month's (summer is the loudest).
MONTH_FACTOR = (1.1, 1.0, 0.9, 0.9, 1.0, 1.15, 1.3, 1.3, 1.1, 0.9, 0.85, 1.0)


def _table(model: type) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]  # declared: a Table
    return table


COMPLAINT, STEP, INQUIRY = _table(Complaint), _table(ComplaintStepRecord), _table(Inquiry)


@dataclass(frozen=True)
class ComplaintCounts:
    complaints: int
    steps: int
    open_complaints: int
    inquiries: int
    open_inquiries: int
    staff_hired: int


def _count(rng: random.Random, mean: float) -> int:
    """A day's number around `mean`: one more or one less now and then."""
    count = int(mean) + (rng.random() < mean % 1)
    if mean >= 1:
        count += rng.choice((-1, 0, 0, 1))
    return max(0, count)


class ComplaintDemo:
    def __init__(self, connection: Connection, request: DemoRequest) -> None:
        self._rng = rng = random.Random(f"complaints-{request.seed}")
        self._ids = ids = DemoIds(rng)
        self._now = int(request.now.timestamp())
        self._start = self._now - int(request.years * 365.25 * DAY)
        self._scale = request.scale
        handlers = read_handlers(connection, rng, ids, self._start - 30 * DAY)
        self._hired = handlers.hired
        estate = RepairEstate(connection)
        self._complaints = ComplaintPlanner(estate, handlers, rng, ids)
        self._inquiries = InquiryPlanner(estate, rng, ids)
        self._complaint_numbers = MonthNumbers(connection, NumberKind.COMPLAINT)
        self._inquiry_numbers = MonthNumbers(connection, NumberKind.INQUIRY)
        self._writers = {
            t.name: PlannedRowWriter(connection, t) for t in (COMPLAINT, STEP, INQUIRY)
        }
        self._params: dict[str, list[Any]] | None = None
        self._counts: ComplaintCounts | None = None

    def make(self) -> None:
        rng, now, start = self._rng, self._now, self._start
        complaints, inquiries = self._complaints, self._inquiries
        day = start - (start + BEIJING_OFFSET) % DAY  # local midnight
        while day < now:
            month = time.gmtime(day + BEIJING_OFFSET).tm_mon
            mean = COMPLAINTS_PER_DAY * self._scale * MONTH_FACTOR[month - 1]
            hours = [pick(rng, HOURS) for _ in range(_count(rng, mean))]
            for ts in sorted(day + h * HOUR + rng.randrange(HOUR) for h in hours):
                if start <= ts <= now:
                    number = self._complaint_numbers.next(ts)
                    complaints.complaint(ts, month, number, now)
            inquiries.day(day, _count(rng, INQUIRIES_PER_DAY * self._scale), start, now)
            day += DAY
        for complaint, question in complaints.converted:
            inquiries.converted(complaint, question)
        asked = sorted(inquiries.inquiries, key=lambda r: (r["asked_at"], r["id"]))
        for row in asked:
            row["number"] = self._inquiry_numbers.next(row["asked_at"])
        self._counts = ComplaintCounts(
            complaints=len(complaints.complaints),
            steps=len(complaints.steps),
            open_complaints=sum(1 for c in complaints.complaints if c["closed_at"] is None),
            inquiries=len(asked),
            open_inquiries=sum(1 for i in asked if i["state"] == "open"),
            staff_hired=self._hired,
        )
        self._params = {
            COMPLAINT.name: self._writers[COMPLAINT.name].params(complaints.complaints),
            STEP.name: self._writers[STEP.name].params(complaints.steps),
            INQUIRY.name: self._writers[INQUIRY.name].params(asked),
        }
        # Converted in place: not rows any more.
        complaints.complaints, complaints.steps, complaints.converted = [], [], []
        inquiries.inquiries = []

    def write(
        self, connection: Connection, alongside: Callable[[], object] | None = None
    ) -> ComplaintCounts:
        """Insert what `make` planned (made here if it was not yet); `alongside` runs
        while the indexes are rebuilt (see rows_writer.indexes_rebuilt_after)."""
        if self._params is None:
            self.make()
        assert self._params is not None
        assert self._counts is not None
        tables = (COMPLAINT, STEP, INQUIRY)  # parents first: an inquiry points at its complaint
        with indexes_rebuilt_after(connection, tables, alongside):
            for table in tables:
                self._writers[table.name].insert(self._params[table.name])
        self._complaint_numbers.write(connection)
        self._inquiry_numbers.write(connection)
        self._params = {}
        return self._counts
