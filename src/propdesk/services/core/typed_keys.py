"""A number or code typed into a look-up box (a pass, a slip, a unit, a card): checked
before it reaches a query, and shortened when a message repeats it.

A lone surrogate (a broken paste) cannot even be sent to the database; a million
characters can, but repeating them in "There is no pass …" would fill the screen.
"""

from __future__ import annotations

from propdesk.services.core.text import storable_text

SHOWN_MAX = 40  # characters of a typed key repeated in a message


def lookup_key(value: str, field: str) -> str:
    """`value` unchanged, or ValidationError naming `field` when no encoding can send it."""
    return storable_text(value, field)


def shown_key(value: str) -> str:
    """`value` as a message repeats it: at most SHOWN_MAX characters and an ellipsis."""
    return value if len(value) <= SHOWN_MAX else value[:SHOWN_MAX] + "…"
