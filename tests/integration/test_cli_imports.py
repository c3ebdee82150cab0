"""`propdesk --version`, `--help` and a command's `--help` answer without importing Qt,
SQLAlchemy, openpyxl or reportlab (issue 18): a person asking for help, or a
scheduled task checking the version, should not wait half a second for a database
layer, a window toolkit or a spreadsheet writer it does not use. A command imports
what it needs when it runs.

Each case runs in a fresh process with `-X importtime`, which names on stderr every
module the process imported, so nothing already imported by the test run hides one.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from propdesk import __version__

HEAVY = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "openpyxl", "reportlab", "xlsxwriter")

# The entry point `propdesk-gui` (propdesk.__main__:main_gui), as its script calls it.
GUI_ENTRY = "import sys; from propdesk.__main__ import main_gui; sys.exit(main_gui())"


def _run(
    code_or_module: list[str], *args: str
) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """The finished process and the top-level packages it imported."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *code_or_module, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    imported = {
        line.rsplit("|", 1)[1].strip().split(".")[0]
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    return done, imported


def _heavy(imported: set[str]) -> list[str]:
    return [name for name in HEAVY if name in imported]


@pytest.mark.parametrize(
    "args",
    [
        ["--version"],
        ["--help"],
        ["init", "--help"],
        ["backup", "--help"],
        ["restore", "--help"],
        ["purge", "--help"],
        ["audit", "--help"],
        ["audit", "verify", "--help"],
        ["report", "--help"],
        ["report", "monthly", "--help"],
        ["id-key", "export", "--help"],
        ["check", "--help"],
        ["gui", "--help"],
    ],
    ids=" ".join,
)
def test_version_and_help_import_no_heavy_library(args: list[str]) -> None:
    done, imported = _run(["-m", "propdesk"], *args)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "propdesk" in imported  # the parse of -X importtime's lines works
    assert _heavy(imported) == [], f"propdesk {' '.join(args)} imported {_heavy(imported)}"
    if args == ["--version"]:
        assert done.stdout.strip() == f"propdesk {__version__}"
    else:
        assert done.stdout.startswith("usage: propdesk")


def test_the_top_level_help_still_lists_every_command() -> None:
    done, _ = _run(["-m", "propdesk"], "--help")
    for command in (
        "init",
        "backup",
        "restore",
        "purge",
        "audit",
        "demo-data",
        "import",
        "template",
        "report",
        "export",
        "id-key",
        "check",
        "gui",
    ):
        assert f"    {command} " in done.stdout, command


def test_the_window_entry_point_answers_help_without_qt() -> None:
    done, imported = _run(["-c", GUI_ENTRY], "--help")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("usage: ")
    assert _heavy(imported) == []


@pytest.mark.parametrize(
    ("args", "offered"),
    [
        # Their choices and defaults are the services' (the registry's export kinds, the
        # importer's registers, the demo's seed): asked for, the services are imported,
        # never the window.
        (["export", "--help"], ("gate", "repairs", "units", "residents", "cards")),
        (["import", "--help"], ("units", "residents", "vehicles", "cards")),
        (["template", "--help"], ("units", "residents", "vehicles", "cards")),
        (["demo-data", "--help"], ("default 2024", "default 5")),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else "",
)
def test_a_command_whose_choices_are_the_services_help_lists_them_without_qt(
    args: list[str], offered: tuple[str, ...]
) -> None:
    done, imported = _run(["-m", "propdesk"], *args)
    assert done.returncode == 0, done.stderr[-2000:]
    text = " ".join(done.stdout.split())
    for word in offered:
        assert word in text
    assert "PySide6" not in imported


def test_a_command_imports_its_libraries_when_it_runs(tmp_path: Path) -> None:
    """`init` opens the database (SQLAlchemy) but writes no workbook or PDF and opens no
    window: openpyxl, reportlab and Qt stay out."""
    done, imported = _run(["-m", "propdesk"], "--data-dir", str(tmp_path), "init")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "sqlalchemy" in imported
    assert [name for name in ("PySide6", "openpyxl", "reportlab") if name in imported] == []


def test_a_deferred_command_adds_its_arguments_only_when_chosen() -> None:
    """`export`'s table is the registry's: not asked while the parser is built or
    another command is parsed; asked, and checked, once `export` is chosen."""
    from propdesk.cli import build_parser

    def export_destinations(parser: argparse.ArgumentParser) -> set[str]:
        commands = next(a for a in parser._actions if a.dest == "command")
        assert isinstance(commands.choices, dict)
        return {action.dest for action in commands.choices["export"]._actions}

    parser = build_parser()
    assert export_destinations(parser) == {"help"}
    parser.parse_args(["backup"])
    assert export_destinations(parser) == {"help"}
    args = parser.parse_args(["export", "units", "-o", "units.xlsx"])
    assert (args.table, args.output) == ("units", "units.xlsx")
    assert {"table", "date_from", "date_to", "output", "lang"} <= export_destinations(parser)


def test_what_the_window_loads_before_its_login_is_painted_is_qt_alone() -> None:
    """The login is painted before the station opens (ui/station_opening.py): the
    window's start and its login load Qt, never SQLAlchemy, the models, openpyxl or
    reportlab, which load behind the login on the worker thread."""
    done, imported = _run(["-c", "import propdesk.app, propdesk.ui.gui_main"])
    assert done.returncode == 0, done.stderr[-2000:]
    assert "PySide6" in imported  # the parse works: Qt is what it does load
    assert _heavy(imported) == ["PySide6", "shiboken6"]
    modules = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if "|" in line}
    assert "propdesk.ui.login_dialog" in modules
    assert not {"propdesk.store.models", "propdesk.services.bootstrap"} & modules
