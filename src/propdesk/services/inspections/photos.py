"""Photos of an inspection's items: the file is kept in the data folder under its
content hash (store.attachments), the row names it (store.models.InspectionPhoto).

The file is stored first and the row written after it: a failed write leaves at most
a file no row names (harmless, and the same photo added again reuses it), never a row
naming a file that is not there. Reading one says whether its file is there and
whole, so the window shows a missing or damaged photo as such: `quick_file` (is it
there, of its size) for a grid of thumbnails, `file` (its bytes still its hash) before
a photo is shown large or its thumbnail made. The thumbnails themselves are bytes the
window makes and keeps here (`keep_thumbnail`), in the data folder beside the photos.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import func, select

from propdesk.domain.inspections.templates import item_field
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from propdesk.services.core import audit as audit_service
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditAction
from propdesk.services.core.store_service import StoreService
from propdesk.services.inspections.inspections import ENTITY, get_inspection
from propdesk.services.inspections.views import PhotoRef
from propdesk.store.attachments import AttachmentState, AttachmentStore
from propdesk.store.models import InspectionItem, InspectionPhoto
from propdesk.store.unit_of_work import Store

# AttachmentState too: the window tells a missing photo from a damaged one by it.
__all__ = ["MAX_NAME", "MAX_PER_ITEM", "AttachmentState", "PhotoService"]

MAX_PER_ITEM = 12  # a line's evidence, not an album
MAX_NAME = 120


class PhotoService(StoreService):
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

    def add(self, actor: Actor, inspection_id: uuid.UUID, item_key: str, source: Path) -> PhotoRef:
        """Attach the photo at `source` to the item. Refused (field "photo"): not a
        picture, too large, unreadable, too many on the item."""
        actor.require(Module.INSPECTIONS, Action.CREATE)
        files = self._folder()
        with self._store.read() as session:
            found = get_inspection(session, inspection_id)
            if found.voided_at is not None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That inspection is not on record.")
                )
            has_item = session.scalar(
                select(func.count()).where(
                    InspectionItem.inspection_id == found.id, InspectionItem.key == item_key
                )
            )
            if not has_item:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("messages", "This checklist has no item {item}."),
                    field=item_field(str(item_key)),
                    item=item_key,
                )
        stored = files.add(Path(source))
        with self._store.write() as session:
            count = session.scalar(
                select(func.count()).where(
                    InspectionPhoto.inspection_id == inspection_id,
                    InspectionPhoto.item_key == item_key,
                )
            )
            if (count or 0) >= MAX_PER_ITEM:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("messages", "An item holds at most {limit} photos."),
                    field="photo",
                    limit=MAX_PER_ITEM,
                )
            row = InspectionPhoto(
                inspection_id=inspection_id,
                item_key=item_key,
                sha256=stored.sha256,
                suffix=stored.suffix,
                size=stored.size,
                original_name=Path(source).name[:MAX_NAME],
            )
            session.add(row)
            session.flush()
            audit_service.record(
                session,
                actor,
                ENTITY,
                inspection_id,
                AuditAction.UPDATE,
                after={"item_key": item_key, "photo": stored.file_name},
            )
            return PhotoRef(
                row.id, item_key, stored.sha256, stored.suffix, stored.size, row.original_name
            )

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
