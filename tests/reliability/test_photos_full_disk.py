"""Photos on a really full or read-only disk: a storage error the person can act on,
no half-written photo, no backup that looks whole without its photos, and a restore
that changes nothing when the photos do not fit."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from propdesk.config import Paths
from propdesk.errors import StorageError, StorageProblem
from propdesk.services.bootstrap import open_services
from propdesk.services.core.actor import system_actor
from propdesk.services.master_data.buildings import BuildingInput
from propdesk.services.station.backup import list_backups, make_backup, restore_file
from propdesk.store.attachments import AttachmentStore, attachments_folder
from tests.reliability.small_disk import fill, free_bytes, small_disk
from tests.unit.photo_bytes import JPEG_BYTES, write

pytestmark = pytest.mark.slow

ACTOR = system_actor("岗亭")


def _photo(folder: Path, name: str, size: int, fill_byte: int) -> Path:
    """A JPEG-headed file of `size` bytes; `fill_byte` makes different photos."""
    return write(folder, name, JPEG_BYTES + bytes([fill_byte]) * (size - len(JPEG_BYTES)))


def _everything(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file())


def _station(paths: Paths, codes: tuple[str, ...] = ("1",)) -> None:
    services = open_services(paths, fast_hashing=True)
    try:
        services.estate.set_up("翠湖花园")
        for code in codes:
            services.buildings.create(ACTOR, BuildingInput(code, f"{code}号楼", 18))
    finally:
        services.close()


def _building_codes(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT code FROM building ORDER BY code")]
    finally:
        conn.close()


def test_a_photo_on_a_full_disk_is_a_clear_error_and_leaves_nothing(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 1024) as disk:
        store = AttachmentStore.of_data_folder(disk / "data")
        earlier = store.add(_photo(tmp_path, "earlier.jpg", 200_000, 1))
        fill(disk)
        assert free_bytes(disk) == 0

        with pytest.raises(StorageError) as caught:
            store.add(_photo(tmp_path, "later.jpg", 200_000, 2))

        assert caught.value.problem is StorageProblem.DISK_FULL
        assert "disk is full" in caught.value.message.lower()
        # Only the earlier photo: the later one left no partial file behind.
        assert _everything(store.folder) == [earlier.file_name]
        assert store.path_of(earlier.sha256, earlier.suffix).stat().st_size == 200_000


def test_a_photo_on_a_read_only_disk_names_the_photo_folder(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 1024) as disk:
        store = AttachmentStore.of_data_folder(disk / "data")
        store.folder.mkdir(parents=True)
        remounted = subprocess.run(
            ["mount", "-o", "remount,ro", str(disk)], capture_output=True, text=True, check=False
        )
        if remounted.returncode != 0:
            pytest.skip(f"cannot make the tmpfs read-only: {remounted.stderr.strip()}")

        with pytest.raises(StorageError) as caught:
            store.add(_photo(tmp_path, "p.jpg", 5_000, 3))

        assert caught.value.problem is StorageProblem.READ_ONLY
        assert caught.value.message.startswith(f"The photo folder {store.folder} cannot be")
        assert _everything(store.folder) == []


@pytest.mark.parametrize("trouble", ["read-only", "full"])
def test_a_thumbnail_the_disk_refuses_is_logged_and_not_kept(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, trouble: str
) -> None:
    """A thumbnail is a cache: the disk refusing it is no error for the person."""
    with small_disk(tmp_path / "disk", 1024) as disk:
        store = AttachmentStore.of_data_folder(disk / "data")
        photo = store.add(_photo(tmp_path, "p.jpg", 5_000, 4))
        assert store.thumbnails is not None
        store.thumbnails.mkdir()
        if trouble == "full":
            fill(disk)
        else:
            remounted = subprocess.run(
                ["mount", "-o", "remount,ro", str(disk)],
                capture_output=True,
                text=True,
                check=False,
            )
            if remounted.returncode != 0:
                pytest.skip(f"cannot make the tmpfs read-only: {remounted.stderr.strip()}")

        store.keep_thumbnail(photo.sha256, JPEG_BYTES)

        assert store.thumbnail(photo.sha256) is None
        assert _everything(store.thumbnails) == []  # no partial file left
        assert f"thumbnail of photo {photo.sha256[:12]} not kept" in caplog.text


def test_a_backup_whose_photos_do_not_fit_is_not_kept(tmp_path: Path) -> None:
    """The backups live on a small disk that holds the database copy but not the
    photos: the copy is removed and the error says the disk is full."""
    data = Paths.resolve(tmp_path / "station")
    _station(data)
    store = AttachmentStore.of_data_folder(data.data_dir)
    for shade in range(4):  # 2 MB of photos
        store.add(_photo(tmp_path / "camera", f"{shade}.jpg", 500_000, shade))
    room_kb = data.database_file.stat().st_size // 1024 + 700  # the copy and one photo
    with small_disk(tmp_path / "disk", room_kb) as disk:
        paths = Paths(data.data_dir, data.config_dir, data.log_dir, disk / "backups")

        with pytest.raises(StorageError) as caught:
            make_backup(paths, "manual-")

        assert caught.value.problem is StorageProblem.DISK_FULL
        assert list_backups(paths.backup_dir) == []
        assert not list(paths.backup_dir.rglob("*.partial"))
        # It failed on the photos (the first fitted), after the database copy.
        assert len(_everything(attachments_folder(paths.backup_dir))) in (1, 2, 3)


def test_a_restore_whose_photos_do_not_fit_changes_nothing(tmp_path: Path) -> None:
    """A new PC's data folder on a disk too small for the backup's photos: the restore
    stops with "the disk is full" before the database is replaced."""
    old = Paths.resolve(tmp_path / "old-pc")
    _station(old, ("1", "2"))
    store = AttachmentStore.of_data_folder(old.data_dir)
    for shade in range(4):
        store.add(_photo(tmp_path / "camera", f"{shade}.jpg", 500_000, shade))
    backup = make_backup(old, "manual-")

    with small_disk(tmp_path / "disk", 8192) as disk:
        new = Paths.resolve(disk / "new-pc")
        _station(new, ("9",))
        before = new.database_file.read_bytes()
        filler = fill(disk)
        # Room for the database's checked copy, not for 2 MB of photos.
        os.truncate(filler, filler.stat().st_size - 3 * backup.stat().st_size)

        with pytest.raises(StorageError) as caught:
            restore_file(new, backup)

        assert caught.value.problem is StorageProblem.DISK_FULL
        assert new.database_file.read_bytes() == before
        assert _building_codes(new.database_file) == ["9"]
        assert not new.database_file.with_name("propdesk.db.restoring").exists()
        photos = attachments_folder(new.data_dir)
        assert not list(photos.rglob("*.partial"))
        # It failed on the photos: what did fit is whole, ready for the next try.
        fitted = [p for p in photos.rglob("*") if p.is_file()]
        assert 1 <= len(fitted) < 4
        assert {p.stat().st_size for p in fitted} == {500_000}
