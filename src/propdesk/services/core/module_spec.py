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
main window resolves it; see ui/module_tabs.py), and the module a heavy part lives
in: a spec's front door, dashboard box, report section, sheets, targets and demo are
imported and made when first used, not when the registry is read, so the window
paints before they load (services/core/on_first_use.py; the type checker and
import-linter still see them as imports).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from sqlalchemy import func, select

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Module
from propdesk.domain.service_targets import SPECS, Period, TargetKey
from propdesk.errors import QT_TRANSLATE_NOOP, UserError
from propdesk.services.core.actor import Actor
from propdesk.services.core.import_sheets import ImportSheet
from propdesk.services.core.on_first_use import on_first_use
from propdesk.services.core.periods import bounds
from propdesk.services.core.search import SearchKind
from propdesk.store.unit_of_work import Store

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import InstrumentedAttribute, Session

    from propdesk.reports.monthly.model import ReportSection
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

    def find(self, kind: type[T]) -> T | None:
        """A desk an earlier module lends (services.core.handoffs), or None when no
        module of the registry lends one: the borrower then goes without."""
        found = self.shared.get(kind)
        return found if isinstance(found, kind) else None

    def later(self, kind: type[T]) -> Callable[[], T | None]:
        """A desk looked up when it is used rather than now: for one a module later in
        the registry lends (bootstrap fills `shared` as it builds the modules, so at
        build time it is not there yet). None at call time: no module lends it."""

        def look_up() -> T | None:
            return self.find(kind)

        return look_up


# -- the main window -------------------------------------------------------------------
@dataclass(frozen=True)
class TabGroup:
    """Tabs that share one place in the main window's tab bar, each a page of an inner
    tab bar there: the work plan's registers would otherwise crowd a 1366-pixel bar."""

    key: str  # the inner tab bar's object name stem: "work_plan" → "work_plan_tabs"
    title: str  # English, marked with QT_TRANSLATE_NOOP("MainWindow", …)

    @property
    def object_name(self) -> str:
        return f"{self.key}_tabs"


# The registers the work plan asks for beside the five daily modules (incidents,
# drills and training, events, surveys, assessments, work logs).
WORK_PLAN = TabGroup("work_plan", QT_TRANSLATE_NOOP("MainWindow", "Work plan"))


@dataclass(frozen=True)
class TabRef:
    """One tab of the main window, `<key>_tab`, whose ui lives in the package
    `propdesk.ui.tabs.<key>` (or `ui`, when given): its `module.py` declares the tab's
    widget and how it shows a view (ui.module_tabs)."""

    key: str  # "gate"
    title: str  # English, marked with QT_TRANSLATE_NOOP("MainWindow", …)
    right: Module  # the VIEW right that shows it
    ui: str = ""  # another package than propdesk.ui.tabs.<key> (tests)
    group: TabGroup | None = None  # shown as a page of that group's tab

    @property
    def object_name(self) -> str:
        """ "gate_tab": the tab widget's object name, also what dashboard links name."""
        return f"{self.key}_tab"

    @property
    def package(self) -> str:
        return self.ui or f"propdesk.ui.tabs.{self.key}"


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
    tooltip: str = ""  # says where the link leads
    emphasis: bool = False  # shown in red (something is late)
    # A smaller line under the figure, filled in from `values` as the template is:
    # "residents {residents} · visitors {visitors} · vehicles {vehicles}".
    detail: str = ""

    @classmethod
    def count(
        cls,
        name: str,
        label: str,
        n: int,
        view: ViewRequest,
        tooltip: str,
        *,
        emphasis: bool = False,
    ) -> DashboardFigure:
        """A plain number (with thousands separators; "{n}" needs no translation)."""
        return cls(name, label, "{n}", {"n": f"{n:,}"}, view, tooltip, emphasis)


@dataclass(frozen=True)
class ChartSeries:
    """One part of a chart's stacked bars (residents, visitors, vehicles): its name in
    the legend (English, QT_TRANSLATE_NOOP("DashboardPanel", …)) and a value per bar."""

    label: str
    values: tuple[int, ...]


# What stands under a bar: a text as it is, a day (shown in the user's locale), or an
# hour of the day (its start).
ChartCategory = str | date | time


