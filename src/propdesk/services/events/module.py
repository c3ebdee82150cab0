"""What the events module brings to the console (see services/core/module_spec.py)."""

from __future__ import annotations

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Module
from propdesk.domain.service_targets import TargetKey
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.module_spec import (
    WORK_PLAN,
    DashboardPart,
    ExportKind,
    ModuleSpec,
    ReportPart,
    TabRef,
)
from propdesk.services.core.search import SearchKind
from propdesk.services.events import report, search, target
from propdesk.services.events.dashboard import events_this_month, month_events
from propdesk.services.events.service import EventServices
from propdesk.services.events.sheets import event_sheet

# The tab (ui/tabs/events): the links of the dashboard and quick search lead there.
# A page of the work plan's tab (services.core.module_spec.WORK_PLAN).
TAB = TabRef(
    "events", QT_TRANSLATE_NOOP("MainWindow", "Community events"), Module.EVENTS, group=WORK_PLAN
)
# The events that began in the days asked (`propdesk export events`); the month's in
# the workbook, voided ones too (marked).
EVENTS = ExportKind("events", Module.EVENTS, dated=True, sheet=event_sheet)

MODULE = ModuleSpec[EventServices](
    key="events",
    build=EventServices.build,
    tabs=(TAB,),
    search=(
        SearchKind(
            search.KIND_EVENT,
            search.search_events,
            Module.EVENTS,
            QT_TRANSLATE_NOOP("QuickSearch", "Community events"),
            search.count_events,
        ),
    ),
    dashboard=DashboardPart(TAB.right, events_this_month(TAB)),
    target_links={TargetKey.COMMUNITY_EVENTS: month_events(TAB)},
    report=ReportPart(report.event_figures, records=EVENTS, counted=report.counted),
    exports=(EVENTS,),
    numbering=(NumberKind.EVENT,),
    targets={TargetKey.COMMUNITY_EVENTS: target.events_held},
)
