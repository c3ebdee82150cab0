"""`pip install .` gives a working console: the wheel carries resources/ and migrations/
(from the top of the repository) inside the package, with the translations compiled,
and the installed `propdesk` initialises a station, fills the demo estate and prints
the monthly report in Chinese without the checkout anywhere on its path."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# A fresh clone: no build output, no compiled translations (.qm are never committed).
NOT_IN_A_CLONE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "out", "*.egg-info", "__pycache__", ".*_cache", "*.qm"
)


def _run(*args: str | Path, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", TZ="CST-8")
    return env


@pytest.mark.slow
def test_wheel_installs_a_console_that_works_outside_the_checkout(tmp_path: Path) -> None:
    env = _clean_env()
    work = tmp_path / "cwd"
    work.mkdir()

    # The wheel, built like `pip install .` builds it, from a clone without .qm files.
    clone = tmp_path / "clone"
    shutil.copytree(ROOT, clone, ignore=NOT_IN_A_CLONE)
    wheels = tmp_path / "wheels"
    pip = [sys.executable, "-m", "pip"]
    _run(*pip, "wheel", "--no-deps", "-q", "-w", wheels, clone, cwd=work, env=env)
    (wheel,) = wheels.glob("propdesk-*.whl")
    with zipfile.ZipFile(wheel) as whl:
        names = set(whl.namelist())
    data = "propdesk/_data"
    for shipped in (
        "migrations/env.py",
        "migrations/script.py.mako",
        "migrations/versions/0001_estate.py",
        "resources/fonts/wqy-microhei.ttc",
        "resources/fonts/LICENSE-wqy-microhei.txt",
        *(f"resources/translations/propdesk_{lang}.qm" for lang in ("zh_CN", "zh_TW", "en")),
    ):
        assert f"{data}/{shipped}" in names
    assert not [n for n in names if n.endswith((".ts", ".pyc"))]

    # A fresh venv with only the wheel of propdesk; the dependencies are the dev venv's,
    # seen through a .pth naming its site-packages (whose own .pth files, the editable
    # install's path to src/ among them, Python does not read from there).
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=work, env=env)
    python = venv / "bin" / "python"
    _run(
        *pip,
        "--python",
        python,
        "install",
        "-q",
        "--no-deps",
        "--no-index",
        wheel,
        cwd=work,
        env=env,
    )
    site = _run(
        python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=work, env=env
    ).stdout.strip()
    deps = {
        _run(
            sys.executable,
            "-c",
            f"import sysconfig; print(sysconfig.get_path('{kind}'))",
            cwd=work,
            env=env,
        ).stdout.strip()
        for kind in ("purelib", "platlib")
    }
    (Path(site) / "dev_venv_dependencies.pth").write_text("\n".join(sorted(deps)) + "\n")

    where = _run(
        python,
        "-c",
        "import sys, propdesk, propdesk.resources as r; "
        "from PySide6.QtCore import QTranslator; "
        "t = QTranslator(); assert t.load('propdesk_zh_CN', str(r.translations_dir())); "
        "print(propdesk.__file__, r.migrations_dir(), r.translations_dir(), r.cjk_font_path(), "
        "*sys.path, sep='\\n')",
        cwd=work,
        env=env,
    ).stdout.splitlines()
    package, migrations, translations, font = map(Path, where[:4])
    assert package.is_relative_to(venv)
    assert migrations == package.parent / "_data" / "migrations"
    assert (migrations / "versions").is_dir()
    assert sorted(p.name for p in translations.glob("*.qm")) == [
        "propdesk_en.qm",
        "propdesk_zh_CN.qm",
        "propdesk_zh_TW.qm",
    ]
    assert font.is_relative_to(venv)
    checkout = [ROOT, ROOT / "src"]
    assert not [p for p in where[4:] if p and Path(p).resolve() in checkout], where[4:]
    assert not [p for p in where[4:] if p and Path(p).is_relative_to(ROOT / "src")], where[4:]

    # The installed console, from a folder that is not the checkout.
    propdesk = venv / "bin" / "propdesk"
    station = tmp_path / "station"
    at = ("--data-dir", station)
    _run(propdesk, *at, "init", "--estate", "翠湖花园", "--station", "岗亭", cwd=work, env=env)
    with sqlite3.connect(station / "propdesk.db") as conn:
        assert conn.execute("SELECT name FROM estate").fetchone() == ("翠湖花园",)
    # A twentieth of the estate with three months of traffic and repairs: last month has data.
    _run(
        propdesk, *at, "demo-data", "--scale", "0.05", "--traffic-years", "0.25", cwd=work, env=env
    )
    month = f"{date.today().replace(day=1) - timedelta(days=1):%Y-%m}"
    pdf = tmp_path / "x.pdf"
    report = ("report", "monthly", "--month", month, "--format", "pdf", "--lang", "zh_CN")
    _run(propdesk, *at, *report, "-o", pdf, cwd=work, env=env)
    words = "".join(_run("pdftotext", "-enc", "UTF-8", pdf, "-", cwd=work, env=env).stdout.split())
    assert "翠湖花园" in words
    assert "月度运营报告" in words
    assert "服务目标完成情况" in words
    # The bundled font, from the installed package, embedded as a subset.
    assert "WenQuanYiMicroHei" in _run("pdffonts", pdf, cwd=work, env=env).stdout
