"""The monthly assessment's demo generator (core.module_spec.DemoGenerator), paired with
the module in the registry: `ASSESSMENTS.with_demo(AssessmentsDemo)`. After the
inspections' generator: its notices take the next ZG numbers."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from propdesk.services.core.module_spec import DemoRequest

if TYPE_CHECKING:
    from sqlalchemy import Connection


class AssessmentsDemo:
    def __init__(self, connection: Connection, request: DemoRequest) -> None:
        from propdesk.services.demo.assessments.writer import AssessmentDemo

        self._demo = AssessmentDemo(connection, request)

    def plan(self) -> None:
        self._demo.make()

    def write(self, connection: Connection, alongside: Callable[[], None]) -> Mapping[str, int]:
        counts = self._demo.write(connection, alongside)
        return {
            "assessments": counts.assessments,
            "assessment_checks": counts.checks,
            "assessment_notices": counts.notices,
        }
