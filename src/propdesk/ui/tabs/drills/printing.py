"""The drills' papers to print preview, in the window's language: laid out by
reports.drills as slips, so the preview is the PDF."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from propdesk.reports.drills.model import SessionPaper
from propdesk.reports.drills.session_record import session_record_slip
from propdesk.reports.drills.sign_in_sheet import sign_in_slip
from propdesk.ui.i18n import ui_language
from propdesk.ui.widgets.slip_printing import preview_slip


def preview_record(parent: QWidget, paper: SessionPaper) -> None:
    preview_slip(parent, session_record_slip(paper, ui_language()), paper.number)


def preview_sign_in(parent: QWidget, paper: SessionPaper) -> None:
    preview_slip(parent, sign_in_slip(paper, ui_language()), paper.number or paper.title)
