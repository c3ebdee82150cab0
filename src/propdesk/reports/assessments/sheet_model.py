"""What the assessment sheet prints: plain values the ui or a command fills from the
service's detail (the reports layer knows no service DTOs)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class SheetItem:
    text: str
    points: int
    deducted: int | None  # None on a blank sheet
    findings: tuple[str, ...] = ()  # "3号楼大堂：地面有污渍（-2）"


@dataclass(frozen=True)
class AssessmentSheet:
    estate: str
    department: str
    month: str  # "2026-11"
    standard: str
    version: int
    items: tuple[SheetItem, ...]
    number: str = ""  # "" on a blank sheet
    assessor: str = ""
    assessed_at: datetime | None = None
    total: int = 0
    deducted: int | None = None  # None on a blank sheet
    score: int | None = None
    state: str = ""  # open, final, voided ("" blank)
    remarks: str = ""
    notices: tuple[str, ...] = ()  # ZG numbers opened from the checks
    trend_year: int | None = None
    trend: tuple[int | None, ...] = field(default_factory=tuple)  # 12 monthly scores
