"""The complaints module's front door built over an opened console, as the registry
will build it once the module has its tab: the shared estate settings and the
RepairDesk the repairs module lends."""

from __future__ import annotations

from propdesk.services.bootstrap import Services
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.core.handoffs import RepairDesk
from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.repairs.service import RepairServices
from propdesk.services.station.estate import EstateService
from propdesk.services.station.estate_settings import EstateSettingsService


def complaint_services(services: Services, *, with_repairs: bool = True) -> ComplaintServices:
    shared: dict[type, object] = {
        EstateSettingsService: services.estate_settings,
        EstateService: services.estate,
    }
    if with_repairs:
        shared[RepairDesk] = services.module(RepairServices).desk
    return ComplaintServices.build(ModuleContext(services.store, lambda: "客服中心", shared))
