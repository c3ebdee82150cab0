"""What the daily round (ui.daily_jobs) tells the person at the window: the day's backup
written or failed, a module's job done or failed, in the status bar (never a dialog:
nobody asked for them). A job's unexpected exception is a bug: the crash dialog.

The strings keep the "MainWindow" context they had when the window showed them."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStatusBar

from propdesk.errors import PropdeskError
from propdesk.services.core.module_spec import DailyJob
from propdesk.ui.daily_jobs import DailyJobs
from propdesk.ui.dialogs import error_text

log = logging.getLogger(__name__)

MINUTE_MS = 60 * 1000
FAILURE_MS = 10 * MINUTE_MS  # a failure stays long enough to be seen after a break

translate = QCoreApplication.translate


def show_daily_notices(
    jobs: DailyJobs, bar: QStatusBar, on_backup_made: Callable[[], object]
) -> None:
    """Connect `jobs`' signals to `bar`; `on_backup_made` after a backup is written
    (the home page shows the newest backup)."""

    def backup_made(made: Path | None) -> None:
        if made is None:  # not due: today's was made already
            return
        log.info("daily backup %s", made)
        text = translate("MainWindow", "Daily backup written: {name}").format(name=made.name)
        bar.showMessage(text, MINUTE_MS)
        on_backup_made()

    def backup_failed(exc: PropdeskError) -> None:
        log.warning("daily backup failed: %s", exc)
        text = translate("MainWindow", "The daily backup failed: {reason}")
        bar.showMessage(text.format(reason=error_text(exc)), FAILURE_MS)

    def job_done(job: DailyJob, changed: int | None) -> None:
        if changed:
            bar.showMessage(translate("MainWindow", job.done).format(n=changed), MINUTE_MS)

    def job_failed(job: DailyJob, exc: object) -> None:
        if not isinstance(exc, PropdeskError):
            if isinstance(exc, BaseException):
                sys.excepthook(type(exc), exc, exc.__traceback__)  # a bug: crash dialog
            return
        log.warning("daily job failed: %s", exc)
        text = translate("MainWindow", job.failed).format(reason=error_text(exc))
        bar.showMessage(text, FAILURE_MS)

    jobs.sig_backup.connect(backup_made)
    jobs.sig_backup_error.connect(backup_failed)
    jobs.sig_result.connect(job_done)
    jobs.sig_error.connect(job_failed)
