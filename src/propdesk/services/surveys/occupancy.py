"""Units lived in on a day: the denominator of a round's response rate.

A unit counts when a live resident of it had moved in by that day (or has no move-in
date) and had not moved out before it; voided units and residents count nowhere. One
count over the resident register (6,000 rows on the demo estate: a few milliseconds).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from propdesk.store.models import Resident, Unit


def occupied_units(session: Session, day: date) -> int:
    return int(
        session.scalar(
            select(func.count(func.distinct(Resident.unit_id)))
            .join(Unit, Unit.id == Resident.unit_id)
            .where(
                Resident.voided_at.is_(None),
                Unit.voided_at.is_(None),
                or_(Resident.move_in.is_(None), Resident.move_in <= day),
                or_(Resident.move_out.is_(None), Resident.move_out > day),
            )
        )
        or 0
    )
