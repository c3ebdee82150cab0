"""What the repairs tab can be asked to show (a dashboard figure's link leads there)."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.services.repairs.queries import TicketFilter


@dataclass(frozen=True)
class TicketList:
    """The repair tickets this filter finds."""

    filter: TicketFilter
