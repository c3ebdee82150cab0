"""Language choice and Qt translators (ours and Qt's own dialogs)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from propdesk.config import LANGUAGES
from propdesk.resources import translations_dir

log = logging.getLogger(__name__)

# What the Settings menu shows: each language named in itself.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}

_installed: list[QTranslator] = []


def system_language() -> str:
    """zh_CN for Chinese locales (zh_TW for Taiwan, Hong Kong, Macau), else English."""
    locale = QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        traditional = locale.script() == QLocale.Script.TraditionalChineseScript or (
            locale.territory()
            in (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macau)
        )
        return "zh_TW" if traditional else "zh_CN"
    return "en"


def ui_language() -> str:
    """The language the window speaks now, for files it writes (templates, prints)."""
    name = QLocale().name()
    return name if name in ("zh_CN", "zh_TW") else "en"


def resolve_language(chosen: str | None) -> str:
    return chosen if chosen in LANGUAGES else system_language()


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Load propdesk's and Qt's catalogues; False when ours is missing (not compiled)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)
    loaded = ours.load(f"propdesk_{language}", str(translations_dir()))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("translation propdesk_%s.qm not found in %s", language, translations_dir())
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    return loaded
