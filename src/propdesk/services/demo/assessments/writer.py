"""Years of demo monthly assessments, in the shape of the other demo writers:

* `__init__` reads the departments, the manager's name and the KH and ZG counters;
* `make` plans (pure Python) a version-1 standard per department (the plan's
  defaults, adopted the day before the first month), then for every whole month each
  department's assessment on the month's last working afternoon, 8–14 spot checks
  through the month, most passing and a few deducting 1–4 points (scores mostly
  85–98), and a rectification notice for each deduction of 3 points or more (fixed
  within days and closed by the assessor, the last weeks' still open);
* `write` inserts them with executemany of one compiled INSERT per table and moves the
  counters on.

About 300 assessments and 3,300 checks for five years; it adds ~0.1 s to demo-data.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import Connection, Table, select

from propdesk.domain.assessments.defaults import default_standard
from propdesk.domain.inspections.rectification import NoticeSource, RectificationState
from propdesk.domain.numbering import NumberKind
from propdesk.services.assessments.standard_codec import encode_items
from propdesk.services.core.local_zone import local_zone
from propdesk.services.core.module_spec import DemoRequest
from propdesk.services.demo.assessments import texts
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.number_counters import NumberCounters
from propdesk.services.demo.rows_writer import PlannedRowWriter, Row
from propdesk.store.models import Department, Rectification, User
from propdesk.store.models.assessments import Assessment, AssessmentCheck, AssessmentStandard

DAY = 86_400
MANAGER = "manager1"  # the demo's manager (services.demo.accounts)
FIXERS = {"engineering": ("tech1", "tech2", "tech3")}
CLERKS = ("clerk1", "clerk2", "clerk3")
NOTICE_FROM = 3  # points: a deduction this large gets a notice
OPEN_DAYS = 20  # notices issued this recently are still open


def _table(model: type) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]  # declared: a Table
    return table


STANDARD, ASSESSMENT = _table(AssessmentStandard), _table(Assessment)
CHECK, NOTICE = _table(AssessmentCheck), _table(Rectification)
TABLES = (STANDARD, ASSESSMENT, CHECK, NOTICE)


@dataclass(frozen=True)
class AssessmentCounts:
    standards: int
    assessments: int
    checks: int
    notices: int


def _ts(day: date, at: time, tz: tzinfo) -> int:
    return int(datetime.combine(day, at, tzinfo=tz).timestamp())


def _months(first: date, last: date) -> list[date]:
    """The first day of every whole month from `first`'s month to the one before `last`."""
    found = []
    month = date(first.year, first.month, 1)
    while (month.year, month.month) < (last.year, last.month):
        found.append(month)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return found


def _last_working_day(month: date) -> date:
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    day = following - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


