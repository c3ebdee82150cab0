"""GUI fixtures: modal message boxes and print previews are recorded instead of
blocking the test, and accounts to log in with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QMessageBox

from propdesk.domain.roles import Role
from propdesk.reports.slips.model import Slip
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.station.accounts import UserInfo
from propdesk.ui.login_dialog import LoginDialog
from propdesk.ui.widgets.pdf_preview import PdfPreviewDialog
from propdesk.ui.widgets.slip_printing import SlipPreviewDialog

STATION = "岗亭"
ADMIN = "admin"
ADMIN_PASSWORD = "secret-1"
PASSWORD = "pass-123"  # every other test account's


@dataclass
class Boxes:
    shown: list[tuple[str, str]] = field(default_factory=list)
    # What QMessageBox.question answers (Yes unless a test says otherwise).
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    questions: list[str] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [text for _title, text in self.shown]


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    recorded = Boxes()

    def fake_exec(self: QMessageBox) -> int:
        recorded.shown.append((self.windowTitle(), self.text()))
        return int(QMessageBox.StandardButton.Ok.value)

    def fake_static(_parent: Any, title: str, text: str, *_a: Any, **_k: Any) -> Any:
        recorded.shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    def fake_question(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        recorded.questions.append(text)
        return recorded.answer

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    for name in ("information", "warning", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(fake_static))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(fake_question))
    return recorded


@dataclass
class Previews:
    """Slips and PDFs that went to print preview (the modal preview itself is not run;
    a PDF's pages are painted into the preview as on screen, and counted)."""

    slips: list[Slip] = field(default_factory=list)
    pdfs: list[PdfPreviewed] = field(default_factory=list)


@dataclass(frozen=True)
class PdfPreviewed:
    title: str
    pages_painted: int  # pages the dialog rendered from the PDF
    pages_shown: int  # pages the preview widget holds


@pytest.fixture(autouse=True)
def previews(monkeypatch: pytest.MonkeyPatch) -> Previews:
    recorded = Previews()

    def fake_exec(self: SlipPreviewDialog) -> int:
        recorded.slips.append(self.slip)
        return 0

    def fake_pdf_exec(self: PdfPreviewDialog) -> int:
        widget = self.findChild(QPrintPreviewWidget)
        assert widget is not None
        widget.updatePreview()  # paints now, while the PDF still exists
        recorded.pdfs.append(PdfPreviewed(self.title, self.pages_painted, widget.pageCount()))
        return 0

    monkeypatch.setattr(SlipPreviewDialog, "exec", fake_exec)
    monkeypatch.setattr(PdfPreviewDialog, "exec", fake_pdf_exec)
    return recorded


@pytest.fixture
def admin(ready_services: Services) -> Actor:
    """The first administrator, logged in at the station 岗亭."""
    info = ready_services.accounts.create_first_admin(ADMIN, "王经理", ADMIN_PASSWORD, STATION)
    return ready_services.accounts.actor_for(info, STATION)


@pytest.fixture
def english(ready_services: Services) -> Services:
    # open_window installs the translators of the saved language; keep the tests English.
    ready_services.settings.set_language("en")
    return ready_services


def add_user(services: Services, admin: Actor, username: str, name: str, role: Role) -> UserInfo:
    return services.accounts.create_user(admin, username, name, role, PASSWORD)


def actor_of(services: Services, user: UserInfo) -> Actor:
    return services.accounts.actor_for(user, STATION)


def log_in_at_start(
    username: str, password: str, accepted: list[str] | None = None
) -> Callable[[LoginDialog], int]:
    """LoginDialog.exec as a person at start: the real dialog, the name and password
    typed and sent as soon as it is up (the station may still be opening behind it;
    the dialog waits for it). The titles of the dialogs that logged someone in go to
    `accepted`."""

    def exec_as_person(self: LoginDialog) -> int:
        def type_in() -> None:
            self.panel.username_edit.setText(username)
            self.panel.password_edit.setText(password)
            self.panel.submit()

        QTimer.singleShot(0, type_in)
        result = QDialog.exec(self)
        if accepted is not None and result == QDialog.DialogCode.Accepted.value:
            accepted.append(self.windowTitle())
        return result

    return exec_as_person
