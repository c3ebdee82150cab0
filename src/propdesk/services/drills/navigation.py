"""Where the drills' links lead (ViewRequest views: the dashboard's figures, quick
search): frozen values the tab (ui/tabs/drills) knows how to show."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from propdesk.services.drills.views import SessionFilter


@dataclass(frozen=True)
class PlanView:
    """The year's plan (the tab's plan page)."""

    year: int


@dataclass(frozen=True)
class SessionList:
    filter: SessionFilter


@dataclass(frozen=True)
class SessionView:
    session_id: uuid.UUID
