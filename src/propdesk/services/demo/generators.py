"""Each module's demo generator behind the one shape the demo service drives
(core.module_spec.DemoGenerator): plan (CPU only), then write in the demo's
transaction. The registry pairs each module with its generator
(`GATE.with_demo(GateTrafficDemo)`), since the demo sits above the modules.

The registry is imported at every start, the demo code (and multiprocessing) only when
a demo is made: each generator imports its module's demo code when it is built."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from propdesk.services.core.module_spec import DemoRequest

if TYPE_CHECKING:
    from sqlalchemy import Connection


class GateTrafficDemo:
    """Years of gate traffic: made in worker processes while it is written, so there
    is nothing to plan beforehand; the next generators plan while SQLite rebuilds the
    journal's indexes (`alongside`)."""

    def __init__(self, connection: Connection, request: DemoRequest) -> None:
        del connection
        self._request = request

    def plan(self) -> None:
        return None

    def write(self, connection: Connection, alongside: Callable[[], None]) -> Mapping[str, int]:
        from propdesk.services.demo.gate.traffic import add_gate_traffic

        traffic = add_gate_traffic(connection, self._request, alongside)
        return {"gate_events": traffic.events, "shift_handovers": traffic.handovers}


class RepairTicketsDemo:
    """As many years of repair tickets: planned (pure Python) then written in bulk."""

    def __init__(self, connection: Connection, request: DemoRequest) -> None:
        from propdesk.services.demo.repairs.tickets import RepairTicketDemo

        self._tickets = RepairTicketDemo(
            connection, seed=request.seed, scale=request.scale, years=request.years, now=request.now
        )

    def plan(self) -> None:
        self._tickets.make()

    def write(self, connection: Connection, alongside: Callable[[], None]) -> Mapping[str, int]:
        alongside()  # nothing of ours leaves a core idle: the next ones plan first
        return {"repair_tickets": self._tickets.write(connection).tickets}


class PatrolRoundsDemo:
    """As many years of patrol rounds: planned (pure Python) then written in bulk. Comes
    after the repair tickets in the registry: writing ties the tickets found on patrol
    to the findings they came from."""

    def __init__(self, connection: Connection, request: DemoRequest) -> None:
        from propdesk.services.demo.patrol.writer import PatrolDemo

        self._rounds = PatrolDemo(connection, request)

    def plan(self) -> None:
        self._rounds.make()

    def write(self, connection: Connection, alongside: Callable[[], None]) -> Mapping[str, int]:
        return {"patrol_rounds": self._rounds.write(connection, alongside).rounds}
