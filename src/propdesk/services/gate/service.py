"""The gate's front door: every gate service, built once from the shared ones.

The UI and the CLI reach it with `services.module(GateServices)`; each flow lives in
its own file (entries: cards and visitors; vehicles; items; notices; handover; the
journal; retention of visitors' personal data; prints; the gate's settings; voiding)."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.services.core.handoffs import IncidentDesk
from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.gate.entries import GateEntryService
from propdesk.services.gate.handover import GateHandoverService
from propdesk.services.gate.incidents import GateIncidents
from propdesk.services.gate.items import GateItemService
from propdesk.services.gate.journal import GateJournalService
from propdesk.services.gate.notices import GateNoticeService
from propdesk.services.gate.prints import GatePrintService
from propdesk.services.gate.retention import GateRetentionService
from propdesk.services.gate.search import GateSearchService
from propdesk.services.gate.settings import GateSettingsService
from propdesk.services.gate.vehicles import GateVehicleService
from propdesk.services.gate.voiding import GateVoidService
from propdesk.services.station.estate import EstateService
from propdesk.services.station.estate_settings import EstateSettingsService


@dataclass(frozen=True)
class GateServices:
    entries: GateEntryService  # cards and visitors, who is inside now
    journal: GateJournalService
    retention: GateRetentionService
    vehicles: GateVehicleService
    items: GateItemService
    notices: GateNoticeService
    handover: GateHandoverService
    prints: GatePrintService
    settings: GateSettingsService  # the tariff and visitor limits (Settings → Gate)
    voiding: GateVoidService  # a wrong entry or release slip voided with a reason
    search: GateSearchService  # where a quick-search hit is shown in the gate tab
    # A safety incident from a journal entry (the incidents module's desk, built after
    # us: looked up when used).
    incidents: GateIncidents

    @classmethod
    def build(cls, context: ModuleContext) -> GateServices:
        store = context.store
        estate_settings = context.get(EstateSettingsService)
        settings = GateSettingsService(store, estate_settings)
        return cls(
            entries=GateEntryService(store, lambda: settings.gate().visitor_overdue_hour),
            journal=GateJournalService(store),
            retention=GateRetentionService(
                store, settings, estate_settings, station=context.station
            ),
            vehicles=GateVehicleService(
                store,
                lambda: settings.gate().tariff,
                lambda: settings.gate().visitor_overdue_hour,
            ),
            items=GateItemService(store),
            notices=GateNoticeService(store),
            handover=GateHandoverService(store),
            prints=GatePrintService(context.get(EstateService)),
            settings=settings,
            voiding=GateVoidService(store),
            search=GateSearchService(store),
            incidents=GateIncidents(store, context.later(IncidentDesk)),
        )
