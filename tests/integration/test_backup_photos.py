"""Backups carry the photos: beside the backup files, shared by all of them; a restore
(the window's, the offer's at start, `propdesk restore`) brings them back into a data
folder, even an empty one on a new PC; a backup without its photos still restores."""

from __future__ import annotations

import os
import shutil
import stat
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from propdesk.cli import EXIT_OK, run
from propdesk.config import Paths
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import system_actor
from propdesk.services.core.photos import AttachedPhotos, PhotoRef
from propdesk.services.start_restore import restore_and_open
from propdesk.services.station.backup import ensure_daily_backup, list_backups, rotate
from propdesk.store.attachments import (
    AttachmentState,
    AttachmentStore,
    StoredAttachment,
    attachments_folder,
)
from tests.unit.photo_bytes import JPEG_BYTES, png_bytes, write

ADMIN = system_actor("岗亭")


def _station(paths: Paths, photos: int) -> list[StoredAttachment]:
    """A station with an estate (so backups are made) and `photos` photos stored."""
    services = open_services(paths, fast_hashing=True)
    try:
        services.estate.set_up("翠湖花园")
    finally:
        services.close()
    return _add_photos(paths, photos)


def _add_photos(paths: Paths, count: int, first: int = 0) -> list[StoredAttachment]:
    store = AttachmentStore.of_data_folder(paths.data_dir)
    camera = paths.data_dir.parent / "camera"
    return [
        store.add(write(camera, f"IMG_{i}.png", png_bytes(shade=i)))
        for i in range(first, first + count)
    ]


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_a_backup_keeps_the_photos_beside_it_shared_with_the_next(tmp_path: Path) -> None:
    paths = Paths.resolve(tmp_path / "station")
    photos = _station(paths, 2)
    services = open_services(paths, fast_hashing=True)
    try:
        first = services.backups.backup_now(ADMIN)
        beside = attachments_folder(first.parent)
        assert _files(beside) == _files(attachments_folder(paths.data_dir))
        copied_at = {p: p.stat().st_mtime_ns for p in beside.rglob("*") if p.is_file()}

        (third,) = _add_photos(paths, 1, first=2)
        services.backups.backup_now(ADMIN)
    finally:
        services.close()
    # One set for both backups: the second copied only the new photo.
    assert len(_files(beside)) == 3
    assert {p: p.stat().st_mtime_ns for p in copied_at} == copied_at
    assert AttachmentStore(beside).exists(third.sha256, third.suffix)
    assert all(AttachmentStore(beside).exists(p.sha256, p.suffix) for p in photos)
    if os.name == "posix":
        for each in (beside, *beside.rglob("*")):
            assert stat.S_IMODE(each.stat().st_mode) == (0o700 if each.is_dir() else 0o600)


def test_a_backup_and_its_restore_leave_the_thumbnails_behind(tmp_path: Path) -> None:
    """Thumbnails are made again from the photos: no backup carries them, and a
    restore brings the photos alone (their first view makes the thumbnails anew)."""
    old = Paths.resolve(tmp_path / "old-pc")
    photos = _station(old, 2)
    store = AttachmentStore.of_data_folder(old.data_dir)
    for photo in photos:
        store.keep_thumbnail(photo.sha256, b"\xff\xd8 a thumbnail of " + photo.sha256.encode())
    assert store.thumbnails is not None
    assert len(_files(store.thumbnails)) == 2
    assert run(["--data-dir", str(old.data_dir), "backup"]) == EXIT_OK
    (backup,) = old.backup_dir.glob("manual-*.db")
    carried = {name.rsplit("/", 1)[-1] for name in _files(backup.parent)}
    databases = {p.name for p in old.backup_dir.glob("*.db")}  # the day's automatic one too
    assert carried == {*databases, *(p.file_name for p in photos)}  # photos, no thumbnail
    new = Paths.resolve(tmp_path / "new-pc")

    assert run(["--data-dir", str(new.data_dir), "restore", str(backup)]) == EXIT_OK

    restored = AttachmentStore.of_data_folder(new.data_dir)
    assert [restored.state(p.sha256, p.suffix) for p in photos] == [AttachmentState.PRESENT] * 2
    assert [restored.thumbnail(p.sha256) for p in photos] == [None, None]


def test_a_station_without_photos_makes_no_photo_folder(ready_services: Services) -> None:
    made = ready_services.backups.backup_now(ADMIN)
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]


