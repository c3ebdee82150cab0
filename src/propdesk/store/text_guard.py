"""The last line against text a column cannot hold: checked before every flush.

Why here as well as in the services: a service that forgets a limit must still not
let a million characters into a 30-character column (SQLite would keep them, and
PostgreSQL refuses the whole save with SQLSTATE 22001), nor a lone surrogate that the
driver cannot encode. The check raises ValidationError naming the attribute, before
anything is sent, so the unit of work rolls back and nothing is half-written. The
services check the same limits first, with their own field names and messages.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

TOO_LONG = QT_TRANSLATE_NOOP("messages", "At most {limit} characters.")
NOT_STORABLE = QT_TRANSLATE_NOOP(
    "messages", "This text contains a character that cannot be stored; retype it."
)


def storable(text: str) -> bool:
    """False for text with a lone surrogate (e.g. "\\ud800"), which no encoding keeps."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check(obj: Any) -> None:
    mapper = inspect(obj).mapper
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        if not isinstance(column.type, String):
            continue
        value = getattr(obj, attr.key, None)
        if not isinstance(value, str):
            continue
        if not storable(value):
            raise ValidationError(NOT_STORABLE, field=attr.key)
        limit = column.type.length
        if limit is not None and len(value) > limit:
            raise ValidationError(TOO_LONG, field=attr.key, limit=limit)


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    for obj in (*session.new, *session.dirty):
        _check(obj)


def install(session_factory: Any) -> None:
    """Check every flush of the sessions `session_factory` makes."""
    event.listen(session_factory, "before_flush", _before_flush)
