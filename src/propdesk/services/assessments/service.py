"""The monthly assessment's front door, built once from the shared services: the
RectificationDesk comes from the inspections module (before it in the registry);
without it the assessments work and open no notices."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.services.assessments.assessments import AssessmentService
from propdesk.services.assessments.standards import StandardService
from propdesk.services.core.handoffs import RectificationDesk
from propdesk.services.core.module_spec import ModuleContext


@dataclass(frozen=True)
class AssessmentServices:
    standards: StandardService  # 考核标准, versioned
    assessments: AssessmentService  # 月度考核 with spot checks and notices

    @classmethod
    def build(cls, context: ModuleContext) -> AssessmentServices:
        store = context.store
        return cls(
            standards=StandardService(store),
            assessments=AssessmentService(store, context.find(RectificationDesk)),
        )
