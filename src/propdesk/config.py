"""Folders and settings of one station.

Folders come from platformdirs; `--data-dir` or PROPDESK_DATA_DIR moves all of them
under one folder so two stations can run side by side and tests never touch the
user's real folder. Settings live in a small versioned JSON file; a file that cannot
be read is kept aside and the defaults are used, with a message for the user.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import stat
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import platformdirs

from propdesk.errors import QT_TRANSLATE_NOOP, StorageError, StorageProblem, UserError

log = logging.getLogger(__name__)

APP_NAME = "propdesk"
DATA_DIR_ENV = "PROPDESK_DATA_DIR"
DATABASE_URL_ENV = "PROPDESK_DATABASE_URL"
SETTINGS_VERSION = 1
LANGUAGES = ("zh_CN", "zh_TW", "en")

# Private by default: the database holds residents' ID numbers and password hashes, the
# logs and backups the same, so everything propdesk keeps is for its owner only.
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
PRIVATE_UMASK = 0o077


def keep_private() -> None:
    """From now on this process makes files 0600 and folders 0700 (POSIX).

    Why the umask, process-wide: SQLite, the backup copy, the log, the settings and
    the audit anchors each create files of their own; one umask covers all of them
    (and whatever is added later), where a chmod after each would leave a moment in
    which the file is readable by others. Files a person saves elsewhere (a report,
    an export) are made private too, which is what a file of residents' data needs.
    """
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)


def make_private(path: Path) -> None:
    """Owner-only access for `path` (0755 -> 0700, 0644 -> 0600) when it is looser:
    for files kept with an older mode (a copy, a file moved aside, an older version's).
    A file of another user's is left as it is (logged): it cannot be changed from here."""
    if os.name != "posix":
        return
    try:
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode) or not mode & 0o077:
            return
        # Only the others' bits go: a file made read-only on purpose stays read-only.
        path.chmod(stat.S_IMODE(mode) & ~PRIVATE_UMASK)
    except FileNotFoundError:
        return
    except OSError as exc:
        log.warning("could not make %s private: %s", path, exc)


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path
    log_dir: Path
    backup_dir: Path

    @property
    def database_file(self) -> Path:
        return self.data_dir / "propdesk.db"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @classmethod
    def resolve(cls, data_dir: str | Path | None = None) -> Paths:
        chosen = data_dir or os.environ.get(DATA_DIR_ENV)
        if chosen:
            root = Path(chosen).expanduser().resolve()
            return cls(root, root / "config", root / "logs", root / "backups")
        data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        return cls(
            data,
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
            data / "backups",
        )

    @property
    def folders(self) -> tuple[Path, ...]:
        return (self.data_dir, self.config_dir, self.log_dir, self.backup_dir)

    def ensure(self) -> None:
        """Create the folders (owner only) and prove the data folder is writable; from
        here on the process makes its files private (keep_private), and what an older
        version left readable by others is tightened (tighten)."""
        keep_private()
        for folder in self.folders:
            try:
                folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
            except OSError as exc:
                raise _folder_error(folder, exc) from exc
        self.tighten()
        try:
            with tempfile.NamedTemporaryFile(dir=self.data_dir, prefix=".write-test-"):
                pass
        except OSError as exc:
            raise _folder_error(self.data_dir, exc) from exc

    def tighten(self) -> None:
        """Make the folders and the files propdesk keeps in them owner-only: an older
        version left them world-readable (0755 / 0644). Only propdesk's own files in the
        data folder (it may be a folder the person chose, with other files in it)."""
        for folder in self.folders:
            make_private(folder)
        kept = [*self.data_dir.glob(self.database_file.name + "*")]
        for folder in (self.config_dir, self.log_dir, self.backup_dir):
            if folder != self.data_dir:
                kept += [p for p in folder.iterdir() if p.is_file()]
        for file in kept:
            make_private(file)


def _folder_error(folder: Path, exc: OSError) -> StorageError:
    return StorageError(
        StorageProblem.READ_ONLY,
        QT_TRANSLATE_NOOP(
            "messages",
            "The data folder {folder} cannot be written to ({reason}). "
            "Choose another folder with --data-dir or fix its permissions.",
        ),
        detail=str(exc),
        folder=str(folder),
        reason=exc.strerror or str(exc),
    )


