"""Forms opened without blocking, one at a time (the gate's and the repairs' forms).

The window behind keeps running (the journal refreshes, the next call rings) while a
form is open; a second form is not opened over it, the open one comes to the front
instead. When a form closes, the window is active again, so the user goes on
without a click.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from propdesk.errors import PropdeskError
from propdesk.ui.dialogs import show_error

FormT = TypeVar("FormT", bound=QDialog)


class OneFormAtATime:
    def __init__(self, owner: QWidget, after_close: Callable[[], None]) -> None:
        """`after_close` puts the focus where the work goes on (the card field …)."""
        self._owner = owner
        self._after_close = after_close
        self.form: QDialog | None = None  # the form open now

    def showing(self) -> bool:
        return self.form is not None and self.form.isVisible()

    def open(self, make: Callable[[], FormT], saved: Callable[[FormT], None]) -> FormT | None:
        """Open the form `make()` builds; `saved(form)` after OK. None while another
        form is open, or when what the form needs could not be read (the user is told)."""
        if self.form is not None and self.form.isVisible():
            self.form.activateWindow()
            return None
        try:
            form = make()
        except PropdeskError as exc:
            show_error(self._owner, exc)
            return None
        self.form = form
        form.accepted.connect(lambda: saved(form))
        form.finished.connect(lambda _result: self._on_closed(form))
        form.open()
        return form

    def _on_closed(self, form: QDialog) -> None:
        if self.form is form:
            self.form = None
        form.deleteLater()
        self._owner.window().activateWindow()
        self._after_close()
