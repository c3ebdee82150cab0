"""Open a station: folders, settings, database (checked, backed up, migrated), services."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from propdesk.config import Paths, Settings, database_url, load_settings, peek_settings
from propdesk.domain.roles import Action, Module
from propdesk.errors import StorageError, StorageProblem, UserError
from propdesk.services.core import audit as audit_service
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditAction, AuditService
from propdesk.services.core.export import ExportService
from propdesk.services.core.module_spec import (
    ModuleContext,
    ModuleSpec,
    module_import_sheets,
    target_sources,
)
from propdesk.services.core.search import SearchService
from propdesk.services.master_data.buildings import BuildingService
from propdesk.services.master_data.cards import CardService
from propdesk.services.master_data.id_number_upgrade import encrypt_plain_id_numbers
from propdesk.services.master_data.id_numbers import IdNumbers
from propdesk.services.master_data.parking import ParkingSpaceService
from propdesk.services.master_data.residents import ResidentService
from propdesk.services.master_data.staff import StaffService
from propdesk.services.master_data.units import UnitService
from propdesk.services.master_data.vehicles import VehicleService
from propdesk.services.registry import MODULES
from propdesk.services.station.accounts import AccountsService
from propdesk.services.station.backup import (
    BackupService,
    check_database_file,
    restore_file,
)
from propdesk.services.station.estate import EstateService
from propdesk.services.station.estate_settings import EstateSettingsService
from propdesk.services.station.settings import SettingsService
from propdesk.services.station.system import SystemService
from propdesk.store.attachments import AttachmentStore
from propdesk.store.engine import WRITE_OPTION, make_engine
from propdesk.store.migrate import upgrade_to_head
from propdesk.store.sync.identity import station_letter
from propdesk.store.unit_of_work import Store

if TYPE_CHECKING:
    from propdesk.services.demo.service import DemoDataService
    from propdesk.services.master_data.importing import ImportService
    from propdesk.services.reporting.dashboard import DashboardService
    from propdesk.services.reporting.monthly_report import MonthlyReportService
    from propdesk.services.reporting.record_exports import RecordExportService
    from propdesk.services.reporting.targets import TargetsService
    from propdesk.services.sync.service import SyncService

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass
class Services:
    """Everything the UI and the CLI may call; built once per process."""

    paths: Paths
    store: Store
    settings: SettingsService
    estate: EstateService
    system: SystemService
    accounts: AccountsService
    audit: AuditService
    backups: BackupService
    buildings: BuildingService
    parking: ParkingSpaceService
    units: UnitService
    residents: ResidentService
    cards: CardService
    vehicles: VehicleService
    staff: StaffService
    estate_settings: EstateSettingsService
    exports: ExportService
    search: SearchService
    # The registry's modules and the front doors they built, by module key.
    modules: tuple[ModuleSpec[Any], ...]
    doors_by_key: dict[str, object]
    # Told to the user after opening (bad settings file kept aside, …).
    notices: list[UserError]
    # Called before a restore replaces the database file: background readers (the home
    # dashboard) finish first, as a connection left on the old file could write its WAL
    # over the restored one.
    before_restore: list[Callable[[], object]] = field(default_factory=list)
    # A station working on its own copy: its sync with the server (None otherwise).
    # Built here, started by whoever keeps the process running (the window's loop,
    # `propdesk sync now` for one round).
    sync: SyncService | None = None

    def front_door_of(self, spec: ModuleSpec[Any]) -> object | None:
        """The front door the registry's `spec` built (None for a module without one)."""
        return self.doors_by_key.get(spec.key)

    def module(self, kind: type[T]) -> T:
        """A module's front door, e.g. `services.module(GateServices).journal`.

        The module whose package holds `kind` (services/<key>/…) is asked first: a front
        door not built yet tells its class only by being built (services.core.
        on_first_use), so asking every module in turn built up to eleven of them
        (0.4 s for the work logs' door, the registry's last)."""
        package = kind.__module__.split(".")
        doors = sorted(self.doors_by_key.items(), key=lambda item: item[0] not in package)
        for _key, door in doors:
            if isinstance(door, kind):
                return door
        raise LookupError(f"no module with the front door {kind.__name__}")

    # Made on first use: they load openpyxl and pypinyin, which start-up need not pay for.
    @cached_property
    def importing(self) -> ImportService:
        from propdesk.services.master_data.importing import ImportService

        return ImportService(
            self.store, self.residents.id_numbers, module_import_sheets(self.modules)
        )

    @cached_property
    def demo(self) -> DemoDataService:
        from propdesk.services.demo.service import DemoDataService

        return DemoDataService(self.store, self.residents.id_numbers, self.modules)

    # The service targets, the monthly report and record exports (reportlab and openpyxl
    # are loaded only when a report or a file is made).
    @cached_property
    def targets(self) -> TargetsService:
        from propdesk.services.reporting.targets import TargetsService

        return TargetsService(self.store, self.estate_settings, target_sources(self.modules))

    @cached_property
    def monthly_report(self) -> MonthlyReportService:
        from propdesk.services.reporting.monthly_report import MonthlyReportService

        return MonthlyReportService(
            self.store, self.modules, self.front_door_of, target_sources(self.modules), self.paths
        )

    @cached_property
    def dashboard(self) -> DashboardService:
        from propdesk.services.reporting.dashboard import DashboardService

        return DashboardService(self.store, self.modules, self.front_door_of, self.targets)

    @cached_property
    def record_exports(self) -> RecordExportService:
        from propdesk.services.reporting.record_exports import RecordExportService

        return RecordExportService(self.store, self.modules, self.front_door_of, self.paths)

    def close(self) -> None:
        if self.sync is not None:
            self.sync.stop()
            self.sync.engine.server.dispose()
        self.store.dispose()

    def restore(self, actor: Actor, file: Path) -> Path:
        """Replace the database with a backup; returns where the current one was kept."""
        actor.require(Module.BACKUP, Action.ADMINISTER)
        for wait in self.before_restore:
            wait()
        self.store.dispose()  # no connection may hold the old file
        kept = restore_file(self.paths, file)
        upgrade_to_head(self.store.engine, self.paths.backup_dir)
        self.notices.extend(encrypt_plain_id_numbers(self.store, self.residents.id_numbers, actor))
        self.record_restore(actor, file, kept)
        return kept

    def record_restore(self, actor: Actor, file: Path, kept: Path) -> None:
        """The restore in the audit trail; also after `propdesk restore` put the file in
        place before the station was opened (restore_before_opening)."""
        after = {"file": file.name}
        if kept.exists():  # there was a current file to keep
            after["previous_kept_as"] = kept.name
        with self.store.write() as session:
            audit_service.record(
                session, actor, "database", "restore", AuditAction.RESTORE, after=after
            )


