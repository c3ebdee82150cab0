"""Thumbnails of attached photos (any module's), made on a worker thread and kept for
the session.

Each photo's file is first looked at by the photo service: there, and of its size (a
stat, `quick_file`)? Then the thumbnail kept on disk for it is read (a few KB); only
when there is none is the photo itself checked whole (its bytes still its content
hash) and decoded at thumbnail size (photo_decode), and the thumbnail made kept on
disk for the next time (photo_thumbnail_bytes). Why: decoding and hashing fifty phone
photos takes most of a second, reading fifty thumbnails a few milliseconds. A photo
damaged in place after its thumbnail was made still shows its thumbnail here; the
large view checks the file whole before it shows it (`ThumbnailLoader.check_now`).

The worker hands each thumbnail over as it is made, so the strip fills from the left
while the rest load. A thumbnail made is kept for the session by the photo's content
hash (a photo's file never changes under its name); a missing or damaged one is not
kept, so a photo restored in the meantime shows the next time its item is chosen.
"""

from __future__ import annotations

import enum
import logging
import queue
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSize, QThread, Signal
from PySide6.QtGui import QImage, QPixmap

from propdesk.errors import PropdeskError
from propdesk.services.core.photos import AttachmentState, PhotoFiles, PhotoRef
from propdesk.ui.widgets.photos.photo_decode import DecodeFailure, read_fitted
from propdesk.ui.widgets.photos.photo_thumbnail_bytes import read_thumbnail, thumbnail_bytes
from propdesk.ui.worker import Progress, Worker

log = logging.getLogger(__name__)

THUMB_SIZE = 96  # px: a finding recognisable, a dozen side by side under the items
MAX_THREADS = 4  # more would take the cores the window and the database need


class ThumbState(enum.Enum):
    LOADING = "loading"
    READY = "ready"
    MISSING = "missing"  # no file (a backup restored without its photos)
    UNREADABLE = "unreadable"  # damaged, cut short, or its bytes not its hash
    NO_READER = "no_reader"  # this computer cannot decode the kind (HEIC, often)


@dataclass(frozen=True)
class Thumb:
    state: ThumbState
    path: Path | None = None  # where the file is (READY), for the large view
    pixmap: QPixmap | None = None


LOADING = Thumb(ThumbState.LOADING)

_FAILURES = {
    DecodeFailure.UNREADABLE: ThumbState.UNREADABLE,
    DecodeFailure.NO_READER: ThumbState.NO_READER,
}


def _key(photo: PhotoRef) -> str:
    return f"{photo.sha256}{photo.suffix}"


class ThumbnailCache:
    """The thumbnails made this session, by content; one per photo folder (a strip's
    photo service), so two data folders never share a picture by accident."""

    def __init__(self) -> None:
        self._thumbs: dict[str, Thumb] = {}

    def get(self, photo: PhotoRef) -> Thumb | None:
        return self._thumbs.get(_key(photo))

    def keep(self, photo: PhotoRef, thumb: Thumb) -> None:
        if thumb.state is ThumbState.READY:
            self._thumbs[_key(photo)] = thumb
        else:
            self._thumbs.pop(_key(photo), None)  # found missing or damaged since

    def clear(self) -> None:
        self._thumbs.clear()

    def __len__(self) -> int:
        return len(self._thumbs)


@dataclass(frozen=True)
class _Made:
    """A worker's result for one photo (a QImage: QPixmaps are the GUI thread's)."""

    photo: PhotoRef
    state: ThumbState
    path: Path | None = None
    image: QImage | None = None


_CHECK_FAILED = (PropdeskError, ValueError, OSError)  # no folder, a bad stored name, the disk


def _problem(photo: PhotoRef, path: Path, state: AttachmentState) -> _Made | None:
    """The photo's file as the window shows it when it cannot be shown, else None."""
    if state is AttachmentState.MISSING:
        return _Made(photo, ThumbState.MISSING, path)
    if state is not AttachmentState.PRESENT:
        return _Made(photo, ThumbState.UNREADABLE, path)
    return None


def check_whole(photos: PhotoFiles, photo: PhotoRef) -> _Made | None:
    """Why the photo cannot be shown, its file read whole and hashed; None when it can."""
    try:
        path, state = photos.file(photo)
    except _CHECK_FAILED as exc:
        log.warning("photo %s cannot be checked: %s", photo.id, exc)
        return _Made(photo, ThumbState.UNREADABLE)
    return _problem(photo, path, state)


