"""Help → About: versions a support call needs (Python, Qt, SQLite, schema)."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from propdesk.services.station.system import SystemInfo

translate = QCoreApplication.translate


def show_about(parent: QWidget, info: SystemInfo) -> None:
    rows = [
        (translate("AboutDialog", "propdesk"), info.propdesk_version),
        (translate("AboutDialog", "Python"), info.python_version),
        (translate("AboutDialog", "Qt"), f"{qVersion()} (PySide6 {pyside_version})"),
        (translate("AboutDialog", "SQLite"), info.sqlite_version),
        (translate("AboutDialog", "Schema revision"), info.schema_revision),
        (translate("AboutDialog", "Database"), info.database),
    ]
    table = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
    QMessageBox.about(
        parent,
        translate("AboutDialog", "About propdesk"),
        translate("AboutDialog", "<p>propdesk: the console of a property-service centre.</p>")
        + f"<table cellspacing='4'>{table}</table>",
    )
