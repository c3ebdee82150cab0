"""The modules' texts on the dashboard: English, marked where the module declares them
with QT_TRANSLATE_NOOP("DashboardPanel", …), translated here when shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(text: str) -> str:
    return QCoreApplication.translate("DashboardPanel", text) if text else ""
