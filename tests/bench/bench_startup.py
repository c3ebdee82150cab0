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

# The real start path (settings, translators, font, checks, backup, migrations, main
# window); the login dialog is answered as a guard would, by typing and pressing Enter.
PROPDESK = """
import faulthandler
faulthandler.dump_traceback_later(60, exit=True)  # a start that hangs says where
from propdesk.config import Paths
from propdesk.logging_setup import setup_logging
paths = Paths.resolve({data!r})
setup_logging(paths.log_dir)
import propdesk.services.bootstrap  # as propdesk.app.run_gui does: Qt-free layers first
from propdesk.ui.login_dialog import LoginDialog
def answer(self):
    self.panel.username_edit.setText("bench")
    self.panel.password_edit.setText({password!r})
    self.panel.submit()
    return self.result()
LoginDialog.exec = answer
from propdesk.ui.gui_main import make_application, open_window
app = make_application()
window, services, code = open_window(paths)
assert window is not None and window.isVisible()
app.processEvents()
services.close()
"""
PASSWORD = "bench-password"


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
                "--admin",
                "bench",
            ],
            check=True,
            capture_output=True,
            env={**os.environ, "PROPDESK_ADMIN_PASSWORD": PASSWORD},
        )
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        # Warm the OS file cache once for both, so neither pays for the first read.
        time_process(BARE, 1, env)
        time_process(PROPDESK.format(data=data, password=PASSWORD), 1, env)
        bare = report("bare QMainWindow shown (baseline)", time_process(BARE, RUNS, env))
        ours = report(
            "propdesk main window shown",
            time_process(PROPDESK.format(data=data, password=PASSWORD), RUNS, env),
        )
        print(f"  ratio propdesk / bare: {ours / bare:.2f}")
