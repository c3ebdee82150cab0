"""The photo service every module shares (services.core.photos), without a module: a
file stored (the same picture twice is one file, the chosen name kept for the row),
what is not a picture, too large or unreadable refused on the field "photo" with
nothing kept, a console without a photo folder refusing the same way, the limit, the
audit line, the files' states, the thumbnails, and a link row turned into a PhotoRef."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from propdesk.domain.roles import Role
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.photos import (
    MAX_NAME,
    MAX_PHOTO_BYTES,
    AttachedPhotos,
    AttachmentState,
    PhotoFiles,
    PhotoRef,
    photo_ref,
)
from propdesk.store.attachments import AttachmentStore, attachments_folder
from propdesk.store.models import AuditEntry
from tests.unit.photo_bytes import JPEG_BYTES, png_bytes, write

TECH = Actor(None, "tech", "刘师傅", Role.TECHNICIAN, "工程部")
LIMIT = QT_TRANSLATE_NOOP("messages", "An item holds at most {limit} photos.")


@pytest.fixture
def photos(ready_services: Services) -> AttachedPhotos:
    files = AttachmentStore.of_data_folder(ready_services.paths.data_dir)
    return AttachedPhotos(ready_services.store, files)


def _ref(photos: AttachedPhotos, source: Path) -> PhotoRef:
    """What a module's `add` returns, without a link table: the stored file's columns."""
    stored = photos.store_file(source)
    return PhotoRef(uuid.uuid4(), "", **stored.columns())


def test_a_picture_is_kept_once_by_content_with_its_name(
    photos: AttachedPhotos, tmp_path: Path
) -> None:
    long_name = "大堂" + "a" * 200 + ".png"  # 210 bytes: a file name may have 255
    first = photos.store_file(write(tmp_path / "a", long_name, png_bytes(8, 6, 0x30)))
    again = photos.store_file(write(tmp_path / "b", "copy.png", png_bytes(8, 6, 0x30)))
    assert first.file == again.file  # one file for the same bytes
    assert first.original_name == long_name[:MAX_NAME]
    assert again.columns() == {
        "sha256": first.file.sha256,
        "suffix": ".png",
        "size": len(png_bytes(8, 6, 0x30)),
        "original_name": "copy.png",
    }
    ref = PhotoRef(uuid.uuid4(), "", **again.columns())
    path, state = photos.file(ref)
    assert state is AttachmentState.PRESENT
    assert path.read_bytes() == png_bytes(8, 6, 0x30)
    assert photos.quick_file(ref)[1] is AttachmentState.PRESENT


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("invoice.jpg", b"Dear customer, please pay.", "is not a photo propdesk can keep"),
        ("gone.jpg", None, "cannot be read"),
        ("video.jpg", JPEG_BYTES, "a photo may be at most 10 MB"),
    ],
)
def test_what_is_not_a_keepable_picture_is_refused_on_the_photo_field(
    photos: AttachedPhotos,
    ready_services: Services,
    tmp_path: Path,
    name: str,
    data: bytes | None,
    words: str,
) -> None:
    source = tmp_path / name
    if data is not None:
        write(tmp_path, name, data)
        if name == "video.jpg":
            with source.open("r+b") as fh:
                fh.truncate(MAX_PHOTO_BYTES + 1)  # sparse: big on paper, quick to make
    with pytest.raises(ValidationError) as refused:
        photos.store_file(source)
    assert refused.value.field == "photo"
    assert words in refused.value.message
    assert not list(attachments_folder(ready_services.paths.data_dir).rglob("*.*"))


def test_a_console_without_a_photo_folder_keeps_none(
    ready_services: Services, tmp_path: Path
) -> None:
    photos = AttachedPhotos(ready_services.store, None)
    assert not photos.available
    ref = PhotoRef(uuid.uuid4(), "", "a" * 64, ".jpg", 10, "x.jpg")
    for call in (
        lambda: photos.store_file(write(tmp_path, "p.png", png_bytes())),
        lambda: photos.file(ref),
        lambda: photos.thumbnail(ref),
    ):
        with pytest.raises(ValidationError) as refused:
            call()
        assert refused.value.field == "photo"
        assert refused.value.message == "This console keeps no photos."


def test_the_limit_is_refused_on_the_photo_field_naming_it() -> None:
    AttachedPhotos.refuse_past_limit(None, 3, LIMIT)
    AttachedPhotos.refuse_past_limit(2, 3, LIMIT)
    with pytest.raises(ValidationError) as refused:
        AttachedPhotos.refuse_past_limit(3, 3, LIMIT)
    assert refused.value.field == "photo"
    assert refused.value.message == "An item holds at most 3 photos."


def test_a_photo_added_is_audited_on_its_record(
    photos: AttachedPhotos, ready_services: Services, tmp_path: Path
) -> None:
    stored = photos.store_file(write(tmp_path, "p.png", png_bytes()))
    record = uuid.uuid4()
    with ready_services.store.write() as session:
        photos.audit_added(session, TECH, "community_event", record, stored, part="scene")
    with ready_services.store.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "community_event")
        ).one()
        assert entry.entity_id == str(record)
        assert entry.username == "tech"
        assert str(stored.file.file_name) in str(entry.after)
        assert "scene" in str(entry.after)


def test_missing_and_damaged_files_say_so(photos: AttachedPhotos, tmp_path: Path) -> None:
    ref = _ref(photos, write(tmp_path, "p.png", png_bytes(8, 6, 0x55)))
    path = photos.file(ref)[0]
    path.write_bytes(b"\x89PNG" + b"\x00" * (ref.size - 4))  # same size, other bytes
    assert photos.quick_file(ref)[1] is AttachmentState.PRESENT  # a stat cannot tell
    assert photos.file(ref)[1] is AttachmentState.UNREADABLE
    path.unlink()
    assert photos.file(ref)[1] is AttachmentState.MISSING
    assert photos.quick_file(ref)[1] is AttachmentState.MISSING


def test_thumbnails_are_kept_beside_the_photos(photos: AttachedPhotos, tmp_path: Path) -> None:
    ref = _ref(photos, write(tmp_path, "p.png", png_bytes()))
    assert photos.thumbnail(ref) is None
    photos.keep_thumbnail(ref, b"\xff\xd8 a small jpeg \xff\xd9")
    assert photos.thumbnail(ref) == b"\xff\xd8 a small jpeg \xff\xd9"


@dataclass(frozen=True)
class _Row:
    """A module's link row's photo columns (store.models.InspectionPhoto's)."""

    id: uuid.UUID
    sha256: str
    suffix: str
    size: int
    original_name: str
    added_at: datetime


def test_a_link_row_becomes_the_windows_photo_ref() -> None:
    at = datetime(2026, 5, 1, 2, 30, tzinfo=UTC)
    row = _Row(uuid.uuid4(), "b" * 64, ".jpg", 123, "a.jpg", at)
    ref = photo_ref(row, "item_1", added_by="刘师傅")
    assert ref == PhotoRef(row.id, "item_1", "b" * 64, ".jpg", 123, "a.jpg", at, "刘师傅")
    assert photo_ref(row).part == ""


def test_the_shared_service_is_what_the_widgets_ask_for(photos: AttachedPhotos) -> None:
    files: PhotoFiles = photos  # mypy checks the Protocol; this checks the attributes
    assert files.available
    assert all(
        callable(getattr(files, name))
        for name in ("file", "quick_file", "thumbnail", "keep_thumbnail")
    )
