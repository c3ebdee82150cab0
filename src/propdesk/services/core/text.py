"""Text helpers every service uses on what a user typed."""

from __future__ import annotations

from typing import Any

from propdesk.errors import ValidationError
from propdesk.store.text_guard import NOT_STORABLE, TOO_LONG, storable

AT_MOST = TOO_LONG


def storable_text(value: str, field: str) -> str:
    """`value` unchanged, or ValidationError naming `field` when it holds a character
    no encoding can store (a lone surrogate, e.g. from a broken paste)."""
    if not storable(value):
        raise ValidationError(NOT_STORABLE, field=field)
    return value


def clean_text(text: str) -> str:
    """Inner runs of white space made one space, ends trimmed."""
    return " ".join(text.split())


def bounded_text(
    value: str, field: str, limit: int, *, required: str | None = None, too_long: str = AT_MOST
) -> str:
    """`value` cleaned (clean_text) and at most `limit` characters long.

    `required` is the message when nothing is left (None: it may be empty); `too_long`
    the message, given {limit}, when it is longer. Either names `field`.
    """
    text = clean_text(storable_text(value, field))
    if required is not None and not text:
        raise ValidationError(required, field=field)
    if len(text) > limit:
        raise ValidationError(too_long, field=field, limit=limit)
    return text


def filled_text(value: str, field: str, limit: int, message: str, /, **params: Any) -> str:
    """`value` cleaned (clean_text), neither empty nor longer than `limit`: one
    message (with its `params`) for both mistakes, e.g. "Enter the name (at most 40
    characters)."."""
    text = clean_text(storable_text(value, field))
    if not text or len(text) > limit:
        raise ValidationError(message, field=field, **params)
    return text
