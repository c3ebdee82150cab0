"""Photos kept as files beside the database, named by their content (SHA-256).

Why files and not rows: a few megabytes each, hundreds a year, they would swell the
database, its every backup and every full check. Why named by content: the same photo
attached twice is one file, a name says what the bytes must be (a damaged copy is
found by hashing it), and a backup folder can share one set of files among all its
backups, copying only the ones it does not hold yet.

Layout: `<data folder>/attachments/ab/ab12…ef.jpg`, two hex digits of fan-out so no
folder grows to tens of thousands of entries. Files 0600, folders 0700, like the
database. A file appears whole or not at all: written under a temporary name, synced,
then renamed.

Thumbnails: `<data folder>/thumbnails/ab/ab12…ef.jpg`, small JPEGs the window made from
the photos, so a grid of fifty is read in a few milliseconds instead of decoding fifty
phone photos. A cache, not a record: outside the attachments folder, so backups never
carry it and a restore need not; whatever goes wrong with it (full disk, read-only
folder, a torn file) costs a decode, never an error for the person.
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import logging
import os
import re
import stat
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from propdesk.config import PRIVATE_FILE, PRIVATE_FOLDER
from propdesk.errors import QT_TRANSLATE_NOOP, StorageError, StorageProblem, ValidationError
from propdesk.store.failures import as_storage_error

log = logging.getLogger(__name__)

FOLDER_NAME = "attachments"  # in the data folder, and beside backups
THUMBNAILS_NAME = "thumbnails"  # in the data folder only: regenerable, never backed up
MAX_THUMBNAIL_BYTES = 256 * 1024  # a 96 px JPEG is a few KB; more is not a thumbnail
MAX_PHOTO_BYTES = 10 * 1024 * 1024  # a phone's full-size photo fits; a video does not
_MIB = 1024 * 1024
_CHUNK = 1024 * 1024
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # POSIX only
_NAME = re.compile(r"^([0-9a-f]{64})(\.[a-z]+)$")

# ISO-BMFF brands (bytes 8..12 after "ftyp") of HEIF files: HEVC-coded (Apple's, most
# Android phones') and the generic image brands.
_HEIC_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs"}
_HEIF_BRANDS = {b"mif1", b"msf1"}
SUFFIXES = (".jpg", ".png", ".heic", ".heif", ".webp")

NOT_A_PHOTO = QT_TRANSLATE_NOOP(
    "messages",
    "{name} is not a photo propdesk can keep: only JPEG, PNG, HEIC/HEIF and WebP "
    "pictures can be attached.",
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "messages",
    "{name} is {size} MB; a photo may be at most {limit} MB. Attach a smaller copy "
    "(most phones can share a photo at a lower size).",
)
UNREADABLE = QT_TRANSLATE_NOOP(
    "messages", "The file {name} cannot be read ({reason}). Nothing was attached."
)
FOLDER_UNUSABLE = QT_TRANSLATE_NOOP(
    "messages",
    "The photo folder {folder} cannot be written to ({reason}). Nothing was saved; "
    "check the folder's permissions.",
)


def attachments_folder(data_dir: Path) -> Path:
    """Where a data folder (or a backup folder) keeps its photos."""
    return data_dir / FOLDER_NAME


def thumbnails_folder(data_dir: Path) -> Path:
    """Where a data folder keeps the thumbnails made of its photos."""
    return data_dir / THUMBNAILS_NAME


def photo_suffix(head: bytes) -> str | None:
    """The file suffix the first bytes of a file prove it to be, or None when they are
    not a picture propdesk keeps. By content, never by the file's name: a renamed
    document must not pass as a photo."""
    if head.startswith(b"\xff\xd8\xff"):
        return ".jpg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return ".png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return ".webp"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIC_BRANDS:
            return ".heic"
        if brand in _HEIF_BRANDS:
            return ".heif"
    return None


@dataclass(frozen=True)
class StoredAttachment:
    """What a record keeps of a photo: enough to find the file and check it."""

    sha256: str  # 64 lowercase hex digits
    suffix: str  # one of SUFFIXES
    size: int  # bytes

    @property
    def file_name(self) -> str:
        return f"{self.sha256}{self.suffix}"


class AttachmentState(enum.Enum):
    PRESENT = "present"
    MISSING = "missing"  # no such file (e.g. restored from a backup without its photos)
    UNREADABLE = "unreadable"  # there, but cannot be read or its bytes are not its name's


def _relative(sha256: str, suffix: str) -> Path:
    """The file's place under the folder; refuses anything that is not a stored name, so
    a value read from a database can never point outside the folder."""
    if not re.fullmatch(r"[0-9a-f]{64}", sha256) or suffix not in SUFFIXES:
        raise ValueError(f"not an attachment name: {sha256!r}{suffix!r}")
    return Path(sha256[:2]) / f"{sha256}{suffix}"


def _megabytes(size: int) -> str:
    return f"{size / _MIB:.1f}"


def _write_error(folder: Path, exc: OSError) -> StorageError:
    """A failed write as the storage problem it is (full disk, read-only, …)."""
    storage = as_storage_error(exc)
    if storage is not None and storage.problem is StorageProblem.DISK_FULL:
        return storage  # the usual "the disk is full" message fits photos as well
    problem = storage.problem if storage is not None else StorageProblem.UNAVAILABLE
    return StorageError(
        problem,
        FOLDER_UNUSABLE,
        detail=str(exc),
        folder=str(folder),
        reason=exc.strerror or str(exc),
    )


def _fsync_folder(folder: Path) -> None:
    """The new name survives a power cut (POSIX; Windows cannot open a folder)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _make_folders(folder: Path, *, sync: bool = True) -> None:
    """`folder` and its missing parents, each 0700 (mkdir's `parents=True` would make the
    parents with the umask's looser mode). `sync=False` for thumbnails: a cache lost to
    a power cut is made again, not worth a sync on a grid's first view."""
    missing: list[Path] = []
    while not folder.is_dir():
        missing.append(folder)
        folder = folder.parent
    for each in reversed(missing):
        each.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
        if sync:
            _fsync_folder(each.parent)  # the new folder survives a power cut with its photo


