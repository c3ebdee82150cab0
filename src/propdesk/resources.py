"""Where the shipped resources and migrations are: frozen, installed or in a checkout.

resources/ (fonts, translations) and migrations/ live at the top of the repository.
- A PyInstaller build (build.spec) unpacks them as resources/ and migrations/ under
  sys._MEIPASS.
- A wheel (`pip install .`) carries them inside the package, as propdesk/_data/resources
  and propdesk/_data/migrations (build_backend/propdesk_build.py copies them there and
  compiles the translations).
- A checkout or an editable install (`pip install -e .`) reads them where they are.
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

# Inside the installed package (build_backend/propdesk_data.py: PACKAGE_DATA_DIR).
_PACKAGE_DATA = "_data"


def _installed() -> Path | None:
    data = files(__package__ or "propdesk") / _PACKAGE_DATA
    # Only a package on disk: Qt, reportlab and Alembic want real paths.
    if isinstance(data, Path) and (data / "migrations").is_dir():
        return data
    return None


def _root() -> Path:
    # PyInstaller unpacks data next to the executable and points _MEIPASS at it.
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    installed = _installed()
    if installed is not None:
        return installed
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
