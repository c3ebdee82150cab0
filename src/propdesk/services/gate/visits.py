"""What every visit states at the gate, on foot or by car: the unit visited (it must
exist) and the purpose (required) — checked the same way for both.

A gate form shows every problem at once: `problems` runs the checks one by one and
returns all their errors, where a service call stops at the first.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from propdesk.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from propdesk.services.core.text import filled_text
from propdesk.services.master_data.units import find_unit
from propdesk.store.models import Unit

PURPOSE_MAX = 100
# The form fields these checks name (the visitor's and the visitor car's forms).
FIELD_UNIT = "unit_code"
FIELD_PURPOSE = "purpose"


def clean_purpose(text: str) -> str:
    message = QT_TRANSLATE_NOOP(
        "messages", "Enter the purpose of the visit (at most {limit} characters)."
    )
    return filled_text(text, FIELD_PURPOSE, PURPOSE_MAX, message, limit=PURPOSE_MAX)


def visited_unit(session: Session, code: str) -> Unit:
    """The live unit of this code; an empty code is asked for rather than looked up."""
    if not code.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter the unit visited (e.g. 3-2-1502)."),
            field=FIELD_UNIT,
        )
    return find_unit(session, code, FIELD_UNIT)


def problems(*checks: Callable[[], object]) -> list[UserError]:
    """The error of every check that fails, in the order given (the form's order)."""
    found: list[UserError] = []
    for check in checks:
        try:
            check()
        except UserError as exc:
            found.append(exc)
    return found
