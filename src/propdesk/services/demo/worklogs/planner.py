"""Years of demo work logs, ending now, planned in pure Python: the tasks (loaded the
day before the first log), and for every day each task's entry — about 97 % done, 2 %
not done with a reason, 1 % never logged (missing) — done at its usual time give or
take, by the zone's or the trade's crew (someone else now and then), typed in by a
clerk that evening. Today's tasks are logged only when their time has come. Now and
then an entry was typed twice and the copy voided ("重复录入").

Rows are planned as services.worklogs writes them, with times as Unix seconds and ids
as integers (services.demo.rows_writer)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from propdesk.domain.worklogs.kinds import Trade
from propdesk.domain.worklogs.schedule import Schedule, weekday_mask
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.rows_writer import Row
from propdesk.services.demo.worklogs import texts

DAY = 86_400
NOT_DONE_SHARE = 0.02
MISSING_SHARE = 0.01
NOTE_SHARE = 0.03
STAND_IN_SHARE = 0.08  # someone else of the crew did it
DOUBLE_SHARE = 0.002  # typed twice, the copy voided
CLERKS = ("clerk1", "clerk2", "clerk3")
MANAGER = "manager1"


@dataclass(frozen=True)
class Worker:
    id: int
    name: str


@dataclass(frozen=True)
class DemoTask:
    id: int
    trade: Trade
    area: str
    name: str
    schedule: Schedule
    start_minute: int
    worker: Worker


@dataclass(frozen=True)
class PlannedLogs:
    tasks: list[Row]
    entries: list[Row]
    not_done: int
    voided: int


def zones(buildings: list[str]) -> list[str]:
    """The buildings (their numbers as text, in order) in zones of four: "1–4栋"."""
    if not buildings:
        return ["各楼栋"]
    found = []
    for first in range(0, len(buildings), texts.ZONE_SIZE):
        group = buildings[first : first + texts.ZONE_SIZE]
        found.append(f"{group[0]}栋" if len(group) == 1 else f"{group[0]}–{group[-1]}栋")
    return found


class WorklogPlanner:
    def __init__(
        self,
        rng: random.Random,
        ids: DemoIds,
        crews: dict[Trade, list[Worker]],
        *,
        start: int,
        now: int,
        tz: tzinfo,
        manager_id: int | None,
    ) -> None:
        self.rng, self.ids, self.crews = rng, ids, crews
        self.start, self.now, self.tz = start, now, tz
        self.manager_id = manager_id

    def _tasks(self, areas: list[str], seeded: int) -> tuple[list[DemoTask], list[Row]]:
        cleaners, gardeners = self.crews[Trade.CLEANING], self.crews[Trade.GREENING]
        wanted: list[tuple[Trade, str, str, Schedule, int, Worker]] = []
        for n, area in enumerate(areas):
            worker = cleaners[n % len(cleaners)]
            wanted += [(Trade.CLEANING, area, *task, worker) for task in texts.ZONE_TASKS]
        for n, (trade, area, name, plan, minute) in enumerate(texts.COMMON_TASKS):
            crew = cleaners if trade is Trade.CLEANING else gardeners
            wanted.append((trade, area, name, plan, minute, crew[(n + len(areas)) % len(crew)]))
        tasks, rows = [], []
        active_from = datetime.fromtimestamp(seeded, self.tz).date()
        for trade, area, name, plan, minute, worker in wanted:
            task = DemoTask(self.ids.at(seeded), trade, area, name, plan, minute, worker)
            tasks.append(task)
            rows.append(
                {
                    "id": task.id,
                    "created_at": seeded,
                    "updated_at": seeded,
                    "trade": trade.value,
                    "area": area,
                    "name": name,
                    "frequency": plan.frequency.value,
                    "weekdays": weekday_mask(plan.weekdays),
                    "month_day": plan.month_day,
                    "start_minute": minute,
                    "staff_id": worker.id,
                    "active_from": active_from,
                    "created_by": MANAGER,
                    "retired_at": None,
                    "retired_by": None,
                }
            )
        return tasks, rows

    def plan(self, buildings: list[str]) -> PlannedLogs:
        rng, tz, now = self.rng, self.tz, self.now
        draw = rng.random  # random() * n, not randrange: a third of the planning time
        seeded = self.start - DAY
        tasks, task_rows = self._tasks(zones(buildings), seeded)
        first = datetime.fromtimestamp(self.start, tz).date()
        today = datetime.fromtimestamp(now, tz).date()
        entries: list[Row] = []
        not_done = voided = 0
        due_on: dict[tuple[int, int], list[DemoTask]] = {}  # (weekday, day) -> tasks
        day = first
        while day <= today:
            key = (day.isoweekday(), day.day)
            due = due_on.get(key)
            if due is None:
                due = due_on[key] = [t for t in tasks if t.schedule.is_due(day)]
            midnight = int(datetime.combine(day, time(), tz).timestamp())
            evening = midnight + 18 * 3600
            for task in due:
                at = midnight + task.start_minute * 60 + int(draw() * 55 * 60) - 15 * 60
                if at > now or draw() < MISSING_SHARE:
                    continue
                done = draw() >= NOT_DONE_SHARE
                worker = task.worker
                if draw() < STAND_IN_SHARE:
                    crew = self.crews[task.trade]
                    worker = crew[int(draw() * len(crew))]
                typed = min(max(evening, at) + int(draw() * 7200), now)
                row = self._entry(task, day, at, typed, worker, done)
                not_done += not done
                if draw() < DOUBLE_SHARE:
                    copy = self._entry(task, day, at, typed, worker, done)
                    copy["voided_at"] = min(typed + 600, now)
                    copy["voided_by"] = self.manager_id
                    copy["void_reason"] = texts.VOID_REASON
                    entries.append(copy)
                    voided += 1
                entries.append(row)
            day += timedelta(days=1)
        return PlannedLogs(task_rows, entries, not_done, voided)

    def _entry(
        self, task: DemoTask, day: date, at: int, typed: int, worker: Worker, done: bool
    ) -> Row:
        draw = self.rng.random
        reason = note = ""
        if not done:
            reasons = texts.REASONS[task.trade]
            reason = reasons[int(draw() * len(reasons))]
        elif draw() < NOTE_SHARE:
            notes = texts.NOTES[task.trade]
            note = notes[int(draw() * len(notes))]
        return {
            "id": self.ids.at(typed),
            "created_at": typed,
            "updated_at": typed,
            "voided_at": None,
            "voided_by": None,
            "void_reason": "",
            "day": day,
            "done_at": at,
            "task_id": task.id,
            "trade": task.trade.value,
            "area": task.area,
            "task_name": task.name,
            "staff_id": worker.id,
            "staff_name": worker.name,
            "done": done,
            "reason": reason,
            "note": note,
            "recorded_by": CLERKS[int(draw() * len(CLERKS))],
        }
