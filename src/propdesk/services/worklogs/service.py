"""The work logs' front door, built once from the shared services."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.worklogs.entries import EntryService
from propdesk.services.worklogs.tasks import TaskService


@dataclass(frozen=True)
class WorklogServices:
    tasks: TaskService  # what each trade owes each area, and how often
    entries: EntryService  # the days logged, the quick entry, the week's plan

    @classmethod
    def build(cls, context: ModuleContext) -> WorklogServices:
        return cls(tasks=TaskService(context.store), entries=EntryService(context.store))
