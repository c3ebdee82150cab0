"""The reports tab as the main window sees it (see ui/module_tabs.py); the service
targets' thresholds are its settings."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.ui.module_tabs import SettingsEntry, TabParts
from propdesk.ui.tabs.reports.tab import ReportsTab
from propdesk.ui.tabs.reports.targets_settings_dialog import TargetsSettingsDialog


def _open_targets(services: Services, actor: Actor, parent: QWidget) -> TargetsSettingsDialog:
    # Raises PropdeskError when the thresholds cannot be read; the window shows it.
    dialog = TargetsSettingsDialog(services.targets.settings, actor, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


TAB = TabParts(
    make=ReportsTab,
    settings=(
        SettingsEntry(
            "targets_settings_action",
            QT_TRANSLATE_NOOP("MainWindow", "Service &targets…"),
            Module.SETTINGS,
            Action.UPDATE,
            _open_targets,
        ),
    ),
)
