"""Composition root: paths → logging → (services, inside the UI's start) → main window.

Kept tiny so the CLI can import it lazily; Qt is loaded only when a window is wanted.
"""

from __future__ import annotations

from propdesk.config import Paths
from propdesk.logging_setup import setup_logging


def run_gui(paths: Paths) -> int:
    setup_logging(paths.log_dir)
    # Load the Qt-free layers first (bootstrap, and start_restore for a damaged
    # database): once PySide6 is imported, it inspects the source of every module
    # imported after it (its __feature__ hook), which costs ~0.2 s here.
    import propdesk.services.bootstrap
    import propdesk.services.start_restore  # noqa: F401
    from propdesk.ui.gui_main import run_gui as start

    return start(paths)
