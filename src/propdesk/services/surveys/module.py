"""What the surveys module brings to the console (see services/core/module_spec.py)."""

from __future__ import annotations

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Module
from propdesk.domain.service_targets import TargetKey
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.core.module_spec import WORK_PLAN, ExportKind, ModuleSpec, ReportPart, TabRef
from propdesk.services.core.search import SearchKind
from propdesk.services.surveys import search, target
from propdesk.services.surveys.import_sheet import IMPORTS
from propdesk.services.surveys.navigation import rounds_of_year
from propdesk.services.surveys.report_figures import survey_figures
from propdesk.services.surveys.service import SurveyServices
from propdesk.services.surveys.sheets import response_sheet

# The tab (ui/tabs/surveys): the links of the dashboard and quick search lead there.
# A page of the work plan's tab (services.core.module_spec.WORK_PLAN).
TAB = TabRef("surveys", QT_TRANSLATE_NOOP("MainWindow", "Surveys"), Module.SURVEYS, group=WORK_PLAN)

# `propdesk export surveys`: the responses entered in the days given, a column per question.
RESPONSES = ExportKind("surveys", Module.SURVEYS, dated=True, sheet=response_sheet)

MODULE = ModuleSpec[SurveyServices](
    key="surveys",
    build=SurveyServices.build,
    tabs=(TAB,),
    search=(
        SearchKind(
            search.KIND_SURVEY,
            search.search_rounds,
            Module.SURVEYS,
            QT_TRANSLATE_NOOP("QuickSearch", "Survey rounds"),
        ),
    ),
    target_links={TargetKey.SURVEYS: rounds_of_year(TAB)},
    report=ReportPart(survey_figures, records=RESPONSES, counted=lambda s: s.responses),
    exports=(RESPONSES,),
    imports=IMPORTS,
    numbering=(NumberKind.SURVEY,),
    targets={
        TargetKey.SATISFACTION: target.satisfaction_inputs,
        TargetKey.SURVEYS: target.rounds_held,
    },
)
