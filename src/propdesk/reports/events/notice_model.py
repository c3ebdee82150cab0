"""What a lobby notice (活动通知) says, as a plain value: the events service fills it
(no reportlab here; the layout loads only when the notice is printed). Datetimes are
aware; the notice prints them in the station's local time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class LobbyNotice:
    number: str  # HD202612-0001 (not printed large: the notice is for residents)
    estate: str
    hotline: str
    theme: str  # the large title
    starts_at: datetime
    ends_at: datetime
    place: str
    content: str
    organiser: str
    issued_on: date  # the date at the foot
    qr_text: str = ""  # a sign-up link or a phone number; empty: no QR code
