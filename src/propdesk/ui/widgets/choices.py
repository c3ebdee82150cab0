"""Combo boxes offering a fixed list of choices, each a text shown and the value it
stands for (an enum's code, a record's id)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox

Choices = Iterable[tuple[str, object]]  # (text shown, value)
E = TypeVar("E", bound=Enum)


def enum_choices(members: Iterable[E], name: Callable[[E], str]) -> list[tuple[str, object]]:
    """Each member by its name on screen, standing for its stored value (its code)."""
    return [(name(member), member.value) for member in members]


def choice_combo(choices: Choices, name: str = "") -> QComboBox:
    combo = QComboBox()
    if name:
        combo.setObjectName(name)
    for text, value in choices:
        combo.addItem(text, value)
    return combo


def refill_combo(combo: QComboBox, choices: Choices) -> None:
    """Offer these choices now, the one chosen staying chosen when it is still offered
    (else the first); quietly: no change of choice is signalled."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        for text, value in choices:
            combo.addItem(text, value)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(found, 0))
    finally:
        combo.blockSignals(False)
