"""Who a report names as its author (编制人): a person, never a login or "system".

In the window the signed-in person makes the report. A headless command (a scheduled
`propdesk report monthly`) acts as the system; it names whom `--by` gives (a login is
shown as that person's name), else the estate's manager: the first active user with
the manager role, by name. Without one, the author is left empty and the report names
the property service centre itself.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.roles import Role
from propdesk.services.core.actor import Actor
from propdesk.services.core.people import display_name
from propdesk.services.core.text import bounded_text
from propdesk.store.models import User

AUTHOR_MAX = 60  # a person's display name (a login is shorter)


def estate_manager(session: Session) -> str:
    """The name of the first active manager by name, or "" when there is none."""
    name = session.scalars(
        select(User.display_name)
        .where(User.role == Role.MANAGER.value, User.active.is_(True))
        .order_by(User.display_name, User.username)
        .limit(1)
    ).first()
    return name or ""


def clean_author(by: str) -> str:
    """`--by` as typed: cleaned, storable and at most AUTHOR_MAX characters (a login or
    a person's name), else ValidationError on the field "by"."""
    return bounded_text(by, "by", AUTHOR_MAX)


def report_author(session: Session, actor: Actor, by: str | None) -> str:
    """`by` (a login shown as its person's name, or a name as typed), else the signed-in
    person, else for a headless command the estate's manager ("" without one)."""
    given = " ".join((by or "").split())
    if given:
        return display_name(session, given)
    if not _headless(actor):
        return actor.display_name
    return estate_manager(session)


def _headless(actor: Actor) -> bool:
    """The actor of a headless command (services.core.actor.system_actor)."""
    return actor.user_id is None and actor.username.startswith("system:")
