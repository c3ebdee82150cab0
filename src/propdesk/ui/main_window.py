"""The main window: a tab per module, menus, and a status bar saying where we are.

Who is logged in decides what is offered: tabs and menu entries a role may not use
are not shown. Ctrl+L (or the Lock button, or the idle timer) hides everything
behind a login; the next person logs in without anything being closed.

A module's tab is made the first time it is needed (ui.lazy_tabs), so the window
paints without first reading every module's lists.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import TabRef
from propdesk.services.station.accounts import UserInfo
from propdesk.services.sync.storage_mode import StorageModeService
from propdesk.ui.about_dialog import show_about
from propdesk.ui.daily_job_notices import MINUTE_MS, show_daily_notices
from propdesk.ui.daily_jobs import DailyJobs
from propdesk.ui.dialogs import ask_yes_no, show_error, show_info
from propdesk.ui.estate_dialog import EstateDialog
from propdesk.ui.i18n import LANGUAGE_NAMES
from propdesk.ui.idle_lock_dialog import IdleLockDialog
from propdesk.ui.idle_watcher import IdleWatcher
from propdesk.ui.lazy_tabs import LazyTabs
from propdesk.ui.lock_screen import LockScreen
from propdesk.ui.module_tabs import SettingsEntry, TabParts, tab_parts
from propdesk.ui.quick_search_dialog import QuickSearchDialog
from propdesk.ui.role_names import role_name
from propdesk.ui.station_dialog import StationDialog
from propdesk.ui.sync.conflicts_dialog import ConflictsDialog
from propdesk.ui.sync.window_sync import WindowSync
from propdesk.ui.tabs.home.tab import HomeTab

log = logging.getLogger(__name__)

DAILY_BACKUP_CHECK_MS = 60 * MINUTE_MS  # a station left running still gets its daily backup


class MainWindow(QMainWindow):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.actor = actor
        self.locked = False
        self.setObjectName("main_window")
        self.resize(1100, 720)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("module_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.home_tab = HomeTab(services, can_open=self._may_open_tab)
        self.home_tab.dashboard.sig_view_requested.connect(self.open_view)
        # The module tabs the current actor may see, by object name; rebuilt at login,
        # each tab made when first looked up or brought to the front.
        self.module_tabs = LazyTabs(
            self.tabs, self._make_tab, on_group_page_changed=self._on_current_tab
        )
        self.lock_screen = LockScreen(services.accounts)
        self.lock_screen.panel.logged_in.connect(self._on_unlocked)
        self.lock_screen.panel.quit_requested.connect(self.close)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self._build_status_bar()

        self.idle_watcher = IdleWatcher(self)
        self.idle_watcher.idle.connect(self._on_idle)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(DAILY_BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.run_daily_jobs)  # the backup among them
        self.backup_timer.start()

        self._apply_actor()
        self.apply_idle_setting()
        self.daily_jobs = DailyJobs(services)
        show_daily_notices(self.daily_jobs, self.statusBar(), self.home_tab.refresh)
        self.run_daily_jobs()  # at start: the window opens after the login

    # -- menus ---------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.search_action = self._add_action(
            file_menu, self.tr("&Quick search…"), self.open_quick_search, QKeySequence("Ctrl+K")
        )
        file_menu.addSeparator()
        self.backup_action = self._add_action(
            file_menu, self.tr("&Backup now"), self._on_backup_now
        )
        self.restore_action = self._add_action(file_menu, self.tr("&Restore…"), self._on_restore)
        file_menu.addSeparator()
        self.lock_action = self._add_action(
            file_menu, self.tr("&Lock"), self._on_lock_requested, QKeySequence("Ctrl+L")
        )
        self._add_action(
            file_menu, self.tr("&Quit"), self.close, QKeySequence(QKeySequence.StandardKey.Quit)
        )

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
        self.estate_action = self._add_action(settings_menu, self.tr("&Estate…"), self._on_estate)
        self.station_action = self._add_action(
            settings_menu, self.tr("&Station…"), self._on_station
        )
        self.idle_action = self._add_action(
            settings_menu, self.tr("&Auto-lock…"), self._on_idle_setting
        )
        self.conflicts_action = self._add_action(
            settings_menu, self.tr("Sync &conflicts…"), self.open_conflicts
        )
        # The modules' entries are added the first time the menu opens (settings_actions).
        self.settings_menu = settings_menu
        self._settings_actions: dict[str, tuple[QAction, SettingsEntry]] | None = None
        settings_menu.aboutToShow.connect(self._module_settings)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About propdesk"), self._on_about)

    def _add_action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    @property
    def settings_actions(self) -> dict[str, tuple[QAction, SettingsEntry]]:
        """Each module's settings dialogs (ui/tabs/<module>/module.py) by object name, in
        registry order at the end of the Settings menu; shown to the roles each entry
        names. Added when the menu first opens (or they are asked for): reading them
        imports every tab's package, which a start need not wait for."""
        return self._module_settings()

    def _module_settings(self) -> dict[str, tuple[QAction, SettingsEntry]]:
        if self._settings_actions is None:
            self._settings_actions = {}
            for ref in self._tab_refs():
                for entry in tab_parts(ref).settings:
                    action = QAction(QCoreApplication.translate("MainWindow", entry.title), self)
                    action.setObjectName(entry.object_name)
                    action.triggered.connect(lambda _c=False, e=entry: self._on_module_settings(e))
                    self.settings_menu.addAction(action)
                    self._settings_actions[entry.object_name] = (action, entry)
            self._show_module_settings()
        return self._settings_actions

    def _show_module_settings(self) -> None:
        """The modules' settings entries for the actor, usable unless locked (once added)."""
        for action, entry in (self._settings_actions or {}).values():
            action.setVisible(self.actor.may(entry.right, entry.action))
            action.setEnabled(not self.locked)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.station_status = QLabel()
        self.user_status = QLabel()
        self.user_status.setObjectName("user_status")
        self.database_status = QLabel()
        self.mode_status = QLabel()
        for label in (self.station_status, self.user_status, self.database_status):
            bar.addWidget(label)
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setObjectName("lock_button")
        self.lock_button.setToolTip(self.tr("Lock the window for a change of shift (Ctrl+L)"))
        self.lock_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lock_button.clicked.connect(self._on_lock_requested)
        # A syncing station's line ("Synced 14:05"); started once the window is shown.
        self.sync = WindowSync(self._services, self)
        self.sync_status = self.sync.label
        self.sync.add_to(bar, self.open_conflicts)
        bar.addPermanentWidget(self.mode_status)
        bar.addPermanentWidget(self.lock_button)

    def _tab_refs(self) -> list[TabRef]:
        """Every module's tabs, in the registry's order."""
        return [ref for spec in self._services.modules for ref in spec.tabs]

    def _parts_of(self, tab: QWidget) -> TabParts | None:
        ref = self.module_tabs.ref_of(tab)
        return tab_parts(ref) if ref is not None else None

    def _make_tab(self, ref: TabRef) -> QWidget:
        """A module's tab for the actor logged in (the tabs are remade at each login)."""
        return tab_parts(ref).make(self._services, self.actor)

    # -- who is logged in ----------------------------------------------------
    def _apply_actor(self) -> None:
        """Tabs and menu entries for the current actor's role (after login or restore)."""
        actor = self.actor
        current = self.module_tabs.current()
        keep = current.objectName() if current is not None else ""
        self.tabs.blockSignals(True)
        try:
            self.module_tabs.clear()
            while self.tabs.count():
                self.tabs.removeTab(0)
            self.tabs.addTab(self.home_tab, self.tr("Home"))
            for ref in self._tab_refs():
                if actor.may(ref.right, Action.VIEW):
                    group = ref.group.title if ref.group is not None else ""
                    self.module_tabs.add(
                        ref,
                        QCoreApplication.translate("MainWindow", ref.title),
                        QCoreApplication.translate("MainWindow", group),
                    )
            if keep in self.module_tabs:  # the tab left at the front: made for the new actor
                self.module_tabs.bring_to_front(self.module_tabs[keep])
        finally:
            self.tabs.blockSignals(False)
        # Quick search for whoever may view any kind it finds (the committee: tickets).
        self.search_action.setVisible(self._services.search.may_search(actor))
        self.backup_action.setVisible(actor.may(Module.BACKUP, Action.CREATE))
        self.restore_action.setVisible(actor.may(Module.BACKUP, Action.ADMINISTER))
        self.station_action.setVisible(actor.may(Module.SETTINGS, Action.UPDATE))
        self.estate_action.setVisible(actor.may(Module.SETTINGS, Action.UPDATE))
        self.idle_action.setVisible(actor.may(Module.SETTINGS, Action.UPDATE))
        self.conflicts_action.setVisible(self.sync.may_see_conflicts(actor))
        self._update_enabled()
        self.refresh_titles()

    def _update_enabled(self) -> None:
        """While locked only Quit and About stay usable."""
        for action in (
            self.search_action,
            self.backup_action,
            self.restore_action,
            self.lock_action,
            self.station_action,
            self.estate_action,
            self.idle_action,
            self.conflicts_action,
            *self.language_group.actions(),
        ):
            action.setEnabled(not self.locked)
        self.lock_button.setEnabled(not self.locked)
        self._show_module_settings()

    def lock(self, reason: str = "") -> None:
        """Hide everything behind the login; nothing is closed or lost."""
        if self.locked:
            return
        # Half-filled dialogs of the person leaving must not stay on screen.
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.locked = True
        self.idle_watcher.pause()
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.show_lock(self._services.settings.current.station_name, reason)
        self._update_enabled()
        self.refresh_titles()
        log.info("window locked (was %s)", self.actor.username)

    def _on_lock_requested(self) -> None:
        self.lock()

    def _on_idle(self) -> None:
        minutes = self._services.settings.current.idle_lock_minutes
        self.lock(self.tr("Locked after {n} minutes without use.").format(n=minutes))

    def _on_unlocked(self, user: UserInfo) -> None:
        self.actor = self._services.accounts.actor_for(
            user, self._services.settings.current.station_name
        )
        self.locked = False
        self.stack.setCurrentWidget(self.tabs)
        self._apply_actor()
        self.idle_watcher.resume()
        log.info("window unlocked by %s", self.actor.username)

    def apply_idle_setting(self) -> None:
        self.idle_watcher.set_timeout_ms(
            self._services.settings.current.idle_lock_minutes * MINUTE_MS
        )

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
        if self.locked:
            self.user_status.setText(self.tr("Locked"))
        else:
            self.user_status.setText(
                self.tr("User: {name} ({role})").format(
                    name=self.actor.display_name, role=role_name(self.actor.role)
                )
            )
        self.database_status.setText(self.tr("Database: {file}").format(file=info.database))
        if self.sync.syncing:
            mode = self.tr("Storage: own copy, synced with the server")
        elif info.storage_mode == "sqlite":
            mode = self.tr("Storage: this PC (SQLite)")
        else:
            mode = self.tr("Storage: server ({kind})").format(kind=info.storage_mode)
        self.mode_status.setText(mode)
        self.home_tab.refresh()

    def _on_tab_changed(self, _index: int) -> None:
        self._on_current_tab()

    def _on_current_tab(self) -> None:
        """A tab came to the front (in the window's bar or in a group's)."""
        widget = self.module_tabs.current()
        if widget is None:
            return
        try:
            if self.module_tabs.make_if_empty(widget):
                return  # just made: what it shows was read now
        except PropdeskError as exc:  # its lists could not be read: the page stays empty
            show_error(self, exc)
            return
        parts = self._parts_of(widget)
        if parts is not None:
            parts.on_shown(widget)

    # -- the daily round: the day's backup, each module's housekeeping (e.g. the gate's
    # visitor-data retention); what it says goes to the status bar (ui.daily_job_notices)
    @property
    def daily_jobs_thread(self) -> threading.Thread | None:
        return self.daily_jobs.running

    def run_daily_jobs(self) -> threading.Thread | None:
        """The modules' daily jobs on their own thread (see ui.daily_jobs); None while
        the previous round runs."""
        return self.daily_jobs.run()

    def _wait_for_daily_jobs(self) -> None:
        """Before a restore replaces the database file, and when the window closes."""
        self.daily_jobs.stop_and_wait()

    def open_quick_search(self) -> QuickSearchDialog | None:
        if self.locked or not self._services.search.may_search(self.actor):
            return None
        dialog = QuickSearchDialog(self._services.search, self.actor, self)
        dialog.sig_record_opened.connect(self.open_record)
        dialog.open()  # not exec(): the window keeps running behind it
        return dialog

    def open_record(self, open_kind: str, open_id: uuid.UUID, _record_id: uuid.UUID) -> bool:
        """Show a record found by quick search in the tab whose TabParts.record_kinds
        name its `open_kind` (a unit, a ticket, a pass, a patrol round …); the status
        bar says so when no tab of this user shows it, or it is gone."""
        for name in self.module_tabs:  # by the tabs' parts: only the one wanted is made
            parts = tab_parts(self.module_tabs.ref(name))
            if open_kind in parts.record_kinds:
                tab = self.module_tabs[name]
                self.module_tabs.bring_to_front(tab)
                if parts.open_record(tab, open_kind, open_id):
                    return True
                break
        self.statusBar().showMessage(self.tr("That record cannot be shown here."), MINUTE_MS)
        return False

    def _may_open_tab(self, name: str) -> bool:
        """Whether the tab of that object name is there for the actor (the dashboard
        makes links only to those)."""
        return name in self.module_tabs

    def open_view(self, tab_name: str, view: object) -> bool:
        """Show what a dashboard figure stands for in the tab that owns it; False when
        that tab is not there for the actor (or the window is locked)."""
        if self.locked or tab_name not in self.module_tabs:
            return False
        tab = self.module_tabs[tab_name]  # made now if it was not yet
        parts = self._parts_of(tab)
        if parts is None or not parts.show_view(tab, view):
            log.warning("no way to show %r in %s", view, tab_name)
            return False
        self.module_tabs.bring_to_front(tab)
        return True

    def _on_backup_now(self) -> None:
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            path = self._services.backups.backup_now(self.actor)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        finally:
            self.unsetCursor()
        self.home_tab.refresh()
        show_info(self, self.tr("Backup written and verified:\n{path}").format(path=path))

    def _on_restore(self) -> None:
        backup_dir = self._services.paths.backup_dir
        file, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            str(backup_dir),
            self.tr("propdesk backups (*.db)"),
        )
        if not file:
            return
        question = self.tr(
            "Replace the database with the backup {name}?\n\nEverything saved after that "
            "backup was made is replaced. The database as it is now is kept in the backup "
            "folder first."
        ).format(name=Path(file).name)
        if not ask_yes_no(self, question, self.tr("Restore a backup")):
            return
        self.setCursor(Qt.CursorShape.WaitCursor)
        self._wait_for_daily_jobs()
        try:
            kept = self._services.restore(self.actor, Path(file))
        except PropdeskError as exc:
            show_error(self, exc)
            return
        finally:
            self.unsetCursor()
        log.info("restored %s; previous kept as %s", file, kept)
        still_valid = self._actor_still_valid()
        if still_valid:
            self._apply_actor()
        else:
            self.refresh_titles()
        show_info(
            self,
            self.tr(
                "The backup {name} was restored. The database as it was before is kept as:\n{kept}"
            ).format(name=Path(file).name, kept=kept),
            self.tr("Restore a backup"),
        )
        if not still_valid:
            self.lock(self.tr("Your account is different in the restored database: log in again."))

    def _actor_still_valid(self) -> bool:
        """Accounts came back with the restore: is the logged-in person still the same?"""
        try:
            users = self._services.accounts.list_users(self.actor)
        except PropdeskError:
            return False
        return any(
            u.id == self.actor.user_id and u.active and u.role == self.actor.role for u in users
        )

    # -- settings and help ---------------------------------------------------
    def _on_language(self, action: QAction) -> None:
        code = action.data()
        try:
            self._services.settings.set_language(code)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        show_info(
            self,
            self.tr("The new language is used after propdesk is restarted."),
            self.tr("Restart to apply"),
        )

    def _on_estate(self) -> None:
        if EstateDialog(self._services.estate, self.actor, self).exec():
            self.refresh_titles()

    def _on_station(self) -> None:
        services = self._services
        storage = StorageModeService(
            services.paths, services.settings, services.store, services.sync
        )
        dialog = StationDialog(services.settings, self, storage=storage, actor=self.actor)
        dialog.sig_storage_changing.connect(self._release_station_file)
        accepted = dialog.exec()
        if dialog.storage_changed:
            self.close()  # the next start opens the station where its data now is
            return
        self.sync.start()  # after a join that failed: the sync goes on
        if accepted:
            self.refresh_titles()

    def _release_station_file(self) -> None:
        """Before a join sets the station's file aside: nothing of the window reads it."""
        self.sync.pause_line()
        self._wait_for_daily_jobs()
        for wait in self._services.before_restore:
            wait()

    def open_conflicts(self) -> ConflictsDialog | None:
        return None if self.locked else self.sync.open_conflicts(self.actor)

    def _on_idle_setting(self) -> None:
        dialog = IdleLockDialog(self._services.settings, self)
        dialog.accepted.connect(self.apply_idle_setting)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_module_settings(self, entry: SettingsEntry) -> None:
        try:
            dialog = entry.open(self._services, self.actor, self)
        except PropdeskError as exc:  # e.g. the settings could not be read
            show_error(self, exc)
            return
        if isinstance(dialog, QDialog):
            dialog.accepted.connect(self.home_tab.refresh)  # e.g. the targets judged anew

    def _on_about(self) -> None:
        show_about(self, self._services.system.info())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.sync.start()  # a syncing station syncs while its window is open

    def closeEvent(self, event: QCloseEvent) -> None:
        # The app-wide event filter and the timers end with the window.
        self.idle_watcher.set_timeout_ms(0)
        self.backup_timer.stop()
        self.sync.stop()
        self._wait_for_daily_jobs()
        super().closeEvent(event)
