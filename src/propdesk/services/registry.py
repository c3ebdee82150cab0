"""The module registry: every module of the console, one line each, in the order of
their tabs (and of their parts in search, the dashboard, the report and the exports).

Adding a module is a new package per layer (services/<m>/ with module.py and
service.py, ui/tabs/<m>/ with module.py, domain/<m>/, store/models/<m>.py) and one
line here; removing a line removes the module everywhere. See ARCHITECTURE.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from propdesk.services.assessments.module import MODULE as ASSESSMENTS
from propdesk.services.complaints.module import MODULE as COMPLAINTS
from propdesk.services.core.module_spec import ModuleSpec
from propdesk.services.core.on_first_use import imported

# The demo generators are imported when `propdesk demo-data` makes the demo
# (services.core.on_first_use), never on the way to the window.
if TYPE_CHECKING:
    from propdesk.services.demo.assessments.generator import AssessmentsDemo
    from propdesk.services.demo.complaints.generator import ComplaintsDemo
    from propdesk.services.demo.drills.generator import DrillsDemo
    from propdesk.services.demo.events.generator import EventsDemo
    from propdesk.services.demo.generators import (
        GateTrafficDemo,
        PatrolRoundsDemo,
        RepairTicketsDemo,
    )
    from propdesk.services.demo.incidents.generator import IncidentsDemo
    from propdesk.services.demo.inspections.generator import InspectionsDemo
    from propdesk.services.demo.surveys.generator import SurveysDemo
    from propdesk.services.demo.worklogs.generator import WorklogsDemo
else:
    AssessmentsDemo = imported("propdesk.services.demo.assessments.generator", "AssessmentsDemo")
    ComplaintsDemo = imported("propdesk.services.demo.complaints.generator", "ComplaintsDemo")
    DrillsDemo = imported("propdesk.services.demo.drills.generator", "DrillsDemo")
    EventsDemo = imported("propdesk.services.demo.events.generator", "EventsDemo")
    GateTrafficDemo = imported("propdesk.services.demo.generators", "GateTrafficDemo")
    PatrolRoundsDemo = imported("propdesk.services.demo.generators", "PatrolRoundsDemo")
    RepairTicketsDemo = imported("propdesk.services.demo.generators", "RepairTicketsDemo")
    IncidentsDemo = imported("propdesk.services.demo.incidents.generator", "IncidentsDemo")
    InspectionsDemo = imported("propdesk.services.demo.inspections.generator", "InspectionsDemo")
    SurveysDemo = imported("propdesk.services.demo.surveys.generator", "SurveysDemo")
    WorklogsDemo = imported("propdesk.services.demo.worklogs.generator", "WorklogsDemo")

from propdesk.services.drills.module import MODULE as DRILLS
from propdesk.services.events.module import MODULE as EVENTS
from propdesk.services.gate.module import MODULE as GATE
from propdesk.services.incidents.module import MODULE as INCIDENTS
from propdesk.services.inspections.module import MODULE as INSPECTIONS
from propdesk.services.master_data.module import MODULE as MASTER_DATA
from propdesk.services.patrol.module import MODULE as PATROL
from propdesk.services.repairs.module import MODULE as REPAIRS
from propdesk.services.reporting.module import MODULE as REPORTING
from propdesk.services.station.module import MODULE as STATION
from propdesk.services.surveys.module import MODULE as SURVEYS
from propdesk.services.worklogs.module import MODULE as WORKLOGS

MODULES: tuple[ModuleSpec[Any], ...] = (
    GATE.with_demo(GateTrafficDemo),
    REPAIRS.with_demo(RepairTicketsDemo),
    PATROL.with_demo(PatrolRoundsDemo),  # after the repairs: it links their patrol tickets
    # after the repairs: it borrows their RepairDesk to open tickets from complaints
    COMPLAINTS.with_demo(ComplaintsDemo),
    # after the repairs: it borrows their RepairDesk to open tickets from failed items
    INSPECTIONS.with_demo(InspectionsDemo),
    INCIDENTS.with_demo(IncidentsDemo),
    DRILLS.with_demo(DrillsDemo),
    EVENTS.with_demo(EventsDemo),
    SURVEYS.with_demo(SurveysDemo),
    # after the inspections: it borrows their rectification notices
    ASSESSMENTS.with_demo(AssessmentsDemo),
    WORKLOGS.with_demo(WorklogsDemo),
    REPORTING,
    MASTER_DATA,
    STATION,
)
