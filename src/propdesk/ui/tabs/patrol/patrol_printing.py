"""Print preview of the patrol's papers, in the window's language: the A4 sheet of
checkpoint labels (a whole route, or the checkpoints chosen) and a day's patrol log.

The PDF is written into a temporary folder, shown in the preview (its Print button
prints the very pages) and removed when the preview closes. Tests see what was
previewed through the preview fixture.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.patrol.service import PatrolServices
from propdesk.ui.dialogs import show_error
from propdesk.ui.i18n import ui_language


class PatrolPrinting(QObject):
    def __init__(self, services: Services, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._parent = parent

    def label_sheet(
        self, route_id: uuid.UUID | None = None, checkpoint_ids: Sequence[uuid.UUID] = ()
    ) -> bool:
        """The labels of the whole route, or of the checkpoints chosen."""
        prints = self._services.module(PatrolServices).prints
        return self._preview(
            lambda target: prints.label_sheet(
                self._actor, ui_language(), target, route_id, tuple(checkpoint_ids)
            ),
            self.tr("Checkpoint labels"),
        )

    def day_log(self, day: date) -> bool:
        prints = self._services.module(PatrolServices).prints
        return self._preview(
            lambda target: prints.day_log(self._actor, day, ui_language(), target),
            self.tr("Patrol log {day}").format(day=day.isoformat()),
        )

    def _preview(self, write: Callable[[Path], int], title: str) -> bool:
        """Write the PDF with `write(target)` and preview it; False when it could not be
        made (the user was told why)."""
        with tempfile.TemporaryDirectory(prefix="propdesk-patrol-") as folder:
            target = Path(folder) / "patrol.pdf"
            try:
                write(target)
            except PropdeskError as exc:
                show_error(self._parent, exc)
                return False
            # pypdfium2 loads PDFium (~0.1 s): only when something is printed.
            from propdesk.ui.widgets.pdf_preview import preview_pdf

            preview_pdf(self._parent, target, title)
        return True
