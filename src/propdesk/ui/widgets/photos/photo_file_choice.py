"""What an "Add photo…" button does, for any module: the file dialog offering pictures
(it opens where the last photo came from), the module's service asked to attach the
file chosen, its refusal (not a picture, too large, too many) in the error box with
nothing attached, and the new photo's thumbnail made at once and kept on disk, so the
strip shows it now and every later view reads a few KB instead of decoding it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QFileDialog

from propdesk.errors import PropdeskError
from propdesk.services.core.photos import PhotoRef
from propdesk.ui.dialogs import show_error
from propdesk.ui.widgets.photos.photo_strip import PhotoStrip

# The service judges a file by its bytes, not its name. Upper case too: cameras and
# phones name their files IMG_0001.JPG, and file dialogs match names case-sensitively
# on Linux.
PHOTO_PATTERNS = ("*.jpg", "*.jpeg", "*.png", "*.heic", "*.heif", "*.webp")


def photo_filter() -> str:
    """The file dialog's filter: pictures first, then every file."""
    patterns = " ".join((*PHOTO_PATTERNS, *(p.upper() for p in PHOTO_PATTERNS)))
    return QCoreApplication.translate(
        "PhotoFileChoice", "Photos ({patterns});;All files (*)"
    ).format(patterns=patterns)


class PhotoFileChoice:
    """One per form or detail panel, beside its PhotoStrip."""

    def __init__(self, strip: PhotoStrip) -> None:
        self._strip = strip
        self.folder = QDir.homePath()  # then where the last photo came from

    def choose(self, title: str) -> Path | None:
        """The file the person chose, or None (cancelled)."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self._strip.window(), title, self.folder, photo_filter()
        )
        if not chosen:
            return None
        self.folder = str(Path(chosen).parent)
        return Path(chosen)

    def attach(self, title: str, add: Callable[[Path], PhotoRef]) -> PhotoRef | None:
        """Choose a file and hand it to `add` (the module's service call, e.g.
        `lambda path: photos.add(actor, record_id, path)`). None: cancelled, or refused
        (the error box said why). The caller then reads its record again."""
        source = self.choose(title)
        if source is None:
            return None
        try:
            photo = add(source)
        except PropdeskError as exc:
            show_error(self._strip.window(), exc)
            return None
        self._strip.loader.make_now(photo)
        return photo
