from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from propdesk.domain.gate.tariff import ParkingFee, Tariff, compute_fee, yuan_text
from propdesk.errors import ValidationError

SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")
DEFAULT = Tariff()  # 30 free minutes, ¥5 per started hour, ¥30 per 24 h
ENTRY = datetime(2024, 5, 10, 9, 0, tzinfo=SHANGHAI)


def fee_for(stay: timedelta, *, tariff: Tariff = DEFAULT, resident: bool = False) -> ParkingFee:
    return compute_fee(tariff, ENTRY, ENTRY + stay, resident=resident)


def test_defaults_are_the_documented_tariff() -> None:
    assert (
        DEFAULT.free_minutes,
        DEFAULT.rate_per_hour_fen,
        DEFAULT.daily_cap_fen,
        DEFAULT.residents_free,
    ) == (30, 500, 3000, True)


@pytest.mark.parametrize(
    ("stay", "fen", "hours", "days", "capped", "reason"),
    [
        pytest.param(timedelta(0), 0, 0, 0, False, "zero_length", id="zero-length"),
        pytest.param(timedelta(seconds=59), 0, 0, 0, False, "zero_length", id="under-a-minute"),
        pytest.param(timedelta(minutes=1), 0, 0, 0, False, "free_minutes", id="one-minute"),
        pytest.param(timedelta(minutes=30), 0, 0, 0, False, "free_minutes", id="exactly-free"),
        pytest.param(
            timedelta(minutes=30, seconds=59), 0, 0, 0, False, "free_minutes", id="seconds-dropped"
        ),
        pytest.param(timedelta(minutes=31), 500, 1, 0, False, None, id="one-minute-over-free"),
        pytest.param(timedelta(hours=1), 500, 1, 0, False, None, id="exactly-1h"),
        pytest.param(timedelta(minutes=61), 1000, 2, 0, False, None, id="1h-1min"),
        pytest.param(timedelta(hours=5), 2500, 5, 0, False, None, id="5h"),
        pytest.param(timedelta(hours=6), 3000, 6, 0, False, None, id="6h-reaches-cap"),
        pytest.param(timedelta(hours=6, minutes=1), 3000, 7, 0, True, None, id="over-cap"),
        pytest.param(timedelta(hours=23, minutes=59), 3000, 24, 0, True, None, id="23h59"),
        pytest.param(timedelta(hours=24), 3000, 24, 1, True, None, id="24h-exactly"),
        pytest.param(timedelta(hours=24, minutes=1), 3500, 25, 1, True, None, id="24h-1min"),
        pytest.param(timedelta(hours=25), 3500, 25, 1, True, None, id="25h"),
        pytest.param(timedelta(hours=30), 6000, 30, 1, True, None, id="30h-two-caps"),
        pytest.param(timedelta(days=3, hours=2), 10000, 74, 3, True, None, id="3d-2h"),
        pytest.param(timedelta(days=3, hours=8), 12000, 80, 3, True, None, id="3d-8h-capped"),
    ],
)
def test_visitor_fee_table(
    stay: timedelta, fen: int, hours: int, days: int, capped: bool, reason: str | None
) -> None:
    fee = fee_for(stay)
    assert fee == ParkingFee(
        fen=fen,
        minutes=int(stay.total_seconds()) // 60,
        hours_charged=hours,
        days=days,
        capped=capped,
        free_reason=reason,
    )


def test_free_minutes_are_a_grace_period_not_a_deduction() -> None:
    # 1 h 20 min with 30 free minutes: charged from the entry, so two started hours,
    # not the 50 minutes (one hour) a deduction would give.
    assert fee_for(timedelta(minutes=80)).fen == 1000


def test_no_free_minutes_charges_the_first_minute() -> None:
    fee = fee_for(timedelta(minutes=1), tariff=Tariff(free_minutes=0))
    assert (fee.fen, fee.free_reason) == (500, None)


@pytest.mark.parametrize(
    ("entered", "exited", "fen"),
    [
        # 23:30 → 00:45: 75 minutes, two started hours; midnight changes nothing.
        pytest.param((2024, 5, 10, 23, 30), (2024, 5, 11, 0, 45), 1000, id="23:30-00:45"),
        # 18:00 → 06:00: 12 h in one 24 h block → one cap (a calendar-day cap would be two).
        pytest.param((2024, 5, 10, 18, 0), (2024, 5, 11, 6, 0), 3000, id="overnight-one-cap"),
        # 23:59 → 00:31: 32 minutes, past the grace period only by one minute.
        pytest.param((2024, 5, 10, 23, 59), (2024, 5, 11, 0, 31), 500, id="23:59-00:31"),
        pytest.param((2024, 12, 31, 23, 50), (2025, 1, 1, 0, 15), 0, id="new-year-free"),
    ],
)
def test_crossing_midnight_in_shanghai(
    entered: tuple[int, ...], exited: tuple[int, ...], fen: int
) -> None:
    fee = compute_fee(
        DEFAULT,
        datetime(*entered, tzinfo=SHANGHAI),
        datetime(*exited, tzinfo=SHANGHAI),
        resident=False,
    )
    assert fee.fen == fen
    assert fee.days == 0


