"""A dialog's background work (ui/widgets/background_work.py): the progress bar and
the busy flag follow the work, also when the result starts the next piece of work at
once (a wand file read, then previewed), and closing waits for the thread."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from propdesk.ui.widgets.background_work import BackgroundWork
from propdesk.ui.worker import Progress


def _work(qtbot: QtBot) -> tuple[QDialog, BackgroundWork, list[str]]:
    """The dialog (kept: it owns the work), its work and what the dialog was told:
    errors, and "busy"/"idle" at each change."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    told: list[str] = []

    def changed() -> None:
        told.append("busy" if work.busy else "idle")

    work = BackgroundWork(dialog, lambda exc: told.append(f"error {exc}"), changed)
    return dialog, work, told


def test_a_result_that_starts_more_work_keeps_it_busy_until_that_is_done(qtbot: QtBot) -> None:
    _dialog, work, told = _work(qtbot)
    release = threading.Event()

    def second(_progress: Progress) -> str:
        release.wait(10)
        return "previewed"

    def chain(result: object) -> None:
        told.append(str(result))
        work.run(second, lambda result: told.append(str(result)))

    work.run(lambda _progress: "read", chain)
    qtbot.waitUntil(lambda: "read" in told)
    qtbot.wait(50)  # the first worker's end has been heard by now
    assert work.busy
    assert not work.bar.isHidden()
    release.set()
    qtbot.waitUntil(lambda: not work.busy)
    assert told == ["busy", "read", "busy", "previewed", "idle"]
    assert work.bar.isHidden()


def test_progress_fills_the_bar_and_an_error_is_handed_on(qtbot: QtBot) -> None:
    _dialog, work, told = _work(qtbot)
    seen: list[tuple[int, int]] = []

    def failing(progress: Progress) -> None:
        progress(3, 10)
        raise ValueError("boom")

    work.bar.valueChanged.connect(lambda value: seen.append((value, work.bar.maximum())))
    work.run(failing, lambda _result: told.append("result"))
    qtbot.waitUntil(lambda: not work.busy)
    assert (3, 10) in seen
    assert told == ["busy", "error boom", "idle"]  # the buttons updated at start and end
    assert work.bar.isHidden()


def test_stop_cancels_the_work_and_waits_for_its_thread(qtbot: QtBot) -> None:
    _dialog, work, told = _work(qtbot)
    started = threading.Event()
    stopped: list[bool] = []

    def endless(progress: Progress) -> None:
        started.set()
        while progress(0, None):
            threading.Event().wait(0.01)
        stopped.append(True)

    work.run(endless, lambda _result: told.append("result"))
    assert started.wait(10)
    work.stop()
    assert stopped == [True]  # the thread has ended before stop() returned
    assert work.wait_until_done(1_000)
