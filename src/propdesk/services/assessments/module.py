"""What the assessments module brings to the console (see services/core/module_spec.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Module
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.assessments import search
from propdesk.services.core.module_spec import WORK_PLAN, ExportKind, ModuleSpec, ReportPart, TabRef
from propdesk.services.core.on_first_use import imported
from propdesk.services.core.search import SearchKind

# The front door and the parts only a report or an export reads, imported
# when first used (services.core.on_first_use): not on the way to the window.
if TYPE_CHECKING:
    from propdesk.services.assessments.report_figures import assessment_figures
    from propdesk.services.assessments.service import AssessmentServices
    from propdesk.services.assessments.sheets import assessment_sheet
else:
    assessment_figures = imported(
        "propdesk.services.assessments.report_figures", "assessment_figures"
    )
    AssessmentServices = imported("propdesk.services.assessments.service", "AssessmentServices")
    assessment_sheet = imported("propdesk.services.assessments.sheets", "assessment_sheet")

# A page of the work plan's tab (services.core.module_spec.WORK_PLAN).
TAB = TabRef(
    "assessments",
    QT_TRANSLATE_NOOP("MainWindow", "Assessments"),
    Module.ASSESSMENTS,
    group=WORK_PLAN,
)

# One row per spot check of the months the days touch (an assessment without checks
# gets one row): `propdesk export assessments` and the monthly workbook's sheet.
ASSESSMENTS = ExportKind("assessments", Module.ASSESSMENTS, dated=True, sheet=assessment_sheet)

MODULE: ModuleSpec[AssessmentServices] = ModuleSpec(
    key="assessments",
    build=lambda context: AssessmentServices.build(context),  # noqa: PLW0108 (imported when first built)
    tabs=(TAB,),
    search=(
        SearchKind(
            search.KIND_ASSESSMENT,
            search.search_assessments,
            Module.ASSESSMENTS,
            QT_TRANSLATE_NOOP("QuickSearch", "Monthly assessments"),
            search.count_assessments,
        ),
    ),
    report=ReportPart(assessment_figures, records=ASSESSMENTS, counted=lambda f: f.assessments),
    exports=(ASSESSMENTS,),
    numbering=(NumberKind.ASSESSMENT,),
)
