"""The fake module's service side: a front door, a search kind, a dashboard box, a
report section with its sheets, an export kind, and the spec that declares them."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from propdesk.domain.roles import Module
from propdesk.domain.service_targets import Period
from propdesk.reports.monthly.blocks import StoryContext, paragraph
from propdesk.reports.table_columns import ColumnKind, ExportColumn, TableSheet
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import (
    DashboardFigure,
    DashboardGroup,
    DashboardPart,
    ExportKind,
    ModuleContext,
    ModuleSpec,
    ReportPart,
    SheetRequest,
    TabRef,
    ViewRequest,
)
from propdesk.services.core.search import SearchHit, SearchKind
from propdesk.services.core.search_query import SearchQuery
from propdesk.store.unit_of_work import Store

KEY = "fake"
TAB = "fake_tab"  # TabRef(KEY, …).object_name
RECORD_ID = uuid.UUID("00000000-0000-7000-8000-00000000fa4e")


@dataclass(frozen=True)
class FakeDoor:
    station: Callable[[], str]

    @classmethod
    def build(cls, context: ModuleContext) -> FakeDoor:
        return cls(context.station)


def find_fakes(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    del session, limit
    if "fake" not in query.text.lower():
        return []
    return [SearchHit(KEY, RECORD_ID, "FAKE-0001", "a fake record", KEY, RECORD_ID)]


def fake_box(door: FakeDoor, store: Store, actor: Actor, now: datetime) -> DashboardGroup | None:
    del store, actor, now
    figure = DashboardFigure.count(
        "fake_count", "Fakes:", 7, ViewRequest(TAB, "the fakes"), f"at {door.station()}"
    )
    return DashboardGroup(KEY, "Fake today", (figure,))


@dataclass(frozen=True)
class FakeFigures:
    days: int

    def story(self, context: StoryContext) -> list[Flowable]:
        return [
            *context.heading("Fake visits"),
            paragraph(f"{self.days} days of fake visits", context.st.body),
        ]

    def sheets(self, lang: str) -> list[TableSheet]:
        return [
            TableSheet(
                f"Fake by day ({lang})", [ExportColumn("Days", ColumnKind.INT)], [[self.days]]
            )
        ]


def collect_fake(session: Session, period: Period, now: datetime) -> FakeFigures:
    del session, now
    return FakeFigures(len(period.days))


def fake_sheet(door: FakeDoor, request: SheetRequest) -> TableSheet:
    """One row a day, the station (from the front door) and, when personal, a name."""
    columns = [ExportColumn("Day", ColumnKind.DATE), ExportColumn("Station")]
    columns += [ExportColumn("Name")] if request.personal else []
    name = ["张三"] if request.personal else []
    rows = [[day, door.station(), *name] for day in request.period.days]
    return TableSheet("Fake records", columns, rows, request.total)


FAKE_EXPORT = ExportKind("fake", Module.REPAIRS, dated=True, sheet=fake_sheet)
FAKE = ModuleSpec[FakeDoor](
    key=KEY,
    build=FakeDoor.build,
    tabs=(TabRef(KEY, "Fake", Module.REPORTS, ui="tests.fake_module"),),
    search=(SearchKind(KEY, find_fakes, Module.REPORTS, "Fakes"),),
    dashboard=DashboardPart(Module.REPORTS, fake_box),
    report=ReportPart(collect_fake, records=FAKE_EXPORT, counted=lambda f: f.days),
    exports=(FAKE_EXPORT,),
)
