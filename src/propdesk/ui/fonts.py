"""Make sure Chinese renders: use the bundled WenQuanYi Micro Hei when the system
has no CJK font (a fresh Debian machine often has none)."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from propdesk.resources import cjk_font_path

log = logging.getLogger(__name__)


def ensure_cjk_font(app: QApplication) -> str | None:
    """Returns the family used for CJK text when the bundled one had to be loaded."""
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return None
    font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
    if font_id < 0:
        log.warning("bundled CJK font %s could not be loaded", cjk_font_path())
        return None
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(app.font())
    font.setFamilies([family, *font.families()])
    app.setFont(font)
    return family


def enlarge(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """Give the widget its font times `factor` (a title, a fee read from across the
    desk); returns that font for others to share."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    if bold:
        font.setBold(True)
    widget.setFont(font)
    return font