def restore_before_opening(paths: Paths, file: Path) -> Path:
    """`propdesk restore`: put `file` in place before the station is opened; returns
    where the current file was kept. Why first: opening checks the live file, and a
    damaged one would stop the command before it could restore; the restore needs no
    sound live file (a damaged one is kept aside byte for byte). The caller opens the
    station next and records the restore (Services.record_restore)."""
    paths.ensure()
    if not database_url(paths, peek_settings(paths)).startswith("sqlite"):
        raise StorageError(
            StorageProblem.UNAVAILABLE,
            "Backups of a PostgreSQL database are restored on the server (pg_restore).",
        )
    return restore_file(paths, file)


def _migrate_when_free(store: Store, paths: Paths, patience_s: float = 30.0) -> str | None:
    """Bring the schema to head; when another program starting at the same moment
    holds the database (SQLite can report "locked" at once while it creates or migrates
    the file), wait a little and try again rather than refuse to start."""
    deadline = time.monotonic() + patience_s
    while True:
        try:
            return upgrade_to_head(store.engine, paths.backup_dir)
        except StorageError as exc:
            if exc.problem is not StorageProblem.LOCKED or time.monotonic() >= deadline:
                raise
            log.info("database busy at start (%s); trying again", exc.detail or exc.message)
            store.engine.dispose()
            time.sleep(random.uniform(0.05, 0.25))


