"""The monthly assessment's figures of a month, as the report shows them (filled by
services.assessments.report_figures)."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.domain.assessments.months import change


@dataclass(frozen=True)
class DepartmentScore:
    department: str
    score: int | None  # None: not assessed this month
    previous: int | None  # last month's
    total: int
    deducted: int
    checks: int

    @property
    def change(self) -> int | None:
        return change(self.score, self.previous)


@dataclass(frozen=True)
class MainFinding:
    department: str
    item: str
    times: int  # spot checks of the item that cost points
    deducted: int
    example: str  # the finding of the largest deduction


@dataclass(frozen=True)
class AssessmentValues:
    month: str  # "2026-11"
    scores: tuple[DepartmentScore, ...]  # every department, in the plan's order
    findings: tuple[MainFinding, ...]  # the largest deductions first
    notices_opened: int
    assessments: int  # live assessments of the month
