"""The inspections' front door, built once from the shared services.

A skeleton: the module is not complete (templates, inspections, rectifications and
its tab are to come), so it is NOT in services/registry.py yet; tests build it with
`InspectionServices.build(ModuleContext(...))`. Registering it is the lead's call.
"""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.inspections.equipment import EquipmentService


@dataclass(frozen=True)
class InspectionServices:
    equipment: EquipmentService  # the equipment register (设施设备档案)

    @classmethod
    def build(cls, context: ModuleContext) -> InspectionServices:
        return cls(
            equipment=EquipmentService(context.store),
        )