def _install(target: Path, chunks: Iterator[bytes], sha256: str) -> bool:
    """Write `chunks` to `target` whole or not at all. False (nothing left behind) when
    the bytes written do not hash to `sha256`: a damaged source is not copied over as
    if it were the photo. OSError propagates after the partial file is removed."""
    _make_folders(target.parent)
    partial = target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.partial")
    digest = hashlib.sha256()
    try:
        # Created 0600 whatever the umask: a photo may show a resident's face or door.
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        try:
            for chunk in chunks:
                digest.update(chunk)
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if digest.hexdigest() != sha256:
            partial.unlink()
            return False
        os.replace(partial, target)  # a twin writing the same bytes at once: either wins
        _fsync_folder(target.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return True


class AttachmentStore:
    """The photos of one folder (`attachments_folder(data_dir)`), and the thumbnails
    made of them in `thumbnails` (None: none are kept, e.g. a backup's folder)."""

    def __init__(self, folder: Path, thumbnails: Path | None = None) -> None:
        self.folder = folder
        self.thumbnails = thumbnails
        self._thumbnail_trouble_told = False  # one warning, not one a photo of a grid

    @classmethod
    def of_data_folder(cls, data_dir: Path) -> AttachmentStore:
        return cls(attachments_folder(data_dir), thumbnails_folder(data_dir))

    def path_of(self, sha256: str, suffix: str) -> Path:
        return self.folder / _relative(sha256, suffix)

    def exists(self, sha256: str, suffix: str) -> bool:
        return self.path_of(sha256, suffix).is_file()

    def state(self, sha256: str, suffix: str) -> AttachmentState:
        """Whether the photo can be shown. Reads the file whole (at most a few MB) to
        check its bytes against its name: a photo torn by a failing disk is reported,
        not drawn half grey."""
        try:
            with self.path_of(sha256, suffix).open("rb") as fh:
                digest = hashlib.file_digest(fh, "sha256").hexdigest()
        except FileNotFoundError:
            return AttachmentState.MISSING
        except OSError:
            return AttachmentState.UNREADABLE
        return AttachmentState.PRESENT if digest == sha256 else AttachmentState.UNREADABLE

    def quick_state(self, sha256: str, suffix: str, size: int) -> AttachmentState:
        """`state` without reading the file: there, openable and of the size the record
        says. For the thumbnails of a grid, where hashing fifty photos would cost more
        than drawing them; a file damaged in place (same size) is found by `state`,
        which the large view asks before it shows the photo."""
        try:
            # Non-blocking: a FIFO put in a photo's place must not hang the worker.
            fd = os.open(self.path_of(sha256, suffix), os.O_RDONLY | _NONBLOCK)
        except FileNotFoundError:
            return AttachmentState.MISSING
        except OSError:
            return AttachmentState.UNREADABLE  # e.g. permissions: there, but not ours to read
        try:
            found = os.fstat(fd)
        except OSError:
            return AttachmentState.UNREADABLE
        finally:
            os.close(fd)
        if not stat.S_ISREG(found.st_mode) or found.st_size != size:
            return AttachmentState.UNREADABLE
        return AttachmentState.PRESENT

    def _thumbnail_path(self, sha256: str) -> Path | None:
        if self.thumbnails is None:
            return None
        return self.thumbnails / _relative(sha256, ".jpg")

    def thumbnail(self, sha256: str) -> bytes | None:
        """The thumbnail kept for the photo, or None (never made, too large to be one,
        cannot be read): the caller then makes it from the photo."""
        path = self._thumbnail_path(sha256)
        if path is None:
            return None
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_THUMBNAIL_BYTES + 1)
        except OSError:
            return None  # FileNotFoundError the usual case: nothing to log
        return data if 0 < len(data) <= MAX_THUMBNAIL_BYTES else None

    def keep_thumbnail(self, sha256: str, data: bytes) -> None:
        """Keep `data` as the photo's thumbnail, whole or not at all. Never raises for
        the disk: a full disk or a read-only folder is logged and the thumbnail made
        again next time. Not synced: a file torn by a power cut is only a thumbnail
        made again (the window checks the bytes it reads)."""
        path = self._thumbnail_path(sha256)
        if path is None or not data or len(data) > MAX_THUMBNAIL_BYTES:
            return
        partial = path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.partial")
        try:
            _make_folders(path.parent, sync=False)
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
            finally:
                os.close(fd)
            os.replace(partial, path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            level = logging.DEBUG if self._thumbnail_trouble_told else logging.WARNING
            self._thumbnail_trouble_told = True
            log.log(level, "thumbnail of photo %s not kept: %s", sha256[:12], exc)

    def add(self, source: Path) -> StoredAttachment:
        """Keep a copy of the photo at `source`; the same photo again is the same file.

        ValidationError (field "photo"): not a picture by its bytes, too large, cannot
        be read. StorageError: the photo folder cannot be written (full disk, read-only);
        nothing half-written is left."""
        data = self._read_photo(source)
        suffix = photo_suffix(data[:16])
        if suffix is None:
            raise ValidationError(NOT_A_PHOTO, field="photo", name=source.name)
        stored = StoredAttachment(hashlib.sha256(data).hexdigest(), suffix, len(data))
        target = self.path_of(stored.sha256, stored.suffix)
        if target.is_file():
            return stored  # kept before: content-named, so the same bytes
        try:
            _install(target, iter((data,)), stored.sha256)
        except OSError as exc:
            raise _write_error(self.folder, exc) from exc
        log.info("photo %s kept as %s (%d bytes)", source.name, target.name, stored.size)
        return stored

    @staticmethod
    def _read_photo(source: Path) -> bytes:
        """The file's bytes, refused past the limit without reading it all (a 4 GB
        video chosen by mistake is never loaded)."""
        try:
            with source.open("rb") as fh:
                size = os.fstat(fh.fileno()).st_size
                data = b"" if size > MAX_PHOTO_BYTES else fh.read(MAX_PHOTO_BYTES + 1)
        except OSError as exc:
            raise ValidationError(
                UNREADABLE, field="photo", name=source.name, reason=exc.strerror or str(exc)
            ) from exc
        size = max(size, len(data))  # a file that grew while read
        if size > MAX_PHOTO_BYTES:
            raise ValidationError(
                TOO_LARGE,
                field="photo",
                name=source.name,
                size=_megabytes(size),
                limit=MAX_PHOTO_BYTES // _MIB,
            )
        return data


@dataclass(frozen=True)
class CopyOutcome:
    copied: int  # files the target did not hold
    skipped: tuple[str, ...]  # names not copied: unreadable, or bytes not their name's


def _stored_files(folder: Path) -> Iterator[tuple[Path, str, str]]:
    """(file, sha256, suffix) of every stored photo under `folder`; temporary and
    foreign files are passed over."""
    if not folder.is_dir():
        return
    for sub in sorted(folder.iterdir()):
        if not sub.is_dir() or not re.fullmatch(r"[0-9a-f]{2}", sub.name):
            continue
        for file in sorted(sub.iterdir()):
            match = _NAME.match(file.name)
            if match and match.group(1)[:2] == sub.name and match.group(2) in SUFFIXES:
                yield file, match.group(1), match.group(2)


class _SourceUnreadableError(Exception):
    """Reading the photo being copied failed (not writing the copy)."""


def _chunks(fh: BinaryIO) -> Iterator[bytes]:
    """The file's bytes; a read error told apart from a write error of the copy."""
    while True:
        try:
            chunk = fh.read(_CHUNK)
        except OSError as exc:
            raise _SourceUnreadableError(str(exc)) from exc
        if not chunk:
            return
        yield chunk


def copy_missing(source: Path, target: Path) -> CopyOutcome:
    """Copy the photos of folder `source` that folder `target` lacks (or holds with a
    size that is not theirs), each checked against its name on the way; nothing is
    ever deleted. Why only the missing ones: names are contents, so a file there is
    that photo, and a daily backup copies only the day's new photos.

    A source file that cannot be read, or whose bytes are not its name's, is left out
    (logged, in `skipped`): the photo shows as missing, the rest is carried. A target
    that cannot be written raises StorageError, with no half-written file left."""
    if not source.is_dir():
        return CopyOutcome(0, ())
    if target.exists() and source.resolve() == target.resolve():
        return CopyOutcome(0, ())  # e.g. restoring a file kept in the data folder itself
    copied = 0
    skipped: list[str] = []
    for file, sha256, suffix in _stored_files(source):
        there = target / _relative(sha256, suffix)
        try:
            if there.stat().st_size == file.stat().st_size:
                continue
        except OSError:
            pass  # not there (or not readable): copy it
        try:
            fh = file.open("rb")
        except OSError as exc:
            log.warning("photo %s not copied: %s", file, exc)
            skipped.append(file.name)
            continue
        try:
            with fh:
                if _install(there, _chunks(fh), sha256):
                    copied += 1
                    continue
        except _SourceUnreadableError as exc:
            log.warning("photo %s not copied: %s", file, exc)
            skipped.append(file.name)
            continue
        except OSError as exc:
            raise _write_error(target, exc) from exc
        log.warning("photo %s not copied: its bytes are not the photo it names", file)
        skipped.append(file.name)
    return CopyOutcome(copied, tuple(skipped))
