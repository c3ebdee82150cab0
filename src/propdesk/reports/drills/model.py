"""What the drills' papers say, as plain values: the drills service fills them (no
reportlab here); the layout loads only when a paper is printed. Datetimes are aware;
the papers print them in the station's local time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class PaperPerson:
    name: str
    department: str


@dataclass(frozen=True)
class SessionPaper:
    number: str  # "YL202612-0001", or "" for a sign-in sheet of a session not yet held
    estate: str
    kind: str  # SessionKind's code: drill, training
    topic: str  # Topic's code
    title: str
    held_at: datetime
    minutes: int
    place: str
    organiser: str
    people: tuple[PaperPerson, ...]
    residents: int = 0
    practised: str = ""
    problems: str = ""
    actions: str = ""
    void_reason: str = ""
