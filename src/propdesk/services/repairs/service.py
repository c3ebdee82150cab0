"""The repairs' front door: tickets, their settings and prints, built once from the
shared services. The UI and the CLI reach it with `services.module(RepairServices)`."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.repairs.prints import RepairPrintService
from propdesk.services.repairs.settings import RepairSettingsService
from propdesk.services.repairs.tickets import RepairService
from propdesk.services.station.estate import EstateService
from propdesk.services.station.estate_settings import EstateSettingsService


@dataclass(frozen=True)
class RepairServices:
    tickets: RepairService
    settings: RepairSettingsService
    prints: RepairPrintService

    @classmethod
    def build(cls, context: ModuleContext) -> RepairServices:
        settings = RepairSettingsService(context.store, context.get(EstateSettingsService))
        return cls(
            tickets=RepairService(context.store, settings),
            settings=settings,
            prints=RepairPrintService(context.get(EstateService)),
        )
