"""The purposes most visits have, one click each under the purpose field (快递, 外卖,
访友, 家政, 装修), and "Other" to type one: the visitor's form and the visitor car's
form offer the same. A pick writes its text, in the user's language, into the field
and leaves the focus there, so Enter saves. The buttons take no Tab stop: the keyboard
goes from field to field as before."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from propdesk.ui.widgets.buttons import push_button


class PurposePicks(QWidget):
    def __init__(self, edit: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purpose_picks")
        self._edit = edit
        self.buttons: list[QPushButton] = [
            push_button(text, self._picker(text))
            for text in (
                self.tr("Delivery"),
                self.tr("Food delivery"),
                self.tr("Visiting friends"),
                self.tr("Housekeeping"),
                self.tr("Renovation"),
            )
        ]
        self.other_button = push_button(self.tr("Other"), self._other)
        self.buttons.append(self.other_button)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for button in self.buttons:
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(button)
        row.addStretch(1)

    def _picker(self, text: str) -> Callable[[], None]:
        # No parameter: a default one would receive the click's `checked`.
        def pick() -> None:
            self._edit.setText(text)
            self._edit.setFocus()

        return pick

    def _other(self) -> None:
        self._edit.clear()
        self._edit.setFocus()
