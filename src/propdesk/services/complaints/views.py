"""What the complaints tab can be asked to show (a dashboard figure's or an analysis
figure's link leads there)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from propdesk.services.complaints.queries import ComplaintFilter


@dataclass(frozen=True)
class ComplaintList:
    """The complaints this filter finds."""

    filter: ComplaintFilter


@dataclass(frozen=True)
class ComplaintView:
    """One complaint, its detail open."""

    complaint_id: uuid.UUID


@dataclass(frozen=True)
class InquiriesDue:
    """The inquiry log: the promised answers due by the end of `day` and not answered
    (the overdue ones included)."""

    day: date


@dataclass(frozen=True)
class AnalysisYear:
    """The analysis view for a calendar year."""

    year: int
