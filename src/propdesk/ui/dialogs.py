"""The one place that shows errors: user errors, storage errors and crashes."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from propdesk.errors import MESSAGES, PropdeskError, StorageError, StorageProblem, UserError

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


def storage_text(exc: StorageError) -> str:
    """The storage message in the user's language (services speak English)."""
    texts = {
        StorageProblem.LOCKED: translate(
            "dialogs",
            "The database is busy or locked by another program. Nothing was saved; "
            "close the other program (or wait a moment) and try again.",
        ),
        StorageProblem.DISK_FULL: translate(
            "dialogs",
            "The disk is full. Nothing was saved; free some space and try again. "
            "Records saved earlier are safe.",
        ),
        StorageProblem.READ_ONLY: translate(
            "dialogs",
            "The database or its folder cannot be written to (read-only). Nothing was "
            "saved; check the folder's permissions or choose another data folder.",
        ),
        StorageProblem.CORRUPT: translate(
            "dialogs",
            "The database file is damaged or is not a propdesk database. It has not been "
            "changed; restore the newest backup.",
        ),
        StorageProblem.SERVER_UNREACHABLE: translate(
            "dialogs",
            "The database server cannot be reached. Nothing was saved; check this "
            "station's network cable and that the server is on, then try again.",
        ),
        StorageProblem.NEWER_SCHEMA: translate(
            "dialogs",
            "This database was written by a newer version of propdesk. Install the newer "
            "version; the file was not changed.",
        ),
    }
    return texts.get(exc.problem, translate("dialogs", "The database could not be opened."))


def error_text(exc: PropdeskError) -> str:
    # A storage error with values names its own case (e.g. which file is read-only):
    # its template is translated like a user error's; the others by their kind.
    if isinstance(exc, StorageError) and not exc.params:
        return storage_text(exc)
    return user_message(exc)


def user_message(exc: PropdeskError) -> str:
    """Translate the error's template, then fill in its values."""
    text = QCoreApplication.translate(MESSAGES, exc.template)
    return text.format(**exc.params) if exc.params else text


def show_error(parent: QWidget | None, exc: PropdeskError, title: str | None = None) -> None:
    """Every expected error the user must see goes through here."""
    box = QMessageBox(parent)
    box.setIcon(
        QMessageBox.Icon.Critical if isinstance(exc, StorageError) else QMessageBox.Icon.Warning
    )
    box.setWindowTitle(title or translate("dialogs", "propdesk"))
    box.setText(error_text(exc))
    if isinstance(exc, StorageError) and exc.detail:
        box.setDetailedText(exc.detail)
    box.exec()


def show_failure(parent: QWidget | None, exc: object) -> None:
    """What background work raised (handed over by a worker's signal): an expected
    failure in the message box; a bug to the crash dialog and the log."""
    if isinstance(exc, PropdeskError):
        show_error(parent, exc)
    elif isinstance(exc, BaseException):
        sys.excepthook(type(exc), exc, exc.__traceback__)


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or translate("dialogs", "propdesk"), text)


def show_warning(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """A finding the user must act on that is not an error of theirs (a broken chain)."""
    QMessageBox.warning(parent, title or translate("dialogs", "propdesk"), text)


def ask_yes_no(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    """A question before something that cannot be undone; No is the default."""
    answer = QMessageBox.question(
        parent,
        title or translate("dialogs", "propdesk"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if isinstance(exc, UserError | StorageError):
        # Expected failures that escaped a handler still get the friendly dialog.
        log.warning("unhandled %s: %s", exc_type.__name__, exc)
        show_error(QApplication.activeWindow(), exc)
        return
    log.critical("unexpected error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("dialogs", "Unexpected error"))
    box.setText(
        translate(
            "dialogs",
            "Something went wrong that propdesk did not expect. What you saved before is "
            "safe. The details were written to the log file; please pass them on.",
        )
    )
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
    box.exec()


def install_excepthook() -> None:
    sys.excepthook = _excepthook
