"""Where the shipped resources and migrations are, in a source tree or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    # PyInstaller unpacks data next to the executable and points _MEIPASS at it.
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    # src/propdesk/resources.py -> repository root
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return _root() / "resources"


def migrations_dir() -> Path:
    return _root() / "migrations"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def cjk_font_path() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"
