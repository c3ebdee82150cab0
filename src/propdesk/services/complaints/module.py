"""What the complaints module brings to the console (see services/core/module_spec.py)."""

from __future__ import annotations

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Module
from propdesk.domain.service_targets import TargetKey
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.complaints import search, target
from propdesk.services.complaints.complaint_sheet import complaint_sheet
from propdesk.services.complaints.dashboard import complaints_today, month_complaints
from propdesk.services.complaints.figures import complaint_figures
from propdesk.services.complaints.inquiry_sheet import inquiry_sheet
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.core.module_spec import (
    DashboardPart,
    ExportKind,
    ModuleSpec,
    ReportPart,
    TabRef,
)
from propdesk.services.core.search import SearchKind

# The tab (ui/tabs/complaints): the links of the dashboard and quick search lead there.
TAB = TabRef("complaints", QT_TRANSLATE_NOOP("MainWindow", "Complaints"), Module.COMPLAINTS)
# The complaints received and the inquiries asked in the days asked (`propdesk export
# complaints|inquiries`); the month's of each in the workbook.
COMPLAINTS = ExportKind("complaints", Module.COMPLAINTS, dated=True, sheet=complaint_sheet)
INQUIRIES = ExportKind("inquiries", Module.COMPLAINTS, dated=True, sheet=inquiry_sheet)

MODULE = ModuleSpec[ComplaintServices](
    key="complaints",
    build=ComplaintServices.build,
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
    dashboard=DashboardPart(TAB.right, complaints_today(TAB)),
    target_links={TargetKey.COMPLAINTS_IN_TIME: month_complaints(TAB)},
    # The sheet lists every complaint received in the month, voided ones too (marked).
    report=ReportPart(
        complaint_figures,
        records=COMPLAINTS,
        more_records=(INQUIRIES,),
    ),
    exports=(COMPLAINTS, INQUIRIES),
    numbering=(NumberKind.COMPLAINT, NumberKind.INQUIRY),
    targets={
        TargetKey.COMPLAINTS_IN_TIME: target.complaints_in_time,
        # Added to the repairs' follow-up ratings (TargetSpec.combine).
        TargetKey.SATISFACTION: target.satisfaction_inputs,
    },
)
