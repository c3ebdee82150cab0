"""propdesk's build backend: setuptools' own, plus the data kept at the top of the repository.

pyproject.toml names this module ([build-system] build-backend, backend-path). It differs
from setuptools.build_meta in two places:

- `build_py` (registered by setup.py) copies resources/ and migrations/ into the wheel as
  propdesk/_data/resources and propdesk/_data/migrations, compiling the translations
  (see propdesk_data). An editable install copies nothing: it reads the checkout.
- a wheel's build environment gets PySide6-Essentials (for pyside6-lrelease) only when a
  .ts has no up-to-date .qm beside it, so `pip install -e .` and a wheel built after
  scripts/setup.sh do not download Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from propdesk_data import LRELEASE_REQUIREMENT, PACKAGE_DATA_DIR, stage, stale_translations
from setuptools import build_meta as _setuptools
from setuptools.build_meta import (
    build_editable,
    build_sdist,
    build_wheel,
    get_requires_for_build_editable,
    get_requires_for_build_sdist,
    prepare_metadata_for_build_editable,
    prepare_metadata_for_build_wheel,
)
from setuptools.command.build_py import build_py as _build_py

ROOT = Path(__file__).resolve().parent.parent

__all__ = [
    "build_editable",
    "build_sdist",
    "build_wheel",
    "get_requires_for_build_editable",
    "get_requires_for_build_sdist",
    "get_requires_for_build_wheel",
    "prepare_metadata_for_build_editable",
    "prepare_metadata_for_build_wheel",
]


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    requires = list(_setuptools.get_requires_for_build_wheel(config_settings))
    if stale_translations(ROOT):
        requires.append(LRELEASE_REQUIREMENT)
    return requires


class build_py(_build_py):  # noqa: N801  (setuptools' command name)
    """setuptools' build_py, then the shipped data into build_lib/propdesk/_data."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # propdesk.resources reads resources/ and migrations/ in the checkout
        target = Path(self.build_lib) / "propdesk" / PACKAGE_DATA_DIR
        self._data_outputs = [str(p) for p in stage(ROOT, target)]

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        return [*super().get_outputs(include_bytecode), *getattr(self, "_data_outputs", [])]
