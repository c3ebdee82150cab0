"""Save a workbook all or nothing: into a temporary file beside the target, then
renamed over it, so a failed or cancelled save never leaves half a file behind."""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from propdesk.errors import QT_TRANSLATE_NOOP, UserError

log = logging.getLogger(__name__)


class FileWriteError(UserError):
    """The chosen file or folder cannot be written (read-only, missing, open in Excel)."""


def _cannot_write(path: Path) -> FileWriteError:
    return FileWriteError(
        QT_TRANSLATE_NOOP(
            "messages",
            "{path} cannot be written. Check that the folder exists and may be written to, "
            "that the file is not open in another program, and that the disk is not full.",
        ),
        field="path",
        path=str(path),
    )


def write_atomically(path: Path, write: Callable[[Path], object]) -> Path:
    """Call `write(temporary_path)`, then rename the result to `path`.

    Any exception from `write` removes the temporary file and propagates; an OSError
    (creating, writing or renaming) becomes FileWriteError.
    """
    path = Path(path)
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".~{path.stem[:40]}-", suffix=".tmp", dir=path.parent
        )
        os.close(handle)
    except OSError as exc:
        log.warning("cannot create a file beside %s: %s", path, exc)
        raise _cannot_write(path) from exc
    temporary = Path(name)
    try:
        write(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        log.warning("cannot write %s: %s", path, exc)
        raise _cannot_write(path) from exc
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
    return path
