"""The surveys' front door, built once from the shared services."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.surveys.responses import ResponseService
from propdesk.services.surveys.rounds import RoundService
from propdesk.services.surveys.summary import SummaryService


@dataclass(frozen=True)
class SurveyServices:
    rounds: RoundService  # rounds and their questionnaires, figures
    responses: ResponseService  # one per unit per round
    summary: SummaryService  # the results as the papers show them

    @classmethod
    def build(cls, context: ModuleContext) -> SurveyServices:
        store = context.store
        return cls(
            rounds=RoundService(store),
            responses=ResponseService(store),
            summary=SummaryService(store),
        )
