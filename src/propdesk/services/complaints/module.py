"""What the complaints module brings to the console (see services/core/module_spec.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Module
from propdesk.domain.service_targets import TargetKey
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.complaints import search
from propdesk.services.core.module_spec import (
    DashboardPart,
    ExportKind,
    ModuleSpec,
    ReportPart,
    TabRef,
)
from propdesk.services.core.on_first_use import imported, on_first_use
from propdesk.services.core.search import SearchKind

# The front door and the parts only a dashboard, a report or an export reads, imported
# when first used (services.core.on_first_use): not on the way to the window.
if TYPE_CHECKING:
    from propdesk.services.complaints.complaint_sheet import complaint_sheet
    from propdesk.services.complaints.dashboard import complaints_today, month_complaints
    from propdesk.services.complaints.figures import complaint_figures
    from propdesk.services.complaints.inquiry_sheet import inquiry_sheet
    from propdesk.services.complaints.service import ComplaintServices
    from propdesk.services.complaints.target import complaints_in_time, satisfaction_inputs
else:
    complaint_sheet = imported("propdesk.services.complaints.complaint_sheet", "complaint_sheet")
    complaints_today = imported("propdesk.services.complaints.dashboard", "complaints_today")
    month_complaints = imported("propdesk.services.complaints.dashboard", "month_complaints")
    complaint_figures = imported("propdesk.services.complaints.figures", "complaint_figures")
    inquiry_sheet = imported("propdesk.services.complaints.inquiry_sheet", "inquiry_sheet")
    ComplaintServices = imported("propdesk.services.complaints.service", "ComplaintServices")
    complaints_in_time = imported("propdesk.services.complaints.target", "complaints_in_time")
    satisfaction_inputs = imported("propdesk.services.complaints.target", "satisfaction_inputs")

# The tab (ui/tabs/complaints): the links of the dashboard and quick search lead there.
TAB = TabRef("complaints", QT_TRANSLATE_NOOP("MainWindow", "Complaints"), Module.COMPLAINTS)
# The complaints received and the inquiries asked in the days asked (`propdesk export
# complaints|inquiries`); the month's of each in the workbook.
COMPLAINTS = ExportKind("complaints", Module.COMPLAINTS, dated=True, sheet=complaint_sheet)
INQUIRIES = ExportKind("inquiries", Module.COMPLAINTS, dated=True, sheet=inquiry_sheet)

MODULE: ModuleSpec[ComplaintServices] = ModuleSpec(
    key="complaints",
    build=lambda context: ComplaintServices.build(context),  # noqa: PLW0108 (imported when first built)
    tabs=(TAB,),
    search=(
        SearchKind(
            search.KIND_COMPLAINT,
            search.search_complaints,
            Module.COMPLAINTS,
            QT_TRANSLATE_NOOP("QuickSearch", "Complaints"),
            search.count_complaints,
        ),
        SearchKind(
            search.KIND_INQUIRY,
            search.search_inquiries,
            Module.COMPLAINTS,
            QT_TRANSLATE_NOOP("QuickSearch", "Inquiries"),
        ),
    ),
    dashboard=DashboardPart(TAB.right, on_first_use(lambda: complaints_today(TAB))),
    target_links={TargetKey.COMPLAINTS_IN_TIME: on_first_use(lambda: month_complaints(TAB))},
    # The sheet lists every complaint received in the month, voided ones too (marked).
    report=ReportPart(
        complaint_figures,
        records=COMPLAINTS,
        more_records=(INQUIRIES,),
    ),
    exports=(COMPLAINTS, INQUIRIES),
    numbering=(NumberKind.COMPLAINT, NumberKind.INQUIRY),
    targets={
        TargetKey.COMPLAINTS_IN_TIME: complaints_in_time,
        # Added to the repairs' follow-up ratings (TargetSpec.combine).
        TargetKey.SATISFACTION: satisfaction_inputs,
    },
)
