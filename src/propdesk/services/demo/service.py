"""Demo data: fill an empty database with a realistic estate (翠湖花园) to try the console.

The rows are planned in memory first (services.demo_plan), then written with Core
`insert()` in batches (executemany) in one transaction, with one audit row that
says what was created. An ORM `add_all` of the same rows is many times slower.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from propdesk.domain.ids import uuid7
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, ValidationError
from propdesk.services.core import audit as audit_service
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditAction
from propdesk.services.core.module_spec import DemoGenerator, DemoRequest, ModuleSpec
from propdesk.services.demo.accounts import add_demo_accounts
from propdesk.services.demo.estate_plan import DemoPlan, plan_estate
from propdesk.services.demo.gate.traffic import MAX_YEARS, Progress
from propdesk.services.master_data.id_numbers import IdNumbers
from propdesk.store.base import utcnow
from propdesk.store.models import (
    AccessCard,
    Building,
    CardStatusChange,
    Estate,
    ParkingSpace,
    Resident,
    Unit,
    Vehicle,
)
from propdesk.store.unit_of_work import Store

DEFAULT_SEED = 2024
MAX_SCALE = 10.0
BATCH = 1000
DEMO_ESTATE = {
    "name": "翠湖花园",
    "address": "广东省深圳市南山区翠湖路 88 号",
    "hotline": "0755-2688 1234",
}
# Tables that must be empty before the demo estate goes in.
_REGISTERS = (Building, Unit, Resident, Vehicle, ParkingSpace, AccessCard)


@dataclass(frozen=True)
class DemoCounts:
    buildings: int
    units: int
    residents: int
    moved_out: int  # residents on record who moved out
    parking_spaces: int
    vehicles: int  # registered (voided ones of people who left not counted)
    cards: int
    lost_cards: int
    gate_events: int = 0  # gate traffic (0 without it)
    shift_handovers: int = 0
    repair_tickets: int = 0  # the same years of repair tickets (0 without traffic)
    patrol_rounds: int = 0  # the same years of patrol rounds (0 without traffic)
    complaints: int = 0  # the same years of complaints and inquiries (0 without traffic)
    inquiries: int = 0
    equipment: int = 0  # the equipment register, and the same years of inspections
    inspections: int = 0
    rectifications: int = 0
    # The work plan's registers, the same years of each (0 without traffic).
    incidents: int = 0
    incident_actions: int = 0
    drill_sessions: int = 0  # drills and trainings, and the plan
    drill_plan_entries: int = 0
    community_events: int = 0
    survey_rounds: int = 0
    survey_responses: int = 0
    assessments: int = 0
    assessment_checks: int = 0
    assessment_notices: int = 0  # rectification notices from the spot checks
    worklog_tasks: int = 0
    worklog_entries: int = 0
    user_accounts: int = 0  # the recorded logins, named (switched off: no login)


@dataclass(frozen=True)
class DemoResult:
    created: bool  # False: the database already had data (and --if-empty was given)
    estate_name: str
    counts: DemoCounts | None
    seconds: float


def _is_empty(session: Session) -> bool:
    return all(session.scalar(select(model.id).limit(1)) is None for model in _REGISTERS)


def _estate_name(session: Session, connection: Connection) -> str:
    name = session.scalar(select(Estate.name).order_by(Estate.created_at).limit(1))
    if name is not None:
        return name
    now = utcnow()
    connection.execute(
        insert(Estate), [{"id": uuid7(), "created_at": now, "updated_at": now, **DEMO_ESTATE}]
    )
    return DEMO_ESTATE["name"]


def _write(connection: Connection, plan: DemoPlan) -> None:
    """Parents before children (foreign keys are on), in executemany batches."""
    tables = (
        (Building, plan.buildings),
        (Unit, plan.units),
        (Resident, plan.residents),
        (ParkingSpace, plan.parking_spaces),
        (Vehicle, plan.vehicles),
        (AccessCard, plan.cards),
        (CardStatusChange, plan.card_changes),
    )
    for model, rows in tables:
        for start in range(0, len(rows), BATCH):
            connection.execute(insert(model), rows[start : start + BATCH])


def _write_generators(connection: Connection, generators: list[DemoGenerator]) -> dict[str, int]:
    """Each generator writes in turn; while one leaves a core idle (`alongside`), the
    ones after it plan. Each plans once, before its own write at the latest."""
    planned: set[int] = set()

    def plan_from(first: int) -> None:
        for index in range(first, len(generators)):
            if index not in planned:
                generators[index].plan()
                planned.add(index)

    counts: dict[str, int] = {}
    for index, generator in enumerate(generators):
        if index not in planned:
            generator.plan()
            planned.add(index)
        counts.update(generator.write(connection, partial(plan_from, index + 1)))
    return counts


class DemoDataService:
    def __init__(
        self, store: Store, id_numbers: IdNumbers, modules: Sequence[ModuleSpec[Any]] = ()
    ) -> None:
        self._store = store
        self._id_numbers = id_numbers  # the residents' ID numbers are sealed with its key
        self._modules = tuple(modules)  # the registry's: each brings its generator

    def is_empty(self) -> bool:
        """No buildings, units, residents, vehicles, parking spaces or cards yet."""
        with self._store.read() as session:
            return _is_empty(session)

    def create(
        self,
        actor: Actor,
        *,
        seed: int = DEFAULT_SEED,
        scale: float = 1.0,
        if_empty: bool = False,
        traffic_years: float = 0.0,
        progress: Progress | None = None,
    ) -> DemoResult:
        """Create the demo estate (about 2,000 units × `scale`) in an empty database.

        With `if_empty`, a database that already has data is left alone (created is
        False); without it, that is a ConflictError. The same seed makes the same estate.
        `traffic_years` of gate traffic ending now are added (5 years of the full estate
        are about 2 million events, which takes most of a minute; `progress` hears how
        far the writing is), and as many years of repair tickets (about 50,000 in five
        years, a few seconds).
        """
        actor.require(Module.MASTER_DATA, Action.ADMINISTER)
        if not 0 < scale <= MAX_SCALE:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "The scale must be above 0 and at most {max}."),
                field="scale",
                max=MAX_SCALE,
            )
        if not 0 <= traffic_years <= MAX_YEARS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "The years of gate traffic must be 0 to {max}."),
                field="traffic_years",
                max=MAX_YEARS,
            )
        started = time.perf_counter()
        if if_empty and not self.is_empty():
            return DemoResult(False, "", None, time.perf_counter() - started)
        now = utcnow()
        plan = plan_estate(seed, scale, actor.username, now)  # before the write lock
        with self._store.write() as session:
            if not _is_empty(session):
                if if_empty:
                    return DemoResult(False, "", None, time.perf_counter() - started)
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The database already has buildings or residents; demo data goes "
                        "only into an empty one.",
                    )
                )
            plan.seal_id_numbers(self._id_numbers.writing_key(session))
            connection = session.connection()
            estate = _estate_name(session, connection)
            _write(connection, plan)
            counts = plan.counts()
            if traffic_years > 0:
                request = DemoRequest(
                    seed, scale, traffic_years, now, actor.station, progress=progress
                )
                # Made in registry order (a generator may read what an earlier one's
                # constructor wrote, e.g. the repairs' technicians).
                generators = [m.demo(connection, request) for m in self._modules if m.demo]
                counts.update(_write_generators(connection, generators))
                # The logins the generators recorded, named (records show people).
                counts["user_accounts"] = add_demo_accounts(connection)
            audit_service.record(
                session,
                actor,
                "demo_data",
                "estate",
                AuditAction.CREATE,
                after={"estate": estate, "seed": seed, "scale": scale, **counts},
                reason="demo data created",
            )
        return DemoResult(True, estate, DemoCounts(**counts), time.perf_counter() - started)
