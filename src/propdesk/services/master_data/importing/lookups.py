"""What an import checks about each row before writing it, loaded once per import.

The registers' upserts check the same again (and stay the authority); finding a
missing unit or holder here first keeps a failing row from reaching the database,
so rows can be written without a savepoint each (see runner).

The units and residents loaded here also answer the upserts' own look-ups for the
rest of the transaction (registers' UNIT_CACHE and RESIDENT_CACHE in session.info),
which saves two queries per row: the same checks, the same audit rows, less time.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.services.master_data.residents import RESIDENT_CACHE, not_a_resident
from propdesk.services.master_data.units import UNIT_CACHE, no_unit
from propdesk.store.models import Resident, Unit


class Lookups:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._units: dict[str, Unit] | None = None
        self._residents: dict[tuple[uuid.UUID, str], Resident] = {}

    def _loaded(self) -> dict[str, Unit]:
        """The live units (and residents), loaded at the first look-up: an import that
        looks nothing up (units; equipment without units) never pays for them. Every
        register row that writes looks up first, so the caches are in place before the
        first upsert, as the upserts expect."""
        if self._units is not None:
            return self._units
        units = self._session.scalars(select(Unit).where(Unit.voided_at.is_(None)))
        self._units = {unit.code: unit for unit in units}
        people = self._session.scalars(select(Resident).where(Resident.voided_at.is_(None)))
        self._residents = {(person.unit_id, person.name): person for person in people}
        self._session.info[UNIT_CACHE] = self._units
        self._session.info[RESIDENT_CACHE] = self._residents
        return self._units

    def forget(self) -> None:
        """After a savepoint was rolled back, the upserts query again."""
        self._session.info.pop(UNIT_CACHE, None)
        self._session.info.pop(RESIDENT_CACHE, None)

    def require_unit(self, code: str) -> Unit:
        """The live unit with this code; NotFoundError (field unit_code) when none."""
        code = code.strip().upper()
        unit = self._loaded().get(code)
        if unit is None:
            raise no_unit(code, "unit_code")
        return unit

    def require_resident(self, unit_code: str, name: str, field: str) -> None:
        unit = self.require_unit(unit_code)
        if (unit.id, name) not in self._residents:
            raise not_a_resident(name, unit, field)
