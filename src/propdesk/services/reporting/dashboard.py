"""The home dashboard's snapshot: today's gate traffic, who and what is inside now, the
open and overdue repair tickets, and the service targets of the month so far.

Each part is read through the module that owns it (the same definitions as the gate
tab's "inside now" and the repairs' workload) and only when the role may see that
module; a part the role may not see is None and the dashboard leaves it out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from propdesk.domain.roles import Action, Module
from propdesk.domain.service_targets import Period, TargetResult
from propdesk.reports.monthly.model import GateCounts
from propdesk.services.core.actor import Actor
from propdesk.services.gate.entries import GateService
from propdesk.services.gate.figures import gate_figures
from propdesk.services.gate.vehicles import GateVehicleService
from propdesk.services.repairs.tickets import RepairService
from propdesk.services.reporting.targets import TargetsService
from propdesk.store.base import utcnow
from propdesk.store.unit_of_work import Store


@dataclass(frozen=True)
class Dashboard:
    as_of: datetime
    month: Period  # the running month, whose targets are shown
    today: GateCounts | None  # None: the role may not see the gate
    visitors_inside: int | None
    vehicles_inside: int | None
    open_tickets: int | None  # None: the role may not see the repairs
    overdue_tickets: int | None  # open, nobody arrived, past the arrival limit
    targets: tuple[TargetResult, ...] | None  # None: the role may not see reports


class DashboardService:
    def __init__(
        self,
        store: Store,
        gate: GateService,
        vehicles: GateVehicleService,
        repairs: RepairService,
        targets: TargetsService,
    ) -> None:
        self._store = store
        self._gate = gate
        self._vehicles = vehicles
        self._repairs = repairs
        self._targets = targets

    def snapshot(self, actor: Actor, now: datetime | None = None) -> Dashboard:
        now = now or utcnow()
        today = now.astimezone().date()
        month = Period.month(today.year, today.month)
        traffic = visitors = vehicles = open_count = overdue = None
        if actor.may(Module.GATE, Action.VIEW):
            with self._store.read() as session:
                traffic = gate_figures(session, Period(today, today)).totals
            visitors = len(self._gate.inside_now(actor, now))
            vehicles = len(self._vehicles.inside_now(actor, now))
        if actor.may(Module.REPAIRS, Action.VIEW):
            loads = self._repairs.workload(actor, now)
            open_count = sum(load.open_count for load in loads)
            overdue = sum(load.overdue_count for load in loads)
        targets = None
        if actor.may(Module.REPORTS, Action.VIEW):
            targets = tuple(self._targets.evaluate(actor, month, now))
        return Dashboard(now, month, traffic, visitors, vehicles, open_count, overdue, targets)