@pytest.mark.parametrize(
    "stay",
    [timedelta(0), timedelta(minutes=31), timedelta(hours=7), timedelta(days=40, hours=3)],
)
def test_residents_park_free_regardless_of_length(stay: timedelta) -> None:
    fee = fee_for(stay, resident=True)
    assert (fee.fen, fee.free_reason, fee.hours_charged) == (0, "resident", 0)
    assert fee.minutes == int(stay.total_seconds()) // 60


def test_residents_pay_like_visitors_when_the_tariff_says_so() -> None:
    tariff = Tariff(residents_free=False)
    stay = timedelta(hours=2, minutes=5)
    resident = fee_for(stay, tariff=tariff, resident=True)
    assert resident == fee_for(stay, tariff=tariff, resident=False)
    assert resident.fen == 1500


@pytest.mark.parametrize("back", [timedelta(seconds=1), timedelta(minutes=5), timedelta(days=2)])
def test_exit_before_entry_is_refused(back: timedelta) -> None:
    with pytest.raises(ValidationError) as caught:
        compute_fee(DEFAULT, ENTRY, ENTRY - back, resident=False)
    assert caught.value.field == "exited_at"
    assert "before the entry time" in caught.value.message


def test_exit_before_entry_is_refused_for_residents_too() -> None:
    with pytest.raises(ValidationError) as caught:
        compute_fee(DEFAULT, ENTRY, ENTRY - timedelta(hours=1), resident=True)
    assert caught.value.field == "exited_at"


@pytest.mark.parametrize(
    ("entered", "exited", "name"),
    [
        (datetime(2024, 5, 10, 9, 0), ENTRY + timedelta(hours=1), "entered_at"),
        (ENTRY, datetime(2024, 5, 10, 10, 0), "exited_at"),
        (datetime(2024, 5, 10, 9, 0), datetime(2024, 5, 10, 10, 0), "entered_at"),
    ],
)
def test_naive_datetimes_are_refused(entered: datetime, exited: datetime, name: str) -> None:
    with pytest.raises(ValueError, match=name):
        compute_fee(DEFAULT, entered, exited, resident=False)


@pytest.mark.parametrize("exit_zone", [UTC, BERLIN, ZoneInfo("America/New_York"), SHANGHAI])
@pytest.mark.parametrize(
    "stay", [timedelta(minutes=30), timedelta(minutes=95), timedelta(hours=26, minutes=1)]
)
def test_zones_of_entry_and_exit_do_not_matter(exit_zone: ZoneInfo, stay: timedelta) -> None:
    exited = (ENTRY + stay).astimezone(exit_zone)
    assert compute_fee(DEFAULT, ENTRY, exited, resident=False) == fee_for(stay)


