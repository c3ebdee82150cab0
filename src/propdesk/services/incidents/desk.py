"""The IncidentDesk the incidents module lends to the patrol and the gate
(services.core.handoffs): open an incident from their record, read which of their
records have one."""

from __future__ import annotations

from propdesk.services.core.handoffs import IncidentDesk
from propdesk.services.incidents.incidents import IncidentService


def incident_desk(incidents: IncidentService) -> IncidentDesk:
    return IncidentDesk(incidents.open_from, incidents.linked)
