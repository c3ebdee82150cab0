"""What a slip says, independent of how it is drawn.

A slip is a fixed sequence of parts (header, number, fields, table, paragraphs,
signatures, footer); the builders in `gate_slips` fill them and `layout` places
them. Everything is frozen so a slip can be laid out, previewed and saved as PDF
from the same value without one step changing what the next one prints.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageFormat:
    """Paper size, margins and the type scale that suits it, in millimetres and points."""

    name: str
    width_mm: float
    height_mm: float
    margin_mm: float
    body_pt: float  # field and paragraph text; titles and notes scale from it

    @property
    def content_width_mm(self) -> float:
        return self.width_mm - 2 * self.margin_mm


# A6 is what small gatehouse printers and a folded A4 sheet take; A4 for the handover.
A6 = PageFormat("A6", 105.0, 148.0, 7.0, 9.0)
A4 = PageFormat("A4", 210.0, 297.0, 15.0, 10.5)


@dataclass(frozen=True)
class SlipField:
    """One "label: value" row; `strong` prints the value large (a fee, a plate)."""

    label: str
    value: str
    strong: bool = False


@dataclass(frozen=True)
class SlipTable:
    """A grid with a header row; `numeric` columns are right-aligned."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...] = ()

    def __post_init__(self) -> None:
        width = len(self.headers)
        if any(len(row) != width for row in self.rows):
            raise ValueError("every table row needs one cell per header")
        if self.numeric and len(self.numeric) != width:
            raise ValueError("numeric needs one flag per header")


@dataclass(frozen=True)
class SlipParagraph:
    """Free text under a heading; newlines in `text` are kept. `boxed` frames it
    (a warning that must not be overlooked)."""

    heading: str
    text: str
    boxed: bool = False


@dataclass(frozen=True)
class Slip:
    page: PageFormat
    title: str
    subtitle: str  # the estate's name, printed above the title
    number: str
    number_label: str = ""
    qr_payload: str | None = None
    fields: tuple[SlipField, ...] = ()
    table: SlipTable | None = None
    paragraphs: tuple[SlipParagraph, ...] = ()
    signatures: tuple[str, ...] = ()  # labels of the lines people sign on
    footer: str = ""
    # The one word the layout prints itself (atop later pages), in the slip's language.
    continued: str = "(continued)"
    language: str | None = None  # BCP 47 tag (zh-CN) for the PDF's /Lang: screen readers

    @property
    def document_title(self) -> str:
        """The PDF's title metadata and the print job's name."""
        return f"{self.title} {self.number}".strip()
