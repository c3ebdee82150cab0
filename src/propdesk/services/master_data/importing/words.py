"""The words of one import sheet: the labels catalogue (reports.labels), plus the
words a module's sheet brings for its own columns (ImportSheet.labels).

The header matcher, the cells' drop-down values, the template and the command's
summary all ask a sheet's Words, so a module's headers are recognised, written and
named exactly as the registers' are, without the catalogue naming the module.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from propdesk.reports.labels import LABELS, LANGS, Trilingual, normalise_lang


@dataclass(frozen=True)
class Words:
    extra: Mapping[str, Trilingual] = field(default_factory=dict)

    def texts(self, key: str) -> Trilingual:
        """The key's text by language; KeyError for a key neither table has."""
        found = self.extra.get(key)
        return found if found is not None else LABELS[key]

    def label(self, key: str, lang: str | None) -> str:
        return self.texts(key)[normalise_lang(lang)]

    def all_texts(self, key: str) -> tuple[str, ...]:
        """The key's text in every language (what an import recognises)."""
        texts = self.texts(key)
        return tuple(texts[lang] for lang in LANGS)

    def has(self, key: str) -> bool:
        return key in self.extra or key in LABELS


CATALOGUE = Words()  # the master-data registers' words: the catalogue alone


def sheet_words(extra: Mapping[str, Trilingual], owner: str) -> Words:
    """The words of a module's sheet. Each must be there in the three languages, and a
    key the catalogue already has must keep its words: a header that read differently
    on two sheets would be a wiring bug (`owner` names the sheet in the message)."""
    for key, texts in extra.items():
        if set(texts) != set(LANGS) or not all(texts[lang].strip() for lang in LANGS):
            raise ValueError(f"import {owner}: {key} needs a text in {', '.join(LANGS)}")
        if LABELS.get(key, texts) != texts:
            raise ValueError(f"import {owner}: {key} redefines the catalogue's words")
    return Words(extra) if extra else CATALOGUE
