"""Years of demo inspections, ending now: for every template × area, one inspection in
each period of its frequency (daily over the last year only, see DAILY_YEARS; weekly on
a working day, monthly in the first weeks, quarterly in the first two months), walked
at its kind's hours by someone of the department that does it and typed in by a
technician or a clerk.

Nearly every item passes, readings inside their limits; about 2.5 % of inspections
fail an item (a reading outside the limits, or a check failed, with the inspector's
note). Most failures get a rectification notice (整改通知单) to the department that
fixes it; its fix is reported, mostly before the deadline, and a re-inspection of that
one item by someone other than the fixer closes it (now and then the first
re-inspection fails and the notice opens again). The last weeks' notices stay open or
await their re-inspection, a few were never fixed and are overdue. A period is missed
now and then; the road verges' greening round has missed last week (the due list's
overdue line). The current period is done only where its time has come.

The rows are planned as services.inspections.inspections.write_inspection and
services.inspections.rectifications write them (counts columns included), with times
as Unix seconds and ids as integers (services.demo.rows_writer); numbers are given
afterwards in time order (services.demo.inspections.writer).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal

from propdesk.domain.inspections.due import period_bounds
from propdesk.domain.inspections.equipment import EquipmentKind
from propdesk.domain.inspections.kinds import Frequency, InspectionKind, ItemKind, ItemResult
from propdesk.domain.inspections.rectification import RectificationState
from propdesk.domain.inspections.templates import TemplateItem
from propdesk.services.demo.complaints.estate import Handler
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.inspections import texts
from propdesk.services.demo.inspections.equipment import (
    BUILDING,
    CAR_PARK,
    CONTROL,
    DRAINS,
    POWER,
    PUMPS,
    Placed,
)
from propdesk.services.demo.inspections.templates import DemoTemplate
from propdesk.services.demo.rows_writer import Row

MINUTE, HOUR, DAY = 60, 3600, 86_400
FAILED_SHARE = 0.025  # of inspections: one item failed (or two, now and then)
TWO_FAILED_SHARE = 0.15  # of those
NOTICE_SHARE = 0.85  # of failed items: a notice (the rest fixed on the spot)
LATE_FIX_SHARE = 0.12  # fixes reported after the deadline
FAILED_AGAIN_SHARE = 0.08  # first re-inspections that fail: the notice opens again
STUCK_SHARE = 0.3  # of the last STUCK_DAYS' notices: never fixed (open, overdue)
STUCK_DAYS = 120
MISSED_SHARE = 0.004  # periods without their inspection
# Daily rounds are kept for the last DAILY_YEARS only: five years of them are 86 % of
# the rows (12,800 of 14,900 inspections, 88,000 of 99,000 items) and cost 2.0–2.9 s of
# `demo-data`'s one minute (planning and writing, a loaded 2-core machine), one year
# 0.7 s; the weekly, monthly and quarterly rounds cover every year.
DAILY_YEARS = 1.0
REMARK_SHARE = 0.1  # text items answered "正常"
# The round that missed last week: (kind, area index).
OVERDUE_ROUND = (InspectionKind.GREENING, 1)
TECHS = ("tech1", "tech2", "tech3")  # the repairs demo's technicians' logins
CLERKS = ("clerk1", "clerk2", "clerk3")  # the front desk's (services.demo.accounts)
MANAGER = "manager1"
# The days a department has for a fix.
DEADLINE_DAYS = {"engineering": (3, 7), "security": (1, 1), "cleaning": (1, 1), "greening": (3, 5)}
# Where each template's areas are, by the areas' order in the defaults (the same in
# every language): the equipment an area's inspection names comes from there.
PLACES: dict[InspectionKind, tuple[str | None, ...]] = {
    InspectionKind.FIRE_EQUIPMENT: (BUILDING, CAR_PARK, CONTROL),
    InspectionKind.WATER_DRAINAGE: (PUMPS, DRAINS),
    InspectionKind.POWER: (POWER, None),
    InspectionKind.LIFTS: (BUILDING,),
    InspectionKind.PUBLIC_FIRE_SAFETY: (BUILDING, CAR_PARK),
}
_PASS, _FAIL = ItemResult.PASS.value, ItemResult.FAIL.value


@dataclass(frozen=True)
class Crew:
    """Who walks, types, fixes and verifies, per department code."""

    staff: dict[str, tuple[Handler, ...]]
    departments: dict[str, tuple[int, str]]  # code → (department id, its name)

    def logins(self, department: str) -> tuple[str, ...]:
        return TECHS if department == "engineering" else CLERKS


@dataclass
class Planned:
    inspections: list[Row]
    items: list[Row]
    notices: list[Row]


class RoundPlanner:
    def __init__(
        self,
        rng: random.Random,
        ids: DemoIds,
        crew: Crew,
        places: dict[str, dict[EquipmentKind, list[Placed]]],
        *,
        start: int,
        now: int,
        tz: tzinfo,
    ) -> None:
        self.rng = rng
        self.ids = ids
        self.crew = crew
        self.places = places
        self.start, self.now, self.tz = start, now, tz
        self.today = datetime.fromtimestamp(now, tz).date()
        self.planned = Planned([], [], [])
        self._turn: dict[tuple[int, str, EquipmentKind], int] = {}

    # -- the rounds --------------------------------------------------------------------
    def plan(self, templates: list[DemoTemplate]) -> Planned:
        first_day = datetime.fromtimestamp(self.start, self.tz).date()
        for template in templates:
            for index, area in enumerate(template.template.areas):
                self._area(template, index, area, first_day)
        return self.planned

    def _area(self, template: DemoTemplate, index: int, area: str, first_day: date) -> None:
        rng, frequency = self.rng, template.template.frequency
        kind = template.template.kind
        current = period_bounds(frequency, self.today)[0]
        skip_from = (
            period_bounds(frequency, current - timedelta(days=1))[0]
            if (kind, index) == OVERDUE_ROUND
            else date.max
        )
        since = self.start
        if frequency is Frequency.DAILY:
            since = max(since, self.now - int(DAILY_YEARS * 365.25 * DAY))
            first_day = max(first_day, datetime.fromtimestamp(since, self.tz).date())
        first, _ = period_bounds(frequency, first_day)
        while first <= self.today:
            last = period_bounds(frequency, first)[1]
            day = first + timedelta(days=rng.randrange(_SPREAD[frequency]))
            low, high = texts.HOURS[kind]
            moment = datetime(day.year, day.month, day.day, rng.randint(low, high), tzinfo=self.tz)
            ts = int(moment.timestamp()) + rng.randrange(HOUR)
            if since <= ts <= self.now and first < skip_from and rng.random() >= MISSED_SHARE:
                self._inspection(template, index, area, day, ts)
            first = last + timedelta(days=1)

    def _inspection(
        self, template: DemoTemplate, index: int, area: str, day: date, ts: int
    ) -> None:
        rng = self.rng
        kind = template.template.kind
        department = texts.DEPARTMENTS[kind]
        inspector = rng.choice(self.crew.staff[department])
        recorded_by = rng.choice(self.crew.logins(department))
        items = template.template.items
        failed: set[int] = set()
        if rng.random() < FAILED_SHARE:
            judged = [n for n, j in enumerate(template.judged) if j]
            failed = set(rng.sample(judged, 2 if rng.random() < TWO_FAILED_SHARE else 1))
        row = self._row(template, area, inspector, recorded_by, ts, None)
        place = PLACES.get(kind, ())
        where = place[index] if index < len(place) else None
        lines: list[Row] = []
        for position, item in enumerate(items):
            equipment = self._equipment(template, where, item, day)
            lines.append(
                self._item(row["id"], position, item, kind, position not in failed, equipment, ts)
            )
        self._count(row, template, [(n, line) for n, line in enumerate(lines)])
        self.planned.inspections.append(row)
        self.planned.items.extend(lines)
        for position in sorted(failed):
            if rng.random() < NOTICE_SHARE:
                self._notice(template, row, lines[position], items[position])

    def _row(
        self,
        template: DemoTemplate,
        area: str,
        inspector: Handler,
        recorded_by: str,
        ts: int,
        notice: int | None,
    ) -> Row:
        typed = min(self.now, ts + self.rng.randint(5, 90) * MINUTE)  # typed in after
        return {
            "id": self.ids.at(ts),
            "created_at": typed,
            "updated_at": typed,
            "voided_at": None,
            "voided_by": None,
            "void_reason": "",
            "number": "",  # given in time order once all are planned
            "template_id": template.id,
            "series_id": template.series_id,
            "kind": template.template.kind.value,
            "template_name": template.template.name,
            "template_version": template.template.version,
            "area": area,
            "inspector_id": inspector.id,
            "inspector_name": inspector.name,
            "recorded_by": recorded_by,
            "inspected_at": ts,
            "passed": True,
            "items_passed": 0,
            "items_judged": 0,
            "fire_passed": 0,
            "fire_judged": 0,
            "rectification_id": notice,
            "notes": "",
        }

    @staticmethod
    def _count(row: Row, template: DemoTemplate, lines: list[tuple[int, Row]]) -> None:
        """The counts columns as write_inspection fills them: judged items (pass or
        fail) and those passed, all and the fire equipment's; failed when any failed."""
        passed = judged = fire_passed = fire_judged = 0
        for index, line in lines:
            result = line["result"]
            if result not in (_PASS, _FAIL) or not template.judged[index]:
                continue
            ok = result == _PASS
            judged += 1
            passed += ok
            if template.fire[index]:
                fire_judged += 1
                fire_passed += ok
        row.update(
            passed=passed == judged,
            items_passed=passed,
            items_judged=judged,
            fire_passed=fire_passed,
            fire_judged=fire_judged,
        )

    def _equipment(
        self, template: DemoTemplate, where: str | None, item: TemplateItem, day: date
    ) -> Placed | None:
        """The next item of its kind at the area's place, in turn (installed by then)."""
        if where is None or item.equipment_kind is None:
            return None
        pool = self.places.get(where, {}).get(item.equipment_kind)
        if not pool:
            return None
        key = (template.series_id, where, item.equipment_kind)
        turn = self._turn.get(key, 0)
        self._turn[key] = turn + 1
        chosen = pool[turn % len(pool)]
        return chosen if chosen.installed_on <= day else None

    def _item(
        self,
        inspection_id: int,
        position: int,
        item: TemplateItem,
        kind: InspectionKind,
        passes: bool,
        equipment: Placed | None,
        ts: int,
    ) -> Row:
        result: str | None = None
        value: str | None = None
        answer = note = ""
        if item.kind is ItemKind.TEXT:
            answer = "正常" if self.rng.random() < REMARK_SHARE else ""
        else:
            result = _PASS if passes else _FAIL
            if item.kind is ItemKind.NUMBER:
                value = self._reading(item, passes)
            if not passes:
                note = texts.FINDINGS.get(item.key, texts.KIND_FINDINGS[kind])[0]
        return {
            "id": self.ids.at(ts),
            "inspection_id": inspection_id,
            "key": item.key,
            "position": position,
            "kind": item.kind.value,
            "text": item.text,
            "unit": item.unit,
            "result": result,
            "value": value,
            "answer": answer,
            "note": note,
            "equipment_kind": (
                equipment.kind.value
                if equipment is not None
                else None
                if item.equipment_kind is None
                else item.equipment_kind.value
            ),
            "equipment_id": None if equipment is None else equipment.id,
        }

    def _reading(self, item: TemplateItem, passes: bool) -> str:
        """A reading as its exact text: inside the limits (their middle part), or
        outside them by 5–25 % of the span (pressures too low, the rest too high)."""
        low = float(item.low) if item.low is not None else 0.0
        high = float(item.high) if item.high is not None else low * 2 + 10
        span = high - low
        places = 2 if span < 5 else 1 if span < 50 else 0
        if passes:
            reading = low + span * self.rng.uniform(0.25, 0.75)
        elif item.unit == "MPa":
            reading = low - span * self.rng.uniform(0.05, 0.25)
        else:
            reading = high + span * self.rng.uniform(0.05, 0.25)
        text = f"{max(0.0, reading):.{places}f}"
        assert item.within_limits(Decimal(text)) is passes, (item.key, text)
        return str(Decimal(text))

    # -- notices and re-inspections ----------------------------------------------------
    def _notice(
        self, template: DemoTemplate, inspection: Row, line: Row, item: TemplateItem
    ) -> None:
        rng, now = self.rng, self.now
        issued = inspection["inspected_at"] + rng.randint(10, 60) * MINUTE
        if issued > now:
            return
        kind = template.template.kind
        department = texts.DEPARTMENTS[kind]
        low, high = DEADLINE_DAYS[department]
        deadline = issued + rng.randint(low, high) * DAY
        department_id, department_name = self.crew.departments[department]
        notice: Row = {
            "id": self.ids.at(issued),
            "created_at": issued,
            "updated_at": issued,
            "number": "",
            "state": RectificationState.OPEN.value,
            "inspection_id": inspection["id"],
            "series_id": inspection["series_id"],
            "area": inspection["area"],
            "item_key": item.key,
            "item_text": item.text,
            "finding": line["note"],
            "what_to_fix": texts.FINDINGS.get(item.key, texts.KIND_FINDINGS[kind])[1],
            "department_id": department_id,
            "department_name": department_name,
            "issued_at": issued,
            "issued_by": inspection["recorded_by"],
            "deadline": deadline,
            "fixed_by": None,
            "fixed_at": None,
            "fix_note": "",
            "verified_by": None,
            "closed_at": None,
            "reinspection_id": None,
            "void_reason": "",
            # An inspection's own notice: no other source (the assessments' have one).
            "source_kind": None,
            "source_id": None,
            "source_number": "",
        }
        self.planned.notices.append(notice)
        if issued > now - STUCK_DAYS * DAY and rng.random() < STUCK_SHARE:
            return  # never fixed: open, and overdue once its deadline passed
        at = issued
        for attempt in range(2):
            if rng.random() < LATE_FIX_SHARE:
                fixed = deadline + int(rng.uniform(0.1, 2.0) * DAY)
            else:
                fixed = at + int(rng.uniform(0.2, 0.9) * max(HOUR, deadline - at))
            if fixed > now:
                return  # still open
            fixer = rng.choice(self.crew.logins(department))
            notice.update(state=RectificationState.FIXED.value, fixed_by=fixer, fixed_at=fixed)
            notice.update(fix_note=rng.choice(texts.FIX_NOTES), updated_at=fixed)
            checked = fixed + rng.randint(1, 24) * HOUR
            if checked > now:
                return  # awaiting its re-inspection
            passes = attempt == 1 or rng.random() >= FAILED_AGAIN_SHARE
            verifier = rng.choice(
                [u for u in (*self.crew.logins(department), MANAGER) if u != fixer]
            )
            again = self._reinspection(
                template, inspection, line, item, notice, verifier, checked, passes
            )
            notice["updated_at"] = checked
            if passes:
                notice.update(
                    state=RectificationState.CLOSED.value,
                    verified_by=verifier,
                    closed_at=checked,
                    reinspection_id=again,
                )
                return
            notice.update(state=RectificationState.OPEN.value, fixed_by=None, fixed_at=None)
            at = checked

    def _reinspection(
        self,
        template: DemoTemplate,
        inspection: Row,
        line: Row,
        item: TemplateItem,
        notice: Row,
        verifier: str,
        ts: int,
        passes: bool,
    ) -> int:
        """The notice's one item inspected again (a row of its own, numbered like any)."""
        department = texts.DEPARTMENTS[template.template.kind]
        inspector = self.rng.choice(self.crew.staff[department])
        row = self._row(template, inspection["area"], inspector, verifier, ts, notice["id"])
        equipment = line["equipment_id"]
        again = self._item(row["id"], 0, item, template.template.kind, passes, None, ts)
        again["equipment_kind"], again["equipment_id"] = line["equipment_kind"], equipment
        if not passes:
            again["note"] = texts.NOT_FIXED
        position = template.template.keys.index(item.key)
        self._count(row, template, [(position, again)])
        self.planned.inspections.append(row)
        self.planned.items.append(again)
        return int(row["id"])


# The days into a period an inspection may fall (weekly: Monday to Friday).
_SPREAD = {Frequency.DAILY: 1, Frequency.WEEKLY: 5, Frequency.MONTHLY: 20, Frequency.QUARTERLY: 60}
