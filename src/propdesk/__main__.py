"""`propdesk` opens the console; `propdesk <command>` runs headless (see --help)."""

from __future__ import annotations

import sys

from propdesk.cli import run


def main(argv: list[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)


def main_gui() -> int:
    """Entry point of the windowed launcher: always the GUI, never a command."""
    return run(sys.argv[1:], gui_only=True)


if __name__ == "__main__":
    sys.exit(main())
