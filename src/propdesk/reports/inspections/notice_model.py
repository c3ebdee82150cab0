"""What a rectification notice (整改通知单) says, as a plain value: the inspections
service fills it (no reportlab here, so building one costs nothing; the layout loads
only when the notice is printed). Datetimes are aware; the notice prints them in the
station's local time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RectificationNotice:
    number: str  # "ZG202612-0001"
    estate: str
    issued_at: datetime
    issued_by: str  # the person, by name
    department: str  # the department told to fix it
    inspection_number: str  # the inspection that found it
    template_name: str
    area: str
    item_text: str  # the failed item, as the template words it
    finding: str  # what the inspector noted (a reading, what was seen)
    fix: str  # what the department is to do
    deadline: datetime
    state: str  # RectificationState's code: open, fixed, closed, voided
    equipment_code: str = ""  # the register item inspected, when the item names one
