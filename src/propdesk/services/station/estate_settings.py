"""Estate-wide settings: one JSON value per key in `estate_setting`, the same at every
station (the gatehouse and the front desk must charge and flag alike).

This is the generic store only: `read_value`, `write_value` / `write_values` (audited),
and the once-a-day job claims. Each module keeps its typed settings in its own package on
top of it (gate/settings.py, repairs/settings.py, reporting/targets_settings.py), so the
station layer knows no module. Values are read from the database on every call: it is a
few primary-key lookups, and another station's change is then seen at once, with no
cache to expire.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from propdesk.errors import ValidationError
from propdesk.services.core import audit as audit_service
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditAction
from propdesk.services.core.store_service import StoreService
from propdesk.store.models import EstateSetting

log = logging.getLogger(__name__)

ENTITY = "estate_setting"

T = TypeVar("T")


def _encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def build_with_defaults(
    build: Callable[[dict[str, Any]], T], values: dict[str, Any], defaults: Mapping[str, Any]
) -> T:
    """`build(values)`, where a stored value that `build` refuses goes back to its default.

    A wrong stored value (edited by hand, written by a newer version) must not stop a
    module: `build` raises a ValidationError whose field is the key of the wrong value;
    that key takes its default in `values` (the log says so) and `build` is tried again.
    The error is raised when the key named is already at its default or is no key of
    `values`: the values are unusable together, or a default itself is wrong.
    """
    for _attempt in range(len(values)):  # each attempt puts one key back
        try:
            return build(values)
        except ValidationError as exc:
            key = exc.field
            # (Compared as JSON: 1 == True in Python, but 1 is no yes/no answer.)
            if key not in values or _encode(values[key]) == _encode(defaults[key]):
                raise
            log.warning(
                "estate setting %s has an unusable value %r; using the default %r",
                key,
                values[key],
                defaults[key],
            )
            values[key] = defaults[key]
    return build(values)


class EstateSettingsService(StoreService):
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