def make_thumbnail(photos: PhotoFiles, photo: PhotoRef, size: int = THUMB_SIZE) -> _Made:
    """One photo's thumbnail or why there is none; never raises for a bad file or a
    bad stored name (the window shows the photo as unreadable, the log says why)."""
    try:
        path, state = photos.quick_file(photo)
        kept = photos.thumbnail(photo) if state is AttachmentState.PRESENT else None
    except _CHECK_FAILED as exc:
        log.warning("photo %s cannot be checked: %s", photo.id, exc)
        return _Made(photo, ThumbState.UNREADABLE)
    problem = _problem(photo, path, state)
    if problem is not None:
        return problem  # "Missing" even when a thumbnail of it is still on disk
    box = QSize(size, size)
    image = read_thumbnail(kept, box) if kept is not None else None
    if image is not None:
        return _Made(photo, ThumbState.READY, path, image)
    # None kept (the photo's first view, or a restored backup's): the photo's bytes
    # are checked whole first, so a thumbnail kept is always one of the true photo.
    problem = check_whole(photos, photo)
    if problem is not None:
        return problem
    decoded = read_fitted(path, box)
    if decoded.image is None:
        failure = decoded.failure or DecodeFailure.UNREADABLE
        return _Made(photo, _FAILURES[failure], path)
    data = thumbnail_bytes(decoded.image)
    if data is not None:
        photos.keep_thumbnail(photo, data)
    return _Made(photo, ThumbState.READY, path, decoded.image)


class ThumbnailLoader(QObject):
    """Makes thumbnails on worker threads (ui/worker.py), one load at a time: a new
    load cancels the one before (its finished thumbnails still reach the cache).
    `sig_made(photo id, Thumb)` on the GUI thread for each. `stop()` before the strip
    goes away: a thread destroyed while it runs takes the program down."""

    sig_made = Signal(object, object)

    def __init__(self, photos: PhotoFiles, cache: ThumbnailCache, parent: QObject) -> None:
        super().__init__(parent)
        self._photos = photos
        self._cache = cache
        self._running: dict[Worker, queue.SimpleQueue[_Made]] = {}

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def load(self, photos: Sequence[PhotoRef]) -> None:
        for worker in self._running:
            worker.cancel()
        # One worker a core: the decoder lets go of Python's lock, so two cores make
        # 50 thumbnails in about half the time. Every k-th photo to each, so the
        # strip still fills from the left.
        threads = max(1, min(MAX_THREADS, QThread.idealThreadCount(), len(photos)))
        for first in range(threads if photos else 0):
            self._start(tuple(photos[first::threads]))

    def _start(self, wanted: tuple[PhotoRef, ...]) -> None:
        made: queue.SimpleQueue[_Made] = queue.SimpleQueue()
        service = self._photos

        def work(progress: Progress) -> None:
            for n, photo in enumerate(wanted, 1):
                made.put(make_thumbnail(service, photo))
                if not progress(n, len(wanted)):
                    return  # cancelled: a newer load wants other photos

        worker = Worker(work, self)
        worker.sig_progress.connect(lambda _done, _total: self._hand_over(made))
        # A bug in the work (make_thumbnail catches what a file can do) is logged by
        # the worker; the photos it did not reach stay grey, with no dialog.
        worker.sig_done.connect(lambda: self._on_done(worker))
        self._running[worker] = made
        worker.start()

    def make_now(self, photo: PhotoRef) -> Thumb:
        """One photo's thumbnail on this thread (the user asked for it this moment, or
        has just attached the photo: its thumbnail is then on disk for every view)."""
        return self._received(make_thumbnail(self._photos, photo))

    def check_now(self, photo: PhotoRef, thumb: Thumb) -> Thumb:
        """The photo's file checked whole before it is shown large (a thumbnail on
        disk says nothing of a photo damaged since): `thumb` when it stands, else the
        photo's thumbnail made now, or why it cannot be shown."""
        problem = check_whole(self._photos, photo)
        if problem is not None:
            return self._received(problem)
        if thumb.state is ThumbState.READY:
            return thumb
        return self.make_now(photo)

    def stop(self) -> None:
        """Cancel what is loading and wait for its thread (a photo at most)."""
        for worker in list(self._running):
            worker.cancel()
            worker.wait()

    def _hand_over(self, made: queue.SimpleQueue[_Made]) -> None:
        while True:
            try:
                one = made.get_nowait()
            except queue.Empty:
                return
            self.sig_made.emit(one.photo.id, self._received(one))

    def _received(self, made: _Made) -> Thumb:
        pixmap = QPixmap.fromImage(made.image) if made.image is not None else None
        thumb = Thumb(made.state, made.path, pixmap)
        self._cache.keep(made.photo, thumb)
        return thumb

    def _on_done(self, worker: Worker) -> None:
        made = self._running.pop(worker, None)
        if made is not None:
            self._hand_over(made)
