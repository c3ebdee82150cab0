"""A thumbnail as the bytes kept on disk (store.attachments' thumbnails folder) and back.

A JPEG at quality 80: a 96 px thumbnail is 3–5 KB and decodes in a fraction of a
millisecond, where the photo it was made from takes some 20 ms even at 1/8 scale.
Runs on the thumbnail workers: QImage, QBuffer and a QPainter on an image, nothing of
the window's thread.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageWriter, QPainter

from propdesk.ui.widgets.photos.photo_decode import jpeg_is_whole

QUALITY = 80  # past it the file grows, not what a 96 px square shows
BACKGROUND = Qt.GlobalColor.white  # behind a transparent PNG: JPEG has no alpha


def thumbnail_bytes(image: QImage) -> bytes | None:
    """`image` (already thumbnail-sized) as JPEG bytes; None when Qt cannot write it."""
    if image.hasAlphaChannel():
        # Flattened on white as the strip's background, not on the black a JPEG
        # writer would leave behind the transparent parts.
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(BACKGROUND)
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"jpeg"))  # image.save's stub and runtime disagree
    writer.setQuality(QUALITY)
    written = writer.write(image)
    buffer.close()
    return bytes(data.data()) if written else None


def read_thumbnail(data: bytes, box: QSize) -> QImage | None:
    """The kept thumbnail's picture, or None when it should be made again: cut short
    (it is written without a sync, so a power cut may tear it, and Qt would draw a torn
    JPEG grey without an error), not a picture, or larger than `box` (made when the
    thumbnails were larger)."""
    if not jpeg_is_whole(data):
        return None
    image = QImage()
    if not image.loadFromData(data, "JPEG"):
        return None
    if image.width() > box.width() or image.height() > box.height():
        return None
    return image
