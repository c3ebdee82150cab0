"""The inspections' front door, built once from the shared services."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.services.core.handoffs import RectificationDesk, RepairDesk
from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.inspections.due import DueService
from propdesk.services.inspections.equipment import EquipmentService
from propdesk.services.inspections.inspections import InspectionService
from propdesk.services.inspections.photos import PhotoService
from propdesk.services.inspections.rectification_desk import rectification_desk
from propdesk.services.inspections.rectifications import RectificationService
from propdesk.services.inspections.templates import TemplateService
from propdesk.store.attachments import AttachmentStore


@dataclass(frozen=True)
class InspectionServices:
    equipment: EquipmentService  # the equipment register (设施设备档案)
    templates: TemplateService  # checklist templates, versioned
    inspections: InspectionService  # inspections made, tickets from failed items
    rectifications: RectificationService  # 整改通知单
    due: DueService  # what is owed per template and area
    photos: PhotoService  # the items' photos, kept in the data folder
    # The notices lent to later modules (the monthly assessment's spot checks).
    desk: RectificationDesk

    @classmethod
    def build(cls, context: ModuleContext) -> InspectionServices:
        store = context.store
        return cls(
            equipment=EquipmentService(store),
            templates=TemplateService(store),
            inspections=InspectionService(store, context.find(RepairDesk)),
            rectifications=RectificationService(store),
            due=DueService(store),
            photos=PhotoService(store, context.find(AttachmentStore)),
            desk=rectification_desk(store),
        )
