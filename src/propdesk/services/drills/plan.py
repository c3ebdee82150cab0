"""The year's plan (年度演练计划): its entries (a topic due by a day), adopted from
the default with one click or added one by one, changed or voided with a reason; read
with each entry's state as the sessions held answer it (domain.drills.plan).

Writes need DRILLS UPDATE (clerks and managers keep the plan); voiding an entry, VOID.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from propdesk.domain.drills import rules
from propdesk.domain.drills.kinds import Topic
from propdesk.domain.drills.plan import (
    HeldSession,
    PlanItem,
    PlanLine,
    default_plan,
    plan_lines,
)
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_window import EARLIEST, LATEST, date_in_window
from propdesk.services.core.local_zone import local_zone
from propdesk.services.core.periods import start_of
from propdesk.services.core.store_service import StoreService
from propdesk.services.core.text import bounded_text
from propdesk.services.drills.inputs import clean_topic
from propdesk.services.drills.views import PlanRow, YearPlan
from propdesk.store.base import utcnow
from propdesk.store.models.drills import DrillPlanEntry, DrillSession

ENTITY = "drill_plan_entry"
FIELDS = ("year", "topic", "due_on", "notes")
FIELD_DUE = "due_on"
FIELD_NOTES = "notes"
FIELD_YEAR = "year"


@dataclass(frozen=True)
class PlanEntryInput:
    topic: Topic
    due_on: date
    notes: str = ""


def clean_year(year: object) -> int:
    if (
        isinstance(year, bool)
        or not isinstance(year, int)
        or not EARLIEST.year <= year <= LATEST.year
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter a year from {first} to {last}."),
            field=FIELD_YEAR,
            first=EARLIEST.year,
            last=LATEST.year,
        )
    return year


def _clean_entry(data: PlanEntryInput) -> tuple[Topic, date, str]:
    topic = clean_topic(data.topic)
    if not isinstance(data.due_on, date) or isinstance(data.due_on, datetime):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter the day it is due by."), field=FIELD_DUE
        )
    date_in_window(data.due_on, FIELD_DUE)
    notes = bounded_text(
        data.notes if isinstance(data.notes, str) else "", FIELD_NOTES, rules.MAX_PLAN_NOTE
    )
    return topic, data.due_on, notes


def year_lines(session: Session, year: int, today: date) -> list[tuple[DrillPlanEntry, PlanLine]]:
    """The year's live entries, each with its line (state, answering session), by due day."""
    entries = {
        e.id: e
        for e in session.scalars(
            select(DrillPlanEntry).where(
                DrillPlanEntry.year == year, DrillPlanEntry.voided_at.is_(None)
            )
        )
    }
    # The year's sessions by the station's local day (a day either side of UTC's).
    start = start_of(date(year, 1, 1))
    end = start_of(date(year + 1, 1, 1)) if year < LATEST.year else None
    query = select(DrillSession.id, DrillSession.topic, DrillSession.held_at).where(
        DrillSession.voided_at.is_(None), DrillSession.held_at >= start
    )
    if end is not None:
        query = query.where(DrillSession.held_at < end)
    zone = local_zone()
    held = [
        HeldSession(r.id, Topic(r.topic), r.held_at.astimezone(zone).date())
        for r in session.execute(query)
    ]
    items = [PlanItem(e.id, Topic(e.topic), e.due_on) for e in entries.values()]
    return [(entries[line.item.key], line) for line in plan_lines(items, held, today)]  # type: ignore[index]


