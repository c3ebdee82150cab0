"""The repair settings: arrival limits per priority and the days after which an open
ticket is stale, estate-wide (the front desk and the manager's view must flag alike).

They are stored as estate settings through EstateSettingsService's generic helpers
(`read_value` / `write_value`: one JSON value per key, changes audited), so every estate-wide value
lives in one table and one audit entity. A stored value that is unusable (edited by
hand, written by a newer version) falls back to its default, with a log line, instead
of stopping the front desk.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.repairs.sla import (
    FIELD_EMERGENCY,
    FIELD_NORMAL,
    FIELD_STALE_DAYS,
    FIELD_URGENT,
    SlaRules,
)
from propdesk.domain.roles import Action, Module
from propdesk.errors import ValidationError
from propdesk.services.core.actor import Actor
from propdesk.services.station.estate_settings import EstateSettingsService, build_with_defaults
from propdesk.store.models import EstateSetting
from propdesk.store.unit_of_work import Store

log = logging.getLogger(__name__)

DEFAULT_RULES = SlaRules()


def _values(rules: SlaRules) -> dict[str, Any]:
    """key → stored value (one table for reading and writing)."""
    return {
        FIELD_EMERGENCY: rules.emergency_minutes,
        FIELD_URGENT: rules.urgent_minutes,
        FIELD_NORMAL: rules.normal_minutes,
        FIELD_STALE_DAYS: rules.stale_days,
    }


_DEFAULTS = _values(DEFAULT_RULES)


def _rules(values: dict[str, Any]) -> SlaRules:
    return SlaRules(
        emergency_minutes=values[FIELD_EMERGENCY],
        urgent_minutes=values[FIELD_URGENT],
        normal_minutes=values[FIELD_NORMAL],
        stale_days=values[FIELD_STALE_DAYS],
    )


def read_rules(session: Session) -> SlaRules:
    """The rules in force, read inside the caller's transaction (a ticket's due time is
    fixed with the limit of the same transaction)."""
    # One query loads the stored keys into the session, so `read_value` finds them there
    # instead of asking the database once per key (the lists read this on every page).
    rows = session.scalars(select(EstateSetting).where(EstateSetting.key.in_(list(_DEFAULTS))))
    stored = {row.key for row in rows}
    values = {
        key: EstateSettingsService.read_value(session, key, default) if key in stored else default
        for key, default in _DEFAULTS.items()
    }
    # Each failed check names its key; that key goes back to its default. The limits are
    # also checked together (emergency ≤ urgent ≤ normal), so a pair may need two rounds.
    try:
        return build_with_defaults(_rules, values, _DEFAULTS)
    except ValidationError:
        log.warning("repair settings unusable together (%r); using the defaults", values)
        return DEFAULT_RULES


class RepairSettingsService:
    def __init__(self, store: Store, estate_settings: EstateSettingsService) -> None:
        self._store = store
        self._estate_settings = estate_settings

    def rules(self, actor: Actor | None = None) -> SlaRules:
        """Every role may read them: every repair view flags by them."""
        del actor
        with self._store.read() as session:
            return read_rules(session)

    def set_rules(
        self,
        actor: Actor,
        *,
        emergency_minutes: int,
        urgent_minutes: int,
        normal_minutes: int,
        stale_days: int,
    ) -> SlaRules:
        """Check every value first (nothing is written when one is wrong; the
        ValidationError's field is the key of the wrong value), then store and audit the
        keys that changed. Tickets already open keep the due time they were given."""
        actor.require(Module.SETTINGS, Action.UPDATE)
        rules = SlaRules(
            emergency_minutes=emergency_minutes,
            urgent_minutes=urgent_minutes,
            normal_minutes=normal_minutes,
            stale_days=stale_days,
        )
        self._estate_settings.write_values(actor, _values(rules), _DEFAULTS)
        return rules
