"""What the surveys module brings to the console (see services/core/module_spec.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Module
from propdesk.domain.service_targets import TargetKey
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.module_spec import WORK_PLAN, ExportKind, ModuleSpec, ReportPart, TabRef
from propdesk.services.core.on_first_use import imported, on_first_use
from propdesk.services.core.search import SearchKind
from propdesk.services.surveys import search

# The front door and the parts only a dashboard, a report or an export reads, imported
# when first used (services.core.on_first_use): not on the way to the window.
if TYPE_CHECKING:
    from propdesk.services.surveys.import_sheet import RESPONSES_SHEET
    from propdesk.services.surveys.navigation import rounds_of_year
    from propdesk.services.surveys.report_figures import survey_figures
    from propdesk.services.surveys.service import SurveyServices
    from propdesk.services.surveys.sheets import response_sheet
    from propdesk.services.surveys.target import rounds_held, satisfaction_inputs
else:
    RESPONSES_SHEET = imported("propdesk.services.surveys.import_sheet", "RESPONSES_SHEET")
    rounds_of_year = imported("propdesk.services.surveys.navigation", "rounds_of_year")
    survey_figures = imported("propdesk.services.surveys.report_figures", "survey_figures")
    SurveyServices = imported("propdesk.services.surveys.service", "SurveyServices")
    response_sheet = imported("propdesk.services.surveys.sheets", "response_sheet")
    rounds_held = imported("propdesk.services.surveys.target", "rounds_held")
    satisfaction_inputs = imported("propdesk.services.surveys.target", "satisfaction_inputs")

# The tab (ui/tabs/surveys): the links of the dashboard and quick search lead there.
# A page of the work plan's tab (services.core.module_spec.WORK_PLAN).
TAB = TabRef("surveys", QT_TRANSLATE_NOOP("MainWindow", "Surveys"), Module.SURVEYS, group=WORK_PLAN)

# `propdesk export surveys`: the responses entered in the days given, a column per question.
RESPONSES = ExportKind("surveys", Module.SURVEYS, dated=True, sheet=response_sheet)

MODULE: ModuleSpec[SurveyServices] = ModuleSpec(
    key="surveys",
    build=lambda context: SurveyServices.build(context),  # noqa: PLW0108 (imported when first built)
    tabs=(TAB,),
    search=(
        SearchKind(
            search.KIND_SURVEY,
            search.search_rounds,
            Module.SURVEYS,
            QT_TRANSLATE_NOOP("QuickSearch", "Survey rounds"),
        ),
    ),
    target_links={TargetKey.SURVEYS: on_first_use(lambda: rounds_of_year(TAB))},
    report=ReportPart(survey_figures, records=RESPONSES, counted=lambda s: s.responses),
    exports=(RESPONSES,),
    imports=(RESPONSES_SHEET,),
    numbering=(NumberKind.SURVEY,),
    targets={
        TargetKey.SATISFACTION: satisfaction_inputs,
        TargetKey.SURVEYS: rounds_held,
    },
)
