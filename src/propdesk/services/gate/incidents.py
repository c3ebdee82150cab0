"""A safety incident opened from a gate journal entry, in one step, through the desk
the incidents module lends (services.core.handoffs.IncidentDesk).

Why the journal entry: it is the one record of everything that passes the gate — the
visitor who started a fight, the car found scraped at its exit check, the card tried
again and again, the car blocking the fire lane under a parking notice — and the guard
has it on screen when something happens. The incident keeps the entry's id and a
reference people read (its pass, slip or notice number, else the plate or card, with
the time), and the journal shows the incident's number on the entry.

The incidents module is built after the gate, so its desk is looked up when used;
without it the gate offers no incident button.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from propdesk.domain.incidents.kinds import IncidentKind, IncidentSource
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError
from propdesk.services.core.actor import Actor
from propdesk.services.core.handoffs import IncidentDesk, IncidentRequest, LinkedIncident
from propdesk.services.core.store_service import StoreService
from propdesk.store.models import GateEvent
from propdesk.store.unit_of_work import Store


def _none() -> IncidentDesk | None:
    return None


def entry_reference(event: GateEvent) -> str:
    """How the incident names the entry: its number, else its plate or card, and when."""
    at = event.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M")
    what = event.pass_number or event.plate or event.card_number
    return f"{what} {at}".strip()


class GateIncidents(StoreService):
    def __init__(self, store: Store, incidents: Callable[[], IncidentDesk | None] = _none) -> None:
        super().__init__(store)
        self._incidents = incidents

    @property
    def can_open(self) -> bool:
        """False when the incidents module is not part of this console."""
        return self._incidents() is not None

    def open_from_entry(
        self,
        actor: Actor,
        event_id: uuid.UUID,
        kind: IncidentKind,
        title: str,
        what_happened: str,
    ) -> LinkedIncident:
        """An incident at the entry's time and place (a notice's place, else the
        gatehouse), with what the guard says happened."""
        actor.require(Module.GATE, Action.VIEW)
        desk = self._incidents()
        if desk is None:
            raise ConflictError(
                QT_TRANSLATE_NOOP("messages", "Safety incidents are not part of this console.")
            )
        with self._store.read() as session:
            event = session.get(GateEvent, event_id)
            if event is None or event.voided_at is not None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That gate entry is not on record.")
                )
            request = IncidentRequest(
                source_kind=IncidentSource.GATE,
                source_id=str(event.id),
                source_number=entry_reference(event),
                kind=kind,
                title=title,
                occurred_at=event.occurred_at,
                place=event.place or event.station,
                what_happened=what_happened,
                responders=actor.display_name or actor.username,
            )
        return desk.open_from(actor, request)

    def linked(self, actor: Actor, event_ids: Sequence[uuid.UUID]) -> dict[str, LinkedIncident]:
        """The incident opened from each entry (by its id as text); none when the role
        may not see incidents or they are not part of this console."""
        desk = self._incidents()
        if desk is None or not actor.may(Module.INCIDENTS, Action.VIEW) or not event_ids:
            return {}
        return dict(desk.linked(actor, IncidentSource.GATE, [str(i) for i in event_ids]))
