"""The drills' front door: sessions, the year's plan and the papers, built once from
the shared services."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.drills.photos import DrillPhotoService
from propdesk.services.drills.plan import PlanService
from propdesk.services.drills.prints import DrillPrintService
from propdesk.services.drills.sessions import SessionService
from propdesk.services.station.estate import EstateService
from propdesk.store.attachments import AttachmentStore


@dataclass(frozen=True)
class DrillServices:
    sessions: SessionService  # drills and trainings held, the staff's history
    plan: PlanService  # 年度演练计划
    prints: DrillPrintService  # the record and the sign-in sheet
    photos: DrillPhotoService  # photos and photographed sign-in sheets

    @classmethod
    def build(cls, context: ModuleContext) -> DrillServices:
        store = context.store
        return cls(
            sessions=SessionService(store),
            plan=PlanService(store),
            prints=DrillPrintService(store, context.get(EstateService)),
            photos=DrillPhotoService(store, context.find(AttachmentStore)),
        )
