"""What an incident report (事件报告) says, as plain values: the incidents service fills
it (no reportlab here); the layout loads only when the report is printed. Datetimes
are aware; the report prints them in the station's local time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class PaperAction:
    what: str
    who: str
    deadline: datetime
    done_at: datetime | None
    done_by: str
    days_overdue: int  # at the moment it was printed (0: not overdue)


@dataclass(frozen=True)
class IncidentPaper:
    estate: str
    number: str
    kind: str  # IncidentKind's code
    state: str  # IncidentState's code
    title: str
    occurred_at: datetime
    place: str
    what_happened: str
    responders: str
    response: str
    police_called: bool
    police_report: str
    fire_called: bool
    fire_report: str
    injuries: str
    losses: str
    loss_fen: int
    reported_by: str
    source_kind: str  # IncidentSource's code, "" for none
    source_number: str
    closed_at: datetime | None
    closed_by: str
    close_reason: str
    void_reason: str
    actions: tuple[PaperAction, ...]
    audit_seq: int = 0
    audit_hash: str = ""
