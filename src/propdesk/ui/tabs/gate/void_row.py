"""Voiding the row chosen in a gate list (the journal, the open release slips): a
"Void…" button and the same on right-click, for roles with VOID on the gate, and the
reason asked before the service is called."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QTableView, QWidget

from propdesk.domain.roles import Action, Module
from propdesk.services.core.actor import Actor
from propdesk.ui.widgets.buttons import push_button
from propdesk.ui.widgets.reason_dialog import ReasonDialog

translate = QCoreApplication.translate


class VoidControls:
    """The button and the right-click action, enabled while `voidable()` says the chosen
    row may be voided; None from `install` for a role that may not void."""

    def __init__(self, view: QTableView, text: str, slot: Callable[[], object]) -> None:
        self.button = push_button(text, slot, "void_button")
        self.action = QAction(text, view)
        self.action.setObjectName("void_action")
        self.action.triggered.connect(lambda _checked=False: slot())
        view.addAction(self.action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    @classmethod
    def install(
        cls, actor: Actor, view: QTableView, text: str, slot: Callable[[], object]
    ) -> VoidControls | None:
        return cls(view, text, slot) if actor.may(Module.GATE, Action.VOID) else None

    def enable(self, voidable: bool) -> None:
        self.button.setEnabled(voidable)
        self.action.setEnabled(voidable)


def ask_reason(
    parent: QWidget, title: str, void: Callable[[str], object], done: Callable[[], None]
) -> ReasonDialog:
    """Ask why (OK voids; a refusal is shown and the dialog stays), then `done`."""
    dialog = ReasonDialog(title, translate("VoidRow", "Reason"), void, parent)
    dialog.setObjectName("void_dialog")
    dialog.set_intro(
        translate(
            "VoidRow",
            "The record stays on file, marked void, and is left out of every count. "
            "Your name, the time and the reason are kept with it.",
        )
    )
    dialog.accepted.connect(done)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def void_button(controls: VoidControls | None) -> list[QPushButton]:
    """The button to lay out, if the role has one."""
    return [controls.button] if controls is not None else []
