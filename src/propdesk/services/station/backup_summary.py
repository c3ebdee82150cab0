"""A backup file as a person recognises it: when it was made, how big it is, and what
it holds (the estate; how many residents, gate records, repair tickets and patrol
rounds; the newest record). Named this way, the restore offered at start can be told
from an empty copy at a glance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.station.backup import newest_good_backup, validate_backup_file
from propdesk.store.backup_contents import BackupContents, read_contents


@dataclass(frozen=True)
class BackupSummary:
    file: Path
    made_at: datetime  # when the file was written (aware, local time)
    size_bytes: int
    estate_name: str  # "" when no estate is set up in it
    residents: int
    gate_records: int
    repair_tickets: int
    patrol_rounds: int
    newest_record: datetime | None  # the newest gate record, ticket or audit row (UTC)

    @property
    def holds_data(self) -> bool:
        return bool(self.estate_name)


def _summary(file: Path, contents: BackupContents) -> BackupSummary:
    stat = file.stat()
    newest = contents.newest_record
    if newest is not None and newest.tzinfo is None:
        newest = newest.replace(tzinfo=UTC)  # the store keeps UTC without a zone
    return BackupSummary(
        file=file,
        made_at=datetime.fromtimestamp(stat.st_mtime).astimezone(),
        size_bytes=stat.st_size,
        estate_name=contents.estate_name,
        residents=contents.counts.get("resident", 0),
        gate_records=contents.counts.get("gate_event", 0),
        repair_tickets=contents.counts.get("repair_ticket", 0),
        patrol_rounds=contents.counts.get("patrol_round", 0),
        newest_record=newest,
    )


def describe(file: Path) -> BackupSummary:
    """A file the person chose: checked as a restorable backup, and what it holds."""
    validate_backup_file(file)
    contents = read_contents(file)
    if contents is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "{name} is not a usable propdesk backup (damaged or not a database)."
            ),
            field="file",
            name=file.name,
        )
    return _summary(file, contents)


def newest_backup(folder: Path) -> BackupSummary | None:
    """The newest backup in `folder` that holds the office's data (see
    newest_good_backup: the restore checks its copy in full before replacing anything).
    Reading what a candidate holds counts its rows, so the window still runs this on a
    worker thread."""
    good = newest_good_backup(folder)
    if good is None:
        return None
    contents = read_contents(good.path)
    return _summary(good.path, contents) if contents is not None else None
