"""A record's (or an item's) photos as a list: the thumbnail (DecorationRole) once
made, the words "Missing" or "Cannot be read" (DisplayRole) for a photo that cannot be
shown, and the file's name and size with what is wrong in the tooltip."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from propdesk.services.core.photos import PhotoRef
from propdesk.ui.backup_summary_view import size_text
from propdesk.ui.widgets.photos.photo_thumbnails import LOADING, Thumb, ThumbState

_Index = QModelIndex | QPersistentModelIndex


class PhotoListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._photos: list[PhotoRef] = []
        self._thumbs: list[Thumb] = []

    # -- filling -----------------------------------------------------------------------------
    def set_photos(self, photos: Sequence[PhotoRef], thumbs: Sequence[Thumb] = ()) -> None:
        """Show `photos`, each with its thumb when known (else loading)."""
        self.beginResetModel()
        self._photos = list(photos)
        known = list(thumbs)
        self._thumbs = [known[n] if n < len(known) else LOADING for n in range(len(photos))]
        self.endResetModel()

    def set_thumb(self, photo_id: object, thumb: Thumb) -> None:
        """A thumbnail made (or found missing); photos no longer shown are ignored."""
        for n, photo in enumerate(self._photos):
            if photo.id == photo_id:
                self._thumbs[n] = thumb
                index = self.index(n, 0)
                self.dataChanged.emit(index, index)

    def photos(self) -> list[PhotoRef]:
        return list(self._photos)

    def photo_at(self, row: int) -> PhotoRef | None:
        return self._photos[row] if 0 <= row < len(self._photos) else None

    def thumb_at(self, row: int) -> Thumb | None:
        return self._thumbs[row] if 0 <= row < len(self._thumbs) else None

    def pending(self) -> list[PhotoRef]:
        """The photos whose thumbnail is still to be made, in the order shown."""
        return [
            p
            for p, t in zip(self._photos, self._thumbs, strict=True)
            if t.state is ThumbState.LOADING
        ]

    def loaded(self) -> bool:
        return all(t.state is not ThumbState.LOADING for t in self._thumbs)

    # -- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._photos)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        photo, thumb = self.photo_at(index.row()), self.thumb_at(index.row())
        if not index.isValid() or photo is None or thumb is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.state_words(thumb.state) or None
        if role == Qt.ItemDataRole.DecorationRole:
            return thumb.pixmap if thumb.state is ThumbState.READY else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(photo, thumb)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return photo.original_name
        return None

    # -- words -------------------------------------------------------------------------------
    def state_words(self, state: ThumbState) -> str:
        """What the grey square says in place of a photo that cannot be shown."""
        if state is ThumbState.MISSING:
            return self.tr("Missing")
        if state in (ThumbState.UNREADABLE, ThumbState.NO_READER):
            return self.tr("Cannot be read")
        return ""

    def tooltip(self, photo: PhotoRef, thumb: Thumb) -> str:
        lines = [photo.original_name, size_text(photo.size)]
        if thumb.state is ThumbState.MISSING:
            lines.append(
                self.tr(
                    "Missing: the file is not in this console's photo folder (a backup "
                    "restored without its photos, or the file was deleted)."
                )
            )
        elif thumb.state is ThumbState.UNREADABLE:
            lines.append(self.tr("Cannot be read: the file is damaged or cut short."))
        elif thumb.state is ThumbState.NO_READER:
            lines.append(
                self.tr("Cannot be read: this computer cannot show {kind} pictures.").format(
                    kind=photo.suffix.lstrip(".").upper()
                )
            )
        return "\n".join(lines)

    def row_of(self, photo_id: uuid.UUID) -> int | None:
        return next((n for n, p in enumerate(self._photos) if p.id == photo_id), None)
