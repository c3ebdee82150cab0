"""The incidents' front door, built once from the shared services."""

from __future__ import annotations

from dataclasses import dataclass, field

from propdesk.services.core.handoffs import IncidentDesk
from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.incidents.desk import incident_desk
from propdesk.services.incidents.incidents import IncidentService
from propdesk.services.incidents.prints import IncidentPrintService
from propdesk.services.station.estate import EstateService


@dataclass(frozen=True)
class IncidentServices:
    incidents: IncidentService
    prints: IncidentPrintService  # the incident report (事件报告)
    desk: IncidentDesk = field(repr=False)  # lent to the patrol and the gate

    @classmethod
    def build(cls, context: ModuleContext) -> IncidentServices:
        incidents = IncidentService(context.store)
        return cls(
            incidents=incidents,
            prints=IncidentPrintService(context.store, context.get(EstateService)),
            desk=incident_desk(incidents),
        )
