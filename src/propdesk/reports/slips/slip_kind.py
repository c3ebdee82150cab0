"""What every slip the service centre issues shares, and what sets one kind apart.

Every slip carries the estate's name atop, the service centre at its foot and its
number under the title; a kind of slip (a visitor pass, a dispatch slip) has its own
table of words, paper and whether the number is also a QR code. The builders
(`gate_slips`, `repair_slips`) fill in the rest: fields, a table, paragraphs and the
lines people sign on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from propdesk.reports.labels import normalise_lang
from propdesk.reports.slips.model import A6, PageFormat, Slip, SlipField, SlipParagraph, SlipTable
from propdesk.reports.slips.slip_labels import slip_label

# A table of words looked up by key and language (slip_label, repair_slip_label).
Words = Callable[[str, str | None], str]


@dataclass(frozen=True)
class SlipKind:
    """One kind of slip: its words, whose "<key>.title" and "<key>.number" are its
    title and the label of its number; its paper; `qr` also prints the number as a QR
    code, so a keyboard-wedge scanner types it back where the slip is looked up."""

    words: Words
    key: str
    page: PageFormat = A6
    qr: bool = False

    def notes(self, lang: str | None) -> SlipParagraph:
        """The kind's "please note" paragraph, its text the words' "<key>.note"."""
        return SlipParagraph(slip_label("notes", lang), self.words(f"{self.key}.note", lang))

    def slip(
        self,
        estate: str,
        number: str,
        lang: str | None,
        fields: tuple[SlipField, ...],
        *,
        table: SlipTable | None = None,
        paragraphs: tuple[SlipParagraph, ...] = (),
        signatures: tuple[str, ...] = (),
    ) -> Slip:
        """This kind's slip number `number` of `estate`, in `lang`."""
        return Slip(
            page=self.page,
            title=self.words(f"{self.key}.title", lang),
            subtitle=estate,
            number=number,
            number_label=self.words(f"{self.key}.number", lang),
            qr_payload=number if self.qr else None,
            fields=fields,
            table=table,
            paragraphs=paragraphs,
            signatures=signatures,
            footer=slip_label("office", lang, estate=estate),
            continued=slip_label("continued", lang),
            language=normalise_lang(lang).replace("_", "-"),
        )