def open_services(
    paths: Paths,
    settings: Settings | None = None,
    *,
    fast_hashing: bool = False,
    modules: tuple[ModuleSpec[Any], ...] = MODULES,
) -> Services:
    """Raise StorageError with a user message when the folder or database is unusable.

    Order matters: check the file (a damaged one is moved aside), take the day's
    backup, and only then migrate. `modules` is the registry (tests add a fake one).
    """
    paths.ensure()
    notices: list[UserError] = []
    if settings is None:
        loaded = load_settings(paths)
        settings = loaded.settings
        if loaded.problem:
            notices.append(loaded.problem)
    url = database_url(paths, settings)
    is_sqlite = url.startswith("sqlite")
    if is_sqlite:
        # The cheap check only. The day's automatic backup is not taken here: it reads
        # and verifies the whole file (40 s on a five-year estate after a reboot), which
        # the first start of each day would wait for. The window takes it on its daily
        # jobs' thread once it is up (ui.daily_jobs); a migration still makes its own
        # copy aside first (upgrade_to_head).
        check_database_file(paths)
    store = Store(make_engine(url))
    try:
        copy = _migrate_when_free(store, paths)
    except BaseException:
        store.dispose()
        raise
    if copy:
        log.info("pre-migration copy at %s", copy)
    hasher = None
    if fast_hashing:
        from argon2 import PasswordHasher

        # Tests and benchmarks only: the same algorithm with a small cost.
        hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    settings_service = SettingsService(paths, settings)
    estate_settings = EstateSettingsService(store)
    estate = EstateService(store)

    def station() -> str:
        return settings_service.current.station_name

    shared: dict[type, object] = {
        SettingsService: settings_service,
        EstateService: estate,
        EstateSettingsService: estate_settings,
        SystemService: SystemService(store, paths),
        AccountsService: AccountsService(store, hasher, station=station),
        AuditService: AuditService(store),
        BackupService: BackupService(paths, is_sqlite),
        BuildingService: BuildingService(store),
        ParkingSpaceService: ParkingSpaceService(store),
        UnitService: UnitService(store),
        ResidentService: ResidentService(store, IdNumbers(paths.config_dir)),
        CardService: CardService(store),
        VehicleService: VehicleService(store),
        StaffService: StaffService(store),
        ExportService: ExportService(),
        # The data folder's photos (inspections): the modules that keep files find it.
        AttachmentStore: AttachmentStore.of_data_folder(paths.data_dir),
    }
    context = ModuleContext(store, station, shared)
    notices.extend(encrypt_plain_id_numbers(store, context.get(ResidentService).id_numbers))
    doors_by_key: dict[str, object] = {}
    for spec in modules:
        door = spec.front_door(context)
        if door is not None:
            doors_by_key[spec.key] = door
            if spec.lends is not None:
                shared.update((type(desk), desk) for desk in spec.lends(door))
    search = SearchService.of(store, [k for spec in modules for k in spec.search])
    context.get(AuditService).anchor_day(paths)  # the day's audit anchor, kept outside
    sync = _sync_of(store, settings) if is_sqlite else None
    return Services(
        paths=paths,
        store=store,
        settings=settings_service,
        estate=estate,
        system=context.get(SystemService),
        accounts=context.get(AccountsService),
        audit=context.get(AuditService),
        backups=context.get(BackupService),
        buildings=context.get(BuildingService),
        parking=context.get(ParkingSpaceService),
        units=context.get(UnitService),
        residents=context.get(ResidentService),
        cards=context.get(CardService),
        vehicles=context.get(VehicleService),
        staff=context.get(StaffService),
        estate_settings=estate_settings,
        exports=context.get(ExportService),
        search=search,
        modules=modules,
        doors_by_key=doors_by_key,
        notices=notices,
        sync=sync,
    )


def _sync_of(store: Store, settings: Settings) -> SyncService | None:
    """The sync of a station that joined a server; its outbox triggers made again (a
    migration may have added tables since the last start)."""
    if not settings.sync_url:
        return None
    from propdesk.services.sync.server_address import server_engine
    from propdesk.services.sync.service import SyncService
    from propdesk.store.sync.station_capture import install_station_capture

    with store.engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        if station_letter(conn) == "":
            log.warning("sync_url set but this file never joined a server; not syncing")
            return None
        install_station_capture(conn)
    return SyncService(store.engine, server_engine(settings.sync_url))
