"""The demo's people as user accounts, so its records show names, not logins.

The demo's generators record who did something by login (guard1…, clerk1…, tech1…),
as the console does; without accounts those logins would show as themselves. The
accounts are made from what the generators wrote: a guard's name from the handovers
they signed, a technician's from the tickets they worked on, the clerks from the
customer-service staff (or three front-desk names when there are none). They are
switched off, with a password hash nothing matches: they name people in the records
and cannot log in.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import Connection, func, insert, select

from propdesk.domain.ids import uuid7
from propdesk.domain.roles import Role
from propdesk.store.base import utcnow
from propdesk.store.models import (
    Department,
    RepairStepRecord,
    RepairTicket,
    ShiftHandover,
    Staff,
    User,
)

NO_LOGIN = "!demo-account-no-login"  # not an argon2 hash: no password verifies against it
CLERKS = ("clerk1", "clerk2", "clerk3")  # services.demo.repairs.tickets
CUSTOMER_SERVICE = "customer_service"
# The front desk's clerks when the demo hired no customer-service staff.
CLERK_NAMES = ("李秀英", "王静", "张丽华")


def _guards(connection: Connection) -> dict[str, str]:
    rows = connection.execute(
        select(ShiftHandover.from_username, ShiftHandover.from_name, func.count()).group_by(
            ShiftHandover.from_username, ShiftHandover.from_name
        )
    ).tuples()
    return _most_common(rows)


def _technicians(connection: Connection) -> dict[str, str]:
    rows = connection.execute(
        select(RepairStepRecord.username, Staff.name, func.count())
        .join(RepairTicket, RepairTicket.id == RepairStepRecord.ticket_id)
        .join(Staff, Staff.id == RepairTicket.technician_id)
        .where(RepairStepRecord.username.startswith("tech"))
        .group_by(RepairStepRecord.username, Staff.name)
    ).tuples()
    return _most_common(rows)


def _clerks(connection: Connection) -> dict[str, str]:
    names = connection.scalars(
        select(Staff.name)
        .join(Department, Department.id == Staff.department_id)
        .where(Department.code == CUSTOMER_SERVICE, Staff.voided_at.is_(None))
        .order_by(Staff.name)
        .limit(len(CLERKS))
    ).all()
    chosen = [*names, *CLERK_NAMES[len(names) :]]
    return dict(zip(CLERKS, chosen, strict=False))


def _most_common(rows: object) -> dict[str, str]:
    """login → the name it was seen with most (a login is one person)."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for login, name, count in rows:  # type: ignore[attr-defined]
        if login and name:
            seen[login][name] += count
    return {login: names.most_common(1)[0][0] for login, names in sorted(seen.items())}


def add_demo_accounts(connection: Connection) -> int:
    """Accounts for the demo's logins that have none; returns how many were made."""
    wanted = [
        *((login, name, Role.GUARD) for login, name in _guards(connection).items()),
        *((login, name, Role.TECHNICIAN) for login, name in _technicians(connection).items()),
        *((login, name, Role.CLERK) for login, name in _clerks(connection).items()),
    ]
    taken = set(connection.scalars(select(User.username)))
    now = utcnow()
    rows = [
        {
            "id": uuid7(),
            "username": login,
            "display_name": name[:60],
            "role": role.value,
            "password_hash": NO_LOGIN,
            "active": False,
            "failed_attempts": 0,
            "created_at": now,
            "updated_at": now,
        }
        for login, name, role in wanted
        if login not in taken
    ]
    if rows:
        connection.execute(insert(User), rows)
    return len(rows)
