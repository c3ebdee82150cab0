"""Start the window: Qt application, language, font, services (or, on a damaged
database, the restore offered), first start, login, main window."""

from __future__ import annotations

import gc
import logging
import sys

import shiboken6
from PySide6.QtWidgets import QApplication, QDialog

from propdesk import __version__
from propdesk.config import Paths, Settings, load_settings
from propdesk.errors import StorageError
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.start_restore import Damage, damage_of, pending_damage
from propdesk.ui.dialogs import install_excepthook, show_error, show_info, user_message
from propdesk.ui.fonts import ensure_cjk_font
from propdesk.ui.i18n import install_translators, resolve_language
from propdesk.ui.login_dialog import LoginDialog
from propdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# The first-start and restore-offer dialogs are imported where they are needed: most
# starts need neither, and every module imported after PySide6 costs more (its
# __feature__ hook reads the module's source), ~50 ms here for the two.

EXIT_OK = 0
EXIT_CANCELLED = 0
EXIT_STORAGE = 3


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("propdesk")
    app.setOrganizationName("propdesk")
    app.setApplicationVersion(__version__)
    ensure_cjk_font(app)
    return app


def needs_first_start(services: Services) -> bool:
    return (
        services.estate.get() is None
        or not services.settings.current.station_name
        or not services.accounts.has_users()
    )


def _restored(paths: Paths, damage: Damage) -> Services | None:
    """The restore offer; the opened station when the person restored (or started anew)."""
    from propdesk.ui.restore_offer_dialog import RestoreOfferDialog

    dialog = RestoreOfferDialog(paths, damage)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.services if accepted else None
    finally:
        # Freed now, on this thread. Left to Python's cycle collector it would be freed
        # whenever that runs, perhaps on a worker thread, and a widget freed off the
        # GUI thread takes the program down.
        shiboken6.delete(dialog)


def open_station(paths: Paths, settings: Settings) -> Services | None:
    """The station's services; on a damaged database (now, or moved aside at an earlier
    start and not replaced since) the newest good backup is offered first. None when
    it cannot open, the person having been told why."""
    pending = pending_damage(paths, settings)
    if pending is not None:
        log.warning("a damaged database was kept as %s; offering a restore", pending.file)
        return _restored(paths, pending)
    try:
        return open_services(paths)
    except StorageError as exc:
        log.error("cannot open the database: %s", exc.detail or exc.message)
        damage = damage_of(paths, exc, settings)
        if damage is None:
            show_error(None, exc)
            return None
        return _restored(paths, damage)


def open_window(paths: Paths) -> tuple[MainWindow | None, Services | None, int]:
    """Everything up to a shown main window; (None, None, code) when it cannot open."""
    app = make_application()
    loaded = load_settings(paths)
    install_translators(app, resolve_language(loaded.settings.language))
    services = open_station(paths, loaded.settings)
    if services is None:
        return None, None, EXIT_STORAGE
    for notice in services.notices:
        show_info(None, user_message(notice))
    if needs_first_start(services):
        from propdesk.ui.first_start_dialog import FirstStartDialog

        if FirstStartDialog(services).exec() != QDialog.DialogCode.Accepted:
            services.close()
            return None, None, EXIT_CANCELLED
    station = services.settings.current.station_name
    estate = services.estate.get()
    login = LoginDialog(services.accounts, estate.name if estate else "", station)
    if login.exec() != QDialog.DialogCode.Accepted or login.user is None:
        services.close()
        return None, None, EXIT_CANCELLED
    window = MainWindow(services, services.accounts.actor_for(login.user, station))
    window.show()
    return window, services, EXIT_OK


def run_gui(paths: Paths) -> int:
    install_excepthook()
    app = make_application()
    window, services, code = open_window(paths)
    if window is None or services is None:
        return code
    # What the start made (modules, Qt wrappers, SQLAlchemy's mappers: hundreds of
    # thousands of objects) lives as long as the window: kept out of the collector's
    # oldest generation, whose full passes otherwise cost ~50 ms in the middle of a
    # page or a search (the gate benchmark's p99 on the five-year demo).
    gc.collect()
    gc.freeze()
    try:
        return app.exec()
    finally:
        services.close()
