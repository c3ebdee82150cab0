"""The estate this database serves: set up once at first start, read everywhere."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from propdesk.domain.roles import Action, Module, Role
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.store_service import StoreService
from propdesk.services.core.text import bounded_text, clean_text
from propdesk.store.models import Estate

MAX_NAME = 100
FIELDS = ("name", "address", "hotline")
# Who sets the estate up at first start: nobody can sign in yet (as for the first
# administrator, services.station.accounts.create_first_admin).
SETUP_ACTOR = Actor(None, "setup", "setup", Role.ADMIN, "-")


@dataclass(frozen=True)
class EstateInfo:
    name: str
    address: str
    hotline: str


def _clean_name(name: str) -> str:
    required = QT_TRANSLATE_NOOP("messages", "Enter the estate name.")
    too_long = QT_TRANSLATE_NOOP("messages", "The estate name can have at most {limit} characters.")
    return bounded_text(name, "estate_name", MAX_NAME, required=required, too_long=too_long)


class EstateService(StoreService):
    # Checked on its own by forms that validate every field before writing any.
    clean_name = staticmethod(_clean_name)

    def get(self) -> EstateInfo | None:
        with self._store.read() as session:
            row = session.scalars(select(Estate).order_by(Estate.created_at)).first()
            return None if row is None else EstateInfo(row.name, row.address, row.hotline)

    def set_up(
        self, name: str, address: str = "", hotline: str = "", *, actor: Actor | None = None
    ) -> EstateInfo:
        """Create the estate, or rename it when it exists (one estate per database);
        audited like every change. `actor`: who does it (`propdesk init` passes the
        system actor); None for the first-start dialog, before anyone can sign in."""
        actor = actor or SETUP_ACTOR
        name = _clean_name(name)
        with self._store.write() as session:
            row = session.scalars(select(Estate).order_by(Estate.created_at)).first()
            if row is None:
                row = Estate(name=name, address=address.strip(), hotline=hotline.strip())
                records.create(session, actor, "estate", row, FIELDS)
            else:
                changes = {
                    "name": name,
                    "address": address.strip() or row.address,
                    "hotline": hotline.strip() or row.hotline,
                }
                records.update(session, actor, "estate", row, FIELDS, changes)
            return EstateInfo(row.name, row.address, row.hotline)

    def update(self, actor: Actor, name: str, address: str, hotline: str) -> EstateInfo:
        """The estate's details from Settings → Estate, audited."""
        actor.require(Module.SETTINGS, Action.UPDATE)
        name = _clean_name(name)
        address = clean_text(address)
        if len(address) > 200:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "The address can have at most 200 characters."),
                field="address",
            )
        hotline = hotline.strip()
        if hotline and not re.fullmatch(r"[0-9\- ()+]{3,20}", hotline):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "The hotline is a phone number, e.g. 0755-12345678."),
                field="hotline",
            )
        with self._store.write() as session:
            row = session.scalars(select(Estate).order_by(Estate.created_at)).first()
            if row is None:
                row = Estate(name=name, address=address, hotline=hotline)
                records.create(session, actor, "estate", row, FIELDS)
            else:
                changes = {"name": name, "address": address, "hotline": hotline}
                records.update(session, actor, "estate", row, FIELDS, changes)
            return EstateInfo(row.name, row.address, row.hotline)
