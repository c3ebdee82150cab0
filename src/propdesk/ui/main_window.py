"""The main window: a tab per module, menus, and a status bar saying where we are."""

from __future__ import annotations

import getpass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from propdesk.errors import StorageError
from propdesk.services.bootstrap import Services
from propdesk.ui.about_dialog import show_about
from propdesk.ui.dialogs import show_error, show_info
from propdesk.ui.i18n import LANGUAGE_NAMES
from propdesk.ui.station_dialog import StationDialog
from propdesk.ui.tabs.home.tab import HomeTab


class MainWindow(QMainWindow):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setObjectName("main_window")
        self.resize(1100, 720)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("module_tabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.home_tab = HomeTab(services)
        self.tabs.addTab(self.home_tab, self.tr("Home"))
        self._build_menus()
        self._build_status_bar()
        self.refresh_titles()

    # -- menus ---------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backup_action = QAction(self.tr("&Backup now"), self)
        self.backup_action.triggered.connect(self._on_backup_now)
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self)
        current = self._services.settings.current.language
        system = QAction(self.tr("System default"), self, checkable=True)
        system.setData(None)
        system.setChecked(current is None)
        self.language_group.addAction(system)
        language_menu.addAction(system)
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == current)
            self.language_group.addAction(action)
            language_menu.addAction(action)
        self.language_group.triggered.connect(self._on_language)
        station_action = QAction(self.tr("&Station…"), self)
        station_action.triggered.connect(self._on_station)
        settings_menu.addAction(station_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About propdesk"), self)
        about_action.triggered.connect(self._on_about)
        help_menu.addAction(about_action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.station_status = QLabel()
        self.user_status = QLabel()
        self.database_status = QLabel()
        self.mode_status = QLabel()
        for label in (self.station_status, self.user_status, self.database_status):
            bar.addWidget(label)
        bar.addPermanentWidget(self.mode_status)

    def refresh_titles(self) -> None:
        estate = self._services.estate.get()
        station = self._services.settings.current.station_name
        info = self._services.system.info()
        self.setWindowTitle(
            self.tr("propdesk — {estate} — {station}").format(
                estate=estate.name if estate else "", station=station
            )
        )
        self.station_status.setText(self.tr("Station: {name}").format(name=station))
        self.user_status.setText(self.tr("User: {name}").format(name=getpass.getuser()))
        self.database_status.setText(self.tr("Database: {file}").format(file=info.database))
        mode = (
            self.tr("Storage: this PC (SQLite)")
            if info.storage_mode == "sqlite"
            else self.tr("Storage: server ({kind})").format(kind=info.storage_mode)
        )
        self.mode_status.setText(mode)
        self.home_tab.refresh()

    # -- slots ---------------------------------------------------------------
    def _on_backup_now(self) -> None:
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            path = self._services.system.backup_now()
        except StorageError as exc:
            show_error(self, exc)
            return
        finally:
            self.unsetCursor()
        self.home_tab.refresh()
        show_info(self, self.tr("Backup written and verified:\n{path}").format(path=path))

    def _on_language(self, action: QAction) -> None:
        code = action.data()
        try:
            self._services.settings.set_language(code)
        except StorageError as exc:
            show_error(self, exc)
            return
        show_info(
            self,
            self.tr("The new language is used after propdesk is restarted."),
            self.tr("Restart to apply"),
        )

    def _on_station(self) -> None:
        if StationDialog(self._services.settings, self).exec():
            self.refresh_titles()

    def _on_about(self) -> None:
        show_about(self, self._services.system.info())
