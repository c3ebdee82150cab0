"""Five years of drills and trainings following the default plan (domain.drills.
plan.default_plan), adopted at each year's start: most sessions a few weeks before
their day, a few late, now and then one missed (its entry stays overdue); the staff
taking part drawn from the register (drills from every department, security first;
each training from the departments it is for); residents counted at the fire and
evacuation drills; about a third of the drills find a problem, with what was done.

Rows are planned as services.drills writes them, times as Unix seconds and ids as
integers (services.demo.rows_writer); numbers are given afterwards in time order.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from propdesk.domain.drills.kinds import SessionKind, Topic
from propdesk.domain.drills.plan import default_plan
from propdesk.services.demo.drills import texts
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.rows_writer import Row

MISSED_SHARE = 0.06
LATE_SHARE = 0.1
PROBLEM_SHARE = 0.35  # of drills
NOTES = {
    "half_yearly_fire": "每半年至少一次",
    "before_rainy_season": "汛期前完成",
    "quarterly_training": "每季度培训",
    "yearly": "每年一次",
}
# Who takes part: department codes, in the order they are drawn from.
DRILL_DEPARTMENTS = ("security", "engineering", "customer_service", "cleaning", "greening")
TRAINING_DEPARTMENTS: dict[Topic, tuple[str, ...]] = {
    Topic.FIRE_SAFETY: DRILL_DEPARTMENTS,
    Topic.SERVICE: ("customer_service", "cleaning", "greening"),
    Topic.SECURITY: ("security",),
    Topic.EQUIPMENT: ("engineering",),
}
CLERKS = ("clerk1", "clerk2", "clerk3")


@dataclass(frozen=True)
class DemoStaff:
    id: int
    name: str
    department: str  # its code
    department_name: str


@dataclass
class Planned:
    sessions: list[Row] = field(default_factory=list)
    participants: list[Row] = field(default_factory=list)
    entries: list[Row] = field(default_factory=list)


class DrillPlanner:
    def __init__(
        self,
        rng: random.Random,
        ids: DemoIds,
        staff: list[DemoStaff],
        *,
        start: int,
        now: int,
        tz: tzinfo,
    ) -> None:
        self.rng, self.ids, self.staff = rng, ids, staff
        self.start, self.now, self.tz = start, now, tz
        self.by_department: dict[str, list[DemoStaff]] = {}
        for person in staff:
            self.by_department.setdefault(person.department, []).append(person)

    def _ts(self, day: date, at: time) -> int:
        return int(datetime.combine(day, at, tzinfo=self.tz).timestamp())

    def plan(self) -> Planned:
        planned = Planned()
        first = datetime.fromtimestamp(self.start, self.tz).date()
        today = datetime.fromtimestamp(self.now, self.tz).date()
        for year in range(first.year, today.year + 1):
            adopted = max(self._ts(date(year, 1, 5), time(9, 30)), self.start)
            halves = iter(texts.HALVES)
            for entry in default_plan(year):
                if entry.due_on < first:
                    continue  # before the office kept its records here
                planned.entries.append(
                    {
                        "id": self.ids.at(adopted),
                        "year": year,
                        "topic": entry.topic.value,
                        "due_on": entry.due_on,
                        "notes": NOTES[entry.note],
                        "created_at": adopted,
                        "updated_at": adopted,
                        "voided_at": None,
                        "voided_by": None,
                        "void_reason": "",
                    }
                )
                half = next(halves) if entry.topic is Topic.FIRE_DRILL else ""
                self._session(planned, entry.topic, entry.due_on, half, today)
        return planned

    def _session(
        self, planned: Planned, topic: Topic, due_on: date, half: str, today: date
    ) -> None:
        rng = self.rng
        if rng.random() < MISSED_SHARE:
            return
        if rng.random() < LATE_SHARE:
            day = due_on + timedelta(days=rng.randint(3, 25))
        else:
            day = due_on - timedelta(days=rng.randint(5, 45))
        if day.weekday() == 6:
            day -= timedelta(days=1)
        if day >= today or self._ts(day, time(0)) < self.start:
            return
        drill = topic.session is SessionKind.DRILL
        at = time(14, 30) if drill else time(9, 30)
        held = self._ts(day, at)
        people = self._people(topic)
        organiser = self._organiser(topic)
        problems = actions = ""
        choices = texts.PROBLEMS.get(topic, ())
        if drill and choices and rng.random() < PROBLEM_SHARE:
            problems, actions = rng.choice(choices)
        residents = {
            Topic.FIRE_DRILL: rng.randint(15, 60),
            Topic.EVACUATION: rng.randint(40, 120),
            Topic.LIFT_ENTRAPMENT: rng.randint(0, 4),
        }.get(topic, 0)
        session_id = self.ids.at(held)
        recorded = held + rng.randint(2, 26) * 3600
        planned.sessions.append(
            {
                "id": session_id,
                "number": "",
                "kind": topic.session.value,
                "topic": topic.value,
                "title": texts.TITLES[topic].format(year=day.year, half=half),
                "held_at": held,
                "minutes": rng.choice((60, 90, 120)) if drill else rng.choice((60, 90)),
                "place": rng.choice(texts.PLACES[topic]),
                "organiser_id": organiser.id if organiser else None,
                "organiser_name": organiser.name if organiser else "物业服务中心",
                "residents": residents,
                "staff_count": len(people),
                "practised": texts.PRACTISED[topic],
                "problems": problems,
                "actions": actions,
                "recorded_by": rng.choice(CLERKS),
                "created_at": recorded,
                "updated_at": recorded,
                "voided_at": None,
                "voided_by": None,
                "void_reason": "",
            }
        )
        for person in people:
            planned.participants.append(
                {
                    "id": self.ids.at(held),
                    "session_id": session_id,
                    "staff_id": person.id,
                    "staff_name": person.name,
                    "department_name": person.department_name,
                }
            )

    def _organiser(self, topic: Topic) -> DemoStaff | None:
        """The head of the department that runs it: engineering the equipment
        training, customer service the service one, security the rest."""
        code = {Topic.EQUIPMENT: "engineering", Topic.SERVICE: "customer_service"}.get(
            topic, "security"
        )
        found = self.by_department.get(code) or self.staff
        return found[0] if found else None

    def _people(self, topic: Topic) -> list[DemoStaff]:
        departments = TRAINING_DEPARTMENTS.get(topic, DRILL_DEPARTMENTS)
        # A department nobody was hired into: the training is for everyone then.
        pool = [p for code in departments for p in self.by_department.get(code, [])] or list(
            self.staff
        )
        if not pool:
            return []
        if topic.session is SessionKind.TRAINING:
            wanted = max(1, round(len(pool) * self.rng.uniform(0.7, 1.0)))
        else:
            wanted = min(len(pool), self.rng.randint(8, 16))
        chosen = self.rng.sample(pool, min(wanted, len(pool)))
        return sorted(chosen, key=lambda p: (p.department_name, p.name))
