"""The repairs' front door: tickets, their settings and prints, built once from the
shared services. The UI and the CLI reach it with `services.module(RepairServices)`."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.services.core.handoffs import RepairDesk
from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.repairs.desk import repair_desk
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
    desk: RepairDesk  # lent to the modules that open tickets (patrol, inspections)

    @classmethod
    def build(cls, context: ModuleContext) -> RepairServices:
        settings = RepairSettingsService(context.store, context.get(EstateSettingsService))
        tickets = RepairService(context.store, settings)
        return cls(
            tickets=tickets,
            settings=settings,
            prints=RepairPrintService(context.get(EstateService)),
            desk=repair_desk(context.store, tickets),
        )
