"""Home tab: which estate, the day at a glance (dashboard), which station, where the
data lives and its last backup."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.ui.tabs.home.dashboard import DashboardPanel
from propdesk.ui.tabs.home.links import DETAIL_STYLE
from propdesk.ui.widgets.elided_label import ElidedLabel


class HomeTab(QWidget):
    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        actor: Callable[[], Actor | None] | None = None,
        can_open: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        # Who is signed in: by default the main window's `actor`, which changes at each
        # login while this tab lives on (None before the first login).
        self._actor = actor or (lambda: getattr(self.window(), "actor", None))
        # Which tabs the dashboard's figures may open (the window's, for its actor).
        self.dashboard = DashboardPanel(services, self._actor, can_open=can_open)
        services.before_restore.append(self.dashboard.wait)
        self.estate_label = QLabel()
        self.estate_label.setObjectName("home_estate")
        font = self.estate_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.estate_label.setFont(font)
        self.station_label = QLabel()
        # Paths elided in the middle (the whole one in the tooltip): they share the
        # estate's line, so a long path must not widen the window.
        self.database_label = ElidedLabel()
        self.backup_label = ElidedLabel()
        self.last_backup_label = QLabel()
        open_data = QPushButton(self.tr("Open data folder"))
        open_data.clicked.connect(self._on_open_data)
        # This station on the estate's line, right of its name: the modules' boxes, the
        # targets and the charts take every other row a 768-pixel screen has.
        station = QWidget()
        station.setObjectName("station_box")
        facts = QHBoxLayout(station)
        facts.setContentsMargins(0, 0, 0, 0)
        for caption, label, stretch in (
            (self.tr("Station:"), self.station_label, 0),
            (self.tr("Latest backup:"), self.last_backup_label, 0),
            (self.tr("Database:"), self.database_label, 2),
            (self.tr("Backup folder:"), self.backup_label, 1),
        ):
            name = QLabel(caption)
            name.setStyleSheet(DETAIL_STYLE)
            name.setBuddy(label)
            facts.addWidget(name)
            facts.addWidget(label, stretch)
            facts.addSpacing(12)
        facts.addWidget(open_data)
        top = QHBoxLayout()
        top.addWidget(self.estate_label)
        top.addSpacing(24)
        top.addWidget(station, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.dashboard)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        if self.dashboard.isVisible():
            self.dashboard.refresh()
        estate = self._services.estate.get()
        self.estate_label.setText(estate.name if estate else self.tr("(no estate set up)"))
        self.station_label.setText(self._services.settings.current.station_name)
        info = self._services.system.info()
        self.database_label.set_full_text(info.database)
        self.backup_label.set_full_text(info.backup_dir)
        latest = self._services.backups.latest()
        self.last_backup_label.setText(
            self.tr("{name}, {when:%Y-%m-%d %H:%M}").format(name=latest.name, when=latest.when)
            if latest
            else self.tr("none yet")
        )

    def _on_open_data(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self._services.paths.data_dir))
