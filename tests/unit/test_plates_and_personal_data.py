from __future__ import annotations

import pytest

from propdesk.domain.personal_data import (
    id_card_checksum_ok,
    mask_id,
    phone_tail,
    validate_id_card,
    validate_phone,
)
from propdesk.domain.plates import is_new_energy, normalise_plate, validate_plate
from propdesk.domain.search_keys import pinyin_full, pinyin_initials
from propdesk.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("粤B12345", "粤B12345"),
        ("粤b 123-45", "粤B12345"),
        ("京A·F0236", "京AF0236"),
        ("粤ＢＤ１２３４５", "粤BD12345"),  # full-width from a Chinese input method
        ("粤BD12345", "粤BD12345"),
        ("粤BF1234 5", "粤BF12345"),
        ("沪A12345D", "沪A12345D"),
        ("粤B1234学", "粤B1234学"),
        ("粤Z1234港", "粤Z1234港"),
    ],
)
def test_valid_plates_are_normalised(typed: str, stored: str) -> None:
    assert validate_plate(typed) == stored


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("", "Enter the plate"),
        ("AB12345", "province"),
        ("粤B1234", "7 characters"),
        ("粤B1234567", "not 9"),
        ("粤BI2345", "I or O"),
        ("粤B12O45", "I or O"),
        ("粤1B2345", "city letter"),
        ("粤BX12345", "new-energy"),
        ("粤B123456", "new-energy"),
    ],
)
def test_malformed_plates_say_what_is_wrong(typed: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_plate(typed)
    assert caught.value.field == "plate"
    assert fragment in caught.value.message


def test_plate_helpers() -> None:
    assert normalise_plate(" 粤-b 12345 ") == "粤B12345"
    assert is_new_energy("粤BD12345")
    assert not is_new_energy("粤B12345")


def test_id_masking() -> None:
    assert mask_id("110105199001011234") == "110***********1234"
    assert mask_id("E12345678") == "E12**5678"
    assert mask_id("12345") == "***45"
    assert mask_id("1") == "*"


def test_id_card_checksum() -> None:
    assert id_card_checksum_ok("11010519491231002X")
    assert not id_card_checksum_ok("110105194912310021")
    assert validate_id_card(" 11010519491231002x ") == "11010519491231002X"
    with pytest.raises(ValidationError) as caught:
        validate_id_card("123", field="visitor_id")
    assert caught.value.field == "visitor_id"


def test_phones() -> None:
    assert validate_phone("138 1234 5678") == "13812345678"
    assert validate_phone("+86 138-1234-5678") == "13812345678"
    assert validate_phone("0755-8888 6666") == "075588886666"
    assert phone_tail("138 1234 5678") == "5678"
    for bad in ("12", "23812345678", "abc"):
        with pytest.raises(ValidationError):
            validate_phone(bad)


def test_pinyin_keys() -> None:
    assert pinyin_initials("张三") == "zs"
    assert pinyin_initials("欧阳娜娜") == "oynn"
    assert pinyin_full("张三") == "zhangsan"
    assert pinyin_initials("3号楼A座") == "3hlaz"
    assert pinyin_initials("曾小贤") == "zxx"
    assert pinyin_initials("AB") == "ab"
