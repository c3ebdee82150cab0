"""The drills module's demo generator (core.module_spec.DemoGenerator), paired in the
registry with one line:

    DRILLS.with_demo(DrillsDemo)

after the inspections (the other generators hire the staff who take part). Like the
others it imports its planning code only when it is built."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from propdesk.services.core.module_spec import DemoRequest

if TYPE_CHECKING:
    from sqlalchemy import Connection


class DrillsDemo:
    def __init__(self, connection: Connection, request: DemoRequest) -> None:
        from propdesk.services.demo.drills.writer import DrillDemo

        self._demo = DrillDemo(connection, request)

    def plan(self) -> None:
        self._demo.make()

    def write(self, connection: Connection, alongside: Callable[[], None]) -> Mapping[str, int]:
        del alongside  # a few hundred rows: no index rebuild to wait on
        return self._demo.write(connection)
