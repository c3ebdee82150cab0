from __future__ import annotations

import pytest

from propdesk.reports.labels import LABELS, LANGS, label, normalise_lang
from propdesk.services.master_data.importing.columns import COLUMNS, SHEET_LABELS, ImportKind
from propdesk.services.master_data.importing.headers import normalise_header


def test_every_key_has_all_three_languages() -> None:
    assert LABELS
    for key, texts in LABELS.items():
        assert set(texts) == set(LANGS), key
        assert all(texts[lang].strip() for lang in LANGS), key


def test_the_glossary_is_used() -> None:
    assert (label("col.unit", "zh_CN"), label("col.unit", "zh_TW")) == ("房号", "房號")
    assert label("col.area", "zh_TW") == "面積(㎡)"
    assert label("kind.family", "zh_TW") == "家庭成員"
    assert label("status.lost", "zh_CN") == "挂失"
    assert label("status.revoked", "zh_TW") == "註銷"
    assert label("col.move_out", "zh_TW") == "遷出日期"
    assert label("col.plate", "en") == "Plate number"


@pytest.mark.parametrize(
    ("given", "expected"),
    [("zh_CN", "zh_CN"), ("zh_HK", "zh_TW"), ("zh-TW", "zh_TW"), ("en_US", "en"), (None, "zh_CN")],
)
def test_locale_names_fall_back_sensibly(given: str | None, expected: str) -> None:
    assert normalise_lang(given) == expected


def test_every_column_and_sheet_has_labels_and_notes() -> None:
    for kind in ImportKind:
        assert SHEET_LABELS[kind] in LABELS
        for column in COLUMNS[kind]:
            assert column.label_key in LABELS
            assert column.note_key in LABELS
            for key, _stored in column.choices:
                assert key in LABELS


@pytest.mark.parametrize("kind", list(ImportKind))
def test_no_two_columns_of_a_register_share_a_header(kind: ImportKind) -> None:
    spellings = [
        normalise_header(label(column.label_key, lang))
        for column in COLUMNS[kind]
        for lang in LANGS
    ]
    per_column = len(COLUMNS[kind])
    for index, text in enumerate(spellings):
        owners = {spellings.index(text) // len(LANGS), index // len(LANGS)}
        assert len(owners) == 1, (kind, text)
    assert len(spellings) == per_column * len(LANGS)


def test_sheet_names_are_legal_in_excel() -> None:
    for key in [*SHEET_LABELS.values(), "sheet.notes", "sheet.errors"]:
        for lang in LANGS:
            name = label(key, lang)
            assert len(name) <= 31
            assert not set(name) & set(":\\/?*[]")
