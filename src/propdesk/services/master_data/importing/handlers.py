"""Each register's import row: cells → the register's input → its upsert.

A row is first checked without writing (`prepare`: the register's own cleaning plus
the lookups), then written through the same `upsert_*` function a single save uses,
so an import follows the same rules and leaves the same audit rows. A module's sheet
declares its own preparation the same way (services.core.import_sheets).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.plates import validate_plate
from propdesk.services.core.actor import Actor
from propdesk.services.core.import_sheets import Prepared, PrepareRow, SheetCells, SheetLookups
from propdesk.services.core.records import Outcome
from propdesk.services.master_data.cards import (
    CardInput,
    CardStatus,
    normalise_card_number,
    upsert_card,
)
from propdesk.services.master_data.importing.columns import ImportKind
from propdesk.services.master_data.residents import (
    ResidentInput,
    clean_resident,
    resident_kind,
    upsert_resident,
)
from propdesk.services.master_data.units import UnitInput, clean_unit, upsert_unit
from propdesk.services.master_data.vehicles import VehicleInput, clean_space_code, upsert_vehicle
from propdesk.store.models import AccessCard

__all__ = ["PREPARE", "Prepared"]


def _unit(cells: SheetCells, _lookups: SheetLookups) -> Prepared:
    clean = clean_unit(
        UnitInput(
            cells.text("building"),
            cells.text("entrance"),
            cells.text("room"),
            cells.integer("floor"),
            cells.number_text("area"),
        )
    )
    return Prepared(clean.code, "room", lambda s, a: upsert_unit(s, a, clean)[1])


def _resident(cells: SheetCells, lookups: SheetLookups) -> Prepared:
    data = clean_resident(
        ResidentInput(
            cells.text("unit"),
            resident_kind(cells.choice("resident_kind"), "resident_kind"),
            cells.text("name"),
            cells.text("phone"),
            cells.text("phone2"),
            cells.text("id_number"),
            cells.date("move_in"),
            cells.date("move_out"),
        )
    )
    lookups.require_unit(data.unit_code)
    return Prepared(
        f"{data.unit_code} {data.name}", "name", lambda s, a: upsert_resident(s, a, data)[1]
    )


def _vehicle(cells: SheetCells, lookups: SheetLookups) -> Prepared:
    plate = validate_plate(cells.text("plate"))
    data = VehicleInput(
        plate,
        cells.text("unit"),
        cells.text("owner_name"),
        clean_space_code(cells.text("parking_space")),
        cells.text("description"),
    )
    lookups.require_resident(data.unit_code, data.owner_name, "owner_name")
    return Prepared(plate, "plate", lambda s, a: upsert_vehicle(s, a, data)[1])


def _card(cells: SheetCells, lookups: SheetLookups) -> Prepared:
    number = normalise_card_number(cells.text("card_number"))
    status = cells.choice("card_status")  # "" when empty
    unit, holder, issued_on = cells.text("unit"), cells.text("holder_name"), cells.date("issued_on")
    lookups.require_resident(unit, holder, "holder_name")

    def write(session: Session, actor: Actor) -> Outcome:
        chosen = status
        if not chosen:  # an empty cell keeps a registered card's status
            stored = session.scalars(
                select(AccessCard.status).where(AccessCard.number == number)
            ).first()
            chosen = stored or CardStatus.ACTIVE.value
        data = CardInput(number, unit, holder, CardStatus(chosen), issued_on)
        return upsert_card(session, actor, data)[1]

    return Prepared(number, "card_number", write)


PREPARE: dict[ImportKind, PrepareRow] = {
    ImportKind.UNITS: _unit,
    ImportKind.RESIDENTS: _resident,
    ImportKind.VEHICLES: _vehicle,
    ImportKind.CARDS: _card,
}
