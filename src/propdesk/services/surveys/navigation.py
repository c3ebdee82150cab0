"""Where the dashboard's target figures lead in the surveys tab."""

from __future__ import annotations

from propdesk.domain.service_targets import Period
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.module_spec import TabRef, TargetLink, ViewRequest
from propdesk.services.surveys.views import RoundFilter, RoundList


def rounds_of_year(tab: TabRef) -> TargetLink:
    def view(period: Period) -> ViewRequest:
        return ViewRequest(tab.object_name, RoundList(RoundFilter(year=period.last.year)))

    return TargetLink(view, QT_TRANSLATE_NOOP("DashboardPanel", "Show the year's survey rounds"))
