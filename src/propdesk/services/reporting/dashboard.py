"""The home dashboard's snapshot: each module's box of figures and charts (today's gate
traffic, the open repair tickets, …) and the service targets of the month so far.

The modules are the registry's, injected by bootstrap: each brings its own figures
(`ModuleSpec.dashboard`, read through its front door with the same definitions as its
tab) and says itself whether the role may see them; a box the role may not see is left
out. Nothing here names a module.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from propdesk.domain.roles import Action, Module
from propdesk.domain.service_targets import Period, TargetKey, TargetResult
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import (
    DashboardGroup,
    DashboardPart,
    ModuleSpec,
    TargetLink,
    ViewRequest,
)
from propdesk.services.reporting.targets import TargetsService
from propdesk.store.base import utcnow
from propdesk.store.unit_of_work import Store


@dataclass(frozen=True)
class Dashboard:
    as_of: datetime
    month: Period  # the running month, whose targets are shown
    groups: tuple[DashboardGroup, ...]  # the boxes the role may see, in registry order
    targets: tuple[TargetResult, ...] | None  # None: the role may not see reports
    # The targets whose figure leads to the records behind it.
    target_links: Mapping[TargetKey, TargetLink]

    def target_view(self, key: TargetKey) -> ViewRequest | None:
        """Where the target's figure of this month leads, if anywhere."""
        link = self.target_links.get(key)
        return link.view(self.month) if link is not None else None


class DashboardService:
    def __init__(
        self,
        store: Store,
        modules: tuple[ModuleSpec[Any], ...],
        front_door_of: Callable[[ModuleSpec[Any]], object | None],
        targets: TargetsService,
    ) -> None:
        self._store = store
        self._parts: list[tuple[DashboardPart, object | None]] = [
            (spec.dashboard, front_door_of(spec)) for spec in modules if spec.dashboard
        ]
        # A target is one module's (target_sources refuses a second source): so is its link.
        self._links = {key: link for spec in modules for key, link in spec.target_links.items()}
        self._targets = targets

    def snapshot(self, actor: Actor, now: datetime | None = None) -> Dashboard:
        now = now or utcnow()
        today = now.astimezone().date()
        month = Period.month(today.year, today.month)
        read = (
            part.source(door, self._store, actor, now)
            for part, door in self._parts
            if actor.may(part.right, Action.VIEW)
        )
        groups = tuple(group for group in read if group is not None)
        targets = None
        if actor.may(Module.REPORTS, Action.VIEW):
            targets = tuple(self._targets.evaluate(actor, month, now))
        return Dashboard(now, month, groups, targets, self._links)
