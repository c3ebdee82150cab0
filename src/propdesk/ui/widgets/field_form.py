"""A form layout whose fields each have a message line right under them.

Services raise ValidationError(field=...); `show_error` puts the translated message
next to that field and focuses it, so the user sees what to fix where to fix it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from propdesk.errors import PropdeskError
from propdesk.ui.dialogs import user_message

ERROR_STYLE = "color: #b00020;"


class FieldForm(QFormLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add_field(self, name: str, label: str, widget: QWidget) -> QLabel:
        message = QLabel()
        message.setObjectName(f"error_{name}")
        message.setStyleSheet(ERROR_STYLE)
        message.setWordWrap(True)
        message.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(message)
        self.addRow(label, box)
        self._fields[name] = (widget, message)
        return message

    def clear_errors(self) -> None:
        for _widget, message in self._fields.values():
            message.clear()
            message.hide()

    def show_error(self, exc: PropdeskError) -> bool:
        """Show the message under its field; False when the error names no field here."""
        if exc.field not in self._fields:
            return False
        widget, message = self._fields[exc.field]
        message.setText(user_message(exc))
        message.show()
        widget.setFocus()
        return True

    def error_text(self, name: str) -> str:
        return self._fields[name][1].text()
