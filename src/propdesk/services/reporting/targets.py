"""The service targets of a period: each target's source (declared by the module that
records its data, ModuleSpec.targets) asked for its window, judged by its domain
function against the threshold in force. A target no module records shows "no data",
never a made-up number."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy.orm import Session

from propdesk.domain import service_targets
from propdesk.domain.roles import Action, Module
from propdesk.domain.service_targets import TARGETS, Period, TargetKey, TargetResult
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import TargetSource
from propdesk.services.reporting.targets_settings import TargetSettings, Thresholds, read_thresholds
from propdesk.services.station.estate_settings import EstateSettingsService
from propdesk.store.base import utcnow
from propdesk.store.unit_of_work import Store


def evaluate_in(
    session: Session,
    period: Period,
    now: datetime,
    sources: Mapping[TargetKey, TargetSource],
) -> list[TargetResult]:
    """Every target, in the catalogue's order, read inside the caller's transaction
    (the monthly report reads its figures and the targets in one snapshot)."""
    inputs = {
        spec.key: sources[spec.key](session, period.window(spec.window), now)
        for spec in TARGETS
        if spec.key in sources
    }
    return service_targets.evaluate(period, inputs, read_thresholds(session))


class TargetsService:
    def __init__(
        self,
        store: Store,
        estate_settings: EstateSettingsService,
        sources: Mapping[TargetKey, TargetSource],
    ) -> None:
        self._store = store
        self.sources = sources
        self.settings = TargetSettings(store, estate_settings)

    def evaluate(
        self, actor: Actor, period: Period, now: datetime | None = None
    ) -> list[TargetResult]:
        """The ten targets for `period` (local dates): actual, threshold, and met /
        not met / no data, with the counts behind each figure."""
        actor.require(Module.REPORTS, Action.VIEW)
        with self._store.read() as session:
            return evaluate_in(session, period, now or utcnow(), self.sources)

    def thresholds(self, actor: Actor | None = None) -> Thresholds:
        return self.settings.thresholds(actor)

    def set_thresholds(self, actor: Actor, changes: Mapping[TargetKey, object]) -> Thresholds:
        return self.settings.set_thresholds(actor, changes)
