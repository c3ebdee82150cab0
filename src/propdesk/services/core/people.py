"""People by name: records keep who did something as their login (stable, unique), and
every list, timeline, export and workbook shows the person's name instead (王经理, not
admin). One lookup, in the caller's session, for all of them.

A login that is no user (a headless command's "system:root", a user since renamed or a
row imported from elsewhere) shows as itself: the record must still say who it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.store.models import User

_BATCH = 500  # SQLite's bound-parameter limit, with room to spare


def display_names(session: Session, usernames: Iterable[str]) -> Mapping[str, str]:
    """login → the person's name, for every login given (itself when it is no user)."""
    wanted = sorted({name for name in usernames if name})
    names = {name: name for name in wanted}
    for start in range(0, len(wanted), _BATCH):
        rows = session.execute(
            select(User.username, User.display_name).where(
                User.username.in_(wanted[start : start + _BATCH])
            )
        ).tuples()
        for username, display_name in rows:
            names[username] = display_name or username
    return names


def display_name(session: Session, username: str) -> str:
    return display_names(session, (username,)).get(username, username)
