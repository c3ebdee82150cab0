"""Cold start to main window shown, against a bare QMainWindow shown in the same run."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

from tests.bench.timing import report, time_process

RUNS = 7

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.show(); app.processEvents()
"""

PROPDESK = """
import sys
from propdesk.config import Paths
from propdesk.logging_setup import setup_logging
paths = Paths.resolve(sys.argv[-1] if False else {data!r})
setup_logging(paths.log_dir)
from propdesk.ui.gui_main import make_application, open_window
app = make_application()
window, services, code = open_window(paths)
assert window is not None and window.isVisible()
app.processEvents()
services.close()
"""


def run() -> None:
    with tempfile.TemporaryDirectory() as data:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "propdesk",
                "--data-dir",
                data,
                "init",
                "--estate",
                "翠湖花园",
                "--station",
                "岗亭",
            ],
            check=True,
            capture_output=True,
        )
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        # Warm the OS file cache once for both, so neither pays for the first read.
        time_process(BARE, 1, env)
        time_process(PROPDESK.format(data=data), 1, env)
        bare = report("bare QMainWindow shown (baseline)", time_process(BARE, RUNS, env))
        ours = report(
            "propdesk main window shown", time_process(PROPDESK.format(data=data), RUNS, env)
        )
        print(f"  ratio propdesk / bare: {ours / bare:.2f}")
