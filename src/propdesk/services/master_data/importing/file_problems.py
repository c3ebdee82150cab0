"""What can be wrong with a file picked for an import, in the words the user gets (a
ValidationError on the field "file"), and the file's first bytes, which tell what it
is whatever its name says. Shared by the register workbooks and the patrol wands'
CSV or Excel files, so the two imports refuse a file alike."""

from __future__ import annotations

from pathlib import Path

from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError, ValidationError
from propdesk.services.master_data.importing.columns import MAX_ROWS

OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")  # an encrypted workbook or an old .xls
ZIP_SIGNATURE = b"PK\x03\x04"  # an .xlsx workbook is a zip


def file_error(template: str, path: Path, **params: object) -> ValidationError:
    return ValidationError(template, field="file", name=path.name, **params)


def cannot_open(path: Path, exc: OSError) -> UserError:
    """Why the file cannot be opened at all: it is not there, or it may not be read."""
    if isinstance(exc, FileNotFoundError):
        missing = QT_TRANSLATE_NOOP("messages", "The file {path} does not exist.")
        return NotFoundError(missing, field="file", path=str(path))
    unreadable = QT_TRANSLATE_NOOP("messages", "The file {path} cannot be read.")
    return ValidationError(unreadable, field="file", path=str(path))


def file_head(path: Path) -> bytes:
    """The file's first 8 bytes (its signature); a file that cannot be opened is refused."""
    try:
        with path.open("rb") as handle:
            return handle.read(8)
    except OSError as exc:
        raise cannot_open(path, exc) from exc


def too_many_rows(path: Path) -> ValidationError:
    return file_error(
        QT_TRANSLATE_NOOP(
            "messages",
            "{name} has more than {limit} rows. Split it into files of at most {limit} rows.",
        ),
        path,
        limit=MAX_ROWS,
    )


def too_large(path: Path, limit_mb: int) -> ValidationError:
    return file_error(
        QT_TRANSLATE_NOOP(
            "messages", "{name} is too large to import (over {limit} MB of sheet data)."
        ),
        path,
        limit=limit_mb,
    )
