"""The work logs' demo generator (core.module_spec.DemoGenerator), for the registry to
pair with the module in one line:

    WORKLOGS.with_demo(WorklogsDemo)

It reads the estate's buildings and the cleaning and greening departments' staff
and hires the crews (six cleaners, three gardeners) when it is built, plans the tasks
and every day's entries (services.demo.worklogs.planner) in `plan`, and inserts them
in `write` with the tables' indexes rebuilt after. Five years are about 30,000 entries
on the demo estate (20 buildings in five zones, a dozen areas). Like the other
generators it imports its planning code only when it is built.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from propdesk.services.core.module_spec import DemoRequest

if TYPE_CHECKING:
    from sqlalchemy import Connection


class WorklogsDemo:
    def __init__(self, connection: Connection, request: DemoRequest) -> None:
        from sqlalchemy import Table, insert, select

        from propdesk.domain.worklogs.kinds import Trade
        from propdesk.services.core.local_zone import local_zone
        from propdesk.services.demo import fakes as fake
        from propdesk.services.demo.ids import DemoIds
        from propdesk.services.demo.rows_writer import PlannedRowWriter
        from propdesk.services.demo.staff import department_id, staff_row
        from propdesk.services.demo.worklogs import texts
        from propdesk.services.demo.worklogs.planner import Worker, WorklogPlanner
        from propdesk.store.models import Building, Staff, User
        from propdesk.store.models.worklogs import WorklogEntry, WorklogTask

        rng = random.Random(f"worklogs-{request.seed}")
        ids = DemoIds(rng)
        now = int(request.now.timestamp())
        start = now - int(request.years * 365.25 * 86_400)
        hired_at = start - 30 * 86_400
        crews: dict[Trade, list[Worker]] = {}
        for code, position, count in texts.CREWS:
            department = department_id(connection, code)
            new = [
                staff_row(
                    uuid.UUID(int=ids.at(hired_at)),
                    fake.surname(rng) + fake.given_name(rng, rng.random() < 0.5, 1975),
                    department,
                    position,
                    fake.mobile(rng, set()),
                    hired_at,
                )
                for _ in range(count)
            ]
            connection.execute(insert(Staff), new)
            crews[Trade(code)] = [Worker(row["id"].int, row["name"]) for row in new]
        self._hired = sum(len(c) for c in crews.values())
        buildings = sorted(
            connection.execute(select(Building.code).where(Building.voided_at.is_(None))).scalars(),
            key=lambda c: (len(c), c),
        )
        manager = connection.execute(
            select(User.id).where(User.username == "manager1")
        ).scalar_one_or_none()
        self._buildings = list(buildings)
        self._planner = WorklogPlanner(
            rng,
            ids,
            crews,
            start=start,
            now=now,
            tz=local_zone(),
            manager_id=None if manager is None else manager.int,
        )

        def table(model: type) -> Table:
            found: Table = model.__table__  # type: ignore[attr-defined]  # declared: a Table
            return found

        self._tables = (table(WorklogTask), table(WorklogEntry))  # parents first
        self._writers = {t.name: PlannedRowWriter(connection, t) for t in self._tables}
        self._params: dict[str, list[Any]] | None = None
        self._counts: dict[str, int] = {}

    def plan(self) -> None:
        from propdesk.services.demo.worklogs import fast_params

        planned = self._planner.plan(self._buildings)
        self._counts = {
            "worklog_tasks": len(planned.tasks),
            "worklog_entries": len(planned.entries),
            "worklog_not_done": planned.not_done,
            "worklog_staff_hired": self._hired,
        }
        task, entry = (t.name for t in self._tables)
        self._params = {
            task: self._writers[task].params(planned.tasks),
            entry: fast_params.params(self._writers[entry], planned.entries),
        }

    def write(self, connection: Connection, alongside: Callable[[], None]) -> Mapping[str, int]:
        from propdesk.services.demo.rows_writer import indexes_rebuilt_after

        if self._params is None:
            self.plan()
        assert self._params is not None
        with indexes_rebuilt_after(connection, self._tables, alongside):
            for table in self._tables:
                self._writers[table.name].insert(self._params[table.name])
        self._params = {}
        return {
            "worklog_tasks": self._counts["worklog_tasks"],
            "worklog_entries": self._counts["worklog_entries"],
        }
