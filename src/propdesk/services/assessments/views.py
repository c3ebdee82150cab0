"""What the assessments' lists, detail and trend show: plain frozen values read in one
session (services.assessments.standards, .assessments)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from propdesk.domain.assessments.standards import Standard
from propdesk.domain.inspections.rectification import RectificationState


@dataclass(frozen=True)
class DepartmentChoice:
    code: str
    name: str


@dataclass(frozen=True)
class StandardInfo:
    """A department's current standard (its newest version)."""

    id: uuid.UUID
    series_id: uuid.UUID
    version: int
    department_code: str
    department_name: str
    standard: Standard
    created_at: datetime
    created_by: str

    @property
    def name(self) -> str:
        return self.standard.name

    @property
    def total(self) -> int:
        return self.standard.total


@dataclass(frozen=True)
class AssessmentRow:
    id: uuid.UUID
    number: str
    month: str  # "2026-11"
    department_code: str
    department: str
    total_points: int
    deducted: int
    score: int
    checks: int
    assessor_name: str
    assessed_at: datetime
    finalised: bool
    voided: bool
    void_reason: str = ""


@dataclass(frozen=True)
class NoticeLine:
    """A rectification notice opened from a spot check, as the assessment shows it."""

    id: uuid.UUID
    number: str
    state: RectificationState
    overdue: bool
    deadline: datetime
    fixed_by: str  # login
    check_id: uuid.UUID
    item_key: str


@dataclass(frozen=True)
class CheckLine:
    id: uuid.UUID
    position: int
    item_key: str
    item_text: str
    item_points: int
    place: str
    finding: str
    deducted: int
    checked_at: datetime
    recorded_by: str
    notices: tuple[NoticeLine, ...] = ()

    @property
    def passed(self) -> bool:
        return self.deducted == 0

    @property
    def notice(self) -> NoticeLine | None:
        """The newest notice of the check (the live one, if any)."""
        return self.notices[-1] if self.notices else None


@dataclass(frozen=True)
class AssessmentDetail:
    row: AssessmentRow
    standard_id: uuid.UUID
    standard_series_id: uuid.UUID
    standard_name: str
    standard_version: int
    standard: Standard  # the version it was made with: the sheet prints every item
    remarks: str
    recorded_by: str  # by name
    finalised_at: datetime | None
    finalised_by: str
    checks: tuple[CheckLine, ...]
    notices_lent: bool  # the inspections module lends its notices here

    @property
    def id(self) -> uuid.UUID:
        return self.row.id

    @property
    def number(self) -> str:
        return self.row.number

    def deducted_of(self, item_key: str) -> int:
        return sum(c.deducted for c in self.checks if c.item_key == item_key)


@dataclass(frozen=True)
class AssessmentFilter:
    department_code: str = ""  # "" every department
    year: int | None = None  # None every year
    text: str = ""  # a number's start, or part of the assessor's name


@dataclass(frozen=True)
class TrendLine:
    department_code: str
    department: str
    scores: tuple[int | None, ...]  # January … December; None where not assessed


@dataclass(frozen=True)
class YearTrend:
    year: int
    lines: tuple[TrendLine, ...]