@pytest.mark.parametrize(
    ("entered", "exited", "minutes", "fen"),
    [
        # Spring forward: 02:00 CET → 03:00 CEST. 01:30 → 03:30 on the wall is 1 h.
        pytest.param((2024, 3, 31, 1, 30), (2024, 3, 31, 3, 30), 60, 500, id="march"),
        # Fall back: 03:00 CEST → 02:00 CET. 00:30 → 03:30 on the wall is 4 h.
        pytest.param((2024, 10, 27, 0, 30), (2024, 10, 27, 3, 30), 240, 2000, id="october"),
    ],
)
def test_daylight_saving_zone_counts_elapsed_time(
    entered: tuple[int, ...], exited: tuple[int, ...], minutes: int, fen: int
) -> None:
    fee = compute_fee(
        DEFAULT,
        datetime(*entered, tzinfo=BERLIN),
        datetime(*exited, tzinfo=BERLIN),
        resident=False,
    )
    assert (fee.minutes, fee.fen) == (minutes, fen)


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"free_minutes": -1}, "parking_free_minutes", "from 0 to 1440"),
        ({"free_minutes": 1441}, "parking_free_minutes", "from 0 to 1440"),
        ({"free_minutes": 2.5}, "parking_free_minutes", "whole number"),
        ({"free_minutes": True}, "parking_free_minutes", "whole number"),
        ({"rate_per_hour_fen": -1}, "parking_rate_per_hour_fen", "hourly rate"),
        ({"rate_per_hour_fen": 5.0}, "parking_rate_per_hour_fen", "hourly rate"),
        ({"daily_cap_fen": -100}, "parking_daily_cap_fen", "daily cap"),
        ({"daily_cap_fen": None}, "parking_daily_cap_fen", "daily cap"),
        ({"residents_free": "yes"}, "parking_residents_free", "residents"),
    ],
)
def test_tariff_validation_messages(changes: dict[str, Any], field: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Tariff(**changes)
    assert caught.value.field == field
    assert fragment in caught.value.message


@pytest.mark.parametrize(
    "changes",
    [
        {"free_minutes": 0},
        {"free_minutes": 1440},
        {"rate_per_hour_fen": 0},
        {"daily_cap_fen": 0},
        {"daily_cap_fen": 200},  # below one hour's rate: allowed
        {"residents_free": False},
    ],
)
def test_tariff_edge_values_are_accepted(changes: dict[str, Any]) -> None:
    Tariff(**changes).validate()


def test_cap_below_one_hours_rate_charges_the_cap() -> None:
    tariff = Tariff(daily_cap_fen=200)
    fee = fee_for(timedelta(minutes=31), tariff=tariff)
    assert (fee.fen, fee.capped) == (200, True)
    assert fee_for(timedelta(days=2, minutes=31), tariff=tariff).fen == 600


def test_cap_above_a_days_rate_charges_full_days_at_the_rate() -> None:
    tariff = Tariff(rate_per_hour_fen=100, daily_cap_fen=5000)  # 24 h cost ¥24 < ¥50
    fee = fee_for(timedelta(days=2, hours=3), tariff=tariff)
    assert (fee.fen, fee.capped) == (5100, False)


def test_zero_cap_makes_parking_free() -> None:
    fee = fee_for(timedelta(days=1, hours=5), tariff=Tariff(daily_cap_fen=0))
    assert (fee.fen, fee.capped) == (0, True)


@pytest.mark.parametrize(
    ("fen", "text"),
    [(0, "¥0.00"), (5, "¥0.05"), (50, "¥0.50"), (1200, "¥12.00"), (123456, "¥1234.56")],
)
def test_yuan_text(fen: int, text: str) -> None:
    assert yuan_text(fen) == text
    fee = ParkingFee(fen=fen, minutes=0, hours_charged=0, days=0, capped=False, free_reason=None)
    assert fee.yuan_text == text


def test_fee_text_at_the_gate() -> None:
    assert fee_for(timedelta(hours=2, minutes=10)).yuan_text == "¥15.00"


def test_random_stays_keep_the_invariants() -> None:
    rng = random.Random(20240510)
    zones = [UTC, SHANGHAI, BERLIN, ZoneInfo("America/New_York")]
    base = datetime(2024, 1, 1, tzinfo=UTC)
    checked = 0
    for _ in range(300):
        tariff = Tariff(
            free_minutes=rng.choice([0, 15, 30, 60, rng.randint(0, 1440)]),
            rate_per_hour_fen=rng.choice([0, 100, 500, 1000, rng.randint(0, 5000)]),
            daily_cap_fen=rng.choice([0, 200, 3000, 5000, rng.randint(0, 50000)]),
        )
        entered_utc = base + timedelta(seconds=rng.randint(0, 366 * 86400))
        entered = entered_utc.astimezone(rng.choice(zones))
        stays = sorted(rng.randint(0, 10 * 86400) for _ in range(40))
        previous = -1
        for seconds in stays:
            # Add in UTC: adding to a zoned datetime moves the wall clock, not elapsed time.
            exited = (entered_utc + timedelta(seconds=seconds)).astimezone(rng.choice(zones))
            fee = compute_fee(tariff, entered, exited, resident=False)
            assert fee.minutes == seconds // 60
            assert fee.days == seconds // 86400
            assert fee.fen >= 0
            assert fee.fen <= (fee.days + 1) * tariff.daily_cap_fen
            assert fee.fen <= fee.hours_charged * tariff.rate_per_hour_fen
            assert fee.fen >= previous, (tariff, entered, seconds)
            assert (fee.free_reason is not None) == (fee.minutes <= tariff.free_minutes)
            assert compute_fee(tariff, entered, exited, resident=True).fen == 0
            previous = fee.fen
            checked += 1
    assert checked == 300 * 40
