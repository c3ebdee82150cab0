"""The photo store: pictures kept by their content, whole or not at all, owner-only;
anything else refused next to the photo field; copies between folders that carry only
what is missing and never a damaged file."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from propdesk.errors import ValidationError
from propdesk.store.attachments import (
    MAX_PHOTO_BYTES,
    AttachmentState,
    AttachmentStore,
    StoredAttachment,
    attachments_folder,
    copy_missing,
    photo_suffix,
)
from tests.unit.photo_bytes import (
    HEIC_BYTES,
    HEIF_BYTES,
    JPEG_BYTES,
    WEBP_BYTES,
    png_bytes,
    write,
)


@pytest.fixture
def store(tmp_path: Path) -> AttachmentStore:
    return AttachmentStore.of_data_folder(tmp_path / "data")


def _all_files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize(
    ("data", "suffix"),
    [
        (JPEG_BYTES, ".jpg"),
        (png_bytes(), ".png"),
        (HEIC_BYTES, ".heic"),
        (HEIF_BYTES, ".heif"),
        (WEBP_BYTES, ".webp"),
    ],
)
def test_a_picture_is_kept_under_its_content_hash(
    store: AttachmentStore, tmp_path: Path, data: bytes, suffix: str
) -> None:
    # The name on disk says nothing: the bytes decide (a phone's "IMG_0001" has none).
    source = write(tmp_path / "camera", "IMG_0001", data)

    stored = store.add(source)

    digest = hashlib.sha256(data).hexdigest()
    assert stored == StoredAttachment(digest, suffix, len(data))
    kept = store.path_of(digest, suffix)
    assert kept == store.folder / digest[:2] / f"{digest}{suffix}"
    assert kept.read_bytes() == data
    assert store.exists(digest, suffix)
    assert store.state(digest, suffix) is AttachmentState.PRESENT
    assert _all_files(store.folder) == [f"{digest[:2]}/{digest}{suffix}"]  # no temp left
    assert source.read_bytes() == data  # the person's file is only read


def test_the_same_photo_twice_is_one_file(store: AttachmentStore, tmp_path: Path) -> None:
    first = store.add(write(tmp_path / "a", "door.png", png_bytes()))
    kept = store.path_of(first.sha256, first.suffix)
    made_at = kept.stat().st_mtime_ns

    again = store.add(write(tmp_path / "b", "same-door-renamed.png", png_bytes()))
    other = store.add(write(tmp_path / "a", "darker.png", png_bytes(shade=0x20)))

    assert again == first
    assert kept.stat().st_mtime_ns == made_at  # not written again
    assert other.sha256 != first.sha256
    assert len(_all_files(store.folder)) == 2


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_photos_and_their_folders_are_owner_only(store: AttachmentStore, tmp_path: Path) -> None:
    before = os.umask(0o022)  # the usual umask: the store makes them private by itself
    try:
        stored = store.add(write(tmp_path, "p.jpg", JPEG_BYTES))
    finally:
        os.umask(before)
    kept = store.path_of(stored.sha256, stored.suffix)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(store.folder.parent.stat().st_mode) == 0o700  # the data folder


@pytest.mark.parametrize(
    "data",
    [
        b"Repair note: the lift on building 3 is stuck.\n",
        b"%PDF-1.7\n" + b"x" * 100,
        b"",
        b"\xff\xd8",  # a JPEG's first two bytes only
        b"\x00\x00\x00\x18ftypavif\x00\x00\x00\x00",  # another ISO-BMFF kind
    ],
)
def test_what_is_not_a_picture_is_refused_at_the_photo_field(
    store: AttachmentStore, tmp_path: Path, data: bytes
) -> None:
    source = write(tmp_path, "photo.jpg", data)  # the name claims a photo; the bytes do not
    with pytest.raises(ValidationError) as caught:
        store.add(source)
    assert caught.value.field == "photo"
    assert "photo.jpg" in caught.value.message
    assert "JPEG, PNG, HEIC/HEIF and WebP" in caught.value.message
    assert not store.folder.exists()


def test_a_photo_over_the_limit_is_refused_naming_the_limit(
    store: AttachmentStore, tmp_path: Path
) -> None:
    source = write(tmp_path, "huge.jpg", JPEG_BYTES)
    with source.open("r+b") as fh:
        fh.truncate(MAX_PHOTO_BYTES + 1)  # sparse: big on paper, quick to make
    with pytest.raises(ValidationError) as caught:
        store.add(source)
    assert caught.value.field == "photo"
    assert caught.value.message == (
        "huge.jpg is 10.0 MB; a photo may be at most 10 MB. Attach a smaller copy "
        "(most phones can share a photo at a lower size)."
    )
    assert caught.value.params["limit"] == 10
    assert not store.folder.exists()


def test_a_photo_at_the_limit_is_kept(store: AttachmentStore, tmp_path: Path) -> None:
    source = write(tmp_path, "big.jpg", JPEG_BYTES)
    with source.open("r+b") as fh:
        fh.truncate(MAX_PHOTO_BYTES)
    stored = store.add(source)
    assert stored.size == MAX_PHOTO_BYTES
    assert store.path_of(stored.sha256, stored.suffix).stat().st_size == MAX_PHOTO_BYTES


@pytest.mark.parametrize("what", ["missing", "folder"])
def test_a_file_that_cannot_be_read_is_refused_at_the_photo_field(
    store: AttachmentStore, tmp_path: Path, what: str
) -> None:
    source = tmp_path / "gone.jpg"
    if what == "folder":
        source.mkdir()
    with pytest.raises(ValidationError) as caught:
        store.add(source)
    assert caught.value.field == "photo"
    assert caught.value.message.startswith("The file gone.jpg cannot be read (")
    assert caught.value.message.endswith("). Nothing was attached.")


def test_a_missing_or_damaged_photo_is_told_as_such(store: AttachmentStore, tmp_path: Path) -> None:
    stored = store.add(write(tmp_path, "p.png", png_bytes()))
    kept = store.path_of(stored.sha256, stored.suffix)

    kept.write_bytes(png_bytes()[:20])  # torn by a failing disk
    assert store.state(stored.sha256, stored.suffix) is AttachmentState.UNREADABLE
    kept.unlink()
    assert store.state(stored.sha256, stored.suffix) is AttachmentState.MISSING
    assert not store.exists(stored.sha256, stored.suffix)


def test_the_quick_state_looks_at_the_file_without_reading_it(
    store: AttachmentStore, tmp_path: Path
) -> None:
    data = png_bytes(40, 30)
    stored = store.add(write(tmp_path, "p.png", data))
    kept = store.path_of(stored.sha256, stored.suffix)

    def quick() -> AttachmentState:
        return store.quick_state(stored.sha256, stored.suffix, stored.size)

    assert quick() is AttachmentState.PRESENT
    # Damaged in place, its size kept: only the full check finds it.
    kept.write_bytes(data[:-4] + b"\0\0\0\0")
    assert quick() is AttachmentState.PRESENT
    assert store.state(stored.sha256, stored.suffix) is AttachmentState.UNREADABLE
    kept.write_bytes(data[:20])  # cut short: its size says so
    assert quick() is AttachmentState.UNREADABLE
    kept.unlink()
    kept.mkdir()  # something there that is not a file
    assert quick() is AttachmentState.UNREADABLE
    kept.rmdir()
    assert quick() is AttachmentState.MISSING


@pytest.mark.parametrize(
    ("sha256", "suffix"),
    [("../../etc/passwd", ".jpg"), ("A" * 64, ".jpg"), ("a" * 64, ".exe"), ("a" * 63, ".jpg")],
)
def test_a_name_from_elsewhere_never_points_outside_the_folder(
    store: AttachmentStore, sha256: str, suffix: str
) -> None:
    with pytest.raises(ValueError, match="not an attachment name"):
        store.path_of(sha256, suffix)


def test_photo_suffix_is_decided_by_the_first_bytes() -> None:
    assert photo_suffix(JPEG_BYTES[:16]) == ".jpg"
    assert photo_suffix(b"RIFF\0\0\0\0WAVEfmt ") is None  # a sound file, not WebP
    assert photo_suffix(b"GIF89a") is None


# --- copies between folders (backups) --------------------------------------------------


def _stored(tmp_path: Path, count: int) -> tuple[AttachmentStore, list[StoredAttachment]]:
    store = AttachmentStore.of_data_folder(tmp_path / "data")
    kept = [store.add(write(tmp_path / "in", f"{i}.png", png_bytes(shade=i))) for i in range(count)]
    return store, kept


def test_copy_missing_carries_every_photo_byte_for_byte_and_only_once(tmp_path: Path) -> None:
    store, kept = _stored(tmp_path, 3)
    target = attachments_folder(tmp_path / "backups")

    first = copy_missing(store.folder, target)
    again = copy_missing(store.folder, target)

    assert (first.copied, first.skipped) == (3, ())
    assert (again.copied, again.skipped) == (0, ())
    assert _all_files(target) == _all_files(store.folder)
    copies = AttachmentStore(target)
    for photo in kept:
        assert copies.path_of(photo.sha256, photo.suffix).read_bytes() == (
            store.path_of(photo.sha256, photo.suffix).read_bytes()
        )


def test_copy_missing_leaves_out_a_damaged_photo_and_foreign_files(tmp_path: Path) -> None:
    store, (good, torn) = _stored(tmp_path, 2)
    store.path_of(torn.sha256, torn.suffix).write_bytes(b"\x89PNG torn")
    (store.folder / "notes.txt").write_text("not a photo")
    (store.folder / good.sha256[:2] / f".{good.file_name}.1-abc.partial").write_bytes(b"x")
    target = attachments_folder(tmp_path / "backups")

    outcome = copy_missing(store.folder, target)

    assert (outcome.copied, outcome.skipped) == (1, (torn.file_name,))
    assert _all_files(target) == [f"{good.sha256[:2]}/{good.file_name}"]


def test_copy_missing_replaces_a_copy_of_the_wrong_size(tmp_path: Path) -> None:
    store, (photo,) = _stored(tmp_path, 1)
    target = attachments_folder(tmp_path / "backups")
    copy_missing(store.folder, target)
    copied = AttachmentStore(target).path_of(photo.sha256, photo.suffix)
    copied.write_bytes(b"half")

    assert copy_missing(store.folder, target).copied == 1
    assert copied.read_bytes() == store.path_of(photo.sha256, photo.suffix).read_bytes()


def test_copy_missing_from_nowhere_or_onto_itself_does_nothing(tmp_path: Path) -> None:
    store, _ = _stored(tmp_path, 1)
    nowhere = copy_missing(tmp_path / "no-such-folder", tmp_path / "target")
    itself = copy_missing(store.folder, store.folder)
    assert (nowhere.copied, itself.copied) == (0, 0)
    assert not (tmp_path / "target").exists()