@dataclass(frozen=True)
class Settings:
    """Everything a station can change; defaults are what a new office gets."""

    version: int = SETTINGS_VERSION
    language: str | None = None  # None: follow the system locale
    station_name: str = ""
    database_url: str | None = None  # None: the SQLite file in the data folder
    # The third mode: this station works on the SQLite file in the data folder (its own
    # copy) and syncs it with the PostgreSQL server at this URL. Kept in the settings
    # file, which only the station's user can read (keep_private).
    sync_url: str | None = None
    idle_lock_minutes: int = 0  # lock the window after this many idle minutes; 0: never
    extra: dict[str, Any] = field(default_factory=dict)  # keys of newer versions, kept

    def with_changes(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    # Told to the user when the file could not be used (and was kept aside).
    problem: UserError | None = None


def _migrate(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring an older settings dict up to SETTINGS_VERSION (one step per version)."""
    version = int(raw.get("version", 1))
    if version > SETTINGS_VERSION:
        log.warning("settings file is from a newer version %s; unknown keys kept", version)
    raw["version"] = SETTINGS_VERSION
    return raw


def _from_dict(raw: dict[str, Any]) -> Settings:
    known = {f.name for f in dataclasses.fields(Settings)} - {"extra"}
    values = {k: v for k, v in raw.items() if k in known}
    extra = {k: v for k, v in raw.items() if k not in known}
    settings = Settings(**values, extra=extra)
    if settings.language is not None and settings.language not in LANGUAGES:
        raise ValueError(f"unknown language {settings.language!r}")
    if not isinstance(settings.station_name, str):
        raise ValueError("station_name must be text")
    minutes = settings.idle_lock_minutes
    if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 0:
        raise ValueError("idle_lock_minutes must be a whole number, 0 or more")
    return settings


def _read_settings(file: Path) -> Settings:
    raw = json.loads(file.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise ValueError("settings must be a JSON object")
    return _from_dict(_migrate(raw))


def peek_settings(paths: Paths) -> Settings:
    """The settings as they are, or the defaults when the file is missing or cannot be
    read; unlike load_settings nothing is moved aside (opening the station does that
    and tells the person)."""
    try:
        return _read_settings(paths.settings_file)
    except (OSError, ValueError, TypeError):
        return Settings()


def load_settings(paths: Paths) -> LoadedSettings:
    file = paths.settings_file
    if not file.exists():
        return LoadedSettings(Settings())
    try:
        return LoadedSettings(_read_settings(file))
    except (OSError, ValueError, TypeError) as exc:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = file.with_name(f"{file.name}.bad-{stamp}")
        try:
            file.replace(aside)
            make_private(aside)
        except OSError:
            aside = file
        log.warning("settings file %s unusable (%s); kept as %s", file, exc, aside)
        return LoadedSettings(
            Settings(),
            problem=UserError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The settings file could not be read ({reason}). It was kept as "
                    "{aside} and the default settings are used.",
                ),
                reason=str(exc),
                aside=aside.name,
            ),
        )


def save_settings(paths: Paths, settings: Settings) -> None:
    """Write atomically: a crash mid-write leaves the old file, never half a file."""
    raw = dataclasses.asdict(settings)
    extra = raw.pop("extra")
    raw = {**extra, **raw}
    paths.config_dir.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    tmp = paths.settings_file.with_suffix(".json.tmp")
    try:
        # Created 0600 whatever the umask: os.replace keeps the new file's mode.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_FILE)  # an older, looser tmp file left by a crash
        with open(fd, "w", encoding="utf-8") as fh:
            json.dump(raw, fh, ensure_ascii=False, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(paths.settings_file)
    except OSError as exc:
        raise _folder_error(paths.config_dir, exc) from exc


def database_url(paths: Paths, settings: Settings) -> str:
    return (
        os.environ.get(DATABASE_URL_ENV) or settings.database_url or sqlite_url(paths.database_file)
    )


def sqlite_url(path: Path) -> str:
    """The URL of a SQLite file. A '?' in the path would start the URL's query (the
    database would land in a file named after the part before it), so such a path is
    given as a percent-encoded SQLite URI filename instead."""
    if "?" not in str(path):
        return f"sqlite:///{path}"
    return f"sqlite:///file:{quote(path.as_posix(), safe='/:')}?uri=true"
