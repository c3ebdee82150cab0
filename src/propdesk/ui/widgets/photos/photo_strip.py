"""A row (or a grid) of photo thumbnails: a photo that cannot be shown is a grey
square saying so; the tooltip names the file and its size; Enter or a double click
shows the photo large (photo_viewer), its file checked whole first.

Thumbnails are made on a worker only while the strip is on screen (photo_thumbnails):
hidden, it stops; shown again, it makes what is still missing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QHideEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QWidget

from propdesk.services.core.photos import PhotoFiles, PhotoRef
from propdesk.ui.widgets.empty_state import paint_empty_text
from propdesk.ui.widgets.photos.photo_delegate import CELL, PhotoDelegate
from propdesk.ui.widgets.photos.photo_model import PhotoListModel
from propdesk.ui.widgets.photos.photo_thumbnails import (
    LOADING,
    ThumbnailCache,
    ThumbnailLoader,
    ThumbState,
)
from propdesk.ui.widgets.photos.photo_viewer import PhotoViewer

SPACING = 4


class PhotoStrip(QListView):
    """`grid=False`: one row, scrolled sideways (under the items); `grid=True`: rows
    wrapped to the width. `cache` is shared by the strips of one session."""

    def __init__(
        self,
        photos: PhotoFiles,
        parent: QWidget | None = None,
        *,
        grid: bool = False,
        cache: ThumbnailCache | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photo_strip")
        self._photos = photos
        self.cache = cache if cache is not None else ThumbnailCache()
        self.photo_model = PhotoListModel(self)
        self.setModel(self.photo_model)
        self.setItemDelegate(PhotoDelegate(self))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(grid)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSpacing(SPACING)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        if not grid:
            # One row: tall enough for it and the sideways scroll bar, never more.
            bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            self.setFixedHeight(CELL + 2 * SPACING + bar + 2 * self.frameWidth())
        self._empty_text = ""
        self.viewer: PhotoViewer | None = None
        self.loader = ThumbnailLoader(photos, self.cache, self)
        self.loader.sig_made.connect(self.photo_model.set_thumb)
        self.activated.connect(self.open_photo)

    # -- showing -----------------------------------------------------------------------------
    def set_photos(self, photos: Sequence[PhotoRef]) -> None:
        self.photo_model.set_photos(photos, [self.cache.get(p) or LOADING for p in photos])
        if self.isVisible():
            self.loader.load(self.photo_model.pending())

    def photos(self) -> list[PhotoRef]:
        return self.photo_model.photos()

    @property
    def loading(self) -> bool:
        """Thumbnails are being made (for tests and the benchmark)."""
        return self.loader.busy

    def set_empty_text(self, text: str) -> None:
        """What the strip says when it holds no photo ("No photos of this item")."""
        self._empty_text = text
        self.viewport().update()

    # -- the large view ----------------------------------------------------------------------
    def open_photo(
        self, index: QModelIndex | QPersistentModelIndex | None = None
    ) -> PhotoViewer | None:
        """Show the photo at `index` (the current one by default) large, beside the
        window; the strip keeps the newest viewer in `viewer`."""
        row = (index if index is not None else self.currentIndex()).row()
        photo, thumb = self.photo_model.photo_at(row), self.photo_model.thumb_at(row)
        if photo is None or thumb is None:
            return None
        if thumb.state in (ThumbState.READY, ThumbState.LOADING):
            # The grid only saw that the file is there with its size; shown large, the
            # photo is checked whole first (and a thumbnail not come yet made now).
            thumb = self.loader.check_now(photo, thumb)
            self.photo_model.set_thumb(photo.id, thumb)
        path, problem = thumb.path, self.photo_model.state_words(thumb.state)
        viewer = PhotoViewer(photo, path, problem, self)
        viewer.show()
        self.viewer = viewer
        return viewer

    # -- Qt ----------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.loader.load(self.photo_model.pending())

    def hideEvent(self, event: QHideEvent) -> None:
        # Hidden with its window or its page: no work for what nobody sees, and no
        # thread left running when the window goes.
        self.loader.stop()
        super().hideEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_empty_text(self, self._empty_text)
