"""A modal dialog run once: Qt frees it when it has closed (with the pages or the
printer it held)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def exec_once(dialog: QDialog) -> int:
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
