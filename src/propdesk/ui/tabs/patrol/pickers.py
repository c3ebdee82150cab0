"""The round side's pickers: which route, which guard.

A combo box finds its choice again by the value's identity only (two reads of the same
record give two uuid objects), so each record stands in a picker as its id's text, and
`chosen_id` turns the choice back into the id.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox

from propdesk.domain.roles import Action, Module
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.patrol.routes import RouteInfo

SECURITY_DEPARTMENT = "security"  # the department code the migration seeds


def route_choices(routes: Sequence[RouteInfo]) -> list[tuple[str, object]]:
    return [(route.name, str(route.id)) for route in routes]


def guard_choices(services: Services, actor: Actor) -> list[tuple[str, object]]:
    """(text shown, staff id) of who can have walked a round: the live staff, the
    security department first (the guards), then the others by name (a manager stands
    in at night); none when this role may not read the staff list. Raises what the
    staff service raises."""
    if not actor.may(Module.MASTER_DATA, Action.VIEW):
        return []
    staff = services.staff.list_staff(actor)
    ordered = sorted(staff, key=lambda s: (s.department_code != SECURITY_DEPARTMENT, s.name))
    return [(f"{person.name} ({person.department_name})", str(person.id)) for person in ordered]


def chosen_id(combo: QComboBox) -> uuid.UUID | None:
    """The record chosen; None for an entry that stands for none (empty, "me")."""
    value = combo.currentData()
    return uuid.UUID(value) if isinstance(value, str) and value else None


def choose_id(combo: QComboBox, record_id: uuid.UUID) -> bool:
    """Choose that record; False when the picker does not offer it."""
    found = combo.findData(str(record_id))
    if found >= 0:
        combo.setCurrentIndex(found)
    return found >= 0
