"""Who is calling: a unit code, a name (or its pinyin initials) or a phone number
looked up in the resident register, for the new-ticket and new-complaint forms to fill
in (here, not in a tab package: tabs do not import one another).

It rides on quick search (services.search: the same readings of what was typed, the
same rights) and then reads the unit's residents for the full phone number, which
search hits only show masked. People who moved out are left out: they no longer
report faults in the unit.

The two forms look up alike (`ReporterLookup`): Enter in the look-up box or F4 from
the person's boxes, the same text again fills the next match, "nobody matches" under
the box, who was filled (and which match of how many) in a line under it. What each
form fills, its boxes and its own words, stay in the form.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from propdesk.errors import QT_TRANSLATE_NOOP, PropdeskError, UserError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.residents import ResidentInfo, ResidentKind
from propdesk.services.master_data.search import KIND_RESIDENT, KIND_UNIT
from propdesk.ui.dialogs import show_error
from propdesk.ui.widgets.form_dialog import FormDialog

LIMIT = 8
# Who usually speaks for a unit: the owner first, then a tenant, then family.
_KIND_ORDER = {ResidentKind.OWNER: 0, ResidentKind.TENANT: 1, ResidentKind.FAMILY: 2}
HINT_STYLE = "color: #1b5e20;"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True)
class ReporterMatch:
    resident_id: uuid.UUID | None  # None: a unit with nobody registered living there
    name: str
    phone: str
    unit_code: str


def _match(info: ResidentInfo) -> ReporterMatch:
    return ReporterMatch(info.id, info.name, info.phone, info.unit_code)


def find_reporters(services: Services, actor: Actor, text: str) -> list[ReporterMatch]:
    """Best first; [] when nothing matches. PropdeskError (no right to read the
    register, the database) is the caller's to show."""
    groups = services.search.search(actor, text, limit_per_kind=LIMIT)
    residents: dict[uuid.UUID, list[ResidentInfo]] = {}

    def living_in(unit_id: uuid.UUID) -> list[ResidentInfo]:
        if unit_id not in residents:
            found = services.residents.for_unit(actor, unit_id)
            residents[unit_id] = sorted(
                (r for r in found if r.living_here), key=lambda r: _KIND_ORDER[r.kind]
            )
        return residents[unit_id]

    matches: list[ReporterMatch] = []
    for group in groups:
        for hit in group.hits:
            if group.kind == KIND_UNIT:
                people = living_in(hit.record_id)
                matches += [_match(r) for r in people] or [ReporterMatch(None, "", "", hit.title)]
            elif group.kind == KIND_RESIDENT:
                matches += [_match(r) for r in living_in(hit.open_id) if r.id == hit.record_id]
    unique: dict[tuple[uuid.UUID | None, str], ReporterMatch] = {}
    for match in matches:
        unique.setdefault((match.resident_id, match.unit_code), match)
    return list(unique.values())


class ReporterLookup(QObject):
    """The look-up box's work in a new-ticket or new-complaint form.

    It keeps the matches for the text last looked up and which of them is filled in:
    the same text again steps to the next (F4 pressed again), another text reads the
    register afresh. Once `watch`ing, Enter in the look-up box looks up (it must not
    save a half-filled form) and F4 from anywhere in the form looks up the person's
    box being typed in, else the look-up box. The line under the look-up box (`hint`)
    is the form's to place."""

    def __init__(self, services: Services, actor: Actor, dialog: FormDialog) -> None:
        super().__init__(dialog)
        self._services = services
        self._actor = actor
        self._dialog = dialog
        self.matches: list[ReporterMatch] = []
        self.index = -1  # of the match filled in
        self._looked_up = ""  # the text the matches are for
        self.hint = QLabel()
        self.hint.setObjectName("lookup_hint")
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)
        self.hint.hide()
        self._edit: QLineEdit | None = None
        self._person_boxes: tuple[QLineEdit, ...] = ()
        self._fill: Callable[[ReporterMatch], None] = lambda _match: None
        self._then: QWidget | None = None
        self.shortcut: QShortcut | None = None  # F4, once watching

    def watch(
        self,
        lookup_edit: QLineEdit,
        person_boxes: Sequence[QLineEdit],
        fill: Callable[[ReporterMatch], None],
        then: QWidget,
    ) -> None:
        """Enter in `lookup_edit`, F4 in the form: a match goes to `fill`; after Enter
        found one, the keyboard goes on to `then` (what comes after the person)."""
        self._edit = lookup_edit
        self._person_boxes = tuple(person_boxes)
        self._fill = fill
        self._then = then
        lookup_edit.installEventFilter(self)
        self.shortcut = QShortcut(QKeySequence(Qt.Key.Key_F4), self._dialog)
        self.shortcut.activated.connect(self._on_f4)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._edit and self._edit is not None and _enter_pressed(event):
            if self.fill_from(self._edit.text()) and self._then is not None:
                self._then.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _on_f4(self) -> None:
        if self._edit is None:
            return
        text = self._edit.text()
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit) and focused in self._person_boxes:
            text = focused.text() or text
        self.fill_from(text)

    # -- the register ----------------------------------------------------------------
    def fill_from(self, text: str) -> bool:
        """Fill the form with the next match for `text`; False (and the reason shown)
        when there is none."""
        match = self.look_up(text)
        if match is None:
            return False
        self._fill(match)
        return True

    def next_match(self, text: str) -> ReporterMatch | None:
        """The next match for `text`; None when nobody matches (and the next call reads
        the register again). PropdeskError from the register is the caller's."""
        if text != self._looked_up:
            self.matches = find_reporters(self._services, self._actor, text)
            self._looked_up = text
            self.index = -1
        if not self.matches:
            self._looked_up = ""
            return None
        self.index = (self.index + 1) % len(self.matches)
        return self.matches[self.index]

    def look_up(self, text: str) -> ReporterMatch | None:
        """The next match for what was typed, or None with the reason shown: under the
        look-up box (nobody matches, a text the search refuses), else in a message."""
        form = self._dialog.form
        form.clear_errors()
        text = text.strip()
        if not text:
            return None
        try:
            match = self.next_match(text)
        except UserError as exc:
            if not form.show_error(exc):
                show_error(self._dialog, exc)
            return None
        except PropdeskError as exc:
            show_error(self._dialog, exc)
            return None
        if match is None:
            self.hint.hide()
            form.show_error(
                UserError(
                    QT_TRANSLATE_NOOP("messages", "Nobody in the register matches “{text}”."),
                    field="lookup",
                    text=text,
                )
            )
        return match

    def show_hint(self, match: ReporterMatch, counted: str) -> None:
        """Say who was filled in; with several matches through `counted`, the form's
        "{who} (match {n} of {total}; F4 for the next)" in its own words."""
        who = " · ".join(p for p in (match.name, match.unit_code) if p)
        if len(self.matches) > 1:
            who = counted.format(who=who, n=self.index + 1, total=len(self.matches))
        self.hint.setText(who)
        self.hint.show()


def _enter_pressed(event: QEvent) -> bool:
    return (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.key() in _ENTER
    )
