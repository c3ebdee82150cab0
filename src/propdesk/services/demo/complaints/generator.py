"""The complaints module's demo generator (core.module_spec.DemoGenerator), for the
registry to pair with the module in one line:

    COMPLAINTS.with_demo(ComplaintsDemo)

after the repairs and patrol modules (their generators hire the engineering and
security staff first, who then handle complaints too). Like the other generators
(services.demo.generators) it imports its planning code only when it is built, so the
registry, imported at every start, does not load it.

Repair tickets are not linked to the demo complaints: the repairs demo's tickets are
only written after every generator is built and planned, so a link would have to be
patched into planned rows and timelines at write time; the complaints stand on their
own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from propdesk.services.core.module_spec import DemoRequest

if TYPE_CHECKING:
    from sqlalchemy import Connection


class ComplaintsDemo:
    """As many years of complaints and inquiries: planned (pure Python), then written."""

    def __init__(self, connection: Connection, request: DemoRequest) -> None:
        from propdesk.services.demo.complaints.writer import ComplaintDemo

        self._demo = ComplaintDemo(connection, request)

    def plan(self) -> None:
        self._demo.make()

    def write(self, connection: Connection, alongside: Callable[[], None]) -> Mapping[str, int]:
        counts = self._demo.write(connection, alongside)
        return {"complaints": counts.complaints, "inquiries": counts.inquiries}