@dataclass(frozen=True)
class DashboardChart:
    """A small bar chart of a module's box on the home tab (today's gate entries by
    hour …): one bar per category, its series stacked. Like a figure it is a link: to
    `view`, or to the bar's own list (`bar_views`, e.g. that day's journal)."""

    name: str  # the chart's object name, e.g. "entries_by_hour"
    title: str  # QT_TRANSLATE_NOOP("DashboardPanel", "Entries by hour, today")
    categories: tuple[ChartCategory, ...]
    series: tuple[ChartSeries, ...]
    view: ViewRequest | None = None
    tooltip: str = ""  # says where the link leads
    bar_views: tuple[ViewRequest, ...] = ()  # none, or one per category

    def __post_init__(self) -> None:
        bars = len(self.categories)
        if any(len(series.values) != bars for series in self.series):
            raise ValueError(f"chart {self.name}: every series needs a value per category")
        if self.bar_views and len(self.bar_views) != bars:
            raise ValueError(f"chart {self.name}: bar views are none or one per category")

    def total(self, bar: int) -> int:
        """The bar's height: its series added up."""
        return sum(series.values[bar] for series in self.series)

    def view_of(self, bar: int | None) -> ViewRequest | None:
        """Where a bar leads (the chart's list when it has none of its own)."""
        if bar is not None and self.bar_views:
            return self.bar_views[bar]
        return self.view


@dataclass(frozen=True)
class DashboardGroup:
    """A module's box on the home tab and its charts; the boxes and the charts follow
    the registry's order."""

    key: str  # the group box's object name stem: "gate" → "gate_box"
    title: str  # QT_TRANSLATE_NOOP("DashboardPanel", "Gate today")
    figures: tuple[DashboardFigure, ...]
    charts: tuple[DashboardChart, ...] = ()
    # A register of the work plan: a line of the shared "Work plan" box (its title,
    # then its figures, no details) instead of a box of its own: a 768-pixel screen
    # has room for two rows of boxes.
    compact: bool = False


@dataclass(frozen=True)
class TargetLink:
    """A service target's figure as a link to the records behind it."""

    view: Callable[[Period], ViewRequest]  # the month shown -> the records of that month
    tooltip: str  # QT_TRANSLATE_NOOP("DashboardPanel", …)


# (front door or None, store, actor, now) -> the module's figures (None: nothing to
# show). The store is for counts no front-door service gives (today's gate traffic);
# the lists behind the figures come through the front door, as the tabs'.
DashboardSource = Callable[[Any, Store, Actor, datetime], DashboardGroup | None]


@dataclass(frozen=True)
class DashboardPart:
    """A module's box on the home tab, read only for roles with VIEW on `right`: the
    dashboard checks that once for every module, so no box can forget it."""

    right: Module
    source: DashboardSource


# -- the monthly report, its workbook and `propdesk export` ------------------------------
class NothingToReportError(UserError):
    """The estate is not set up, holds no records at all, or the register asked for is
    empty: a report or an export would be empty (`propdesk report|export` exit 5)."""


@dataclass(frozen=True)
class SheetRequest:
    """A sheet of records asked of a module: by `propdesk export` (every record of
    the days given, or a register as it is now, names and phones included) or by the
    monthly workbook (the month's records, without them)."""

    store: Store
    actor: Actor
    first: date | None  # local days, both inclusive; a dated kind always gets both
    last: date | None
    lang: str
    personal: bool  # names and phones
    total: int | None = None  # the rows expected when the caller knows; else counted
    now: datetime | None = None  # the report's moment (None: now)

    @property
    def period(self) -> Period:
        """The days of a dated kind's sheet (the export refuses a missing one)."""
        if self.first is None or self.last is None:
            raise ValueError("a dated sheet needs its first and last day")
        return Period(self.first, self.last)

    def expected(self, moment: InstrumentedAttribute[datetime]) -> int | None:
        """The rows a dated sheet will hold, for its progress bar: the caller's total,
        else the rows whose `moment` falls in the days, counted on that column's index
        alone (rows the sheet leaves out, e.g. voided ones, included: it only sizes
        the bar)."""
        if self.total is not None:
            return self.total
        start, end = bounds(self.period)
        with self.store.read() as session:
            return session.scalar(select(func.count()).where(moment >= start, moment < end))


# (a registry's module) -> the front door it built, or None (Services.front_door_of)
DoorOf = Callable[["ModuleSpec[Any]"], object | None]


@dataclass(frozen=True)
class ExportKind:
    """`propdesk export NAME`: the records of a date range (dated: both days
    required) or a register as it is now (the days, when given, narrow it), as one
    sheet. The sheet may raise NothingToReportError (an empty register)."""

    name: str  # "gate": the command's choice
    right: Module  # EXPORT on it is needed
    dated: bool
    sheet: Callable[[Any, SheetRequest], TableSheet]  # (front door or None, request)


S = TypeVar("S", bound="ReportSection")


@dataclass(frozen=True)
class ReportPart(Generic[S]):
    """What a module adds to the monthly report: its section (read in the report's
    transaction; a reports-layer value that lays itself out as PDF blocks and
    workbook sheets, see reports.monthly.model), and the month's records as a sheet
    of the workbook: one of its export kinds, without names and phones, for roles
    with EXPORT on that kind's right."""

    collect: Callable[[Session, Period, datetime], S]  # (session, period, now)
    records: ExportKind | None = None
    # How many records of the month the section counted: the sheet's progress total.
    counted: Callable[[S], int] | None = None
    # Further sheets of the month's records, after `records` (the complaints' inquiry
    # log): each sized by its own count (SheetRequest.expected), for the roles with
    # EXPORT on its right.
    more_records: tuple[ExportKind, ...] = ()

    @property
    def record_kinds(self) -> tuple[ExportKind, ...]:
        """Every sheet of records the part adds to the workbook, in order."""
        return (*((self.records,) if self.records is not None else ()), *self.more_records)


