"""Start the window: Qt application, language, font, the login painted while the
station opens behind it (or, on a damaged database, the restore offered), first
start, main window.

Issue 18: the login is the first thing painted, before SQLAlchemy, the models and the
main window's modules are loaded (~1 s, on a worker thread: ui/station_opening.py);
a new station's first start, a damaged file's restore offer and the window itself
come after. Nothing here imports the services at module level for that reason.
"""

from __future__ import annotations

import gc
import logging
import sys
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import QApplication, QDialog

from propdesk import __version__
from propdesk.config import Paths, Settings, database_url, load_settings
from propdesk.errors import StorageError
from propdesk.services.start_restore import Damage, damage_of, pending_damage, seen_damaged
from propdesk.ui.dialogs import install_excepthook, show_error, show_info, user_message
from propdesk.ui.fonts import ensure_cjk_font
from propdesk.ui.i18n import install_translators, resolve_language
from propdesk.ui.login_dialog import LoginDialog
from propdesk.ui.station_opening import StationOpening

if TYPE_CHECKING:
    from propdesk.services.bootstrap import Services
    from propdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# The first-start and restore-offer dialogs are imported where they are needed: most
# starts need neither, and every module imported after PySide6 costs more (its
# __feature__ hook reads the module's source), ~50 ms here for the two.

EXIT_OK = 0
EXIT_CANCELLED = 0
EXIT_STORAGE = 3

# What a login dialog shown while the station opens ends with when no one logged in.
_OPEN_FAILED = 2
_FIRST_START = 3


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


def _after_failure(paths: Paths, settings: Settings, exc: StorageError) -> Services | None:
    """The station could not open: the restore offered for a damaged file, else the
    reason shown. The restored station, or None."""
    log.error("cannot open the database: %s", exc.detail or exc.message)
    damage = damage_of(paths, exc, settings)
    if damage is None:
        show_error(None, exc)
        return None
    return _restored(paths, damage)


def _opened_now(paths: Paths, settings: Settings, pending: Damage | None) -> Services | None:
    """The station opened before anything else is shown: a damaged file's restore
    offer (`pending`) and a new station's first start come before any login."""
    if pending is not None:
        log.warning("a damaged database was kept as %s; offering a restore", pending.file)
        return _restored(paths, pending)
    from propdesk.services.bootstrap import open_services

    try:
        return open_services(paths)
    except StorageError as exc:
        return _after_failure(paths, settings, exc)


def _first_step_not_login(paths: Paths, settings: Settings) -> bool:
    """No database file yet (the first start comes first), or one a start would find
    damaged (the restore offer comes first, not a login that vanishes a second later)."""
    if not database_url(paths, settings).startswith("sqlite"):
        return False
    return not paths.database_file.exists() or seen_damaged(paths)


def _show_notices(services: Services, parent: QDialog | None) -> None:
    for notice in services.notices:
        show_info(parent, user_message(notice))


def _place(services: Services) -> tuple[str, str]:
    estate = services.estate.get()
    return (estate.name if estate else ""), services.settings.current.station_name


def _log_in_while_opening(
    paths: Paths, settings: Settings
) -> tuple[Services | None, LoginDialog | None, int]:
    """The login painted at once, the station opening behind it: (services, the
    dialog someone logged in at, EXIT_OK); (services, None, _) when the login is
    still to come (after the first start, or a restore when the file was damaged);
    (None, None, exit code) when there is no station to show."""
    opening = StationOpening(paths)
    login = LoginDialog(None)  # the estate's name is in the database: named once open

    def opened(services: Services) -> None:
        if needs_first_start(services):
            login.done(_FIRST_START)
            return
        _show_notices(services, login)
        # Loaded now, while the person types, not after they press Enter (~0.2 s).
        import propdesk.ui.main_window  # noqa: F401

        login.station_opened(services.accounts, *_place(services))

    opening.opened.connect(opened)
    opening.failed.connect(lambda _exc: login.done(_OPEN_FAILED))
    opening.start()
    answer = login.exec()
    opening.wait()  # the login may be left before the station has opened
    if isinstance(opening.error, StorageError):
        return _after_failure(paths, settings, opening.error), None, EXIT_STORAGE
    if opening.error is not None:
        raise opening.error
    services = opening.services
    if answer == QDialog.DialogCode.Accepted and login.user is not None:
        return services, login, EXIT_OK
    if answer == _FIRST_START:
        return services, None, EXIT_OK
    if services is not None:
        services.close()
    return None, None, EXIT_CANCELLED


def _log_in(services: Services) -> LoginDialog | None:
    """The login on an open station (after a first start or a restore)."""
    _show_notices(services, None)
    if needs_first_start(services):
        from propdesk.ui.first_start_dialog import FirstStartDialog

        if FirstStartDialog(services).exec() != QDialog.DialogCode.Accepted:
            return None
    login = LoginDialog(services.accounts, *_place(services))
    accepted = login.exec() == QDialog.DialogCode.Accepted and login.user is not None
    return login if accepted else None


def open_window(paths: Paths) -> tuple[MainWindow | None, Services | None, int]:
    """Everything up to a shown main window; (None, None, code) when it cannot open."""
    app = make_application()
    settings = load_settings(paths).settings
    install_translators(app, resolve_language(settings.language))
    services: Services | None
    login: LoginDialog | None = None
    pending = pending_damage(paths, settings)
    if pending is not None or _first_step_not_login(paths, settings):
        services = _opened_now(paths, settings, pending)
        code = EXIT_STORAGE
    else:
        services, login, code = _log_in_while_opening(paths, settings)
    if services is None:
        return None, None, code
    if login is None:
        login = _log_in(services)
    if login is None or login.user is None:
        services.close()
        return None, None, EXIT_CANCELLED
    from propdesk.ui.main_window import MainWindow

    station = services.settings.current.station_name
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
