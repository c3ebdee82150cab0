"""Years of demo complaints (投诉) for the estate, ending now: about two a day on the
full estate (3,600 in five years), more noise in summer and more leaks, damp and hot
water in winter; a few hot spots (a noisy unit, the waste point, the east gate's
parking) and residents who complain again and again; some not satisfied on the first
round, nearly all closed with their root cause, most followed up; anonymous ones
closed by a manager (nobody to ask for a verdict); the last days' still open.

A few come from the front desk's inquiry log: the inquiry is planned with its
complaint, closed as converted and pointing at it (ComplaintPlanner.converted).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from itertools import accumulate
from typing import Any

from propdesk.domain.complaints.deadlines import DeadlineRules
from propdesk.domain.complaints.kinds import ComplaintCategory as C
from propdesk.domain.complaints.kinds import Severity, Verdict
from propdesk.domain.personal_data import phone_tail
from propdesk.services.demo.complaints import texts
from propdesk.services.demo.complaints.estate import Handler, Handlers
from propdesk.services.demo.complaints.stories import (
    ANSWER,
    ANSWERED,
    ASSIGN,
    CLOSE,
    CLOSED,
    FOLLOW_UP,
    HANDLING,
    MANAGER_CLOSE,
    REASSIGN,
    RECEIVED,
    SATISFIED,
    VERDICT,
    ComplaintStory,
)
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.repairs.estate import DemoPerson, RepairEstate
from propdesk.services.demo.rows_writer import Row

MINUTE, HOUR, DAY = 60, 3600, 86_400
RULES = DeadlineRules()  # the default limits: the demo goes into a new database
CLERKS = ("clerk1", "clerk2", "clerk3")  # the front desk (services.demo.accounts)
MANAGER = "manager1"  # closes without satisfaction
ANONYMOUS_SHARE = 0.05
HOT_SHARE = 0.12  # of complaints: at one of the hot spots
REPEAT_SHARE = 0.08  # of complaints: by one of the residents who complain often
REPEATERS = 6
NOT_SATISFIED_SHARE = (0.16, 0.35)  # on the first round, on the second; a third: closed
REASSIGN_SHARE = 0.04
FOLLOW_UP_SHARE = 0.9
FROM_INQUIRY_SHARE = 0.04  # taken from an inquiry at the front desk
LATE_SHARE = 0.1  # first answers after the deadline
RECENT, RECENT_LATE_SHARE = 4 * DAY, 0.35  # a busy week: some of the last are overdue
UNIT_CATEGORIES = frozenset({C.NOISE, C.FEES, C.STAFF_CONDUCT, C.FACILITIES})
SUMMER_MONTHS, WINTER_MONTHS = frozenset({6, 7, 8, 9}), frozenset({12, 1, 2})

Weighted = tuple[list[Any], list[float]]


def weighted(table: Sequence[tuple[Any, float]]) -> Weighted:
    return [v for v, _ in table], list(accumulate(w for _, w in table))


def pick(rng: random.Random, table: Weighted) -> Any:
    return rng.choices(table[0], cum_weights=table[1])[0]


def _month_categories(month: int) -> Weighted:
    factors = texts.SUMMER if month in SUMMER_MONTHS else {}
    factors = texts.WINTER if month in WINTER_MONTHS else factors
    return weighted([(c, w * factors.get(c, 1.0)) for c, w in texts.CATEGORIES])


CATEGORIES = {month: _month_categories(month) for month in range(1, 13)}
CHANNELS = weighted(texts.CHANNELS)
SEVERITIES = weighted(texts.SEVERITIES)
METHODS = weighted(texts.FOLLOW_UP_METHODS)
RATINGS = weighted(texts.RATINGS)
HOURS = weighted([(h, w) for h, w in enumerate(texts.HOURS)])


def _id_text(value: int) -> str:
    return str(uuid.UUID(int=value))


class ComplaintPlanner:
    """Plans complaint rows and their timelines (pure Python, no database)."""

    def __init__(
        self, estate: RepairEstate, handlers: Handlers, rng: random.Random, ids: DemoIds
    ) -> None:
        self.estate = estate
        self.handlers = handlers.by_department
        self.rng = rng
        self.ids = ids
        self.complaints: list[Row] = []
        self.steps: list[Row] = []
        self.converted: list[tuple[Row, str]] = []  # (complaint, the question asked)
        units = estate.units
        # A noisy unit, each with the neighbour who keeps complaining about it.
        self.hot_units = [
            (rng.choice(units)[0], rng.choice(rng.choice(units)[1]))
            for _ in range(3 if units else 0)
        ]
        self.repeaters = (
            [rng.choice(rng.choice(units)[1]) for _ in range(REPEATERS)] if units else []
        )
        self.visitors = [h.name for h in self.handlers["customer_service"]]

    # -- who and where -----------------------------------------------------------------
    def _resident(self, ts: int) -> tuple[int, DemoPerson] | None:
        for _ in range(5):
            unit_id, people = self.rng.choice(self.estate.units)
            living = [p for p in people if p.move_in <= ts and (p.move_out or ts + 1) > ts]
            if living:
                return unit_id, self.rng.choice(living)
        return None

    def _who(self, ts: int, category: C) -> tuple[C, int | None, str, DemoPerson | None, bool]:
        """(category, unit, common area, complainant, anonymous)."""
        rng = self.rng
        found = self._resident(ts) if self.estate.units else None
        if rng.random() < ANONYMOUS_SHARE or found is None:
            return category, None, rng.choice(texts.AREAS), None, True
        draw = rng.random()
        if draw < HOT_SHARE:
            return self._hot_spot()
        unit_id, person = found
        if draw < HOT_SHARE + REPEAT_SHARE:
            return category, None, rng.choice(texts.AREAS), rng.choice(self.repeaters), False
        if category in UNIT_CATEGORIES:
            return category, unit_id, "", person, False
        return category, None, rng.choice(texts.AREAS), person, False

    def _hot_spot(self) -> tuple[C, int | None, str, DemoPerson | None, bool]:
        """A noisy unit (its neighbour complains), the waste point or the east gate."""
        rng = self.rng
        spot = rng.randrange(len(self.hot_units) + 2)
        if spot < len(self.hot_units):
            unit_id, neighbour = self.hot_units[spot]
            return C.NOISE, unit_id, "", neighbour, False
        person = rng.choice(rng.choice(self.estate.units)[1])
        if spot == len(self.hot_units):
            return C.CLEANING, None, "垃圾分类收集点", person, False
        return C.PARKING, None, "东门", person, False

    def _story(self, category: C, month: int) -> texts.Story:
        rng = self.rng
        if category is C.FACILITIES and month in WINTER_MONTHS and rng.random() < 0.6:
            return rng.choice(texts.WINTER_ONLY)
        return rng.choice(texts.STORIES[category])

    # -- one complaint -----------------------------------------------------------------
    def complaint(self, received: int, month: int, number: str, now: int) -> Row:
        rng = self.rng
        category, unit_id, area, person, anonymous = self._who(
            received, pick(rng, CATEGORIES[month])
        )
        severity: Severity = pick(rng, SEVERITIES)
        story = self._story(category, month)
        due = received + RULES.hours(category, severity) * HOUR
        clerk = rng.choice(CLERKS)
        name = phone = ""
        if person is not None and not anonymous:
            name, phone = person.name, person.phone
        row: Row = {
            "id": self.ids.at(received),
            "number": number,
            "state": RECEIVED,
            "round": 1,
            "channel": pick(rng, CHANNELS).value,
            "category": category.value,
            "severity": severity.value,
            "anonymous": anonymous,
            "complainant_name": name,
            "complainant_phone": phone,
            "complainant_phone_tail": phone_tail(phone) if phone else "",
            "resident_id": person.id if person is not None and not anonymous else None,
            "unit_id": unit_id,
            "common_area": area,
            "description": story[0],
            "created_by": clerk,
            "received_at": received,
            "response_due_at": due,
            "created_at": received,
            "updated_at": received,
            "last_step_at": received,
            "voided_at": None,
            "voided_by": None,
            "void_reason": "",
            "department_id": None,
            "handler_id": None,
            "assigned_at": None,
            "investigation": "",
            "resolution": "",
            "first_answered_at": None,
            "answered_at": None,
            "verdict": "",
            "verdict_at": None,
            "root_cause": "",
            "root_cause_text": "",
            "corrective_action": "",
            "closed_at": None,
            "manager_closed": False,
            "close_reason": "",
            "follow_up_by": "",
            "follow_up_at": None,
            "follow_up_method": "",
            "follow_up_result": "",
            "follow_up_rating": None,
            "repair_ticket_id": None,
        }
        late = rng.random() < (RECENT_LATE_SHARE if now - received < RECENT else LATE_SHARE)
        self._tell(ComplaintStory(self.ids, self.steps, row, now), category, story, clerk, late)
        self.complaints.append(row)
        if name and rng.random() < FROM_INQUIRY_SHARE:
            self.converted.append((row, story[0]))
        return row

    def _tell(
        self, story: ComplaintStory, category: C, words: texts.Story, clerk: str, late: bool
    ) -> None:
        """The complaint's steps; once one falls after now, the rest record nothing."""
        rng, row = self.rng, story.row
        _said, found, answer, cause, cause_text, action = words
        staff = self.handlers[texts.DEPARTMENTS[category]]
        handler = rng.choice(staff)
        story.step(ASSIGN, HANDLING, rng.uniform(10, 90) * MINUTE, clerk, *_assigned(handler))
        if rng.random() < REASSIGN_SHARE and len(staff) > 1:
            other = rng.choice([h for h in staff if h is not handler])
            note = rng.choice(texts.REASSIGN_NOTES)
            story.step(
                REASSIGN, HANDLING, rng.uniform(20, 120) * MINUTE, clerk, *_assigned(other), note
            )
        limit = row["response_due_at"] - row["received_at"]
        reach = limit * (rng.uniform(1.05, 2.5) if late else rng.uniform(0.2, 0.95))
        self._rounds(
            story, clerk, found, answer, max(10 * MINUTE, reach - (story.ts - row["received_at"]))
        )
        closing = {
            "root_cause": cause.value,
            "root_cause_text": cause_text,
            "corrective_action": action,
        }
        gap = rng.uniform(1, 36) * HOUR
        if row["state"] == SATISFIED:
            story.step(CLOSE, CLOSED, gap, clerk, closing, dict(closing))
        elif not story.done:
            reason = (
                texts.ANONYMOUS_CLOSE if row["anonymous"] else rng.choice(texts.MANAGER_REASONS)
            )
            changes = {**closing, "manager_closed": True, "close_reason": reason}
            story.step(MANAGER_CLOSE, CLOSED, gap, MANAGER, changes, {**closing, "reason": reason})
        if not row["anonymous"] and rng.random() < FOLLOW_UP_SHARE:
            self._follow_up(story, clerk)

    def _rounds(
        self, story: ComplaintStory, clerk: str, found: str, answer: str, gap: float
    ) -> None:
        """Answer and verdict, round after round: satisfied, or unhappy twice (a manager
        closes it then, or sometimes after a third answer the complainant accepts); an
        anonymous complaint has nobody to give a verdict."""
        rng, row = self.rng, story.row
        answered = {"investigation": found, "resolution": answer}
        for round_ in range(3):
            story.step(ANSWER, ANSWERED, gap, clerk, answered, dict(answered))
            if row["anonymous"] or story.done:
                return
            unhappy = round_ < 2 and rng.random() < NOT_SATISFIED_SHARE[round_]
            verdict = (Verdict.NOT_SATISFIED if unhappy else Verdict.SATISFIED).value
            said = rng.choice(texts.NOT_SATISFIED if unhappy else texts.SATISFIED)
            changes: Row = {"verdict": verdict}
            if unhappy:
                changes["round"] = row["round"] + 1
            to = HANDLING if unhappy else SATISFIED
            wait = rng.uniform(1, 48) * HOUR
            story.step(VERDICT, to, wait, clerk, changes, {"verdict": verdict}, said)
            if not unhappy or (round_ == 1 and rng.random() < 0.5):
                return
            gap = rng.uniform(1, 3) * DAY
            answered = {"investigation": found + "，已再次核查", "resolution": answer}

    def _follow_up(self, story: ComplaintStory, clerk: str) -> None:
        rng = self.rng
        rating: int = pick(rng, RATINGS)
        visit = {
            "visitor": rng.choice(self.visitors),
            "method": pick(rng, METHODS).value,
            "result": rng.choice(texts.FOLLOW_UP_RESULTS[rating]),
            "rating": rating,
        }
        changes = {
            "follow_up_by": visit["visitor"],
            "follow_up_method": visit["method"],
            "follow_up_result": visit["result"],
            "follow_up_rating": rating,
        }
        story.step(FOLLOW_UP, CLOSED, rng.uniform(1, 7) * DAY, clerk, changes, visit)


def _assigned(handler: Handler) -> tuple[Row, dict[str, Any]]:
    """The row's changes and the timeline's data of an assignment to `handler`."""
    changes = {"department_id": handler.department, "handler_id": handler.id}
    return changes, {
        "department_id": _id_text(handler.department),
        "handler_id": _id_text(handler.id),
    }
