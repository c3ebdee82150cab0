"""The service targets' thresholds, estate-wide (a company may set its own; the plan's
values are the defaults): one estate setting per target, `target_<key>`.

Stored through EstateSettingsService's generic helpers (one JSON value per key, each
change audited), like the repair limits. A stored value that is unusable (edited by
hand, written by a newer version) falls back to the plan's value with a log line: a
report must not fail over one bad setting.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.roles import Action, Module
from propdesk.domain.service_targets import (
    DEFAULT_THRESHOLDS,
    TargetKey,
    check_threshold,
    setting_key,
)
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core.actor import Actor
from propdesk.services.station.estate_settings import EstateSettingsService
from propdesk.store.models import EstateSetting
from propdesk.store.unit_of_work import Store

log = logging.getLogger(__name__)

Thresholds = dict[TargetKey, Decimal]
_KEYS = {setting_key(key): key for key in TargetKey}


def _stored(value: Decimal) -> int | float:
    """As JSON: 98, or 97.5 (one decimal is exact enough in a float's shortest text)."""
    return int(value) if value == value.to_integral_value() else float(value)


def read_thresholds(session: Session) -> Thresholds:
    """The thresholds in force, read inside the caller's transaction."""
    rows = session.scalars(select(EstateSetting).where(EstateSetting.key.in_(list(_KEYS))))
    stored = {row.key for row in rows}  # loaded into the session: read_value finds them there
    values: Thresholds = dict(DEFAULT_THRESHOLDS)
    for name, key in _KEYS.items():
        if name not in stored:
            continue
        raw = EstateSettingsService.read_value(session, name, None)
        try:
            values[key] = check_threshold(key, raw)
        except ValidationError:
            log.warning(
                "estate setting %s has an unusable value %r; using the default %s",
                name,
                raw,
                DEFAULT_THRESHOLDS[key],
            )
    return values


def _target(key: object) -> TargetKey:
    """A target of the catalogue, from itself or its name; anything else is refused."""
    if isinstance(key, str) and key in TargetKey._value2member_map_:
        return TargetKey(key)
    raise ValidationError(
        QT_TRANSLATE_NOOP("messages", "There is no such service target."), field="target"
    )


class TargetSettings:
    def __init__(self, store: Store, estate_settings: EstateSettingsService) -> None:
        self._store = store
        self._estate_settings = estate_settings

    def thresholds(self, actor: Actor | None = None) -> Thresholds:
        """Every role may read them: the dashboard and the report show them."""
        del actor
        with self._store.read() as session:
            return read_thresholds(session)

    def set_thresholds(self, actor: Actor, changes: Mapping[TargetKey, object]) -> Thresholds:
        """Check every value first (nothing is written when one is wrong; the
        ValidationError's field is the setting key), then store and audit the changed
        ones. Targets not named keep their value."""
        actor.require(Module.SETTINGS, Action.UPDATE)
        named = {_target(key): value for key, value in changes.items()}
        checked = {key: check_threshold(key, value) for key, value in named.items()}
        with self._store.write() as session:
            for key, value in checked.items():
                self._estate_settings.write_value(
                    session,
                    actor,
                    setting_key(key),
                    _stored(value),
                    default=_stored(DEFAULT_THRESHOLDS[key]),
                )
            return read_thresholds(session)
