"""Photos attached to any module's records: what every module's photo service shares.

The file is kept in the data folder under its content hash (store.attachments, one
folder for every module: the backups carry it whole); the module keeps only its link
rows (a table with the columns of store.models.InspectionPhoto) and what may carry a
photo. `AttachedPhotos` is the base of such a service: it stores a chosen file and
refuses what is not a picture, too large or unreadable (ValidationError, field
"photo"), says whether a photo's file is there and whole, and keeps the thumbnails the
window makes. The photo widgets (ui/widgets/photos) need only `PhotoFiles`, which it
satisfies.

The file is stored first and the row written after it: a failed write leaves at most a
file no row names (harmless, and the same photo added again reuses it), never a row
naming a file that is not there.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.orm import Session

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core import audit as audit_service
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditAction
from propdesk.services.core.store_service import StoreService
from propdesk.store.attachments import (
    MAX_PHOTO_BYTES,
    SUFFIXES,
    AttachmentState,
    AttachmentStore,
    StoredAttachment,
)
from propdesk.store.unit_of_work import Store

# AttachmentState too: the window (which may not import the store) tells a missing
# photo from a damaged one by it.
__all__ = [
    "MAX_NAME",
    "MAX_PHOTO_BYTES",
    "SUFFIXES",
    "AttachedPhotos",
    "AttachmentState",
    "PhotoFiles",
    "PhotoRef",
    "PhotoRow",
    "StoredPhoto",
    "photo_ref",
]

MAX_NAME = 120  # the link row's original_name: String(120)


@dataclass(frozen=True)
class PhotoRef:
    """One attached photo as the window shows it. `part` is which part of its record
    the photo belongs to (an inspection's item key), "" for the record as a whole."""

    id: uuid.UUID
    part: str
    sha256: str
    suffix: str
    size: int
    original_name: str
    added_at: datetime | None = None  # UTC, as stored; None where it was not read
    added_by: str = ""  # by name, where the module's row keeps it


class PhotoRow(Protocol):
    """The columns a module's link row has (store.models.InspectionPhoto's)."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def sha256(self) -> str: ...
    @property
    def suffix(self) -> str: ...
    @property
    def size(self) -> int: ...
    @property
    def original_name(self) -> str: ...
    @property
    def added_at(self) -> datetime: ...


def photo_ref(row: PhotoRow, part: str = "", added_by: str = "") -> PhotoRef:
    """The window's value of a link row (read in the module's own session)."""
    return PhotoRef(
        row.id,
        part,
        row.sha256,
        row.suffix,
        row.size,
        row.original_name,
        row.added_at,
        added_by,
    )


@dataclass(frozen=True)
class StoredPhoto:
    """A file kept in the photo folder, before its row is written."""

    file: StoredAttachment
    original_name: str  # the chosen file's name, cut to MAX_NAME

    def columns(self) -> dict[str, Any]:
        """The link row's photo columns: `MyPhoto(record_id=…, **stored.columns())`."""
        return {
            "sha256": self.file.sha256,
            "suffix": self.file.suffix,
            "size": self.file.size,
            "original_name": self.original_name,
        }


class PhotoFiles(Protocol):
    """What the photo widgets ask of a module's photo service (AttachedPhotos has it
    all). The photos to show come from the module's own views (its detail's
    `photos`), not from here."""

    @property
    def available(self) -> bool: ...

    def file(self, photo: PhotoRef) -> tuple[Path, AttachmentState]: ...

    def quick_file(self, photo: PhotoRef) -> tuple[Path, AttachmentState]: ...

    def thumbnail(self, photo: PhotoRef) -> bytes | None: ...

    def keep_thumbnail(self, photo: PhotoRef, data: bytes) -> None: ...


class AttachedPhotos(StoreService):
    """The base of a module's photo service: the files; the subclass adds its `add`
    (check the record, `self.store_file(source)`, then write its link row and
    `self.audit_added(…)` in one unit of work) and reads its rows with `photo_ref`."""

    def __init__(self, store: Store, files: AttachmentStore | None) -> None:
        super().__init__(store)
        self._files = files

    @property
    def available(self) -> bool:
        """Photos need the data folder (a console without one keeps none)."""
        return self._files is not None

    def _folder(self) -> AttachmentStore:
        if self._files is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "This console keeps no photos."), field="photo"
            )
        return self._files

    # -- adding ------------------------------------------------------------------------------
    def store_file(self, source: Path) -> StoredPhoto:
        """Keep a copy of the picture at `source` in the photo folder (the same bytes
        again are the same file). ValidationError (field "photo"): no photo folder, not
        a picture by its bytes, too large, cannot be read; StorageError: the folder
        cannot be written. Call it before the write session that adds the row."""
        source = Path(source)
        return StoredPhoto(self._folder().add(source), source.name[:MAX_NAME])

    @staticmethod
    def refuse_past_limit(count: int | None, limit: int, message: str) -> None:
        """ValidationError (field "photo") when a record already holds `limit` photos;
        `message` a QT_TRANSLATE_NOOP("messages", …) with `{limit}`. Count inside the
        write session that adds the row."""
        if (count or 0) >= limit:
            raise ValidationError(message, field="photo", limit=limit)

    @staticmethod
    def audit_added(
        session: Session,
        actor: Actor,
        entity: str,
        record_id: uuid.UUID,
        stored: StoredPhoto,
        **about: str,
    ) -> None:
        """The audit line of a photo attached: an update of its record naming the file
        (`about`: where on the record, e.g. item_key=…)."""
        audit_service.record(
            session,
            actor,
            entity,
            record_id,
            AuditAction.UPDATE,
            after={**about, "photo": stored.file.file_name},
        )

    # -- the files (PhotoFiles) --------------------------------------------------------------
    def file(self, photo: PhotoRef) -> tuple[Path, AttachmentState]:
        """Where the photo's file is and whether it can be shown (reads it whole: call
        it off the window's thread for many photos)."""
        files = self._folder()
        return (
            files.path_of(photo.sha256, photo.suffix),
            files.state(photo.sha256, photo.suffix),
        )

    def quick_file(self, photo: PhotoRef) -> tuple[Path, AttachmentState]:
        """As `file`, but only whether the file is there with the photo's size (no
        read): enough to show a kept thumbnail, not to vouch for the bytes."""
        files = self._folder()
        return (
            files.path_of(photo.sha256, photo.suffix),
            files.quick_state(photo.sha256, photo.suffix, photo.size),
        )

    def thumbnail(self, photo: PhotoRef) -> bytes | None:
        """The thumbnail kept for the photo (a small JPEG), or None: make it."""
        return self._folder().thumbnail(photo.sha256)

    def keep_thumbnail(self, photo: PhotoRef, data: bytes) -> None:
        """Keep a thumbnail made of the photo; a disk that refuses it is only logged."""
        self._folder().keep_thumbnail(photo.sha256, data)
