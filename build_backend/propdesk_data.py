"""The data propdesk ships beside its code, gathered for a wheel or a PyInstaller build.

resources/ (fonts, translations) and migrations/ stay at the top of the repository,
where a checkout and an editable install read them (propdesk.resources). A wheel
carries them inside the package as propdesk/_data/resources and propdesk/_data/migrations
(build_backend/propdesk_build.py); build.spec puts the same tree under sys._MEIPASS.
The translations travel compiled (.qm): a .qm next to its .ts is used when it is newer
(scripts/setup.sh makes them), otherwise the .ts is compiled with pyside6-lrelease.

Only the standard library here: build.spec imports this module too.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

# What the build environment needs to compile .ts files (the same Qt as the app's).
LRELEASE_REQUIREMENT = "PySide6-Essentials>=6.11,<6.12"

# Inside the package: propdesk/_data/{resources,migrations}.
PACKAGE_DATA_DIR = "_data"

_SKIP = shutil.ignore_patterns("__pycache__", "*.py[cod]", ".*")


def translation_sources(root: Path) -> list[Path]:
    return sorted((root / "resources" / "translations").glob("*.ts"))


def _compiled(ts: Path) -> Path:
    return ts.with_suffix(".qm")


def stale_translations(root: Path) -> list[Path]:
    """The .ts files without a .qm beside them at least as new (those must be compiled)."""
    stale = []
    for ts in translation_sources(root):
        qm = _compiled(ts)
        if not qm.is_file() or qm.stat().st_size == 0 or qm.stat().st_mtime < ts.stat().st_mtime:
            stale.append(ts)
    return stale


def _lrelease_command() -> list[str]:
    # PySide6 in this interpreter's environment first (a build environment's), else on PATH.
    if importlib.util.find_spec("PySide6") is not None:
        return [
            sys.executable,
            "-c",
            "from PySide6.scripts.pyside_tool import lrelease; lrelease()",
        ]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    raise RuntimeError(
        "propdesk: compiling the translations needs pyside6-lrelease "
        f"({LRELEASE_REQUIREMENT}); install it, or run scripts/setup.sh first, which "
        "compiles resources/translations/*.qm"
    )


def compile_translation(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [*_lrelease_command(), "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not qm.is_file() or qm.stat().st_size == 0:
        raise RuntimeError(
            f"propdesk: pyside6-lrelease could not compile {ts} "
            f"(exit {done.returncode}): {done.stderr.strip() or done.stdout.strip()}"
        )


def stage(root: Path, target: Path) -> list[Path]:
    """Copy the shipped data of the checkout at `root` into `target` (made afresh):
    target/resources/fonts, target/resources/translations/*.qm (compiled when stale)
    and target/migrations. Returns the files written."""
    if target.exists():
        shutil.rmtree(target)
    resources = target / "resources"
    shutil.copytree(root / "resources" / "fonts", resources / "fonts", ignore=_SKIP)
    stale = set(stale_translations(root))
    for ts in translation_sources(root):
        qm = resources / "translations" / _compiled(ts).name
        if ts in stale:
            compile_translation(ts, qm)
        else:
            qm.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(_compiled(ts), qm)
    shutil.copytree(root / "migrations", target / "migrations", ignore=_SKIP)
    return sorted(p for p in target.rglob("*") if p.is_file())
