"""What the incidents module brings to the console (see services/core/module_spec.py).

It comes after the gate and the patrol in the registry and lends them its
IncidentDesk: they look it up when a guard opens an incident from a finding or a gate
entry (ModuleContext.later), so without this module they simply offer no button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Module
from propdesk.domain.service_targets import TargetKey
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.handoffs import IncidentDesk
from propdesk.services.core.module_spec import (
    WORK_PLAN,
    DashboardPart,
    ExportKind,
    ModuleSpec,
    ReportPart,
    TabRef,
)
from propdesk.services.core.on_first_use import desk_on_first_use, imported, on_first_use
from propdesk.services.core.search import SearchKind
from propdesk.services.incidents import search

# The front door and the parts only a dashboard, a report or an export reads, imported
# when first used (services.core.on_first_use): not on the way to the window.
if TYPE_CHECKING:
    from propdesk.services.incidents.dashboard import incidents_today, year_incidents
    from propdesk.services.incidents.figures import incident_figures
    from propdesk.services.incidents.service import IncidentServices
    from propdesk.services.incidents.sheets import action_sheet, incident_sheet
    from propdesk.services.incidents.target import safety_incidents
else:
    incidents_today = imported("propdesk.services.incidents.dashboard", "incidents_today")
    year_incidents = imported("propdesk.services.incidents.dashboard", "year_incidents")
    incident_figures = imported("propdesk.services.incidents.figures", "incident_figures")
    IncidentServices = imported("propdesk.services.incidents.service", "IncidentServices")
    action_sheet = imported("propdesk.services.incidents.sheets", "action_sheet")
    incident_sheet = imported("propdesk.services.incidents.sheets", "incident_sheet")
    safety_incidents = imported("propdesk.services.incidents.target", "safety_incidents")

# The tab (ui/tabs/incidents): the links of the dashboard and quick search lead there.
# A page of the work plan's tab (services.core.module_spec.WORK_PLAN).
TAB = TabRef(
    "incidents", QT_TRANSLATE_NOOP("MainWindow", "Incidents"), Module.INCIDENTS, group=WORK_PLAN
)
# The incidents that happened in the days asked and their follow-up actions (`propdesk
# export incidents|incident-actions`); the month's of each in the workbook.
INCIDENTS = ExportKind("incidents", Module.INCIDENTS, dated=True, sheet=incident_sheet)
ACTIONS = ExportKind("incident-actions", Module.INCIDENTS, dated=True, sheet=action_sheet)

MODULE: ModuleSpec[IncidentServices] = ModuleSpec(
    key="incidents",
    build=lambda context: IncidentServices.build(context),  # noqa: PLW0108 (imported when first built)
    tabs=(TAB,),
    search=(
        SearchKind(
            search.KIND_INCIDENT,
            search.search_incidents,
            Module.INCIDENTS,
            QT_TRANSLATE_NOOP("QuickSearch", "Safety incidents"),
            search.count_incidents,
        ),
    ),
    dashboard=DashboardPart(TAB.right, on_first_use(lambda: incidents_today(TAB))),
    target_links={TargetKey.SAFETY_INCIDENTS: on_first_use(lambda: year_incidents(TAB))},
    report=ReportPart(
        incident_figures,
        records=INCIDENTS,
        counted=lambda f: f.month_count,
        more_records=(ACTIONS,),
    ),
    exports=(INCIDENTS, ACTIONS),
    numbering=(NumberKind.INCIDENT,),
    targets={TargetKey.SAFETY_INCIDENTS: safety_incidents},
    lends=lambda door: (desk_on_first_use(IncidentDesk, lambda: door.desk),),
)
