"""The complaint settings: response hours per severity and the caps per category,
estate-wide, stored as estate settings (one JSON value per key, changes audited) as
the repair settings are. A stored value that is unusable falls back to its default
with a log line instead of stopping the front desk."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.complaints.deadlines import (
    FIELD_CATEGORY_CAPS,
    FIELD_MINOR,
    FIELD_NORMAL,
    FIELD_SERIOUS,
    MAX_HOURS,
    DeadlineRules,
)
from propdesk.domain.complaints.kinds import ComplaintCategory
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core.actor import Actor
from propdesk.services.station.estate_settings import EstateSettingsService, build_with_defaults
from propdesk.store.models import EstateSetting
from propdesk.store.unit_of_work import Store

log = logging.getLogger(__name__)

DEFAULT_RULES = DeadlineRules()


def _values(rules: DeadlineRules) -> dict[str, Any]:
    return {
        FIELD_SERIOUS: rules.serious_hours,
        FIELD_NORMAL: rules.normal_hours,
        FIELD_MINOR: rules.minor_hours,
        FIELD_CATEGORY_CAPS: {c.value: h for c, h in sorted(rules.category_caps.items())},
    }


_DEFAULTS = _values(DEFAULT_RULES)


def _caps(value: object) -> dict[ComplaintCategory, int]:
    """The stored {category: hours}; ValidationError naming the key when it is not one."""
    if not isinstance(value, Mapping) or not all(
        isinstance(key, str) and key in ComplaintCategory._value2member_map_ for key in value
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "A response time must be a whole number of hours from 1 to {max}."
            ),
            field=FIELD_CATEGORY_CAPS,
            max=MAX_HOURS,
        )
    return {ComplaintCategory(key): hours for key, hours in value.items()}


def _rules(values: dict[str, Any]) -> DeadlineRules:
    return DeadlineRules(
        serious_hours=values[FIELD_SERIOUS],
        normal_hours=values[FIELD_NORMAL],
        minor_hours=values[FIELD_MINOR],
        category_caps=_caps(values[FIELD_CATEGORY_CAPS]),
    )


def read_rules(session: Session) -> DeadlineRules:
    """The rules in force, inside the caller's transaction (a complaint's deadline is
    fixed with the rules of the same transaction)."""
    rows = session.scalars(select(EstateSetting).where(EstateSetting.key.in_(list(_DEFAULTS))))
    stored = {row.key for row in rows}
    values = {
        key: EstateSettingsService.read_value(session, key, default) if key in stored else default
        for key, default in _DEFAULTS.items()
    }
    try:
        return build_with_defaults(_rules, values, _DEFAULTS)
    except ValidationError:
        log.warning("complaint settings unusable together (%r); using the defaults", values)
        return DEFAULT_RULES


class ComplaintSettingsService:
    def __init__(self, store: Store, estate_settings: EstateSettingsService) -> None:
        self._store = store
        self._estate_settings = estate_settings

    def rules(self) -> DeadlineRules:
        """Every role may read them: every complaint view flags by them."""
        with self._store.read() as session:
            return read_rules(session)

    def set_rules(
        self,
        actor: Actor,
        *,
        serious_hours: int,
        normal_hours: int,
        minor_hours: int,
        category_caps: Mapping[ComplaintCategory, int],
    ) -> DeadlineRules:
        """Check every value first (nothing is written when one is wrong; the
        ValidationError's field is the key of the wrong value), then store and audit
        the keys that changed. Complaints already taken keep their deadline."""
        actor.require(Module.SETTINGS, Action.UPDATE)
        rules = DeadlineRules(serious_hours, normal_hours, minor_hours, category_caps)
        self._estate_settings.write_values(actor, _values(rules), _DEFAULTS)
        return rules
