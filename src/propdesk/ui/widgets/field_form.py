"""A form layout whose fields each have a message line right under them.

Services raise ValidationError(field=...); `show_error` puts the translated message
next to that field and focuses it, so the user sees what to fix where to fix it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

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

    def add_line_edit(
        self, name: str, label: str, placeholder: str = "", text: str = ""
    ) -> QLineEdit:
        """A text field named after its field `name`, with what it holds (`text`) or,
        while empty, a hint (`placeholder`)."""
        edit = QLineEdit(text)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        self.add_field(name, label, edit)
        return edit

    def tab_fields(self) -> list[QWidget]:
        """The fields Tab stops at (labels showing a value do not take the focus), in
        the order they stand."""
        return [
            widget
            for widget, _message in self._fields.values()
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]

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
