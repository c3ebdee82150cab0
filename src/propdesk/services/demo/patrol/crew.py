"""Who walks the demo rounds: the security department's patrol guards, in four teams on
the gate's 12-hour shifts (12 hours on, 36 off), and the duty supervisors findings are
escalated to. The department's live staff are used; when it has none, twelve guards
and two supervisors are hired (written here, before the rounds are planned).
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select

from propdesk.services.demo import fakes as fake
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.patrol import texts
from propdesk.services.demo.staff import department_id, staff_row
from propdesk.store.models import Staff

TEAMS = 4  # as many as the gate's shifts rotate over
GUARDS_HIRED = 12  # three a team: a night round (up to an hour) every 90 minutes each
MANAGERS_HIRED = 2


@dataclass(frozen=True)
class Guard:
    id: int  # the staff row's UUID as an integer
    name: str


@dataclass(frozen=True)
class Crew:
    teams: tuple[tuple[Guard, ...], ...]  # TEAMS teams, each of one guard or more
    managers: tuple[str, ...]  # duty supervisors' names
    hired: int


def _teams(guards: list[Guard]) -> tuple[tuple[Guard, ...], ...]:
    """Guard i joins team i mod TEAMS; with fewer guards than teams, they double up."""
    return tuple(
        tuple(g for i, g in enumerate(guards) if i % TEAMS == team) or (guards[team % len(guards)],)
        for team in range(TEAMS)
    )


def read_crew(connection: Connection, rng: random.Random, ids: DemoIds, since: int) -> Crew:
    department = department_id(connection, "security")
    found = connection.execute(
        select(Staff.id, Staff.name, Staff.position)
        .where(Staff.department_id == department, Staff.voided_at.is_(None))
        .order_by(Staff.name, Staff.id)
    ).all()
    if found:
        guards = [Guard(r.id.int, r.name) for r in found if r.position != texts.MANAGER_POSITION]
        managers = [r.name for r in found if r.position == texts.MANAGER_POSITION]
        if guards:
            named = [fake.surname(rng) + fake.given_name(rng, True, 1980) for _ in range(2)]
            return Crew(_teams(guards), tuple(managers or named), 0)
    hired = [
        (texts.GUARD_POSITION, fake.surname(rng) + fake.given_name(rng, True, 1990))
        for _ in range(GUARDS_HIRED)
    ] + [
        (texts.MANAGER_POSITION, fake.surname(rng) + fake.given_name(rng, True, 1978))
        for _ in range(MANAGERS_HIRED)
    ]
    phones: set[str] = set()
    made = [(uuid.UUID(int=ids.at(since)), position, name) for position, name in hired]
    connection.execute(
        insert(Staff),
        [
            staff_row(staff_id, name, department, position, fake.mobile(rng, phones), since)
            for staff_id, position, name in made
        ],
    )
    guards = [Guard(i.int, name) for i, position, name in made if position == texts.GUARD_POSITION]
    managers = [name for _i, position, name in made if position == texts.MANAGER_POSITION]
    return Crew(_teams(guards), tuple(managers), len(made))
