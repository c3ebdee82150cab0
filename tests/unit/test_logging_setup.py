"""The log file cannot be written (a full disk): the record is dropped, said once in one
short line, never with Python's "--- Logging error ---" traceback."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from propdesk.logging_setup import LOG_FILE, setup_logging


@pytest.fixture
def clean_root() -> Iterator[None]:
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    yield
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_log_that_cannot_be_written_is_dropped_quietly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], clean_root: None
) -> None:
    del clean_root
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / LOG_FILE).symlink_to("/dev/full")  # every write: ENOSPC, like a full disk
    assert setup_logging(logs) == logs / LOG_FILE
    log = logging.getLogger("propdesk.test")
    for n in range(3):
        log.warning("record %s", n)
    try:
        raise OSError(28, "No space left on device")
    except OSError:
        log.exception("with a traceback of its own")
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "Logging error" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "No space left on device" in lines[0]
    assert str(logs) in lines[0]
