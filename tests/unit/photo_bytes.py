"""Small real pictures for the photo tests, made here so no binary file is checked in."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path


def _chunk(kind: bytes, body: bytes) -> bytes:
    return (
        struct.pack(">I", len(body))
        + kind
        + body
        + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    )


def png_bytes(width: int = 4, height: int = 3, shade: int = 0x80) -> bytes:
    """A whole grey PNG any viewer opens; `shade` makes different pictures."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    rows = b"".join(b"\0" + bytes([shade]) * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(rows))
        + _chunk(b"IEND", b"")
    )


# The start of a camera's JPEG (SOI, then an APP1/Exif segment marker) and filler: the
# store judges a file by its first bytes, as a camera's file starts.
JPEG_BYTES = b"\xff\xd8\xff\xe1\x00\x16Exif\x00\x00" + bytes(range(256)) * 8 + b"\xff\xd9"
HEIC_BYTES = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x01" * 500
HEIF_BYTES = b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00mif1heic" + b"\x02" * 500
WEBP_BYTES = b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x03" * 500


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    file = folder / name
    file.write_bytes(data)
    return file
