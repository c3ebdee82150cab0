"""The patrol module's front door: routes, schedule, rounds, findings, compliance,
prints and the wand import, built once from the shared services. The UI and the CLI
reach it with `services.module(PatrolServices)`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from propdesk.services.core.handoffs import IncidentDesk, RepairDesk
from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.patrol.compliance_service import ComplianceService
from propdesk.services.patrol.findings import FindingService
from propdesk.services.patrol.prints import PatrolPrintService
from propdesk.services.patrol.rounds import RoundService
from propdesk.services.patrol.routes import RouteService
from propdesk.services.patrol.settings import PatrolSettingsService
from propdesk.services.station.estate import EstateService
from propdesk.services.station.estate_settings import EstateSettingsService
from propdesk.store.unit_of_work import Store

if TYPE_CHECKING:
    from propdesk.services.patrol.wand_import import WandImportService


@dataclass(frozen=True)
class PatrolServices:
    routes: RouteService
    settings: PatrolSettingsService
    rounds: RoundService
    findings: FindingService
    compliance: ComplianceService
    prints: PatrolPrintService
    # What the wand import is built from (the import itself is made on first use).
    store: Store
    estate_settings: EstateSettingsService

    @classmethod
    def build(cls, context: ModuleContext) -> PatrolServices:
        store = context.store
        # The repairs module lends its desk when it is in the registry before us; the
        # incidents module, after us, lends its own: looked up when it is used.
        findings = FindingService(store, context.find(RepairDesk), context.later(IncidentDesk))
        return cls(
            routes=RouteService(store),
            settings=PatrolSettingsService(store, context.get(EstateSettingsService)),
            rounds=RoundService(store),
            findings=findings,
            compliance=ComplianceService(store),
            prints=PatrolPrintService(store, context.get(EstateService), findings),
            store=store,
            estate_settings=context.get(EstateSettingsService),
        )

    @cached_property
    def wands(self) -> WandImportService:
        """Made on first use: it reads Excel files with openpyxl, which the window's
        start need not load (as `Services.importing`)."""
        from propdesk.services.patrol.wand_import import WandImportService

        return WandImportService(self.store, self.estate_settings)
