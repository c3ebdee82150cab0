"""What the assessment forms hand the service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class AssessmentInput:
    department_code: str
    month: str  # "2026-11"
    assessor_name: str
    remarks: str = ""
    assessed_at: datetime | None = None  # None: now


@dataclass(frozen=True)
class NoticeAsk:
    """A rectification notice asked for with a failing spot check (or after it)."""

    what_to_fix: str
    deadline: datetime


@dataclass(frozen=True)
class CheckInput:
    item_key: str
    place: str
    finding: str
    deducted: int
    checked_at: datetime | None = None  # None: now
    notice: NoticeAsk | None = None  # only for a check that deducts points
