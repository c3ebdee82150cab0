"""A one-line progress bar for long commands, drawn only on a terminal: a scheduled
run writing into a log file gets the result lines and nothing else."""

from __future__ import annotations

import sys
from collections.abc import Callable

WIDTH = 30

Progress = Callable[[int, int | None], bool]


def terminal_progress(label: str) -> Progress | None:
    """A progress callback redrawing one line of stdout, or None when stdout is not a
    terminal. `end_line` leaves the line when the work is over."""
    if not sys.stdout.isatty():
        return None

    def show(done: int, total: int | None) -> bool:
        if total:
            share = min(1.0, done / total)
            filled = round(WIDTH * share)
            bar = "█" * filled + "·" * (WIDTH - filled)
            print(f"\r{label} [{bar}] {share:4.0%}", end="", flush=True)
        else:
            print(f"\r{label} {done:,}", end="", flush=True)
        return True

    return show


def end_line(progress: Progress | None) -> None:
    """Leave the bar's line (after success or failure) so what follows starts clean."""
    if progress is not None:
        print(flush=True)
