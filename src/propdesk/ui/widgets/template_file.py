"""An import's blank template, saved where the user says (the register and the patrol
wand imports): ask for the file, write it, tell where it went or why it could not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QFileDialog, QWidget

from propdesk.errors import PropdeskError
from propdesk.ui.dialogs import show_error, show_info

translate = QCoreApplication.translate


def ask_template_path(parent: QWidget, file_name: str) -> Path | None:
    """The .xlsx file the user picks for the template (None when cancelled)."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("TemplateFile", "Save template"),
        str(Path(QDir.homePath()) / file_name),
        translate("TemplateFile", "Excel workbook (*.xlsx)"),
    )
    return Path(chosen) if chosen else None


def save_template(parent: QWidget, write: Callable[[], Path]) -> Path | None:
    """Run `write` (it returns the file written) and say where the template went; a
    failure is shown and gives None."""
    try:
        saved = write()
    except PropdeskError as exc:
        show_error(parent, exc)
        return None
    show_info(parent, translate("TemplateFile", "Template saved to {path}").format(path=saved))
    return saved