# -- daily housekeeping ----------------------------------------------------------------
@dataclass(frozen=True)
class DailyJob:
    """Housekeeping a module runs once a day, on a thread of the window (at start and at
    the hourly check): e.g. the gate blanks old visitors' personal data."""

    # (front door, keep_going) -> how many records it changed, or None when it was not
    # due; it stops soon after keep_going() turns False (the window is closing)
    run: Callable[[Any, Callable[[], bool]], int | None]
    done: str  # QT_TRANSLATE_NOOP("MainWindow", "… {n} records."): the status bar's line
    failed: str  # QT_TRANSLATE_NOOP("MainWindow", "… failed: {reason}")


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
    dashboard: DashboardPart | None = None
    target_links: Mapping[TargetKey, TargetLink] = field(default_factory=dict)
    report: ReportPart[Any] | None = None
    exports: tuple[ExportKind, ...] = ()
    # Its registers' Excel import sheets (`propdesk import|template`, the import dialog).
    imports: tuple[ImportSheet, ...] = ()
    # Human numbers it allocates (FK202611-0001 …): two modules never share a kind.
    numbering: tuple[NumberKind, ...] = ()
    # The service targets whose data this module records.
    targets: Mapping[TargetKey, TargetSource] = field(default_factory=dict)
    demo: DemoFactory | None = None
    daily: tuple[DailyJob, ...] = ()
    # (its front door) -> the desks it lends to the modules after it in the registry
    # (services.core.handoffs), which find them by type in their ModuleContext.
    lends: Callable[[F], tuple[object, ...]] | None = None

    def with_demo(self, demo: DemoFactory) -> ModuleSpec[F]:
        """The same module with its demo generator (which lives in services/demo,
        above the modules; the registry pairs them)."""
        return replace(self, demo=demo)

    def front_door(self, context: ModuleContext) -> F | None:
        """Its front door, built the first time it is used (a tab, a command, the
        dashboard): a start need not import every module's services before the window
        paints (issue 18; services.core.on_first_use)."""
        build = self.build
        if build is None:
            return None
        return on_first_use(lambda: build(context))


def target_sources(modules: tuple[ModuleSpec[Any], ...]) -> dict[TargetKey, TargetSource]:
    """Every module's target sources. A target several modules record (its TargetSpec
    says how their inputs add up: satisfaction from the repairs' and the complaints'
    follow-ups) gets one source that asks each in the registry's order and combines
    what they found; any other target claimed twice is a wiring bug."""
    claimed: dict[TargetKey, list[TargetSource]] = {}
    for spec in modules:
        for key, source in spec.targets.items():
            if key in claimed and SPECS[key].combine is None:
                raise ValueError(f"target {key.value} has two sources ({spec.key})")
            claimed.setdefault(key, []).append(source)
    return {
        key: found[0] if len(found) == 1 else _combined(key, tuple(found))
        for key, found in claimed.items()
    }


def _combined(key: TargetKey, sources: tuple[TargetSource, ...]) -> TargetSource:
    """One source of several: None when none of them recorded anything."""
    combine = SPECS[key].combine
    assert combine is not None  # target_sources only combines the targets that may

    def source(session: Session, window: Period, now: datetime) -> object | None:
        found = [value for s in sources if (value := s(session, window, now)) is not None]
        return combine(found) if found else None

    return source


def export_kinds(
    modules: tuple[ModuleSpec[Any], ...],
) -> dict[str, tuple[ModuleSpec[Any], ExportKind]]:
    """Every module's export kinds by name, in the registry's order; a name claimed
    twice is a wiring bug."""
    kinds: dict[str, tuple[ModuleSpec[Any], ExportKind]] = {}
    for spec in modules:
        for kind in spec.exports:
            if kind.name in kinds:
                raise ValueError(f"export {kind.name} is declared twice ({spec.key})")
            kinds[kind.name] = (spec, kind)
    return kinds


def module_import_sheets(modules: tuple[ModuleSpec[Any], ...]) -> tuple[ImportSheet, ...]:
    """Every module's import sheets, in the registry's order; a key claimed twice is a
    wiring bug (the importer also refuses one that clashes with its own registers)."""
    sheets: dict[str, ImportSheet] = {}
    for spec in modules:
        for sheet in spec.imports:
            if sheet.key in sheets:
                raise ValueError(f"import {sheet.key} is declared twice ({spec.key})")
            sheets[sheet.key] = sheet
    return tuple(sheets.values())
