"""Where the inspections' links lead (ViewRequest views: the dashboard's figures, the
targets, quick search): frozen values the tab (ui/tabs/inspections) knows how to show."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from propdesk.domain.service_targets import Period
from propdesk.services.inspections.equipment import DueFilter
from propdesk.services.inspections.rectifications import NoticeFilter
from propdesk.services.inspections.views import InspectionFilter


@dataclass(frozen=True)
class DueList:
    """The due and overdue inspections (the tab's first page)."""

    overdue_only: bool = False


@dataclass(frozen=True)
class InspectionList:
    filter: InspectionFilter


@dataclass(frozen=True)
class InspectionView:
    inspection_id: uuid.UUID


@dataclass(frozen=True)
class NoticeList:
    filter: NoticeFilter = NoticeFilter.LIVE


@dataclass(frozen=True)
class NoticeView:
    notice_id: uuid.UUID


@dataclass(frozen=True)
class EquipmentList:
    due: DueFilter = DueFilter.ALL


@dataclass(frozen=True)
class InspectionsOfPeriod:
    """A target's month: the inspections behind its figure."""

    period: Period
