"""Where the work logs' links lead (ViewRequest views: the dashboard's figures, quick
search): frozen values the tab (ui/tabs/worklogs) knows how to show."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from propdesk.services.worklogs.views import EntryFilter


@dataclass(frozen=True)
class WeekView:
    """The week's plan holding `day`."""

    day: date


@dataclass(frozen=True)
class EntryList:
    filter: EntryFilter


@dataclass(frozen=True)
class EntryView:
    entry_id: uuid.UUID