def year_plan(session: Session, year: int, today: date) -> YearPlan:
    found = year_lines(session, year, today)
    numbers: dict[object, str] = {}
    keys = [line.answered_by.key for _e, line in found if line.answered_by is not None]
    if keys:
        numbers = dict(
            session.execute(
                select(DrillSession.id, DrillSession.number).where(DrillSession.id.in_(keys))
            )
            .tuples()
            .all()
        )
    rows = tuple(
        PlanRow(
            entry.id,
            entry.year,
            Topic(entry.topic),
            entry.due_on,
            entry.notes,
            line.state,
            numbers.get(line.answered_by.key, "") if line.answered_by else "",
            line.answered_by.key if line.answered_by else None,  # type: ignore[arg-type]
            line.answered_by.held_on if line.answered_by else None,
        )
        for entry, line in found
    )
    return YearPlan(year, today, rows)


class PlanService(StoreService):
    def plan(self, actor: Actor, year: int, *, today: date | None = None) -> YearPlan:
        """The year's entries with their states as of `today` (the station's day)."""
        actor.require(Module.DRILLS, Action.VIEW)
        year = clean_year(year)
        day = today or utcnow().astimezone(local_zone()).date()
        with self._store.read() as session:
            return year_plan(session, year, day)

    def adopt_default(self, actor: Actor, year: int, default_notes: Sequence[str] = ()) -> int:
        """The default plan (domain.drills.plan.default_plan) as the year's entries;
        refused when the year has a plan already (change that one instead). The notes,
        when given, are the defaults' notes in the user's language, one per entry."""
        actor.require(Module.DRILLS, Action.UPDATE)
        year = clean_year(year)
        defaults = default_plan(year)
        notes = list(default_notes) if default_notes else ["" for _ in defaults]
        if len(notes) != len(defaults):
            raise ValueError("one note per default entry")
        with self._store.write() as session:
            held = session.scalar(
                select(func.count()).where(
                    DrillPlanEntry.year == year, DrillPlanEntry.voided_at.is_(None)
                )
            )
            if held:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "messages", "{year} has a plan already; change its entries instead."
                    ),
                    field=FIELD_YEAR,
                    year=year,
                )
            for entry, note in zip(defaults, notes, strict=True):
                text = bounded_text(note, FIELD_NOTES, rules.MAX_PLAN_NOTE)
                row = DrillPlanEntry(
                    year=year, topic=entry.topic.value, due_on=entry.due_on, notes=text
                )
                records.create(session, actor, ENTITY, row, FIELDS)
        return len(defaults)

    def add(self, actor: Actor, data: PlanEntryInput) -> uuid.UUID:
        actor.require(Module.DRILLS, Action.UPDATE)
        topic, due_on, notes = _clean_entry(data)
        with self._store.write() as session:
            row = DrillPlanEntry(year=due_on.year, topic=topic.value, due_on=due_on, notes=notes)
            records.create(session, actor, ENTITY, row, FIELDS)
            created: uuid.UUID = row.id
            return created

    def change(self, actor: Actor, entry_id: uuid.UUID, data: PlanEntryInput) -> None:
        """Another topic, day or note; the day stays in the entry's year."""
        actor.require(Module.DRILLS, Action.UPDATE)
        topic, due_on, notes = _clean_entry(data)
        with self._store.write() as session:
            row = _live_entry(session, entry_id)
            if due_on.year != row.year:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("messages", "Keep the day within {year}."),
                    field=FIELD_DUE,
                    year=row.year,
                )
            records.update(
                session,
                actor,
                ENTITY,
                row,
                FIELDS,
                {"topic": topic.value, "due_on": due_on, "notes": notes},
            )

    def void(self, actor: Actor, entry_id: uuid.UUID, reason: str) -> None:
        actor.require(Module.DRILLS, Action.VOID)
        with self._store.write() as session:
            row = _live_entry(session, entry_id)
            records.void(session, actor, ENTITY, row, FIELDS, reason)


def _live_entry(session: Session, entry_id: uuid.UUID) -> DrillPlanEntry:
    row = session.get(DrillPlanEntry, entry_id) if isinstance(entry_id, uuid.UUID) else None
    if row is None or row.voided_at is not None:
        raise NotFoundError(QT_TRANSLATE_NOOP("messages", "That plan entry is not on record."))
    return row
