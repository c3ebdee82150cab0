"""The events' codes and amounts as the window shows them, in the window's language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from propdesk.domain.events.kinds import EventKind, EventState

translate = QCoreApplication.translate


def kind_name(kind: EventKind) -> str:
    names = {
        EventKind.FESTIVAL: translate("EventNames", "Festival"),
        EventKind.CULTURE: translate("EventNames", "Culture and sports"),
        EventKind.TALK: translate("EventNames", "Talk or campaign"),
        EventKind.SERVICE: translate("EventNames", "Community service"),
        EventKind.FAMILY: translate("EventNames", "Family"),
        EventKind.ELDERLY: translate("EventNames", "For the elderly"),
        EventKind.OTHER: translate("EventNames", "Other"),
    }
    return names[kind]


def state_name(state: EventState) -> str:
    names = {
        EventState.PLANNED: translate("EventNames", "Planned"),
        EventState.HELD: translate("EventNames", "Held"),
        EventState.CANCELLED: translate("EventNames", "Cancelled"),
    }
    return names[state]


def local_time(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else ""


def span_text(start: datetime, end: datetime) -> str:
    """2026-10-03 15:00–18:30, or both moments when it runs over a day."""
    first, last = start.astimezone(), end.astimezone()
    if first.date() == last.date():
        return f"{first:%Y-%m-%d %H:%M}–{last:%H:%M}"
    return f"{first:%Y-%m-%d %H:%M} – {last:%Y-%m-%d %H:%M}"


def yuan(fen: int | None) -> str:
    """¥1,234.50; blank for none."""
    return "" if fen is None else f"¥{fen / 100:,.2f}"
