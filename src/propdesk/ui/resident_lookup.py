"""Who is calling: a unit code, a name (or its pinyin initials) or a phone number
looked up in the resident register, for the new-ticket and new-complaint forms to fill
in (here, not in a tab package: tabs do not import one another).

It rides on quick search (services.search: the same readings of what was typed, the
same rights) and then reads the unit's residents for the full phone number, which
search hits only show masked. People who moved out are left out: they no longer
report faults in the unit.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.residents import ResidentInfo, ResidentKind
from propdesk.services.master_data.search import KIND_RESIDENT, KIND_UNIT

LIMIT = 8
# Who usually speaks for a unit: the owner first, then a tenant, then family.
_KIND_ORDER = {ResidentKind.OWNER: 0, ResidentKind.TENANT: 1, ResidentKind.FAMILY: 2}


@dataclass(frozen=True)
class ReporterMatch:
    resident_id: uuid.UUID | None  # None: a unit with nobody registered living there
    name: str
    phone: str
    unit_code: str


def _match(info: ResidentInfo) -> ReporterMatch:
    return ReporterMatch(info.id, info.name, info.phone, info.unit_code)


def find_reporters(services: Services, actor: Actor, text: str) -> list[ReporterMatch]:
    """Best first; [] when nothing matches. PropdeskError (no right to read the
    register, the database) is the caller's to show."""
    groups = services.search.search(actor, text, limit_per_kind=LIMIT)
    residents: dict[uuid.UUID, list[ResidentInfo]] = {}

    def living_in(unit_id: uuid.UUID) -> list[ResidentInfo]:
        if unit_id not in residents:
            found = services.residents.for_unit(actor, unit_id)
            residents[unit_id] = sorted(
                (r for r in found if r.living_here), key=lambda r: _KIND_ORDER[r.kind]
            )
        return residents[unit_id]

    matches: list[ReporterMatch] = []
    for group in groups:
        for hit in group.hits:
            if group.kind == KIND_UNIT:
                people = living_in(hit.record_id)
                matches += [_match(r) for r in people] or [ReporterMatch(None, "", "", hit.title)]
            elif group.kind == KIND_RESIDENT:
                matches += [_match(r) for r in living_in(hit.open_id) if r.id == hit.record_id]
    unique: dict[tuple[uuid.UUID | None, str], ReporterMatch] = {}
    for match in matches:
        unique.setdefault((match.resident_id, match.unit_code), match)
    return list(unique.values())
