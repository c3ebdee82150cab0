"""Rotating log file in the user's log folder, shared by the GUI and the CLI."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import sys
from collections.abc import Callable
from pathlib import Path

from propdesk.config import PRIVATE_FOLDER, keep_private, make_private

LOG_FILE = "propdesk.log"

# Told once when the log cannot be written; the CLI passes its own (translated) words.
DropNotice = Callable[[Path, BaseException], str]


def _english_notice(folder: Path, exc: BaseException) -> str:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return f"propdesk: the log in {folder} cannot be written ({reason}); log lines are dropped"


class _QuietRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A log record that cannot be written is dropped.

    Why: on a full disk the log's own write fails too, and logging's default is to print
    "--- Logging error ---" with a traceback on stderr, right where the person is told
    "the disk is full". The log is a help, never a reason to fail or frighten: the first
    failure is said in one short line, later ones are dropped silently until it works.
    """

    def __init__(self, file: Path, notice: DropNotice) -> None:
        self._file = file  # before the base class opens the file (_open)
        self._notice = notice
        self._told = False
        super().__init__(file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")

    def _open(self):  # type: ignore[no-untyped-def]  # typeshed: returns a TextIOWrapper
        stream = super()._open()
        make_private(self._file)  # a rotated-in file, or an older version's
        return stream

    def handleError(self, record: logging.LogRecord) -> None:
        del record
        self._say_once(sys.exc_info()[1])

    def flush(self) -> None:
        try:
            super().flush()
        except OSError as exc:  # what could not be written is dropped with its record
            self._say_once(exc)

    def close(self) -> None:
        try:
            super().close()
        except OSError as exc:
            self._say_once(exc)

    def _say_once(self, exc: BaseException | None) -> None:
        if self._told or exc is None:
            return
        self._told = True
        # No stderr (a GUI without a console) or a failing notice: drop it as well.
        with contextlib.suppress(Exception):
            print(self._notice(self._file.parent, exc), file=sys.stderr)


def setup_logging(
    log_dir: Path, *, level: int = logging.INFO, notice: DropNotice | None = None
) -> Path | None:
    """Log to a rotating file; returns its path (None when the folder is unusable).

    `notice`: the line said once when the log cannot be written (a full disk)."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_propdesk", False):
            root.removeHandler(handler)
            handler.close()
    keep_private()  # the log is made before the station is opened
    try:
        log_dir.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        make_private(log_dir)
        handler = _QuietRotatingFileHandler(log_dir / LOG_FILE, notice or _english_notice)
    except OSError:
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s")
    )
    handler._propdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return log_dir / LOG_FILE
