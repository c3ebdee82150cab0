"""A photo's pixels at the size the window shows them: a thumbnail, or the large view
fitted to the screen. The decoder is asked for the small size (QImageReader's
`setScaledSize`), so a JPEG is decoded at 1/2 to 1/8 of its size by the decoder itself;
a full 12-megapixel decode to scale down after costs several times the time and 48 MB
a photo. A QImage, not a QPixmap: this runs off the window's thread.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

_SOI = b"\xff\xd8"
_EOI = b"\xff\xd9"
_SOS = 0xDA
_STANDALONE = {0x01, *range(0xD0, 0xD9)}  # markers with no length after them


class DecodeFailure(enum.Enum):
    UNREADABLE = "unreadable"  # damaged, cut short, or not the picture its bytes claim
    NO_READER = "no_reader"  # a kind this computer's Qt has no reader for (HEIC, often)


@dataclass(frozen=True)
class Decoded:
    image: QImage | None
    failure: DecodeFailure | None = None


def jpeg_is_whole(data: bytes) -> bool:
    """Whether a JPEG's bytes reach its end marker. Why: Qt decodes a JPEG cut short (a
    copy interrupted, a card pulled out) without an error, its lower part grey, and that
    would pass for the photo. The marker is looked for only after the image's first
    scan starts: the headers before it may hold a whole small JPEG (the camera's
    thumbnail) with its own end marker. Bytes after the end (a phone's "motion photo"
    appends a video) are the phone's business, not damage."""
    if not data.startswith(_SOI):
        return False
    pos = len(_SOI)
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return False  # the headers are not where their lengths say
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1  # fill byte before a marker
        elif marker == _SOS:
            # The scans' data never holds FF D9 (a coded FF byte is written FF 00).
            return data.find(_EOI, pos) != -1
        elif marker in _STANDALONE:
            pos += 2
        else:
            pos += 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
    return False


def _failure_of(reader: QImageReader) -> DecodeFailure:
    if reader.error() is QImageReader.ImageReaderError.UnsupportedFormatError:
        return DecodeFailure.NO_READER
    return DecodeFailure.UNREADABLE


def read_fitted(path: Path, box: QSize) -> Decoded:
    """The picture at `path` scaled to fit `box` (never enlarged), turned upright as the
    camera recorded it (EXIF orientation, which phones use instead of turning the
    pixels). Never raises for a bad file: says why it cannot be shown."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()  # from the header: no pixels decoded yet
    if not size.isValid():
        return Decoded(None, _failure_of(reader))
    if bytes(reader.format().data()) in (b"jpeg", b"jpg") and not _whole_jpeg_file(path):
        return Decoded(None, DecodeFailure.UNREADABLE)
    # The scaled size applies before the turn: fit the turned-back box.
    turned = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
    fit = box.transposed() if turned else box
    if size.width() > fit.width() or size.height() > fit.height():
        reader.setScaledSize(size.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return Decoded(None, _failure_of(reader))
    return Decoded(image)


def _whole_jpeg_file(path: Path) -> bool:
    try:
        return jpeg_is_whole(path.read_bytes())  # a few MB, most likely in the page cache
    except OSError:
        return False
