"""The complaints' front door: complaints, their repair links, inquiries, settings, the
analysis and the handling sheet, built once from the shared services."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.services.complaints.analysis import ComplaintAnalysisService
from propdesk.services.complaints.complaints import ComplaintService
from propdesk.services.complaints.inquiries import InquiryService
from propdesk.services.complaints.prints import ComplaintPrintService
from propdesk.services.complaints.repair_link import ComplaintRepairs
from propdesk.services.complaints.settings import ComplaintSettingsService
from propdesk.services.core.handoffs import RepairDesk
from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.station.estate import EstateService
from propdesk.services.station.estate_settings import EstateSettingsService


@dataclass(frozen=True)
class ComplaintServices:
    complaints: ComplaintService
    repairs: ComplaintRepairs  # through the RepairDesk the repairs module lends
    inquiries: InquiryService
    settings: ComplaintSettingsService
    analysis: ComplaintAnalysisService  # Pareto, months, deadlines, repeats, satisfaction
    prints: ComplaintPrintService  # the handling sheet (投诉处理单)

    @classmethod
    def build(cls, context: ModuleContext) -> ComplaintServices:
        desk = context.find(RepairDesk)  # None without the repairs module
        return cls(
            complaints=ComplaintService(context.store),
            repairs=ComplaintRepairs(context.store, desk),
            inquiries=InquiryService(context.store, desk),
            settings=ComplaintSettingsService(context.store, context.get(EstateSettingsService)),
            analysis=ComplaintAnalysisService(context.store),
            prints=ComplaintPrintService(context.store, context.get(EstateService)),
        )
