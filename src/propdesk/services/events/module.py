"""What the events module brings to the console (see services/core/module_spec.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from propdesk.services.core.on_first_use import imported, on_first_use
from propdesk.services.core.search import SearchKind
from propdesk.services.events import search

# The front door and the parts only a dashboard, a report or an export reads, imported
# when first used (services.core.on_first_use): not on the way to the window.
if TYPE_CHECKING:
    from propdesk.services.events.dashboard import events_this_month, month_events
    from propdesk.services.events.report import counted, event_figures
    from propdesk.services.events.service import EventServices
    from propdesk.services.events.sheets import event_sheet
    from propdesk.services.events.target import events_held
else:
    events_this_month = imported("propdesk.services.events.dashboard", "events_this_month")
    month_events = imported("propdesk.services.events.dashboard", "month_events")
    counted = imported("propdesk.services.events.report", "counted")
    event_figures = imported("propdesk.services.events.report", "event_figures")
    EventServices = imported("propdesk.services.events.service", "EventServices")
    event_sheet = imported("propdesk.services.events.sheets", "event_sheet")
    events_held = imported("propdesk.services.events.target", "events_held")

# The tab (ui/tabs/events): the links of the dashboard and quick search lead there.
# A page of the work plan's tab (services.core.module_spec.WORK_PLAN).
TAB = TabRef(
    "events", QT_TRANSLATE_NOOP("MainWindow", "Community events"), Module.EVENTS, group=WORK_PLAN
)
# The events that began in the days asked (`propdesk export events`); the month's in
# the workbook, voided ones too (marked).
EVENTS = ExportKind("events", Module.EVENTS, dated=True, sheet=event_sheet)

MODULE: ModuleSpec[EventServices] = ModuleSpec(
    key="events",
    build=lambda context: EventServices.build(context),  # noqa: PLW0108 (imported when first built)
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
    dashboard=DashboardPart(TAB.right, on_first_use(lambda: events_this_month(TAB))),
    target_links={TargetKey.COMMUNITY_EVENTS: on_first_use(lambda: month_events(TAB))},
    report=ReportPart(event_figures, records=EVENTS, counted=counted),
    exports=(EVENTS,),
    numbering=(NumberKind.EVENT,),
    targets={TargetKey.COMMUNITY_EVENTS: events_held},
)
