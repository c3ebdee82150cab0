"""Which inspections are owed: every live template × each of its areas, judged by
domain.inspections.due from the template's frequency and the last inspection of that
area (re-inspections of a single item do not count: they answer a notice, not the
round). One grouped read on (series_id, area, inspected_at)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from propdesk.domain.inspections.due import DueState, DueStatus, due_state
from propdesk.domain.inspections.kinds import Frequency, InspectionKind
from propdesk.domain.roles import Action, Module
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_window import date_in_window
from propdesk.services.core.local_zone import local_zone
from propdesk.services.core.store_service import StoreService
from propdesk.services.inspections.template_codec import template_of
from propdesk.services.inspections.templates import newest_versions
from propdesk.store.base import utcnow
from propdesk.store.models import Inspection

_ORDER = {DueStatus.OVERDUE: 0, DueStatus.DUE: 1, DueStatus.DONE: 2, DueStatus.NOT_ACTIVE: 3}


@dataclass(frozen=True)
class DueRow:
    template_id: uuid.UUID  # the newest version: what a new inspection uses
    series_id: uuid.UUID
    kind: InspectionKind
    template_name: str
    frequency: Frequency
    area: str
    state: DueState
    last_done: date | None


@dataclass(frozen=True)
class DueCounts:
    due_today: int  # owed now (overdue ones included)
    overdue: int


def due_rows(session: Session, today: date) -> list[DueRow]:
    """Overdue first (oldest first), then due, then done."""
    last: dict[tuple[uuid.UUID, str], datetime] = {
        (series, area): at
        for series, area, at in session.execute(
            select(Inspection.series_id, Inspection.area, func.max(Inspection.inspected_at))
            .where(Inspection.voided_at.is_(None), Inspection.rectification_id.is_(None))
            .group_by(Inspection.series_id, Inspection.area)
        ).tuples()
    }
    zone = local_zone()
    rows: list[DueRow] = []
    for version in newest_versions(session):
        frequency = Frequency(version.frequency)
        template = template_of(version)
        for area in template.areas:
            at = last.get((version.series_id, area))
            done = None if at is None else at.astimezone(zone).date()
            state = due_state(frequency, today, active_from=version.active_from, last_done=done)
            rows.append(
                DueRow(
                    version.id,
                    version.series_id,
                    template.kind,
                    template.name,
                    frequency,
                    area,
                    state,
                    done,
                )
            )
    rows.sort(
        key=lambda r: (
            _ORDER[r.state.status],
            r.state.overdue_since or date.max,
            r.template_name,
            r.area,
        )
    )
    return rows


def counts_of(rows: list[DueRow]) -> DueCounts:
    return DueCounts(
        sum(1 for r in rows if r.state.due_today),
        sum(1 for r in rows if r.state.status is DueStatus.OVERDUE),
    )


class DueService(StoreService):
    def rows(self, actor: Actor, today: date | None = None) -> list[DueRow]:
        actor.require(Module.INSPECTIONS, Action.VIEW)
        day = today or utcnow().astimezone(local_zone()).date()
        date_in_window(day, "today")
        with self._store.read() as session:
            return due_rows(session, day)
