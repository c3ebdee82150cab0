"""The PyInstaller onedir build works: its executable reports the version and
creates a migrated database (fonts, translations and migrations travel with it)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from propdesk import __version__

ROOT = Path(__file__).resolve().parents[2]


def _built_without_libpython() -> bool:
    """An interpreter built without a shared library (pyenv's default) cannot be bundled;
    Debian's has one (in the libpython3.X package, which scripts/setup.sh --dev installs),
    so on Debian's python3 this never skips. Same check as scripts/setup.sh's warning."""
    if sysconfig.get_config_var("Py_ENABLE_SHARED"):
        return False
    prefix = Path(sys.base_prefix)
    name = f"libpython{sys.version_info.major}.{sys.version_info.minor}*.so*"
    return not [*prefix.glob(name), *prefix.glob(f"lib/{name}")]


@pytest.mark.slow
@pytest.mark.skipif(
    _built_without_libpython(),
    reason=f"{sys.base_prefix} was built without libpython (no --enable-shared), which "
    "PyInstaller needs; make .venv from a Python that has it (see scripts/setup.sh)",
)
def test_onedir_build_runs_version_and_init(tmp_path: Path) -> None:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--workpath",
            str(tmp_path / "work"),
            "--distpath",
            str(tmp_path / "dist"),
            str(ROOT / "build.spec"),
        ],
        check=True,
        capture_output=True,
        timeout=900,
    )
    bundle = tmp_path / "dist" / "propdesk"
    exe = bundle / "propdesk"
    assert (bundle / "_internal" / "resources" / "fonts" / "wqy-microhei.ttc").exists()
    assert list((bundle / "_internal" / "resources" / "translations").glob("*.qm"))
    # The report preview's PDF renderer and the PostgreSQL driver (loaded by name from
    # a station's database URL, so no import shows it to the analysis).
    assert list((bundle / "_internal").rglob("libpdfium*"))
    assert (bundle / "_internal" / "psycopg_binary").is_dir()
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.strip() == f"propdesk {__version__}"
    data = tmp_path / "station"
    init = subprocess.run(
        [str(exe), "--data-dir", str(data), "init", "--estate", "翠湖花园"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert init.returncode == 0, init.stderr
    with sqlite3.connect(data / "propdesk.db") as conn:
        assert conn.execute("SELECT name FROM estate").fetchone() == ("翠湖花园",)
