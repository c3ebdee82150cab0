from __future__ import annotations

from datetime import date

import pytest

from propdesk.domain.numbering import NumberKind, format_number, parse_number, period_of
from propdesk.errors import ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.numbering import allocate


def test_format_and_parse_round_trip() -> None:
    text = format_number(NumberKind.REPAIR, period_of(date(2026, 11, 3)), 1)
    assert text == "WX202611-0001"
    assert parse_number(" wx202611-0001 ") == (NumberKind.REPAIR, "202611", 1)
    assert format_number(NumberKind.VISITOR_PASS, "202612", 12345) == "FK202612-12345"


@pytest.mark.parametrize("bad", ["", "WX2026-0001", "QQ202611-0001", "WX202611-01", "WX202611"])
def test_malformed_numbers_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_number(bad)
    assert caught.value.field == "number"


def test_allocation_counts_per_kind_and_month(services: Services) -> None:
    nov, dec = date(2026, 11, 30), date(2026, 12, 1)
    with services.store.write() as session:
        got = [allocate(session, NumberKind.REPAIR, nov) for _ in range(3)]
        got.append(allocate(session, NumberKind.VISITOR_PASS, nov))
        got.append(allocate(session, NumberKind.REPAIR, dec))
    assert got == [
        "WX202611-0001",
        "WX202611-0002",
        "WX202611-0003",
        "FK202611-0001",
        "WX202612-0001",
    ]


def test_a_rolled_back_save_gives_its_number_back(services: Services) -> None:
    day = date(2026, 11, 1)

    def save_then_fail() -> None:
        with services.store.write() as session:
            allocate(session, NumberKind.REPAIR, day)
            raise RuntimeError("save failed")

    with pytest.raises(RuntimeError):
        save_then_fail()
    with services.store.write() as session:
        assert allocate(session, NumberKind.REPAIR, day) == "WX202611-0001"
