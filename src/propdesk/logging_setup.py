"""Rotating log file in the user's log folder, shared by the GUI and the CLI."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "propdesk.log"


def setup_logging(log_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Log to a rotating file; returns its path (None when the folder is unusable)."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_propdesk", False):
            root.removeHandler(handler)
            handler.close()
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_dir / LOG_FILE, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s")
    )
    handler._propdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return log_dir / LOG_FILE
