"""Estate-wide settings: one JSON value per key in `estate_setting`, the same at every
station (the gatehouse and the front desk must charge and flag alike).

Typed accessors (`gate`, `set_gate` …) sit on two generic helpers, `read_value` and `write_value`,
so a later module (repair SLA limits, KPI thresholds) adds its settings here in one
place. Values are read from the database on every call: it is a few primary-key
lookups, and another station's change is then seen at once, with no cache to expire.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
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
from propdesk.services.core import audit as audit_service
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditAction
from propdesk.services.core.store_service import StoreService
from propdesk.store.models import EstateSetting

log = logging.getLogger(__name__)

ENTITY = "estate_setting"
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

    A visitor still inside after `visitor_overdue_hour`:00 (local time) on the day they
    came, or on any later day, is flagged. A visitor's name, phone and ID are blanked
    `visitor_retention_days` after the visit.
    """

    tariff: Tariff
    visitor_overdue_hour: int = 22
    visitor_retention_days: int = 180

    def __post_init__(self) -> None:
        check_overdue_hour(self.visitor_overdue_hour)
        check_retention_days(self.visitor_retention_days)


def _gate_values(settings: GateSettings) -> dict[str, Any]:
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


def _gate_settings(values: dict[str, Any]) -> GateSettings:
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
_GATE_DEFAULTS = _gate_values(DEFAULT_GATE)


def _encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class EstateSettingsService(StoreService):
    # -- gate ------------------------------------------------------------------------
    def gate(self, actor: Actor | None = None) -> GateSettings:
        """The tariff and visitor limits. Every role may read them: the gate charges by
        them and every view flags by them, so the actor is not checked."""
        del actor
        with self._store.read() as session:
            return self._gate(session)

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
        self.write_values(actor, _gate_values(settings), _GATE_DEFAULTS)
        return settings

    def _gate(self, session: Session) -> GateSettings:
        values = {
            key: self.read_value(session, key, default) for key, default in _GATE_DEFAULTS.items()
        }
        # A wrong stored value (edited by hand, written by a newer version) must not stop
        # the gate: that one key falls back to its default and the log says so.
        for _attempt in range(len(values) + 1):
            try:
                return _gate_settings(values)
            except ValidationError as exc:
                key = exc.field
                # (Compared as JSON: 1 == True in Python, but 1 is no yes/no answer.)
                if key not in values or _encode(values[key]) == _encode(_GATE_DEFAULTS[key]):
                    raise  # a default itself is wrong: a bug, not a bad database
                log.warning(
                    "estate setting %s has an unusable value %r; using the default %r",
                    key,
                    values[key],
                    _GATE_DEFAULTS[key],
                )
                values[key] = _GATE_DEFAULTS[key]
        return DEFAULT_GATE  # not reached: each attempt fixes one key

    # -- once-a-day jobs -------------------------------------------------------------
    # The day a job last ran is the scheduler's memory, not a setting anyone chose, so it
    # is written without an audit row; the job audits what it does.
    def claim_daily_run(self, key: str, day: date) -> bool:
        """Note that the job `key` runs on `day`; False when it already ran that day.

        Check and note are one write transaction, so of two stations asking at the same
        moment only one runs the job.
        """
        with self._store.write() as session:
            if self.read_value(session, key, None) == day.isoformat():
                return False
            self._put(session, key, _encode(day.isoformat()))
            return True

    def forget_daily_run(self, key: str) -> None:
        """The job failed or stopped half-way: let the next check run it again."""
        with self._store.write() as session:
            row = session.get(EstateSetting, key)
            if row is not None:
                session.delete(row)

    # -- generic ---------------------------------------------------------------------
    @staticmethod
    def read_value(session: Session, key: str, default: Any) -> Any:
        """The stored value, or `default` when there is none or it is not JSON."""
        row = session.get(EstateSetting, key)
        if row is None:
            return default
        try:
            return json.loads(row.value)
        except ValueError:
            log.warning("estate setting %s is not JSON (%r); using the default", key, row.value)
            return default

    def write_values(
        self, actor: Actor, values: Mapping[str, Any], defaults: Mapping[str, Any]
    ) -> None:
        """Several values (already checked) in one transaction, each by `write_value`
        with its default from `defaults`: what a settings page saves."""
        with self._store.write() as session:
            for key, value in values.items():
                self.write_value(session, actor, key, value, default=defaults[key])

    def write_value(
        self, session: Session, actor: Actor, key: str, value: Any, *, default: Any = None
    ) -> bool:
        """Store `value` with an audit row (before → after). Nothing is written and False
        is returned when it is already what is in effect: the stored value, or `default`
        when the key was never stored."""
        text = _encode(value)
        row = session.get(EstateSetting, key)
        if row is None:
            before = default
        else:
            try:
                before = json.loads(row.value)
            except ValueError:
                before = row.value  # the damaged text, so the audit shows what was there
        if _encode(before) == text:
            return False
        self._put(session, key, text)
        audit_service.record(
            session,
            actor,
            ENTITY,
            key,
            AuditAction.UPDATE,
            before={"value": audit_service.jsonable(before)},
            after={"value": audit_service.jsonable(value)},
        )
        return True

    @staticmethod
    def _put(session: Session, key: str, text: str) -> None:
        row = session.get(EstateSetting, key)
        if row is None:
            session.add(EstateSetting(key=key, value=text))
        else:
            row.value = text
        session.flush()
