"""The gate's settings: the visitor-parking tariff, the hour after which a visitor (or a
visitor's car) still inside is flagged, and how long visitors' personal data is kept.
Estate-wide: the gatehouse and the front desk must charge and flag alike.

They are stored as estate settings through EstateSettingsService's generic helpers
(`read_value` / `write_values`: one JSON value per key, changes audited), so every
estate-wide value lives in one table and one audit entity. Values are read from the
database on every call: it is a few primary-key lookups, and another station's change is
then seen at once, with no cache to expire.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from propdesk.domain.gate.tariff import (
    FIELD_DAILY_CAP,
    FIELD_FREE_MINUTES,
    FIELD_RATE_PER_HOUR,
    FIELD_RESIDENTS_FREE,
    Tariff,
)
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core.actor import Actor
from propdesk.services.station.estate_settings import EstateSettingsService, build_with_defaults
from propdesk.store.unit_of_work import Store

# Keys double as ValidationError fields, so a settings form shows each message next to
# its own box (the tariff's keys are defined with the tariff).
KEY_VISITOR_OVERDUE_HOUR = "visitor_overdue_hour"
KEY_VISITOR_RETENTION_DAYS = "visitor_retention_days"
MIN_RETENTION_DAYS = 7
MAX_RETENTION_DAYS = 3650


def check_overdue_hour(hour: object) -> None:
    if isinstance(hour, bool) or not isinstance(hour, int) or not 0 <= hour <= 23:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "The hour visitors are flagged after must be a whole hour from 0 to 23."
            ),
            field=KEY_VISITOR_OVERDUE_HOUR,
        )


def check_retention_days(days: object) -> None:
    if (
        isinstance(days, bool)
        or not isinstance(days, int)
        or not MIN_RETENTION_DAYS <= days <= MAX_RETENTION_DAYS
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "Visitor data must be kept for {low} to {high} days (a whole number)."
            ),
            field=KEY_VISITOR_RETENTION_DAYS,
            low=MIN_RETENTION_DAYS,
            high=MAX_RETENTION_DAYS,
        )


@dataclass(frozen=True)
class GateSettings:
    """What the gate works by. Checked when constructed, like the tariff.

    A visitor, or a visitor's car, still inside after `visitor_overdue_hour`:00 (local
    time) on the day they came, or on any later day, is flagged; residents' cars never
    are (they stay the night). A visitor's name, phone and ID are blanked
    `visitor_retention_days` after the visit.
    """

    tariff: Tariff
    visitor_overdue_hour: int = 22
    visitor_retention_days: int = 180

    def __post_init__(self) -> None:
        check_overdue_hour(self.visitor_overdue_hour)
        check_retention_days(self.visitor_retention_days)


def _values(settings: GateSettings) -> dict[str, Any]:
    """The settings as stored: key → value (one table for reading and writing)."""
    tariff = settings.tariff
    return {
        FIELD_FREE_MINUTES: tariff.free_minutes,
        FIELD_RATE_PER_HOUR: tariff.rate_per_hour_fen,
        FIELD_DAILY_CAP: tariff.daily_cap_fen,
        FIELD_RESIDENTS_FREE: tariff.residents_free,
        KEY_VISITOR_OVERDUE_HOUR: settings.visitor_overdue_hour,
        KEY_VISITOR_RETENTION_DAYS: settings.visitor_retention_days,
    }


def _settings(values: dict[str, Any]) -> GateSettings:
    """GateSettings from stored values; ValidationError names the key of a wrong one."""
    tariff = Tariff(
        free_minutes=values[FIELD_FREE_MINUTES],
        rate_per_hour_fen=values[FIELD_RATE_PER_HOUR],
        daily_cap_fen=values[FIELD_DAILY_CAP],
        residents_free=values[FIELD_RESIDENTS_FREE],
    )
    return GateSettings(
        tariff,
        visitor_overdue_hour=values[KEY_VISITOR_OVERDUE_HOUR],
        visitor_retention_days=values[KEY_VISITOR_RETENTION_DAYS],
    )


DEFAULT_GATE = GateSettings(Tariff())
_DEFAULTS = _values(DEFAULT_GATE)


def _read(session: Session) -> GateSettings:
    values = {
        key: EstateSettingsService.read_value(session, key, default)
        for key, default in _DEFAULTS.items()
    }
    # A wrong stored value falls back to its default, key by key; a wrong default is a
    # bug, not a bad database, and is raised.
    return build_with_defaults(_settings, values, _DEFAULTS)


class GateSettingsService:
    def __init__(self, store: Store, estate_settings: EstateSettingsService) -> None:
        self._store = store
        self._estate_settings = estate_settings

    def gate(self, actor: Actor | None = None) -> GateSettings:
        """The tariff and visitor limits. Every role may read them: the gate charges by
        them and every view flags by them, so the actor is not checked."""
        del actor
        with self._store.read() as session:
            return _read(session)

    def set_gate(
        self,
        actor: Actor,
        *,
        free_minutes: int,
        rate_per_hour_fen: int,
        daily_cap_fen: int,
        residents_free: bool,
        visitor_overdue_hour: int,
        visitor_retention_days: int,
    ) -> GateSettings:
        """Check every value first (nothing is written when one is wrong), then store and
        audit the keys that changed."""
        actor.require(Module.SETTINGS, Action.UPDATE)
        settings = GateSettings(
            Tariff(
                free_minutes=free_minutes,
                rate_per_hour_fen=rate_per_hour_fen,
                daily_cap_fen=daily_cap_fen,
                residents_free=residents_free,
            ),
            visitor_overdue_hour=visitor_overdue_hour,
            visitor_retention_days=visitor_retention_days,
        )
        self._estate_settings.write_values(actor, _values(settings), _DEFAULTS)
        return settings
