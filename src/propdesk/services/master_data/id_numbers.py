"""Which key a database's ID numbers were sealed with, and whether this station has it.

The database keeps the key's fingerprint (an estate setting; never the key): the first
number ever sealed records it, in the same transaction. A station whose key file is
missing or is another key's then says plainly what to do instead of writing numbers
nobody else could read, or showing garbage: masked numbers still show, everything else
works, and writing or looking up a number asks for the key (`propdesk id-key import`).
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from propdesk.domain.personal_data import mask_id
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from propdesk.services.core import audit as audit_service
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditAction
from propdesk.services.core.id_numbers import IdNumberKey, key_file, load_key, read_key_file
from propdesk.store.models import EstateSetting
from propdesk.store.unit_of_work import Store

log = logging.getLogger(__name__)

FINGERPRINT_SETTING = "id_number_key_fingerprint"
KEY_MISSING = QT_TRANSLATE_NOOP(
    "messages",
    "This station does not have the key the ID numbers were written with; import it "
    "(propdesk id-key import FILE).",
)
KEY_NOT_THE_DATABASES = QT_TRANSLATE_NOOP(
    "messages",
    "This is not the key the ID numbers in this database were written with; nothing was "
    "changed. Import the key file exported from the station that wrote them.",
)
NO_KEY_YET = QT_TRANSLATE_NOOP(
    "messages", "No ID number has been stored yet, so this station has no key to export."
)


# session.info key of the station's IdNumbers, which whoever opens a session that
# writes residents (the residents service, an import) puts there for upsert_resident.
SESSION_KEY = "propdesk.id_numbers"


def id_numbers_of(session: Session) -> IdNumbers:
    found = session.info.get(SESSION_KEY)
    if not isinstance(found, IdNumbers):
        raise RuntimeError("a session writing residents needs the station's IdNumbers")
    return found


def stored_fingerprint(session: Session) -> str | None:
    row = session.get(EstateSetting, FINGERPRINT_SETTING)
    if row is None:
        return None
    value = json.loads(row.value)
    return value if isinstance(value, str) and value else None


def sealed_values(key: IdNumberKey, number: str) -> dict[str, str]:
    """The columns that hold `number` (normalised already); all empty for no number."""
    if not number:
        return {"id_cipher": "", "id_lookup": "", "id_masked": ""}
    return {
        "id_cipher": key.seal(number),
        "id_lookup": key.lookup(number),
        "id_masked": mask_id(number),
    }


class IdNumbers:
    """The station's ID number key (its config folder) checked against the database."""

    def __init__(self, config_dir: Path) -> None:
        self._config_dir = config_dir

    def lend_to(self, session: Session) -> Session:
        """`session`, with these ID numbers for upsert_resident (id_numbers_of)."""
        session.info[SESSION_KEY] = self
        return session

    def _station_key(self) -> IdNumberKey | None:
        # Read each time: a key imported by `propdesk id-key import` while the window
        # is open is then used at once (a small file, read only when a number is used).
        return load_key(self._config_dir)

    def problem(self, session: Session) -> UserError | None:
        """KEY_MISSING when the database's numbers were sealed with a key this station
        lacks; None when its key fits or nothing was sealed yet."""
        wanted = stored_fingerprint(session)
        if wanted is None:
            return None
        key = self._station_key()
        if key is None or key.fingerprint != wanted:
            return UserError(KEY_MISSING)
        return None

    def reading_key(self, session: Session) -> IdNumberKey | None:
        """The key to find numbers with; None when nothing was sealed yet (no number
        can match); KEY_MISSING when the database's key is not here."""
        wanted = stored_fingerprint(session)
        if wanted is None:
            return None
        key = self._station_key()
        if key is None or key.fingerprint != wanted:
            raise UserError(KEY_MISSING, field="id_number")
        return key

    def writing_key(self, session: Session) -> IdNumberKey:
        """The key to seal a number with, inside the write `session`: on the first
        number ever the station's key (made now if it has none) is recorded as the
        database's; KEY_MISSING when the database's key is not here."""
        wanted = stored_fingerprint(session)
        key = self._station_key()
        if wanted is None:
            if key is None:
                key = IdNumberKey.generate()
                key.write(self._config_dir)
                log.info("new ID number key written to %s", key_file(self._config_dir))
            session.add(EstateSetting(key=FINGERPRINT_SETTING, value=json.dumps(key.fingerprint)))
            session.flush()
            return key
        if key is None or key.fingerprint != wanted:
            raise UserError(KEY_MISSING, field="id_number")
        return key

    # -- the key file, for `propdesk id-key` --------------------------------------------

    def export_key(self, actor: Actor, store: Store, target: Path) -> Path:
        """Copy the station's key to `target` (owner-only), e.g. a USB stick."""
        actor.require(Module.BACKUP, Action.ADMINISTER)
        with store.read() as session:
            problem = self.problem(session)
        if problem is not None:
            raise problem
        key = self._station_key()
        if key is None:
            raise UserError(NO_KEY_YET)
        key.write_to(target)
        return target

    def import_key(self, actor: Actor, store: Store, source: Path) -> IdNumberKey:
        """Make the key in `source` this station's; refused (nothing changed) when the
        database's numbers were sealed with another key. A different key the station
        had is kept aside beside it, never overwritten."""
        actor.require(Module.BACKUP, Action.ADMINISTER)
        key = read_key_file(source)
        with store.write() as session:
            wanted = stored_fingerprint(session)
            if wanted is not None and key.fingerprint != wanted:
                raise ValidationError(KEY_NOT_THE_DATABASES, field="file")
            current_file = key_file(self._config_dir)
            current = self._station_key_or_none()
            if current_file.exists() and (
                current is None or current.fingerprint != key.fingerprint
            ):
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                current_file.rename(current_file.with_name(f"{current_file.name}.{stamp}.replaced"))
            key.write(self._config_dir)
            audit_service.record(
                session,
                actor,
                "id_number_key",
                key.fingerprint,
                AuditAction.UPDATE,
                after={"fingerprint": key.fingerprint},
                reason="ID number key imported",
            )
        return key

    def _station_key_or_none(self) -> IdNumberKey | None:
        """The station's key; None also when its file is unreadable or not a key (an
        import then replaces it, keeping the old file aside)."""
        try:
            return self._station_key()
        except UserError:
            return None
