"""What a module brings, declared in one place: its `services/<module>/module.py`
holds one `ModuleSpec`, and `services/registry.py` lists the specs, one line each.

Everything central iterates the registry instead of naming modules: bootstrap builds
each module's front door, the main window adds each module's tabs (found in the ui
package the spec names), quick search asks each module's search kinds, the dashboard
each module's figures, the monthly report and workbook each module's sections and
sheets, `propdesk export` each module's export kinds, the demo each module's
generator, the service targets each module's sources. Adding a module is one new
package per layer and one line in the registry; removing the line removes the module
everywhere.

Plain typed Python: no plugin loading, no entry points. The only name given as text
is the ui package of a module's tabs, because this layer may not import the ui (the
main window resolves it; see ui/module_tabs.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Module
from propdesk.domain.service_targets import Period, TargetKey
from propdesk.services.core.actor import Actor
from propdesk.services.core.search import SearchProvider
from propdesk.store.unit_of_work import Store

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from propdesk.reports.table_columns import TableSheet

F = TypeVar("F")
T = TypeVar("T")

# (session, the target's window, now) -> the inputs its domain function judges, or
# None when nothing was recorded (the target then shows "no data").
TargetSource = Callable[["Session", Period, datetime], object | None]


@dataclass(frozen=True)
class ModuleContext:
    """What a module's front door is built from: the store, this station's name, and
    the shared (station and master-data) services, looked up by their type."""

    store: Store
    station: Callable[[], str]
    shared: Mapping[type, object]

    def get(self, kind: type[T]) -> T:
        found = self.shared.get(kind)
        if not isinstance(found, kind):
            raise LookupError(f"no shared service of type {kind.__name__}")
        return found


# -- the main window -------------------------------------------------------------------
@dataclass(frozen=True)
class TabRef:
    """One tab of the main window. `ui` is the dotted name of the ui package whose
    `module.py` declares the tab's widget and how it shows a view (ui.module_tabs)."""

    object_name: str  # "gate_tab": also what dashboard links name
    title: str  # English, marked with QT_TRANSLATE_NOOP("MainWindow", …)
    right: Module  # the VIEW right that shows it
    ui: str  # "propdesk.ui.tabs.gate"


@dataclass(frozen=True)
class SearchKind:
    """A kind of record quick search finds; a hit opens through a tab of the module
    that declares `opens` (its `open_kind`)."""

    kind: str
    provider: SearchProvider
    right: Module


@dataclass(frozen=True)
class ViewRequest:
    """Where a figure leads: the tab (object name) and what it should show there (a
    frozen dataclass of the module's own, e.g. services.gate.views.JournalDays)."""

    tab: str
    view: object


# -- the home dashboard ----------------------------------------------------------------
@dataclass(frozen=True)
class DashboardFigure:
    """One figure of a module's group on the home tab. The texts are English templates
    marked with QT_TRANSLATE_NOOP("DashboardPanel", …); the UI translates them and
    fills in `values` (already formatted)."""

    name: str  # the figure's object name, e.g. "entries_today"
    label: str  # "Entries today:"
    template: str  # "{n}" or "{total} (residents {residents}, …)"
    values: Mapping[str, str]
    view: ViewRequest | None = None  # the list behind the figure
    tooltip: str = ""
    emphasis: bool = False  # shown in red (something is late)


@dataclass(frozen=True)
class DashboardGroup:
    key: str  # the group box's object name stem: "gate" → "gate_box"
    title: str  # QT_TRANSLATE_NOOP("DashboardPanel", "Gate today")
    figures: tuple[DashboardFigure, ...]


@dataclass(frozen=True)
class TargetLink:
    """A service target's figure as a link to the records behind it."""

    view: Callable[[Period], ViewRequest]
    tooltip: str  # QT_TRANSLATE_NOOP("DashboardPanel", …)


# (front door, actor, now) -> the module's figures, or None when the role may not see them
DashboardSource = Callable[[Any, Actor, datetime], DashboardGroup | None]