def test_cli_restore_into_an_empty_data_folder_brings_the_photos_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The office's PC died: the backup folder (a USB stick's copy) restored on a new
    PC whose data folder is empty gives back the data and every photo, byte for byte."""
    old = Paths.resolve(tmp_path / "old-pc")
    _station(old, 3)
    assert run(["--data-dir", str(old.data_dir), "backup"]) == EXIT_OK
    stick = tmp_path / "usb-stick"
    shutil.copytree(old.backup_dir, stick)  # the whole backup folder, photos included
    (backup,) = stick.glob("manual-*.db")
    new = Paths.resolve(tmp_path / "new-pc")
    assert not new.data_dir.exists()

    assert run(["--data-dir", str(new.data_dir), "restore", str(backup)]) == EXIT_OK
    assert "database restored from" in capsys.readouterr().out

    assert _files(attachments_folder(new.data_dir)) == _files(attachments_folder(old.data_dir))
    services = open_services(new, fast_hashing=True)
    try:
        estate = services.estate.get()
        assert estate is not None
        assert estate.name == "翠湖花园"
    finally:
        services.close()


def test_the_restore_offered_at_start_brings_the_photos_back(tmp_path: Path) -> None:
    paths = Paths.resolve(tmp_path / "station")
    photos = _station(paths, 2)
    services = open_services(paths, fast_hashing=True)
    backup = services.backups.backup_now(ADMIN)
    services.close()
    # The disk lost the data folder's photos and the database (the backups survived).
    shutil.rmtree(attachments_folder(paths.data_dir))
    paths.database_file.unlink()

    services = restore_and_open(paths, backup, fast_hashing=True)
    services.close()

    store = AttachmentStore.of_data_folder(paths.data_dir)
    assert [store.state(p.sha256, p.suffix) for p in photos] == [AttachmentState.PRESENT] * 2


def test_the_windows_restore_brings_back_photos_and_keeps_the_new_ones(
    tmp_path: Path,
) -> None:
    paths = Paths.resolve(tmp_path / "station")
    (old,) = _station(paths, 1)
    services = open_services(paths, fast_hashing=True)
    try:
        backup = services.backups.backup_now(ADMIN)
        shutil.rmtree(attachments_folder(paths.data_dir))
        (newer,) = _add_photos(paths, 1, first=7)  # taken after the backup

        kept = services.restore(ADMIN, backup)
    finally:
        services.close()

    store = AttachmentStore.of_data_folder(paths.data_dir)
    assert store.state(old.sha256, old.suffix) is AttachmentState.PRESENT
    # Nothing is deleted: the newer photo stays, and the copy kept before the restore
    # (which names it) has it beside it too.
    assert store.state(newer.sha256, newer.suffix) is AttachmentState.PRESENT
    assert AttachmentStore(attachments_folder(kept.parent)).exists(newer.sha256, newer.suffix)


def test_a_backup_copied_without_its_photos_still_restores(tmp_path: Path) -> None:
    old = Paths.resolve(tmp_path / "old-pc")
    photos = _station(old, 2)
    services = open_services(old, fast_hashing=True)
    backup = services.backups.backup_now(ADMIN)
    services.close()
    alone = tmp_path / "mail" / backup.name  # only the .db was sent
    alone.parent.mkdir()
    shutil.copyfile(backup, alone)
    new = Paths.resolve(tmp_path / "new-pc")

    assert run(["--data-dir", str(new.data_dir), "restore", str(alone)]) == EXIT_OK

    services = open_services(new, fast_hashing=True)
    try:
        assert services.estate.get() is not None
    finally:
        services.close()
    store = AttachmentStore.of_data_folder(new.data_dir)
    assert [store.state(p.sha256, p.suffix) for p in photos] == [AttachmentState.MISSING] * 2


def test_a_damaged_photo_in_the_backup_is_left_out_and_the_rest_restored(
    tmp_path: Path,
) -> None:
    old = Paths.resolve(tmp_path / "old-pc")
    good, torn = _station(old, 2)
    services = open_services(old, fast_hashing=True)
    backup = services.backups.backup_now(ADMIN)
    services.close()
    beside = AttachmentStore(attachments_folder(backup.parent))
    beside.path_of(torn.sha256, torn.suffix).write_bytes(JPEG_BYTES)  # bytes not its name's
    new = Paths.resolve(tmp_path / "new-pc")

    assert run(["--data-dir", str(new.data_dir), "restore", str(backup)]) == EXIT_OK

    store = AttachmentStore.of_data_folder(new.data_dir)
    assert store.state(good.sha256, good.suffix) is AttachmentState.PRESENT
    assert store.state(torn.sha256, torn.suffix) is AttachmentState.MISSING


def test_rotation_deletes_old_backups_but_never_a_photo(tmp_path: Path) -> None:
    paths = Paths.resolve(tmp_path / "station")
    photos = _station(paths, 2)
    start = datetime(2026, 1, 1, 9, 0)
    for day in range(40):  # more daily backups than the rotation keeps; each rotates
        assert ensure_daily_backup(paths, start + timedelta(days=day)) is not None
    rotate(paths.backup_dir)

    assert len(list_backups(paths.backup_dir)) < 40
    beside = AttachmentStore(attachments_folder(paths.backup_dir))
    assert all(beside.exists(p.sha256, p.suffix) for p in photos)


def test_a_second_modules_photos_are_carried_by_backup_and_restore(tmp_path: Path) -> None:
    """Every module stores its photos through services.core.photos into the one
    attachments folder: a backup carries another module's photos with the inspections'
    and a restore on a new PC brings them all back (no module has to do anything)."""
    old = Paths.resolve(tmp_path / "old-pc")
    (earlier,) = _station(old, 1)
    services = open_services(old, fast_hashing=True)
    try:
        events = AttachedPhotos(services.store, AttachmentStore.of_data_folder(old.data_dir))
        camera = tmp_path / "event-camera"
        stored = events.store_file(write(camera, "义诊现场.png", png_bytes(9, 9, 0xEE)))
        event_photo = PhotoRef(uuid.uuid4(), "", **stored.columns())
        backup = services.backups.backup_now(ADMIN)
    finally:
        services.close()
    new = Paths.resolve(tmp_path / "new-pc")

    assert run(["--data-dir", str(new.data_dir), "restore", str(backup)]) == EXIT_OK

    services = open_services(new, fast_hashing=True)
    try:
        restored = AttachedPhotos(services.store, AttachmentStore.of_data_folder(new.data_dir))
        path, state = restored.file(event_photo)
    finally:
        services.close()
    assert state is AttachmentState.PRESENT
    assert path.read_bytes() == png_bytes(9, 9, 0xEE)
    files = AttachmentStore.of_data_folder(new.data_dir)
    assert files.state(earlier.sha256, earlier.suffix) is AttachmentState.PRESENT
