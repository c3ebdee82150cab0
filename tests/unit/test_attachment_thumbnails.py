"""The thumbnails kept beside the photos: outside the attachments folder, owner-only,
whole or not at all, never more than a thumbnail's size, and a cache that never fails:
a folder that cannot be written is logged and the thumbnail simply not kept."""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from pathlib import Path

import pytest

from propdesk.store.attachments import (
    MAX_THUMBNAIL_BYTES,
    AttachmentStore,
    attachments_folder,
    thumbnails_folder,
)

SHA = hashlib.sha256(b"a photo").hexdigest()
SMALL_JPEG = b"\xff\xd8\xff\xe0" + b"\x11" * 3000 + b"\xff\xd9"  # the store keeps bytes as given


@pytest.fixture
def store(tmp_path: Path) -> AttachmentStore:
    return AttachmentStore.of_data_folder(tmp_path / "data")


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_a_thumbnail_kept_is_read_back_from_the_data_folder_not_the_photos(
    store: AttachmentStore, tmp_path: Path
) -> None:
    assert store.thumbnail(SHA) is None  # never made
    store.keep_thumbnail(SHA, SMALL_JPEG)
    assert store.thumbnail(SHA) == SMALL_JPEG
    data = tmp_path / "data"
    assert store.thumbnails == thumbnails_folder(data) == data / "thumbnails"
    assert _files(thumbnails_folder(data)) == [f"{SHA[:2]}/{SHA}.jpg"]  # no temp left
    assert not attachments_folder(data).exists()  # backups copy that folder, not this one
    store.keep_thumbnail(SHA, SMALL_JPEG[:-2] + b"\x22\xff\xd9")  # made again: replaced
    assert store.thumbnail(SHA) == SMALL_JPEG[:-2] + b"\x22\xff\xd9"


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_thumbnails_and_their_folders_are_owner_only(store: AttachmentStore) -> None:
    before = os.umask(0o022)
    try:
        store.keep_thumbnail(SHA, SMALL_JPEG)
    finally:
        os.umask(before)
    assert store.thumbnails is not None
    kept = store.thumbnails / SHA[:2] / f"{SHA}.jpg"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600  # a thumbnail shows a face too
    assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(store.thumbnails.stat().st_mode) == 0o700


def test_what_is_too_large_or_empty_is_no_thumbnail(store: AttachmentStore) -> None:
    store.keep_thumbnail(SHA, b"\x00" * (MAX_THUMBNAIL_BYTES + 1))
    store.keep_thumbnail(SHA, b"")
    assert store.thumbnail(SHA) is None
    assert store.thumbnails is not None
    assert not store.thumbnails.exists()
    # One grown on disk past the limit (not ours) is not read as one.
    kept = store.thumbnails / SHA[:2] / f"{SHA}.jpg"
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b"\x00" * (MAX_THUMBNAIL_BYTES + 1))
    assert store.thumbnail(SHA) is None


def test_a_folder_that_cannot_be_written_is_logged_once_and_nothing_raised(
    store: AttachmentStore, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # A file where the folder should be: refused even to root (the read-only and full
    # disks are in tests/reliability/test_photos_full_disk.py).
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "thumbnails").write_bytes(b"in the way")
    other = hashlib.sha256(b"another photo").hexdigest()
    with caplog.at_level(logging.DEBUG, logger="propdesk.store.attachments"):
        store.keep_thumbnail(SHA, SMALL_JPEG)
        store.keep_thumbnail(other, SMALL_JPEG)
    assert store.thumbnail(SHA) is None
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert [r.getMessage().split(":")[0] for r in warnings] == [
        f"thumbnail of photo {SHA[:12]} not kept"
    ]
    assert any(other[:12] in r.getMessage() for r in caplog.records)  # then quietly
    assert _files(tmp_path / "data") == ["thumbnails"]


def test_a_backup_folders_store_keeps_no_thumbnails(tmp_path: Path) -> None:
    beside = AttachmentStore(attachments_folder(tmp_path / "backups"))
    beside.keep_thumbnail(SHA, SMALL_JPEG)
    assert beside.thumbnail(SHA) is None
    assert not (tmp_path / "backups").exists()


def test_a_thumbnail_name_from_elsewhere_never_points_outside_the_folder(
    store: AttachmentStore,
) -> None:
    with pytest.raises(ValueError, match="not an attachment name"):
        store.thumbnail("../../etc/passwd")
    with pytest.raises(ValueError, match="not an attachment name"):
        store.keep_thumbnail("A" * 64, SMALL_JPEG)
