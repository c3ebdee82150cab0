"""The head of a record's detail panel (a repair ticket's, a complaint's): its number
and state in large bold type, and a button for each step of its workflow, of which
only those possible now are shown, in a fixed order (the main path first)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from enum import StrEnum
from typing import TypeVar

from PySide6.QtWidgets import QLabel, QPushButton

from propdesk.ui.fonts import enlarge

TITLE_STYLE = "font-weight: bold;"
Step = TypeVar("Step", bound=StrEnum)


def detail_title(name: str) -> QLabel:
    """The number and state: the first thing read, so larger than the rest."""
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(TITLE_STYLE)
    enlarge(label, 1.3)
    return label


def step_buttons(
    order: Sequence[Step],
    text: Callable[[Step], str],
    prefix: str,
    wanted: Callable[[Step], object],
) -> dict[Step, QPushButton]:
    """A hidden button per step in `order`, named `{prefix}{step}`; a click asks for
    its step (`wanted`: the panel's signal, the tab opens the form)."""
    buttons: dict[Step, QPushButton] = {}
    for step in order:
        button = QPushButton(text(step))
        button.setObjectName(f"{prefix}{step.value}")
        button.clicked.connect(lambda _checked=False, s=step: wanted(s))
        button.hide()
        buttons[step] = button
    return buttons


def show_steps(buttons: Mapping[Step, QPushButton], steps: Collection[Step]) -> None:
    for step, button in buttons.items():
        button.setVisible(step in steps)


def offered_steps(buttons: Mapping[Step, QPushButton]) -> list[Step]:
    """The steps whose buttons are shown, in their order (tests and shortcuts)."""
    return [step for step, button in buttons.items() if not button.isHidden()]
