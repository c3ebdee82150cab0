"""GUI fixtures: modal message boxes are recorded instead of blocking the test."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox


@dataclass
class Boxes:
    shown: list[tuple[str, str]] = field(default_factory=list)

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

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    for name in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(fake_static))
    return recorded