# -- the monthly report and the workbook -----------------------------------------------
class ReportSection(Protocol):
    """A module's part of the monthly report, as plain values; the reports layer
    renders it (reports.monthly.sections) into PDF blocks and workbook sheets."""

    @property
    def key(self) -> str: ...


@dataclass(frozen=True)
class ReportPart:
    """What a module adds to the monthly report: its figures (read in the report's
    transaction), and the month's records as a workbook sheet for roles that may
    export them (`records(front door, actor, period, lang, section, now)`)."""

    collect: Callable[[Session, Period, datetime], ReportSection]
    records: Callable[[Any, Actor, Period, str, ReportSection, datetime | None], TableSheet]
    right: Module  # EXPORT on it lets a role have the records sheet


# -- `propdesk export` -----------------------------------------------------------------
@dataclass(frozen=True)
class ExportKind:
    """`propdesk export NAME`: every record of a date range (dated) or a register as
    it is now, as one sheet with names and phones."""

    name: str  # "gate"
    right: Module  # EXPORT on it is needed
    dated: bool  # events: both days required
    # (front door or None, store, actor, first day, last day, lang) -> the sheet
    sheet: Callable[[Any, Store, Actor, date | None, date | None, str], TableSheet]


# -- demo data -------------------------------------------------------------------------
@dataclass(frozen=True)
class DemoRequest:
    seed: int
    scale: float
    years: float  # of traffic ending at `now`
    now: datetime
    station: str
    progress: Callable[[int, int], None] | None = None  # rows written, rows expected


class DemoGenerator(Protocol):
    """A module's demo records, made in two steps: `plan` (CPU only, may run on a
    thread while another generator writes) and `write` (in the demo's transaction).
    `write` calls `alongside` once when it leaves a core idle (e.g. while SQLite
    rebuilds indexes), so the next generators plan then."""

    def plan(self) -> None: ...

    def write(self, connection: Connection, alongside: Callable[[], None]) -> Mapping[str, int]: ...


# (the demo's connection, what was asked) -> the generator
DemoFactory = Callable[["Connection", DemoRequest], DemoGenerator]


@dataclass(frozen=True)
class ModuleSpec(Generic[F]):
    """Everything one module brings. Only `key` is required: a module without tabs,
    search, figures or reports leaves those empty."""

    key: str
    # Its front door (services/<module>/service.py), built once per process; the UI
    # and the CLI reach it with `services.module(FrontDoorType)`.
    build: Callable[[ModuleContext], F] | None = None
    tabs: tuple[TabRef, ...] = ()
    search: tuple[SearchKind, ...] = ()
    dashboard: DashboardSource | None = None
    target_links: Mapping[TargetKey, TargetLink] = field(default_factory=dict)
    report: ReportPart | None = None
    exports: tuple[ExportKind, ...] = ()
    # Human numbers it allocates (FK202611-0001 …): two modules never share a kind.
    numbering: tuple[NumberKind, ...] = ()
    # The service targets whose data this module records.
    targets: Mapping[TargetKey, TargetSource] = field(default_factory=dict)
    demo: DemoFactory | None = None

    def with_demo(self, demo: DemoFactory) -> ModuleSpec[F]:
        """The same module with its demo generator (which lives in services/demo,
        above the modules; the registry pairs them)."""
        return replace(self, demo=demo)

    def front_door(self, context: ModuleContext) -> F | None:
        return self.build(context) if self.build is not None else None


def target_sources(modules: tuple[ModuleSpec[Any], ...]) -> dict[TargetKey, TargetSource]:
    """Every module's target sources; a target claimed twice is a wiring bug."""
    sources: dict[TargetKey, TargetSource] = {}
    for spec in modules:
        for key, source in spec.targets.items():
            if key in sources:
                raise ValueError(f"target {key.value} has two sources ({spec.key})")
            sources[key] = source
    return sources


def exports(modules: tuple[ModuleSpec[Any], ...]) -> Iterator[tuple[ModuleSpec[Any], ExportKind]]:
    for spec in modules:
        for kind in spec.exports:
            yield spec, kind
