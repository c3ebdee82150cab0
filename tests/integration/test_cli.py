from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from propdesk import __version__
from propdesk.cli import EXIT_OK, EXIT_STORAGE, run


def _propdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "propdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_version_and_help_in_a_real_process() -> None:
    version = _propdesk("--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"propdesk {__version__}"
    helptext = _propdesk("--help")
    assert helptext.returncode == 0
    for command in ("init", "backup", "--data-dir"):
        assert command in helptext.stdout


def test_init_creates_folder_and_migrated_database(tmp_path: Path) -> None:
    data = tmp_path / "gate"
    result = _propdesk("--data-dir", str(data), "init", "--estate", "翠湖花园", "--station", "岗亭")
    assert result.returncode == 0, result.stderr
    db = data / "propdesk.db"
    assert db.exists()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM estate").fetchone() == ("翠湖花园",)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert (data / "config" / "settings.json").read_text("utf-8").count("岗亭") == 1


def test_init_twice_is_harmless(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--data-dir", str(tmp_path), "init"]) == EXIT_OK
    assert run(["--data-dir", str(tmp_path), "init"]) == EXIT_OK
    assert "schema" in capsys.readouterr().out


def test_unwritable_data_folder_is_a_message_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "file").write_text("x")
    code = run(["--data-dir", str(tmp_path / "file" / "data"), "init"])
    err = capsys.readouterr().err
    assert code == EXIT_STORAGE
    assert "cannot be written" in err
    assert "Traceback" not in err


def test_newer_schema_is_a_message_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--data-dir", str(tmp_path), "init"]) == EXIT_OK
    with sqlite3.connect(tmp_path / "propdesk.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    capsys.readouterr()
    assert run(["--data-dir", str(tmp_path), "init"]) == EXIT_STORAGE
    err = capsys.readouterr().err
    assert "newer version of propdesk" in err
    assert "Traceback" not in err


def test_garbage_database_file_is_a_message_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "propdesk.db").write_bytes(b"this is not sqlite at all" * 100)
    assert run(["--data-dir", str(tmp_path), "init"]) == EXIT_STORAGE
    err = capsys.readouterr().err
    assert "damaged" in err
    assert "Traceback" not in err
    # Moved aside, never overwritten: the next start begins clean or from a backup.
    aside = list(tmp_path.glob("propdesk.db.corrupt-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes().startswith(b"this is not sqlite")


def test_bad_settings_file_is_reported_and_defaults_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.json").write_text("{broken", "utf-8")
    assert run(["--data-dir", str(tmp_path), "init"]) == EXIT_OK
    assert "default settings are used" in capsys.readouterr().err


def test_backup_command_writes_a_verified_copy(tmp_path: Path) -> None:
    assert run(["--data-dir", str(tmp_path), "init", "--estate", "翠湖花园"]) == EXIT_OK
    assert run(["--data-dir", str(tmp_path), "backup"]) == EXIT_OK
    copies = list((tmp_path / "backups").glob("manual-*.db"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT name FROM estate").fetchone() == ("翠湖花园",)


def test_restore_works_in_one_go_when_the_live_file_is_damaged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The restore needs no healthy live file: it is put in place before the station is
    opened (the damaged file kept aside byte for byte), then the station opens."""
    data = tmp_path / "station"
    assert run(["--data-dir", str(data), "init", "--estate", "翠湖花园"]) == EXIT_OK
    assert run(["--data-dir", str(data), "backup"]) == EXIT_OK
    (backup,) = (data / "backups").glob("manual-*.db")
    db = data / "propdesk.db"
    size = db.stat().st_size
    with db.open("r+b") as file:  # a failing sector in the middle of the file
        file.seek(size // 2)
        file.write(b"\xa5" * 8192)
    damaged = db.read_bytes()
    capsys.readouterr()

    assert run(["--data-dir", str(data), "restore", str(backup)]) == EXIT_OK

    out = capsys.readouterr().out
    assert f"database restored from {backup}" in out
    (kept,) = (data / "backups").glob("before-restore-*.db")
    assert kept.name in out
    assert kept.read_bytes() == damaged
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM estate").fetchone() == ("翠湖花园",)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        restores = conn.execute(
            "SELECT count(*) FROM audit_entry WHERE entity = 'database' AND action = 'restore'"
        ).fetchone()
    assert restores == (1,)
    assert run(["--data-dir", str(data), "audit", "verify"]) == EXIT_OK


def test_restore_works_in_one_go_when_the_live_file_is_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "station"
    assert run(["--data-dir", str(data), "init", "--estate", "翠湖花园"]) == EXIT_OK
    assert run(["--data-dir", str(data), "backup"]) == EXIT_OK
    (backup,) = (data / "backups").glob("manual-*.db")
    (data / "propdesk.db").write_bytes(b"")
    capsys.readouterr()
    assert run(["--data-dir", str(data), "restore", str(backup)]) == EXIT_OK
    (kept,) = (data / "backups").glob("before-restore-*.db")
    assert kept.stat().st_size == 0
    with sqlite3.connect(data / "propdesk.db") as conn:
        assert conn.execute("SELECT name FROM estate").fetchone() == ("翠湖花园",)
