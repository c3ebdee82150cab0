"""Open a station: folders, settings, database (migrated), and the services on top."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from propdesk.config import Paths, Settings, database_url, load_settings
from propdesk.errors import UserError
from propdesk.services.estate_service import EstateService
from propdesk.services.settings_service import SettingsService
from propdesk.services.system_service import SystemService
from propdesk.store.engine import make_engine
from propdesk.store.migrate import upgrade_to_head
from propdesk.store.unit_of_work import Store

log = logging.getLogger(__name__)


@dataclass
class Services:
    """Everything the UI and the CLI may call; built once per process."""

    paths: Paths
    store: Store
    settings: SettingsService
    estate: EstateService
    system: SystemService
    # Told to the user after opening (bad settings file kept aside, …).
    notices: list[UserError]

    def close(self) -> None:
        self.store.dispose()


def open_services(paths: Paths, settings: Settings | None = None) -> Services:
    """Raise StorageError with a user message when the folder or database is unusable."""
    paths.ensure()
    notices: list[UserError] = []
    if settings is None:
        loaded = load_settings(paths)
        settings = loaded.settings
        if loaded.problem:
            notices.append(loaded.problem)
    store = Store(make_engine(database_url(paths, settings)))
    try:
        copy = upgrade_to_head(store.engine, paths.backup_dir)
    except BaseException:
        store.dispose()
        raise
    if copy:
        log.info("pre-migration copy at %s", copy)
    return Services(
        paths=paths,
        store=store,
        settings=SettingsService(paths, settings),
        estate=EstateService(store),
        system=SystemService(store, paths),
        notices=notices,
    )
