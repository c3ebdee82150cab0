"""Composition root: paths → logging → (services, inside the UI's start) → main window.

Kept tiny so the CLI can import it lazily; Qt is loaded only when a window is wanted.
"""

from __future__ import annotations

from propdesk.config import Paths
from propdesk.logging_setup import setup_logging


def run_gui(paths: Paths) -> int:
    setup_logging(paths.log_dir)
    # The services are not imported here: the login is painted first and the station
    # (SQLAlchemy, the models: ~1 s) opens behind it on a worker thread (issue 18).
    from propdesk.ui.gui_main import run_gui as start

    return start(paths)
