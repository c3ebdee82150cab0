"""The window's word when its background check finds the database damaged: plainly,
what was found, that nothing was moved or deleted, and what to do (back up nothing
over the good backups; restore the newest of them from File → Restore…)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from propdesk.services.station.backup import DamageFound

# How many of the check's findings the box names (the log has them all).
NAMED_FINDINGS = 3


# Called by this name so pyside6-lupdate finds every text (a wrapper would hide them).
translate = QCoreApplication.translate


def damage_text(found: DamageFound) -> str:
    findings = "; ".join(found.findings[:NAMED_FINDINGS])
    head = translate(
        "DamageNotice",
        "The check of the database file found damage: {findings}.\n\n"
        "Nothing has been moved or deleted. Do not make backups over the good ones.",
    ).format(findings=findings)
    good = found.newest_good
    if good is None:
        advice = translate(
            "DamageNotice",
            "The backup folder holds no good backup to restore. Keep the database file as "
            "it is, and call for help before you close propdesk.",
        )
    else:
        advice = translate(
            "DamageNotice",
            "Restore the newest good backup, {name} (made {when}): choose File → Restore… "
            "and pick it. What was saved after it was made must then be entered again.",
        ).format(name=good.name, when=f"{good.when:%Y-%m-%d %H:%M}")
    return f"{head}\n\n{advice}"


def _main_window() -> QWidget | None:
    """The window the box belongs to (the jobs' carrier is not its child)."""
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "main_window" and widget.isVisible():
            return widget
    return None


def show_damage_found(found: DamageFound) -> QMessageBox:
    """Open (not exec: the window keeps running) the box over the main window."""
    box = QMessageBox(_main_window())
    box.setObjectName("damage_notice")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("DamageNotice", "The database is damaged"))
    box.setText(damage_text(found))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