class AssessmentDemo:
    def __init__(
        self, connection: Connection, request: DemoRequest, tz: tzinfo | None = None
    ) -> None:
        self._rng = random.Random(f"assessments-{request.seed}")
        self._ids = DemoIds(self._rng)
        self._tz = tz or local_zone()
        self._now = int(request.now.timestamp())
        self._start = self._now - int(request.years * 365.25 * DAY)
        self._departments = [
            (r.code, r.id.int, r.name)
            for r in sorted(
                connection.execute(select(Department.code, Department.id, Department.name)),
                key=lambda r: r.id,
            )
        ]
        name = connection.execute(
            select(User.display_name).where(User.username == MANAGER)
        ).scalar()
        self._assessor = name or "陈经理"
        self._numbers = NumberCounters(connection, NumberKind.ASSESSMENT)
        self._notices: list[Row] = []  # numbered when written (see write)
        self._writers = {t.name: PlannedRowWriter(connection, t) for t in TABLES}
        self._params: dict[str, list[Any]] | None = None
        self._counts: AssessmentCounts | None = None

    def make(self) -> None:
        rng, ids, tz = self._rng, self._ids, self._tz
        first_day = datetime.fromtimestamp(self._start, tz).date()
        today = datetime.fromtimestamp(self._now, tz).date()
        seeded = self._start - DAY
        rows: dict[str, list[Row]] = {t.name: [] for t in TABLES}
        for code, department_id, department_name in self._departments:
            standard = default_standard(code, "zh_CN")
            if standard is None:
                continue
            standard_id, series_id = ids.at(seeded), ids.at(seeded)
            rows[STANDARD.name].append(
                {
                    "id": standard_id,
                    "created_at": seeded,
                    "updated_at": seeded,
                    "series_id": series_id,
                    "version": 1,
                    "department_id": department_id,
                    "name": standard.name,
                    "items": encode_items(standard.items),
                    "total_points": standard.total,
                    "created_by": MANAGER,
                }
            )
            skill = rng.uniform(-2.0, 2.0)  # some departments do better than others
            for month in _months(first_day, today):
                self._month(
                    rows,
                    code,
                    department_id,
                    department_name,
                    standard,
                    standard_id,
                    series_id,
                    month,
                    skill,
                )
        # KH numbers in time order, per local month; the notices' ZG numbers when they
        # are written, after the inspections' generator has taken its own.
        for row in sorted(rows[ASSESSMENT.name], key=lambda r: (r["assessed_at"], r["id"])):
            local = datetime.fromtimestamp(row["assessed_at"], tz)
            row["number"] = self._numbers.take(f"{local.year:04d}{local.month:02d}")
        numbers = {r["id"]: r["number"] for r in rows[ASSESSMENT.name]}
        for notice in rows[NOTICE.name]:
            notice["source_number"] = numbers[notice.pop("_assessment")]
        self._counts = AssessmentCounts(*(len(rows[t.name]) for t in TABLES))
        self._notices = rows.pop(NOTICE.name)
        self._params = {name: self._writers[name].params(found) for name, found in rows.items()}

    def _month(
        self,
        rows: dict[str, list[Row]],
        code: str,
        department_id: int,
        department_name: str,
        standard: Any,
        standard_id: int,
        series_id: int,
        month: date,
        skill: float,
    ) -> None:
        rng, ids, tz = self._rng, self._ids, self._tz
        assessed_day = _last_working_day(month)
        assessed_at = _ts(assessed_day, time(15, rng.randrange(0, 60)), tz)
        assessment_id = ids.at(assessed_at)
        # A deduction budget drawn so that scores are mostly 85–98.
        budget = max(0, min(20, round(rng.triangular(2, 15, 6) - skill)))
        checks: list[Row] = []
        left = {item.key: item.points for item in standard.items}
        n_checks = rng.randint(8, 14)
        days = sorted(rng.randint(1, assessed_day.day) for _ in range(n_checks))
        failures = (
            set(rng.sample(range(n_checks), min(n_checks, max(1, budget // 3 + rng.randint(0, 1)))))
            if budget
            else set()
        )
        spent = 0
        for position, day in enumerate(days, start=1):
            item = rng.choice(standard.items)
            checked_at = _ts(
                date(month.year, month.month, day), time(rng.randint(8, 17), rng.randrange(60)), tz
            )
            deducted = 0
            if position - 1 in failures and spent < budget:
                deducted = min(rng.choice((1, 1, 2, 2, 3, 4)), budget - spent, left[item.key])
            left[item.key] -= deducted
            spent += deducted
            check_id = ids.at(checked_at)
            checks.append(
                {
                    "id": check_id,
                    "assessment_id": assessment_id,
                    "department_id": department_id,
                    "position": position,
                    "item_key": item.key,
                    "item_text": item.text,
                    "item_points": item.points,
                    "place": rng.choice(texts.PLACES[code]),
                    "finding": rng.choice(texts.FINDINGS[item.key]) if deducted else "",
                    "deducted": deducted,
                    "checked_at": checked_at,
                    "recorded_by": MANAGER,
                }
            )
            if deducted >= NOTICE_FROM:
                rows[NOTICE.name].append(
                    self._notice(
                        checks[-1], assessment_id, series_id, department_id, department_name, code
                    )
                )
        rows[CHECK.name].extend(checks)
        rows[ASSESSMENT.name].append(
            {
                "id": assessment_id,
                "created_at": assessed_at,
                "updated_at": assessed_at,
                "number": "",
                "month": f"{month.year:04d}-{month.month:02d}",
                "department_id": department_id,
                "department_name": department_name,
                "standard_id": standard_id,
                "standard_name": standard.name,
                "standard_version": 1,
                "total_points": standard.total,
                "deducted": spent,
                "score": standard.total - spent,
                "checks": len(checks),
                "assessor_name": self._assessor,
                "assessed_at": assessed_at,
                "remarks": "",
                "recorded_by": MANAGER,
                "finalised_at": assessed_at + 3600,
                "finalised_by": MANAGER,
                "voided_at": None,
                "voided_by": None,
                "void_reason": "",
            }
        )

    def _notice(
        self,
        check: Row,
        assessment_id: int,
        series_id: int,
        department_id: int,
        department_name: str,
        code: str,
    ) -> Row:
        rng = self._rng
        issued = check["checked_at"] + 600
        deadline = issued + rng.randint(1, 3) * DAY
        row: Row = {
            "id": self._ids.at(issued),
            "created_at": issued,
            "updated_at": issued,
            "number": "",
            "state": RectificationState.OPEN.value,
            "inspection_id": None,
            "source_kind": NoticeSource.ASSESSMENT.value,
            "source_id": check["id"],
            "source_number": "",
            "_assessment": assessment_id,
            "series_id": series_id,
            "area": check["place"],
            "item_key": check["item_key"],
            "item_text": check["item_text"],
            "finding": check["finding"],
            "what_to_fix": texts.FIX[code],
            "department_id": department_id,
            "department_name": department_name,
            "issued_at": issued,
            "issued_by": MANAGER,
            "deadline": deadline,
            "fixed_by": None,
            "fixed_at": None,
            "fix_note": "",
            "verified_by": None,
            "closed_at": None,
            "reinspection_id": None,
            "void_reason": "",
        }
        if issued > self._now - OPEN_DAYS * DAY:
            return row  # recent: still open
        fixed = issued + rng.randint(3, 40) * 3600
        closed = fixed + rng.randint(2, 48) * 3600
        row.update(
            state=RectificationState.CLOSED.value,
            fixed_by=rng.choice(FIXERS.get(code, CLERKS)),
            fixed_at=fixed,
            fix_note="已整改",
            verified_by=MANAGER,
            closed_at=closed,
            updated_at=closed,
        )
        return row

    def write(
        self, connection: Connection, alongside: Callable[[], object] | None = None
    ) -> AssessmentCounts:
        if self._params is None:
            self.make()
        assert self._params is not None
        assert self._counts is not None
        for table in TABLES[:-1]:
            self._writers[table.name].insert(self._params[table.name])
        notice_numbers = NumberCounters(connection, NumberKind.RECTIFICATION)
        for row in sorted(self._notices, key=lambda r: (r["issued_at"], r["id"])):
            local = datetime.fromtimestamp(row["issued_at"], self._tz)
            row["number"] = notice_numbers.take(f"{local.year:04d}{local.month:02d}")
        self._writers[NOTICE.name].insert(self._writers[NOTICE.name].params(self._notices))
        if alongside is not None:
            alongside()
        self._numbers.write(connection)
        notice_numbers.write(connection)
        self._notices = []
        self._params = {}
        return self._counts
