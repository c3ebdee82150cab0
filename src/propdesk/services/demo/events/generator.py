"""The events module's demo generator (core.module_spec.DemoGenerator), for the
registry to pair with the module in one line:

    EVENTS.with_demo(EventsDemo)

Five years of community events of the demo estate: one to three a month, seasonal
(重阳敬老 in October, 中秋游园 in September …), a couple of months with none (the
"one a month" target then shows its miss), some cancelled with a reason, and the
coming ones — the rest of this month's and next month's — planned. Past events are
held, with participants, feedback and the actual cost. Seeded: one seed makes the
same events. Planned in pure Python, written with one executemany per table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from propdesk.services.core.module_spec import DemoRequest

if TYPE_CHECKING:
    from sqlalchemy import Connection


class EventsDemo:
    def __init__(self, connection: Connection, request: DemoRequest) -> None:
        from propdesk.services.demo.events.writer import EventDemo

        self._demo = EventDemo(connection, request)

    def plan(self) -> None:
        self._demo.make()

    def write(self, connection: Connection, alongside: Callable[[], None]) -> Mapping[str, int]:
        del alongside  # a few hundred rows: nothing to wait for
        return {"community_events": self._demo.write(connection)}
