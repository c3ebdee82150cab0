"""What a paper form is made of besides text: tick boxes with their word beside them
and blank lines to write on, set in lines like words and wrapped when a column is
too narrow for them all.

A cell's content is a sequence of atoms; `set_atoms` breaks it into lines no wider
than the cell and returns the primitives with y measured from the content's top, so
the caller moves them where the cell lands (as a band's items are moved).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from propdesk.reports.slips.primitives import Box, Primitive, Rule, TextRun
from propdesk.reports.slips.text_metrics import ascent, descent, line_height, text_width
from propdesk.reports.slips.text_wrap import wrap_text

ATOM_GAP = 3.0  # mm between atoms on a line
BOX_GAP = 1.0  # mm between a tick box and its word
BLANK_GRAY = 0.25  # the line to write on: dark enough to see, lighter than the rules


@dataclass(frozen=True)
class Text:
    text: str
    gray: float = 0.0


@dataclass(frozen=True)
class TickBox:
    """A square to tick, its word after it."""

    word: str


@dataclass(frozen=True)
class Blank:
    """A line to write on, `width` mm long."""

    width: float


@dataclass(frozen=True)
class LineBreak:
    """What follows starts a new line."""


Atom = Text | TickBox | Blank | LineBreak


def box_side(size_pt: float) -> float:
    """A tick box as tall as a capital letter, so it sits on the line like a word."""
    return ascent(size_pt) * 0.85


def atom_width(atom: Atom, size_pt: float) -> float:
    if isinstance(atom, Text):
        return text_width(atom.text, size_pt)
    if isinstance(atom, TickBox):
        return box_side(size_pt) + BOX_GAP + text_width(atom.word, size_pt)
    if isinstance(atom, Blank):
        return atom.width
    return 0.0


def _lines(atoms: Sequence[Atom], width: float, size_pt: float) -> list[list[Atom]]:
    """Atoms in lines no wider than `width`; a text wider than a line is wrapped into
    texts that fit (nothing is clipped), a blank is shortened to the line."""
    lines: list[list[Atom]] = [[]]
    used = 0.0
    for atom in atoms:
        if isinstance(atom, LineBreak):
            lines.append([])
            used = 0.0
            continue
        pieces: list[Atom] = [atom]
        if isinstance(atom, Text) and text_width(atom.text, size_pt) > width:
            pieces = [Text(line, atom.gray) for line in wrap_text(atom.text, width, size_pt)]
        elif isinstance(atom, Blank) and atom.width > width:
            pieces = [Blank(width)]
        for piece in pieces:
            need = atom_width(piece, size_pt) + (ATOM_GAP if lines[-1] else 0.0)
            if lines[-1] and used + need > width:
                lines.append([])
                used = 0.0
                need = atom_width(piece, size_pt)
            lines[-1].append(piece)
            used += need
    return lines


def baseline_in_line(size_pt: float) -> float:
    """The baseline's depth below a line's top (leading shared above and below, as
    `bands.line_band` sets it)."""
    gap = line_height(size_pt) - ascent(size_pt) - descent(size_pt)
    return gap / 2 + ascent(size_pt)


def set_atoms(
    atoms: Sequence[Atom], x: float, width: float, size_pt: float
) -> tuple[list[Primitive], float]:
    """The atoms' primitives, set from (`x`, 0) in lines no wider than `width`, and
    the height they take."""
    items: list[Primitive] = []
    lines = _lines(atoms, width, size_pt)
    step = line_height(size_pt)
    for index, line in enumerate(lines):
        baseline = index * step + baseline_in_line(size_pt)
        left = x
        for atom in line:
            if isinstance(atom, Text) and atom.text:
                items.append(TextRun(left, baseline, atom.text, size_pt, gray=atom.gray))
            elif isinstance(atom, TickBox):
                side = box_side(size_pt)
                items.append(Box(left, baseline - side, side, side, 0.6))
                word_x = left + side + BOX_GAP
                items.append(TextRun(word_x, baseline, atom.word, size_pt))
            elif isinstance(atom, Blank):
                # On the descent line: handwriting sits on it without touching the text.
                y = baseline + descent(size_pt)
                items.append(Rule(left, y, left + atom.width, y, 0.5, BLANK_GRAY))
            left += atom_width(atom, size_pt) + ATOM_GAP
    return items, len(lines) * step
