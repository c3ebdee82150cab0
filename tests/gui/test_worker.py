"""The background worker: its thread ends as soon as the work does."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from propdesk.ui.worker import Worker


def test_wait_returns_once_the_work_is_done_without_the_gui_loop(qtbot: QtBot) -> None:
    worker = Worker(lambda _progress: 42)
    results: list[object] = []
    worker.sig_result.connect(results.append)
    worker.start()
    # No event processing here: the GUI thread has not handled the result yet, and the
    # thread must still have ended (before the fix, wait() ran into its timeout).
    assert worker.wait(5_000)
    qtbot.waitUntil(lambda: results == [42])


def test_errors_come_back_and_the_thread_ends(qtbot: QtBot) -> None:
    def fail(_progress: object) -> None:
        raise ValueError("boom")

    worker = Worker(fail)
    errors: list[object] = []
    worker.sig_error.connect(errors.append)
    worker.start()
    assert worker.wait(5_000)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], ValueError)
