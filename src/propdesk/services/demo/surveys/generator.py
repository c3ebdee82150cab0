"""The surveys module's demo generator (core.module_spec.DemoGenerator), paired with
the module in the registry's one line:

    SURVEYS.with_demo(SurveysDemo)

It imports its planning code only when built, so the registry, imported at every
start, does not load it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from propdesk.services.core.module_spec import DemoRequest

if TYPE_CHECKING:
    from sqlalchemy import Connection


class SurveysDemo:
    """Two rounds a year and their responses: planned (pure Python), then written."""

    def __init__(self, connection: Connection, request: DemoRequest) -> None:
        from propdesk.services.demo.surveys.writer import SurveyDemo

        self._demo = SurveyDemo(connection, request)

    def plan(self) -> None:
        self._demo.make()

    def write(self, connection: Connection, alongside: Callable[[], None]) -> Mapping[str, int]:
        del alongside  # two small tables: no index rebuild to plan beside
        counts = self._demo.write(connection)
        return {"survey_rounds": counts.rounds, "survey_responses": counts.responses}
