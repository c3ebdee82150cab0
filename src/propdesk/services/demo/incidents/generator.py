"""The incidents module's demo generator (core.module_spec.DemoGenerator), for the
registry to pair with the module in one line:

    INCIDENTS.with_demo(IncidentsDemo)

A realistic handful: 3 to 8 incidents a year over the demo's years (its traffic's), mostly minor
thefts and accidents, rarely a fire or a storm; every one before this month is closed
with its follow-ups done; this month's two are open, one with a follow-up already
past its deadline, so the dashboard shows something. A few dozen rows written with
one bulk INSERT per table; the SJ counters are moved on so the next incident recorded
at the desk gets the next number. Deterministic: one seed makes the same incidents.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from propdesk.domain.numbering import NumberKind
from propdesk.services.core.module_spec import DemoRequest

if TYPE_CHECKING:
    from sqlalchemy import Connection

PER_YEAR = (3, 8)
GUARDS = ("王建国", "李志强", "张伟", "刘洋", "陈磊")
SUPERVISOR = "赵班长"
RECORDER = "客服中心"


class IncidentsDemo:
    def __init__(self, connection: Connection, request: DemoRequest) -> None:
        from propdesk.services.demo.number_counters import NumberCounters

        self._request = request
        self._numbers = NumberCounters(connection, NumberKind.INCIDENT)
        self._rng = random.Random(f"incidents-{request.seed}")
        self._incidents: list[dict[str, Any]] = []
        self._actions: list[dict[str, Any]] = []

    def plan(self) -> None:
        from propdesk.services.demo.incidents.texts import STORIES

        rng, now = self._rng, self._request.now.astimezone()
        weights = [w for w, _ in STORIES]
        stories = [s for _, s in STORIES]
        # As many years as the demo's traffic (five by default), ending now.
        years = max(0.0, self._request.years)
        start = now - timedelta(days=365 * years)
        month_start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        moments: list[datetime] = []
        year = 0
        while year < years:
            part = min(1.0, years - year)  # the last, part of a year: its share
            first = start + timedelta(days=365 * year)
            for _ in range(round(rng.randint(*PER_YEAR) * part)):
                moment = first + timedelta(seconds=rng.randrange(int(365 * 86_400 * part) or 1))
                if moment < month_start - timedelta(days=1):
                    moments.append(moment)
            year += 1
        # This month's: two still open, the first with a follow-up past its deadline.
        opened = [
            max(month_start, now - timedelta(days=12)) + timedelta(hours=9),
            now - timedelta(hours=20),
        ]
        moments += [m for m in opened if m < now]
        moments.sort()
        current = set(opened)
        ids = _Ids(rng)
        for moment in moments:
            story = rng.choices(stories, weights)[0]
            self._add(story, moment, moment in current, now, ids)

    def _add(self, story: Any, moment: datetime, live: bool, now: datetime, ids: _Ids) -> None:
        rng = self._rng
        incident_id = ids.at(moment)
        guard = rng.choice(GUARDS)
        building = rng.randint(1, 20)
        number = self._numbers.take(f"{moment:%Y%m}")
        report = f"{moment:%Y%m%d}{rng.randint(100, 999)}" if story.police else ""
        closed_at = None
        if not live:  # closed within a few weeks, never after now
            closed_at = min(moment + timedelta(days=rng.randint(5, 25)), now - timedelta(hours=1))
        self._incidents.append(
            {
                "id": incident_id,
                "number": number,
                "kind": story.kind.value,
                "title": story.title,
                "occurred_at": moment,
                "place": story.place.format(b=building),
                "what_happened": story.what,
                "responders": f"{guard}、{SUPERVISOR}",
                "response": story.response,
                "police_called": story.police,
                "police_report": report,
                "fire_called": story.fire,
                "fire_report": "",
                "injuries": story.injuries,
                "losses": story.losses,
                "loss_fen": story.loss_yuan * 100,
                "reported_by": guard,  # shown as written: no account of that name
                "source_kind": "",
                "source_id": "",
                "source_number": "",
                "closed_at": closed_at,
                "closed_by": SUPERVISOR if closed_at else "",
                "close_reason": "",
                "created_at": moment,
                "updated_at": closed_at or moment,
                "voided_at": None,
                "voided_by": None,
                "void_reason": "",
            }
        )
        for index, (what, who) in enumerate(story.follow_ups):
            deadline = moment + timedelta(days=3 + 4 * index)
            if live and index == 0:
                deadline = min(deadline, now - timedelta(days=2))  # overdue now
            done = None
            if closed_at is not None:
                done = min(deadline - timedelta(hours=rng.randint(2, 40)), closed_at)
                done = max(done, moment + timedelta(hours=1))
            self._actions.append(
                {
                    "id": ids.at(moment + timedelta(seconds=index + 1)),
                    "incident_id": incident_id,
                    "what": what,
                    "who": who,
                    "deadline": max(deadline, moment + timedelta(hours=1)),
                    "created_by": RECORDER,
                    "done_at": done,
                    "done_by": who if done else "",
                    "done_note": "",
                    "created_at": moment,
                    "updated_at": done or moment,
                }
            )

    def write(self, connection: Connection, alongside: Callable[[], None]) -> Mapping[str, int]:
        del alongside  # a few dozen rows: no core is left idle long enough to matter
        from sqlalchemy import insert

        from propdesk.store.models.incidents import Incident, IncidentAction

        if self._incidents:
            connection.execute(insert(Incident), self._incidents)
        if self._actions:
            connection.execute(insert(IncidentAction), self._actions)
        self._numbers.write(connection)
        return {"incidents": len(self._incidents), "incident_actions": len(self._actions)}


class _Ids:
    """UUIDv7 from each row's own time, the seeded generator's bits."""

    def __init__(self, rng: random.Random) -> None:
        from propdesk.services.demo.ids import DemoIds

        self._ids = DemoIds(rng)

    def at(self, moment: datetime) -> uuid.UUID:
        return uuid.UUID(int=self._ids.at(int(moment.timestamp())))
