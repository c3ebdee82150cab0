"""A span of days a service reads (a report's period, the rounds behind a figure, the
findings of a range): both ends within the years a service takes at all
(date_window.py), and not longer than the service can answer in a moment."""

from __future__ import annotations

from datetime import date

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core.date_window import date_in_window

TOO_LONG_SPAN = QT_TRANSLATE_NOOP("messages", "Choose at most {days} days.")


def span_in_window(first: date, last: date, field: str, max_days: int | None = None) -> None:
    """Both days (or moments: their own dates) within the window, and the span at most
    `max_days` long when given (figures over centuries of days are a mistake that would
    keep the station busy for minutes); ValidationError naming `field`."""
    date_in_window(first, field)
    date_in_window(last, field)
    if max_days is not None and (last - first).days + 1 > max_days:
        raise ValidationError(TOO_LONG_SPAN, field=field, days=max_days)
