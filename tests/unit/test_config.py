from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from propdesk.config import (
    DATA_DIR_ENV,
    Paths,
    Settings,
    database_url,
    load_settings,
    save_settings,
)
from propdesk.errors import StorageError, StorageProblem


def test_data_dir_argument_puts_everything_under_one_folder(tmp_path: Path) -> None:
    paths = Paths.resolve(tmp_path / "gate")
    assert paths.database_file == tmp_path / "gate" / "propdesk.db"
    assert paths.config_dir == tmp_path / "gate" / "config"
    assert paths.backup_dir == tmp_path / "gate" / "backups"
    assert paths.log_dir == tmp_path / "gate" / "logs"


def test_environment_variable_overrides_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "desk"))
    assert Paths.resolve().data_dir == tmp_path / "desk"


def test_default_folders_come_from_platformdirs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATA_DIR_ENV)
    paths = Paths.resolve()
    assert paths.data_dir == tmp_path / "xdg-data" / "propdesk"
    assert paths.config_dir == tmp_path / "xdg-config" / "propdesk"


def test_settings_round_trip_and_unknown_keys_are_kept(paths: Paths) -> None:
    save_settings(paths, Settings(language="zh_TW", station_name="岗亭"))
    raw = json.loads(paths.settings_file.read_text("utf-8"))
    raw["future_option"] = 42
    paths.settings_file.write_text(json.dumps(raw), "utf-8")
    loaded = load_settings(paths)
    assert loaded.problem is None
    assert loaded.settings.language == "zh_TW"
    assert loaded.settings.station_name == "岗亭"
    save_settings(paths, loaded.settings)
    assert json.loads(paths.settings_file.read_text("utf-8"))["future_option"] == 42


def test_missing_settings_file_gives_defaults(paths: Paths) -> None:
    loaded = load_settings(paths)
    assert loaded.settings == Settings()
    assert loaded.problem is None


@pytest.mark.parametrize(
    "content",
    ["{not json", "[1, 2]", '{"language": "klingon"}', '{"station_name": 5}', '{"bogus": }'],
)
def test_bad_settings_file_is_kept_aside_and_defaults_used(paths: Paths, content: str) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text(content, "utf-8")
    loaded = load_settings(paths)
    assert loaded.settings == Settings()
    assert loaded.problem is not None
    assert "default settings" in loaded.problem.message
    kept = list(paths.config_dir.glob("settings.json.bad-*"))
    assert len(kept) == 1
    assert kept[0].read_text("utf-8") == content
    assert not paths.settings_file.exists()


def test_unwritable_data_folder_is_a_clear_storage_error(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        # root ignores permission bits; a file where the folder should be fails for all.
        (tmp_path / "blocked").write_text("not a folder")
        paths = Paths.resolve(tmp_path / "blocked" / "data")
    else:
        (tmp_path / "ro").mkdir(mode=0o500)
        paths = Paths.resolve(tmp_path / "ro" / "data")
    with pytest.raises(StorageError) as caught:
        paths.ensure()
    assert caught.value.problem is StorageProblem.READ_ONLY
    assert "cannot be written" in caught.value.message


def test_database_url_defaults_to_the_sqlite_file(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert database_url(paths, Settings()) == f"sqlite:///{paths.database_file}"
    pg = "postgresql+psycopg://propdesk@localhost/propdesk"
    assert database_url(paths, Settings(database_url=pg)) == pg
    monkeypatch.setenv("PROPDESK_DATABASE_URL", "sqlite:////tmp/other.db")
    assert database_url(paths, Settings(database_url=pg)) == "sqlite:////tmp/other.db"
