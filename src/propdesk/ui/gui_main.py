"""Start the window: Qt application, language, font, services, first start, login,
main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QDialog

from propdesk import __version__
from propdesk.config import Paths, load_settings
from propdesk.errors import StorageError
from propdesk.services.bootstrap import Services, open_services
from propdesk.ui.dialogs import install_excepthook, show_error, show_info, user_message
from propdesk.ui.first_start_dialog import FirstStartDialog
from propdesk.ui.fonts import ensure_cjk_font
from propdesk.ui.i18n import install_translators, resolve_language
from propdesk.ui.login_dialog import LoginDialog
from propdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

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


def open_window(paths: Paths) -> tuple[MainWindow | None, Services | None, int]:
    """Everything up to a shown main window; (None, None, code) when it cannot open."""
    app = make_application()
    loaded = load_settings(paths)
    install_translators(app, resolve_language(loaded.settings.language))
    try:
        services = open_services(paths)
    except StorageError as exc:
        log.error("cannot open the database: %s", exc.detail or exc.message)
        show_error(None, exc)
        return None, None, EXIT_STORAGE
    for notice in services.notices:
        show_info(None, user_message(notice))
    if (
        needs_first_start(services)
        and FirstStartDialog(services).exec() != QDialog.DialogCode.Accepted
    ):
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
    try:
        return app.exec()
    finally:
        services.close()
