"""The inspections module's demo generator (core.module_spec.DemoGenerator), for the
registry to pair with the module in one line:

    INSPECTIONS.with_demo(InspectionsDemo)

after the repairs, patrol and complaints modules (their generators hire the
engineering, security, cleaning and greening staff first, who then walk the rounds).
Like the other generators it imports its planning code only when it is built, so the
registry, imported at every start, does not load it.

No repair tickets are opened from failed items and no photos are stored: the notices
(整改通知单) carry the demo's follow-up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from propdesk.services.core.module_spec import DemoRequest

if TYPE_CHECKING:
    from sqlalchemy import Connection


class InspectionsDemo:
    """The equipment register and as many years of inspections and notices: planned
    (pure Python), then written."""

    def __init__(self, connection: Connection, request: DemoRequest) -> None:
        from propdesk.services.demo.inspections.writer import InspectionDemo

        self._demo = InspectionDemo(connection, request)

    def plan(self) -> None:
        self._demo.make()

    def write(self, connection: Connection, alongside: Callable[[], None]) -> Mapping[str, int]:
        counts = self._demo.write(connection, alongside)
        return {
            "equipment": counts.equipment,
            "inspections": counts.inspections,
            "rectifications": counts.rectifications,
        }
