"""The anchor file survives a process killed while appending to it: every anchor
written before the kill reads back, whatever was half written is at most one torn
last line (reported, skipped), and the next anchor starts on a line of its own."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from propdesk.config import Paths
from propdesk.services.core.audit_anchors import anchor_file, read_anchors, remember

WRITER = """
import sys
from propdesk.config import Paths
from propdesk.services.core.audit_anchors import remember
paths = Paths.resolve(sys.argv[1])
seq = 0
while True:
    seq += 1
    remember(paths, "daily", seq, format(seq, "064x"), "x" * 200)
"""


def test_a_writer_killed_mid_append_leaves_a_readable_file(tmp_path: Path) -> None:
    paths = Paths.resolve(tmp_path / "data")
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(paths.data_dir)])
    try:
        deadline = time.monotonic() + 30
        file = anchor_file(paths)
        while time.monotonic() < deadline:
            if file.exists() and file.stat().st_size > 50_000:
                break
            time.sleep(0.01)
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.wait(10)
    assert writer.returncode == -signal.SIGKILL

    book = read_anchors(paths)
    assert book.unreadable == []
    seqs = [a.seq for a in book.anchors]
    assert len(seqs) > 100
    assert seqs == list(range(1, len(seqs) + 1))  # none lost in the middle

    assert remember(paths, "backup", 1, "a" * 64, "after-the-crash.db")
    after = read_anchors(paths)
    assert after.anchors[-1].what == "after-the-crash.db"
    assert after.unreadable == ([len(seqs) + 1] if book.torn_tail else [])
